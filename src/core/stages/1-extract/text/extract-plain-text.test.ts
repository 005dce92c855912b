import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../../pipeline/pipeline-context.js';
import { extractArticle } from '../extract-article.js';
import type { SourceDocument } from '../../../model/source-document.js';

const context = createContext({ now: new Date('2024-06-01T12:00:00Z') });

function extract(body: string, format: SourceDocument['format'] = 'text', hints: SourceDocument['hints'] = {}) {
  return extractArticle({ source: 'story.txt', format, body, hints }, 'story', context);
}

const STORY = [
  'Ferry services resume as strike ends',
  '',
  'Home > Travel',
  '',
  'Dock workers returned on Monday after a five-day strike, the port authority said.',
  '',
  'Storm season starts early on the east coast',
  '',
  'see more',
  '',
  'Passengers queued from dawn at the main terminal. Photo: Sam Reid',
  'Preview edition - powered by automated translation',
  '',
  'The union said its members had accepted a 4% pay rise.',
  '',
  'Sign up to receive our weekend highlights!',
  '',
  'Updated: March 4, 2021, 8:15 AM',
].join('\n');

test('plain text: headline kept as first paragraph, noise removed with reasons, date from the updated line', () => {
  const article = extract(STORY);
  assert.equal(article.title, 'Ferry services resume as strike ends');
  assert.equal(
    article.text,
    [
      'Ferry services resume as strike ends',
      'Dock workers returned on Monday after a five-day strike, the port authority said.',
      'The union said its members had accepted a 4% pay rise.',
    ].join('\n\n'),
  );
  assert.deepEqual(article.removed, [
    { text: 'Home > Travel', reason: 'breadcrumb' },
    { text: 'Storm season starts early on the east coast', reason: 'related-link' },
    { text: 'see more', reason: 'related-link' },
    { text: 'Passengers queued from dawn at the main terminal. Photo: Sam Reid', reason: 'caption' },
    { text: 'Preview edition - powered by automated translation', reason: 'translation-banner' },
    { text: 'Sign up to receive our weekend highlights!', reason: 'newsletter-prompt' },
    { text: 'Updated: March 4, 2021, 8:15 AM', reason: 'timestamp' },
  ]);
  assert.deepEqual(
    [article.published, article.publishedHow, article.publishedFrom],
    ['2021-03-04', 'explicit', 'updated-line'],
  );
  assert.deepEqual(
    article.paragraphs.map((span) => article.text.slice(span.start, span.end)),
    article.text.split('\n\n'),
  );
});

test('a first line that is a sentence is not a title', () => {
  const article = extract('Officials said on Monday that 300 homes were evacuated.\n\nMore rain is expected.');
  assert.equal(article.title, undefined);
  assert.equal(article.text, 'Officials said on Monday that 300 homes were evacuated.\n\nMore rain is expected.');
});

test('lines inside a paragraph stay on their own lines; bullets are kept', () => {
  const article = extract(
    'Key facts:\n\n  • 300 homes evacuated\n  • 12 roads closed\n\nThe clean-up begins on Friday.',
  );
  assert.equal(
    article.text,
    'Key facts:\n\n• 300 homes evacuated\n• 12 roads closed\n\nThe clean-up begins on Friday.',
  );
});

test('datelines give the date; a "Published" line beats an "Updated" one', () => {
  assert.deepEqual(
    [extract('Port reopens\n\nLONDON, March 3, 2021 (Wire) - The port reopened on Wednesday.').published],
    ['2021-03-03'],
  );
  const both = extract('Port reopens\n\nThe port reopened.\n\nPublished: March 2, 2021\n\nUpdated: March 4, 2021');
  assert.deepEqual([both.published, both.publishedFrom], ['2021-03-02', 'published-line']);
});

test('a dateline without a year gives an inferred date', () => {
  const article = extract('Port reopens\n\nLONDON, March 3 (Wire) - The port reopened on Wednesday.');
  assert.deepEqual(
    [article.published, article.publishedHow, article.publishedFrom],
    ['2024-03-03', 'inferred', 'dateline'],
  );
});

test('hints win over what the text suggests', () => {
  const article = extract('Port reopens\n\nThe port reopened.\n\nUpdated: March 4, 2021', 'text', {
    title: 'Harbour back in business',
    published: '2021-03-05T10:00:00Z',
    outlet: 'Coast News',
    url: 'https://news.example.com/port',
    byline: 'Ana Ruiz',
  });
  assert.equal(article.title, 'Harbour back in business');
  assert.deepEqual([article.published, article.publishedFrom], ['2021-03-05', 'hint']);
  assert.equal(article.outlet, 'Coast News');
  assert.equal(article.url, 'https://news.example.com/port');
  assert.equal(article.byline, 'Ana Ruiz');
});

test('outlet falls back to the domain of the URL; byline from a "By" line', () => {
  const article = extract('Port reopens\n\nBy Ana Ruiz\n\nThe port reopened.', 'text', {
    url: 'https://www.coastnews.example/port',
  });
  assert.equal(article.outlet, 'coastnews.example');
  assert.equal(article.byline, 'Ana Ruiz');
  assert.deepEqual(article.removed, [{ text: 'By Ana Ruiz', reason: 'byline' }]);
});

test('markdown: syntax reduced to text, the first heading is the title', () => {
  const article = extract(
    '# Ferry strike ends\n\nServices **resume** on Monday, the [port authority](https://example.com) said.\n\n![Ferry](f.jpg)\n\nShare this article',
    'markdown',
  );
  assert.equal(article.title, 'Ferry strike ends');
  assert.equal(article.text, 'Ferry strike ends\n\nServices resume on Monday, the port authority said.');
  assert.deepEqual(article.removed, [{ text: 'Share this article', reason: 'share-widget' }]);
});

test('empty input gives an empty article and a warning', () => {
  const local = createContext({ now: new Date('2024-06-01T12:00:00Z') });
  const article = extractArticle({ source: 'empty.txt', format: 'text', body: '\n\n', hints: {} }, 'empty', local);
  assert.equal(article.text, '');
  assert.deepEqual(article.paragraphs, []);
  assert.equal(local.diagnostics[0]?.severity, 'warning');
});

test('a wire dateline names the agency, which becomes the outlet of a plain-text report', () => {
  const context = createContext({ now: new Date('2024-03-05T12:00:00Z') });
  const body =
    'Storm closes ports\n\nHARBOURTON (Coastal Wire) - Three ports closed on Monday as the storm arrived.\n\nMore rain is due.';
  assert.equal(
    extractArticle({ source: 'a.txt', format: 'text', body, hints: {} }, 'a', context).outlet,
    'Coastal Wire',
  );
  const plain = 'Storm closes ports\n\nThree ports (north and south) closed - officials said.\n\nMore rain is due.';
  assert.equal(
    extractArticle({ source: 'b.txt', format: 'text', body: plain, hints: {} }, 'b', context).outlet,
    undefined,
  );
});
