import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { createContext } from '../../../pipeline/pipeline-context.js';
import { extractArticle } from '../extract-article.js';
import { collectTextLines } from './collect-text-lines.js';
import { findFallbackContent } from './find-fallback-content.js';
import { flattenDeepHtml, measureNestingDepth } from './flatten-deep-html.js';
import { scanPageElements } from './scan-page-elements.js';

const PARAGRAPHS = [
  'The river rose two metres overnight and 40 families left their homes, the county said on Monday.',
  'Crews closed the old ferry road and opened a shelter in the school hall.',
];

function deepPage(depth: number): string {
  return (
    '<!doctype html><html><head><title>River rises in the valley</title></head><body>' +
    '<div>'.repeat(depth) +
    PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') +
    '</div>'.repeat(depth) +
    '</body></html>'
  );
}

test('nesting depth is counted from the tags; void and end-optional elements do not deepen it', () => {
  assert.equal(
    measureNestingDepth('<html><body><div><section><p>a<p>b<br><img src=x></section></div></body></html>'),
    4,
  );
  assert.equal(measureNestingDepth('<div><!-- <div><div><div> --></div>'), 1);
  assert.equal(measureNestingDepth(deepPage(1000)), 1002);
});

test('a flattened page keeps its head and its text, one paragraph per block, entities intact', () => {
  const flat = flattenDeepHtml(
    '<html><head><title>T</title></head><body><div><div><p>Fares rise &amp; routes close</p><script>var x = "<p>no</p>";</script><div>Second block</div></div></div></body></html>',
  );
  assert.equal(
    flat,
    '<html><head><title>T</title></head><body><p>Fares rise &amp; routes close</p>\n<p>Second block</p></body></html>',
  );
});

test('10⁵ nested elements: the article is extracted, not lost, with a warning saying why it reads flat', () => {
  const context = createContext({ now: new Date('2024-03-14T12:00:00Z') });
  const started = performance.now();
  const article = extractArticle(
    { source: 'deep.html', format: 'html', body: deepPage(100_000), hints: {} },
    'deep',
    context,
  );
  assert.ok(performance.now() - started < 5_000, 'the deep page takes seconds, not minutes');
  assert.equal(article.title, 'River rises in the valley');
  for (const paragraph of PARAGRAPHS) assert.ok(article.text.includes(paragraph), article.text);
  assert.deepEqual(
    context.diagnostics.map((d) => [d.severity, d.source, d.message]),
    [
      [
        'warning',
        'deep.html',
        "elements nest 100,002 deep (more than 5,000): the page's text was read without its layout",
      ],
    ],
  );
});

test('the tree walks need no recursion: a DOM 10⁵ elements deep is read without overflowing the stack', () => {
  const { document } = parseHTML('<!doctype html><html><head><title>x</title></head><body></body></html>');
  let node: Element = document.body;
  for (let i = 0; i < 100_000; i++) node = node.appendChild(document.createElement('div'));
  const p = node.appendChild(document.createElement('p'));
  p.textContent = PARAGRAPHS[0]!;
  assert.equal(scanPageElements(document).maxDepth, 100_003);
  assert.equal(findFallbackContent(document), node);
  assert.deepEqual(
    collectTextLines(document.body).map((line) => line.text),
    [PARAGRAPHS[0]],
  );
});
