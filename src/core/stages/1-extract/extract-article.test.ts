import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createContext } from '../../pipeline/pipeline-context.js';
import { extractArticle } from './extract-article.js';
import type { Article } from '../../model/article.js';

const FIXTURES = new URL('../../../../test/fixtures/extract/', import.meta.url);
const context = createContext({ now: new Date('2024-06-01T12:00:00Z') });

function extractFixture(name: string, url?: string): Article {
  const body = readFileSync(new URL(name, FIXTURES), 'utf8');
  return extractArticle({ source: name, format: 'html', body, hints: url ? { url } : {} }, 'fixture', context);
}

function assertSpansMatchText(article: Article): void {
  assert.deepEqual(
    article.paragraphs.map((span) => article.text.slice(span.start, span.end)),
    article.text.split('\n\n'),
  );
}

test('news page: metadata from JSON-LD and meta tags, body without page furniture', () => {
  const article = extractFixture(
    'harbour-gazette-ferry.html',
    'https://www.harbourgazette.example/travel/ferry-strike-ends',
  );
  assert.equal(article.title, 'Ferry services resume as five-day dock strike ends');
  assert.equal(article.outlet, 'The Harbour Gazette');
  assert.equal(article.byline, 'Ana Ruiz');
  assert.deepEqual(
    [article.published, article.publishedHow, article.publishedFrom],
    ['2021-03-04', 'explicit', 'json-ld'],
  );
  assert.equal(article.url, 'https://www.harbourgazette.example/travel/ferry-strike-ends');

  const paragraphs = article.text.split('\n\n');
  assert.equal(paragraphs.length, 6);
  assert.match(paragraphs[0] ?? '', /^Ferry services between the mainland/);
  assert.match(paragraphs[5] ?? '', /^The strike was the first on the route/);
  // The headline is the title, not the first paragraph; quotes and numbers stay word for word.
  assert.ok(!article.text.includes('Ferry services resume as five-day dock strike ends'));
  assert.ok(article.text.includes('"This was never only about money," the union\'s regional secretary'));
  for (const noise of [
    'READ MORE',
    'Advertisement',
    'Sign up',
    'By submitting',
    'cookies',
    'Copyright',
    'Related stories',
  ]) {
    assert.ok(!article.text.includes(noise), `text still holds: ${noise}`);
  }
  assert.deepEqual(
    article.removed.map((line) => line.reason),
    ['related-link', 'advertisement', 'newsletter-prompt', 'newsletter-prompt', 'consent'],
  );
  assertSpansMatchText(article);
});

test('page without structured dates: the visible "Published:" line, the byline line, related list and footer', () => {
  const article = extractFixture('coast-news-dam.html');
  assert.equal(article.title, 'Engineers order inspection of ageing hill dam');
  assert.equal(article.outlet, 'Coast News');
  assert.equal(article.byline, 'Tom Hill');
  assert.deepEqual([article.published, article.publishedFrom], ['2021-06-08', 'published-line']);
  assert.equal(article.text.split('\n\n').length, 4);
  assert.deepEqual(article.removed, [
    { text: 'By Tom Hill', reason: 'byline' },
    { text: 'Published: June 8, 2021 | Updated: June 9, 2021', reason: 'timestamp' },
    { text: 'The spillway of the hill dam, built in 1932. (Photo by Lena Ortiz)', reason: 'caption' },
    { text: 'More from Coast News', reason: 'related-link' },
    { text: 'River levels fall after wettest May on record', reason: 'related-link' },
    { text: 'Council approves new flood defences for the harbour', reason: 'related-link' },
    { text: 'Follow Coast News on Twitter and Facebook for updates.', reason: 'share-widget' },
  ]);
  assertSpansMatchText(article);
});

test('a short notice keeps all its text; the outlet falls back to the URL host', () => {
  const article = extractFixture('short-notice.html', 'https://www.coastnews.example/notices/road');
  assert.equal(
    article.text,
    'The coast road between Millbrook and Harbour Point is closed until Friday after a landslip.\n\nDiversions are signed.',
  );
  assert.equal(article.outlet, 'coastnews.example');
  assert.equal(article.title, 'Road closed');
});

test('an HTML fragment is read as a page', () => {
  const body =
    '<h1>Port reopens</h1>' +
    '<p>The port reopened on Wednesday after engineers repaired the damaged lock gates over the weekend.</p>'.repeat(
      3,
    ) +
    '<p>Share this article</p>';
  const article = extractArticle({ source: 'fragment.html', format: 'html', body, hints: {} }, 'fragment', context);
  assert.match(article.text, /^The port reopened on Wednesday/);
  assert.deepEqual(article.removed.at(-1), { text: 'Share this article', reason: 'share-widget' });
});

test('lines that are the page address or repeat the headline as a heading are removed', () => {
  const url = 'https://news.example.com/port/reopens';
  const body =
    '<html><head><title>Port reopens after repairs</title></head><body><article>' +
    `<p>${url}</p>` +
    '<p>The port reopened on Wednesday after engineers repaired the damaged lock gates over the weekend.</p>'.repeat(
      3,
    ) +
    '<h3>Port reopens after repairs</h3><p>Ships queued overnight to enter the harbour.</p></article></body></html>';
  const article = extractArticle({ source: 'page.html', format: 'html', body, hints: { url } }, 'page', context);
  assert.deepEqual(article.removed, [
    { text: url, reason: 'link' },
    { text: 'Port reopens after repairs', reason: 'title' },
  ]);
});

test('an absurdly deep page skips Readability and still yields its text', () => {
  const local = createContext({ now: new Date('2024-06-01T12:00:00Z') });
  const body =
    '<html><body>' +
    '<div>'.repeat(400) +
    '<p>The coast road reopened on Friday after the landslip was cleared.</p>' +
    '</div>'.repeat(400) +
    '</body></html>';
  const article = extractArticle({ source: 'deep.html', format: 'html', body, hints: {} }, 'deep', local);
  assert.equal(article.text, 'The coast road reopened on Friday after the landslip was cleared.');
  assert.equal(local.diagnostics[0]?.severity, 'info');
});
