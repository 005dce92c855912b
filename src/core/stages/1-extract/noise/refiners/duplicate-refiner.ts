/**
 * @module duplicate-refiner
 * A line that repeats a line already removed as noise (a caption shown again under a gallery, a
 * newsletter box placed twice) is noise for the same reason. Other repeats are kept: tables, lists and
 * recipes repeat lines on purpose.
 */
import { countWords } from '../../lines/count-words.js';
import type { ClassifiedLine } from '../../text-line.js';

const MIN_WORDS = 4;

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function refineDuplicates(lines: ClassifiedLine[]): ClassifiedLine[] {
  const removedReasons = new Map<string, string>();
  for (const line of lines) {
    if (line.reason && countWords(line.text) >= MIN_WORDS) removedReasons.set(key(line.text), line.reason);
  }
  if (removedReasons.size === 0) return lines;
  return lines.map((line) => {
    if (line.reason || countWords(line.text) < MIN_WORDS) return line;
    const removedAs = removedReasons.get(key(line.text));
    return removedAs ? { ...line, reason: removedAs, rule: 'repeats-removed-line' } : line;
  });
}
