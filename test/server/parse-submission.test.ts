import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HTTPException } from 'hono/http-exception';
import { MAX_URLS, parseApiSubmission, parseFormSubmission } from '../../src/app/server/parse-submission.js';

const refused = (message: RegExp) => (error: unknown) =>
  error instanceof HTTPException && error.status === 400 && message.test(error.message);

test('a pasted page is read as HTML, pasted prose as text, each with metadata as hints', () => {
  const page = parseFormSubmission({
    text: '<!DOCTYPE html><html><head><title>Dam repairs begin</title></head><body><p>Work began.</p></body></html>',
  });
  assert.equal(page.documents[0]?.format, 'html');
  assert.match(page.documents[0]?.source ?? '', /^submitted\/dam-repairs-begin-[0-9a-f]{8}$/);
  const prose = parseFormSubmission({
    text: '<3 for the new park\n\nThe park opened on Friday.',
    outlet: ' Park News ',
    published: '2031-04-04',
  });
  assert.equal(prose.documents[0]?.format, 'text', 'a leading < alone does not make HTML');
  assert.deepEqual(prose.documents[0]?.hints, { outlet: 'Park News', published: '2031-04-04' });
});

test('the same paste gets the same source name, so it is recognised as already stored', () => {
  const first = parseApiSubmission({ text: 'Library hours extended\n\nThe library will open on Sundays.' });
  const again = parseApiSubmission({ text: 'Library hours extended\n\nThe library will open on Sundays.' });
  const other = parseApiSubmission({ text: 'Library hours extended\n\nThe library will open on Saturdays.' });
  assert.equal(first.documents[0]?.source, again.documents[0]?.source);
  assert.notEqual(first.documents[0]?.source, other.documents[0]?.source);
});

test('URLs come back normalised, one per line or space in the form; other schemes and too many are refused', () => {
  assert.deepEqual(parseFormSubmission({ urls: ' https://News.example/a \n\nhttp://news.example/feed.xml ' }).urls, [
    'https://news.example/a',
    'http://news.example/feed.xml',
  ]);
  assert.throws(() => parseFormSubmission({ urls: 'news.example/a' }), refused(/URL 1 is not a URL/));
  assert.throws(() => parseFormSubmission({ urls: 'javascript:alert(1)' }), refused(/only http and https/));
  const many = Array.from({ length: MAX_URLS + 1 }, (_, i) => `https://news.example/${i}`);
  assert.throws(() => parseApiSubmission({ urls: many }), refused(/at most 50/));
  assert.throws(() => parseFormSubmission({ urls: many.join('\n') }), refused(/too many URLs/));
});
