/**
 * @module footer-tail-refiner
 * After a footer marker ("… is also available from these other addresses:", an app-store
 * line), the short lines that follow are part of the footer too, up to the first sentence.
 */
import { countWords } from '../../lines/count-words.js';
import type { ClassifiedLine } from '../../text-line.js';

const MAX_FOOTER_WORDS = 12;

function isShortLabel(text: string): boolean {
  return countWords(text) <= MAX_FOOTER_WORDS && !/[.!?]["”’)]*$/u.test(text);
}

export function refineFooterTail(lines: ClassifiedLine[]): ClassifiedLine[] {
  const markerIndex = lines.findIndex((line) => line.role === 'footer-marker');
  if (markerIndex < 0) return lines;
  const result = [...lines];
  for (let j = markerIndex + 1; j < result.length; j++) {
    const line = result[j];
    if (!line) break;
    if (line.reason) continue;
    if (!isShortLabel(line.text)) break;
    result[j] = { ...line, reason: 'site-footer', rule: 'after-footer-marker' };
  }
  return result;
}
