import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFallbackContent } from './find-fallback-content.js';
import { parseHtml } from './parse-html.js';

test('the <article> with the most paragraph text wins', () => {
  const page = parseHtml(
    '<html><body><article id="teaser"><p>Short teaser.</p></article>' +
      '<article id="story"><p>The port reopened on Wednesday after repairs.</p><p>Ships queued overnight.</p></article></body></html>',
  );
  assert.equal(findFallbackContent(page)?.getAttribute('id'), 'story');
});

test('without semantic containers, the element whose paragraphs hold the most text', () => {
  const page = parseHtml(
    '<html><body><div id="menu"><p>Home</p></div><div id="body"><p>The port reopened on Wednesday after repairs.</p>' +
      '<p>Ships queued overnight.</p></div><footer><p>Long footer text that should never be picked as the story body at all.</p></footer></body></html>',
  );
  assert.equal(findFallbackContent(page)?.getAttribute('id'), 'body');
});
