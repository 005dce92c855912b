/**
 * @module split-paragraphs
 * Paragraph spans of a text: the blocks between blank lines. Shared by extract and analyze.
 */
import type { Span } from '../model/span.js';

/** Blank-line-separated blocks, trimmed, as spans. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = (match.index ?? 0) + leading;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}
