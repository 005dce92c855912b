/**
 * @module render-article-text
 * An article's text as paragraphs with every cited span wrapped in an element a link can target.
 */
import type { CitedRange } from './story-anchors.js';
import { escapeHtml } from './escape-html.js';

/**
 * Paragraphs split on blank lines. Spans that cross a paragraph or another span (a quote running over two
 * sentences) are split into fragments: the first carries the id, all carry `data-span` so the script can
 * highlight the whole span.
 */
export function renderArticleText(text: string, ranges: CitedRange[]): string {
  const written = new Set<string>();
  return splitParagraphs(text)
    .map(([start, end]) => renderParagraph(text, start, end, ranges, written))
    .join('\n');
}

function splitParagraphs(text: string): [number, number][] {
  const paragraphs: [number, number][] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t]*\n\s*/g)) {
    if (gap.index > start) paragraphs.push([start, gap.index]);
    start = gap.index + gap[0].length;
  }
  if (start < text.length) paragraphs.push([start, text.length]);
  return paragraphs;
}

interface Clipped {
  range: CitedRange;
  start: number;
  end: number;
}

function renderParagraph(text: string, start: number, end: number, ranges: CitedRange[], written: Set<string>): string {
  const clipped: Clipped[] = ranges
    .filter((r) => r.start < end && r.end > start)
    .map((range) => ({ range, start: Math.max(range.start, start), end: Math.min(range.end, end) }))
    // Outer spans open first so nested spans nest; ties keep the longer original span outside.
    .sort((a, b) => a.start - b.start || b.end - a.end || b.range.end - b.range.start - (a.range.end - a.range.start));
  const points = [...new Set([start, end, ...clipped.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  const open = (c: Clipped): string => {
    const isFirst = !written.has(c.range.id);
    written.add(c.range.id);
    const classes = [...c.range.kinds].map((k) => (k === 'cite' ? 'cite' : 'sent')).join(' ');
    const id = isFirst ? ` id="${escapeHtml(c.range.id)}"` : '';
    return `<span class="${classes}" data-span="${escapeHtml(c.range.id)}"${id}>`;
  };

  let html = '<p>';
  let position = start;
  const stack: Clipped[] = [];
  let next = 0;
  for (const point of points) {
    html += escapeHtml(text.slice(position, point));
    position = point;
    const firstEnding = stack.findIndex((c) => c.end === point);
    if (firstEnding >= 0) {
      // Closing an inner-most-first stack: spans above the ending one are closed and reopened as fragments.
      const reopen = stack.slice(firstEnding).filter((c) => c.end !== point);
      html += '</span>'.repeat(stack.length - firstEnding);
      stack.length = firstEnding;
      for (const c of reopen) {
        html += open(c);
        stack.push(c);
      }
    }
    for (; next < clipped.length && clipped[next]!.start === point; next++) {
      html += open(clipped[next]!);
      stack.push(clipped[next]!);
    }
  }
  return `${html}${'</span>'.repeat(stack.length)}</p>`;
}
