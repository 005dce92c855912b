import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { CitedRange, RangeKind } from './story-anchors.js';
import { renderArticleText } from './render-article-text.js';

/** The DOM lib here has no iterable NodeList types: arrays read better in assertions anyway. */
function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

function range(text: string, part: string, kind: RangeKind): CitedRange {
  const start = text.indexOf(part);
  assert.ok(start >= 0);
  return { id: `r-${start}-${start + part.length}`, start, end: start + part.length, kinds: new Set([kind]) };
}

function render(text: string, ranges: CitedRange[]): Document {
  return parseHTML(`<div>${renderArticleText(text, ranges)}</div>`).document;
}

const TEXT =
  'The mayor said "rates will rise. Not by much," on Friday.\n\nShe added that 40 staff would go.\n  \nDone.';

test('paragraphs split on blank lines, even lines holding only spaces', () => {
  const document = render(TEXT, []);
  assert.deepEqual(
    all(document, 'p').map((p) => p.textContent),
    ['The mayor said "rates will rise. Not by much," on Friday.', 'She added that 40 staff would go.', 'Done.'],
  );
});

test('a figure nests inside its sentence and both keep their exact text', () => {
  const sentence = range(TEXT, 'She added that 40 staff would go.', 'sentence');
  const figure = range(TEXT, '40', 'cite');
  const document = render(TEXT, [figure, sentence]);
  const outer = document.getElementById(sentence.id)!;
  assert.equal(outer.textContent, 'She added that 40 staff would go.');
  assert.equal(outer.querySelector('.cite')?.id, figure.id);
  assert.equal(document.getElementById(figure.id)?.textContent, '40');
});

test('a quote crossing a sentence is split into fragments; only the first carries the id', () => {
  const quote = range(TEXT, 'rates will rise. Not by much,', 'cite');
  const second = range(TEXT, 'Not by much," on Friday.', 'sentence');
  const document = render(TEXT, [second, quote]);
  const fragments = all(document, `[data-span="${second.id}"]`);
  assert.equal(fragments.map((f) => f.textContent).join(''), 'Not by much," on Friday.');
  assert.equal(fragments.filter((f) => f.id === second.id).length, 1);
  assert.equal(
    all(document, `[data-span="${quote.id}"]`)
      .map((f) => f.textContent)
      .join(''),
    'rates will rise. Not by much,',
  );
  assert.equal(document.querySelectorAll(`#${quote.id}`).length, 1);
});

test('a span running over a paragraph break is split at the break, the blank line is not shown', () => {
  const across = range(TEXT, 'Friday.\n\nShe added', 'cite');
  const document = render(TEXT, [across]);
  const fragments = all(document, `[data-span="${across.id}"]`);
  assert.deepEqual(
    fragments.map((f) => f.textContent),
    ['Friday.', 'She added'],
  );
  assert.equal(fragments[0]?.id, across.id);
  assert.equal(fragments[1]?.id, '');
});

test('markup in the text is escaped, not parsed', () => {
  const text = 'A <b>bold</b> & "quoted" <script>x()</script> line.';
  const html = renderArticleText(text, [range(text, '<b>bold</b>', 'cite')]);
  assert.ok(!html.includes('<b>') && !html.includes('<script>'));
  assert.equal(render(text, []).querySelector('p')?.textContent, text);
});
