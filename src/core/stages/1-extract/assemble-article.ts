/**
 * @module assemble-article
 * Classified lines → the article's text (kept lines; a newline inside a paragraph, a blank line between
 * paragraphs), its paragraph spans, and the removed lines with their reasons.
 */
import type { RemovedLine } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { splitParagraphs } from '../../text/split-paragraphs.js';
import type { ClassifiedLine } from './text-line.js';

export interface AssembledText {
  text: string;
  paragraphs: Span[];
  removed: RemovedLine[];
}

export function assembleText(lines: readonly ClassifiedLine[]): AssembledText {
  const paragraphs: string[][] = [];
  const removed: RemovedLine[] = [];
  let lastParagraph: number | undefined;
  for (const line of lines) {
    if (line.reason) {
      removed.push({ text: line.text, reason: line.reason });
      continue;
    }
    if (line.paragraph !== lastParagraph) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]?.push(line.text);
    lastParagraph = line.paragraph;
  }
  const text = paragraphs.map((paragraph) => paragraph.join('\n')).join('\n\n');
  return { text, paragraphs: splitParagraphs(text), removed };
}
