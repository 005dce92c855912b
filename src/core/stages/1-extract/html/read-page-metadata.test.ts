import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './parse-html.js';
import { readPageMetadata } from './read-page-metadata.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('meta tags: property before name, Dublin Core aliases, dates ranked', () => {
  const page = parseHtml(`<!DOCTYPE html><html><head>
    <title>Ferry strike ends | Harbour Gazette</title>
    <meta name="og:title" content="Name form title">
    <meta property="og:title" content="Ferry strike ends">
    <meta property="og:site_name" content="Harbour Gazette">
    <meta name="DC.creator" content="Ana Ruiz">
    <meta name="description" content="Services resume on Monday.">
    <meta property="article:modified_time" content="2021-03-06T09:00:00Z">
    <meta name="parsely-pub-date" content="2021-03-04T07:00:00Z">
    <link rel="canonical" href="https://gazette.example.com/ferry">
  </head><body><h1>Ferry strike ends</h1><time datetime="2021-03-03">Wed</time>
  <a rel="author" href="/ana">Ana Ruiz</a></body></html>`);
  const metadata = readPageMetadata(page, NOW);
  assert.deepEqual(metadata.titles, ['Ferry strike ends']);
  assert.equal(metadata.documentTitle, 'Ferry strike ends | Harbour Gazette');
  assert.deepEqual(metadata.headings, ['Ferry strike ends']);
  assert.equal(metadata.siteName, 'Harbour Gazette');
  assert.deepEqual(metadata.bylines, ['Ana Ruiz']);
  assert.deepEqual(metadata.authorLinks, ['Ana Ruiz']);
  assert.equal(metadata.description, 'Services resume on Monday.');
  assert.equal(metadata.url, 'https://gazette.example.com/ferry');
  const dates = [...metadata.dates].sort((a, b) => a.rank - b.rank);
  assert.deepEqual(
    dates.map((d) => [d.date, d.from]),
    [
      ['2021-03-04', 'meta:parsely-pub-date'],
      ['2021-03-03', 'time-element'],
      ['2021-03-06', 'meta:article:modified_time'],
    ],
  );
});

test('JSON-LD headline, authors and datePublished come first', () => {
  const page = parseHtml(`<html><head><title>Storm update</title>
    <meta property="og:title" content="Storm update - live">
    <meta property="article:published_time" content="2021-03-05T00:00:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm update","datePublished":"2021-03-04",
      "author":{"@type":"Person","name":"Tom Hill"},"publisher":{"@type":"Organization","name":"Coast News"}}</script>
  </head><body></body></html>`);
  const metadata = readPageMetadata(page, NOW);
  assert.equal(metadata.titles[0], 'Storm update');
  assert.equal(metadata.bylines[0], 'Tom Hill');
  assert.equal(metadata.siteName, 'Coast News');
  const best = [...metadata.dates].sort((a, b) => a.rank - b.rank)[0];
  assert.deepEqual([best?.date, best?.from], ['2021-03-04', 'json-ld']);
});

test('when JSON-LD name is the publisher, the headline is the title', () => {
  const page = parseHtml(`<html><head><title>Dam inspection due next week - Coast News</title>
    <script type="application/ld+json">{"@type":"NewsArticle","name":"Coast News","headline":"Dam inspection due next week",
      "publisher":{"@type":"Organization","name":"Coast News"}}</script></head><body></body></html>`);
  assert.equal(readPageMetadata(page, NOW).titles[0], 'Dam inspection due next week');
});
