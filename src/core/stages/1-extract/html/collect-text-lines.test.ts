import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectTextLines } from './collect-text-lines.js';
import { parseHtml } from './parse-html.js';

function linesOf(html: string, shouldSkipHidden = false) {
  const document = parseHtml(`<html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root');
  assert.ok(root);
  return collectTextLines(root, { shouldSkipHidden });
}

test('each block element is a paragraph; inline markup joins; whitespace is normalised', () => {
  const lines = linesOf(
    '<h2>Rescue  efforts</h2><p>Teams worked <b>through</b>\n the night.</p><ul><li>Boats: 12</li><li>Helicopters: 3</li></ul>',
  );
  assert.deepEqual(
    lines.map((line) => [line.paragraph, line.kind, line.text]),
    [
      [0, 'heading', 'Rescue efforts'],
      [1, 'paragraph', 'Teams worked through the night.'],
      [2, 'list-item', 'Boats: 12'],
      [3, 'list-item', 'Helicopters: 3'],
    ],
  );
});

test('<br> ends a line inside the same paragraph; table rows are paragraphs with cells apart', () => {
  const lines = linesOf(
    '<p>June 9 — Harbour Hall<br>June 10 — City Arena</p><table><tr><td>Town</td><td>Rain</td></tr></table>',
  );
  assert.deepEqual(
    lines.map((line) => [line.paragraph, line.text]),
    [
      [0, 'June 9 — Harbour Hall'],
      [0, 'June 10 — City Arena'],
      [1, 'Town Rain'],
    ],
  );
});

test('scripts, styles and iframes are skipped; hidden elements only when asked', () => {
  const html =
    '<p>Kept.</p><script>var x = 1;</script><style>p{}</style><iframe>frame text</iframe><p hidden>Hidden.</p>';
  assert.deepEqual(
    linesOf(html).map((line) => line.text),
    ['Kept.', 'Hidden.'],
  );
  assert.deepEqual(
    linesOf(html, true).map((line) => line.text),
    ['Kept.'],
  );
});

test('link density and markup hints travel with each line', () => {
  const story = '<p>' + 'The river rose two metres overnight and kept rising. '.repeat(12) + '</p>';
  const lines = linesOf(
    `${story}<figure><img src="a.jpg"><figcaption>Sandbags on the quay</figcaption></figure>` +
      '<div class="related"><p><a href="/x">Storm season starts early</a></p></div>',
  );
  assert.equal(lines[0]?.markupHint, undefined);
  assert.equal(lines[1]?.markupHint, 'caption');
  assert.equal(lines[2]?.markupHint, 'related-link');
  assert.equal(lines[2]?.linkDensity, 1);
  assert.equal(lines[0]?.linkDensity, 0);
});

test('a hinted element holding most of the article is a container, not a widget', () => {
  const story = '<p>' + 'The river rose two metres overnight and kept rising. '.repeat(12) + '</p>';
  const lines = linesOf(`<div class="share-enabled-body">${story}</div>`);
  assert.equal(lines[0]?.markupHint, undefined);
});

test('long ids are heading slugs, not widget names', () => {
  const story = '<p>' + 'The council met again on Thursday to discuss the budget. '.repeat(12) + '</p>';
  const lines = linesOf(
    `${story}<div id="sharing-the-cost-of-repairs"><p>Who pays for the repairs is unclear.</p></div>`,
  );
  assert.equal(lines[1]?.markupHint, undefined);
});
