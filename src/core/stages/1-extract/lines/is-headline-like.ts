/**
 * @module is-headline-like
 * Whether a line reads like a headline: short, capitalised, and not ending like a sentence.
 */
import { countWords } from './count-words.js';

const MAX_HEADLINE_WORDS = 24;
const MAX_HEADLINE_CHARS = 200;

/**
 * True for lines such as `Flood waters recede as towns count the cost` or `Is the bridge safe?`;
 * false for sentences ending in a period, colon or comma, for bullets, and for one-word labels.
 */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_CHARS) return false;
  const words = countWords(text);
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"“‘'([]/u.test(text)) return false;
  // A closing quote or bracket may follow the final period of a sentence: look through them.
  const end = text.replace(/["”’')\]\s]+$/u, '');
  if (/\b\p{Lu}\.\p{Lu}\.$/u.test(end)) return true;
  return !/[.:;,…-]$/u.test(end);
}
