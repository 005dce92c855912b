/**
 * @module extract-plain-text
 * Plain text and markdown → lines in paragraphs (blank lines separate paragraphs), noise removed,
 * the headline found on the first line (it stays in the text), dates from timestamp lines and datelines.
 */
import type { SourceDocument } from '../../../model/source-document.js';
import { collectLineDates } from '../dates/collect-line-dates.js';
import type { DocumentExtraction } from '../document-extraction.js';
import { isHeadlineLike } from '../lines/is-headline-like.js';
import { normalizeLine } from '../lines/normalize-line.js';
import { readBylineLine } from '../noise/is-byline-line.js';
import { removeNoise } from '../noise/remove-noise.js';
import type { ClassifiedLine, TextLine } from '../text-line.js';
import { stripMarkdown } from './strip-markdown.js';

/** Splits the body into lines, numbering paragraphs at blank lines (and markdown rules). */
export function splitTextLines(body: string, isMarkdown: boolean): TextLine[] {
  const rawLines = body.replace(/\r\n?/g, '\n').split('\n');
  const stripped = isMarkdown
    ? stripMarkdown(rawLines)
    : rawLines.map((text) => ({ text, isHeading: false, isBreak: false }));
  const lines: TextLine[] = [];
  let paragraph = 0;
  let paragraphHasLines = false;
  for (const line of stripped) {
    const text = normalizeLine(line.text);
    if (text === '' || line.isBreak) {
      if (paragraphHasLines) paragraph++;
      paragraphHasLines = false;
      continue;
    }
    lines.push({ text, paragraph, kind: line.isHeading ? 'heading' : 'paragraph' });
    paragraphHasLines = true;
  }
  return lines;
}

/**
 * The headline is the first kept line when it stands alone as a paragraph and reads like a headline
 * (a markdown heading always does), and more story follows it.
 */
function findHeadline(lines: readonly ClassifiedLine[]): string | undefined {
  const kept = lines.filter((line) => !line.reason);
  const first = kept[0];
  const second = kept[1];
  if (!first || !second || second.paragraph === first.paragraph) return undefined;
  if (first.kind === 'heading') return first.text;
  return isHeadlineLike(first.text) ? first.text : undefined;
}

export function extractPlainText(document: SourceDocument, now: Date): DocumentExtraction {
  const lines = removeNoise(splitTextLines(document.body, document.format === 'markdown'));
  const result: DocumentExtraction = { lines, dates: collectLineDates(lines, now) };
  const title = findHeadline(lines);
  if (title) result.title = title;
  const agency = findDatelineAgency(lines);
  if (agency) result.siteName = agency;
  for (const line of lines) {
    const byline = line.reason === 'byline' ? readBylineLine(line.text) : undefined;
    if (byline) {
      result.byline = byline;
      break;
    }
  }
  return result;
}

/** "PORT CALDER (Meridian Wire) - …", "LONDON, May 3 (Reuters) —": the agency in a wire dateline. */
const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*\(([\p{Lu}][\p{L}&.' -]{1,40})\)\s*[-–—]/u;

function findDatelineAgency(lines: readonly ClassifiedLine[]): string | undefined {
  for (const line of lines.filter((l) => !l.reason).slice(0, 3)) {
    const agency = WIRE_DATELINE.exec(line.text)?.[1]?.trim();
    if (agency) return agency;
  }
  return undefined;
}
