/**
 * @module marked-text
 * An article's text with spans wrapped in `<mark id="s-<start>-<end>">`, every character escaped.
 * Offsets are the report's, into the extracted text; spans that overlap an earlier one are dropped,
 * the current span (the one a link asked for) winning over all others.
 */
import { escapeHtml, html, SafeHtml } from './html-template.js';
import { spanAnchor } from './story-links.js';

export interface MarkedSpan {
  start: number;
  end: number;
  /** Shown as a tooltip, e.g. what the claim in this sentence is. */
  label?: string;
}

export function renderMarkedText(
  text: string,
  spans: MarkedSpan[],
  current?: { start: number; end: number },
): SafeHtml {
  const valid = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end;
  const chosen: (MarkedSpan & { isCurrent: boolean })[] = [];
  const overlaps = (s: { start: number; end: number }) => chosen.some((c) => s.start < c.end && c.start < s.end);
  if (current && valid(current)) {
    const label = spans.find((s) => s.start === current.start && s.end === current.end)?.label;
    chosen.push({ ...current, ...(label !== undefined && { label }), isCurrent: true });
  }
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (valid(span) && !overlaps(span)) chosen.push({ ...span, isCurrent: false });
  }
  chosen.sort((a, b) => a.start - b.start);
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const span of chosen) {
    parts.push(html`${text.slice(at, span.start)}`);
    parts.push(
      html`<mark
        id="${spanAnchor(span.start, span.end)}"
        ${span.isCurrent ? html` class="current" tabindex="-1"` : ''}${span.label ? html` title="${span.label}"` : ''}
        >${text.slice(span.start, span.end)}</mark
      >`,
    );
    at = span.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

/**
 * The text in its `white-space: pre-wrap` block, joined without template whitespace: any space or line
 * break added around the text would show on the page.
 */
export function renderSourceText(
  text: string,
  spans: MarkedSpan[],
  current?: { start: number; end: number },
  labelledBy?: string,
): SafeHtml {
  // Plain strings, not an `html` template: the formatter would close an open tag inside one.
  const labelled = labelledBy ? ` aria-labelledby="${escapeHtml(labelledBy)}"` : '';
  return new SafeHtml(`<div class="source-text"${labelled}>${renderMarkedText(text, spans, current).value}</div>`);
}
