/**
 * @module is-byline-line
 * Byline lines such as `By Jane Doe and Sam Roe` or `By Ana Ruiz, Staff Writer`: names, not a sentence.
 */
import { countWords } from '../lines/count-words.js';

const MAX_WORDS = 16;
const CONNECTORS = new Set([
  'and',
  'of',
  'the',
  'in',
  'for',
  'with',
  'on',
  'at',
  'de',
  'da',
  'van',
  'von',
  'der',
  'al',
  'el',
  'y',
]);

/** The name part of a byline line (`By Jane Doe` → `Jane Doe`), or undefined when the line is not one. */
export function readBylineLine(line: string): string | undefined {
  const match = /^by\b\s*(.*)$/iu.exec(line);
  if (!match) return undefined;
  const rest = (match[1] ?? '').trim();
  if (rest === '') return '';
  if (countWords(rest) > MAX_WORDS) return undefined;
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  // A sentence ends in a period; a byline only does after an initial or "a.m.".
  if (/\.$/u.test(rest) && !/(?:\b\p{Lu}|\b[ap]\.m)\.$/u.test(rest)) return undefined;
  for (const word of rest.split(/[\s,|/&]+/u)) {
    if (word === '' || /^[\p{Lu}\p{N}]/u.test(word) || /^[^\p{L}]*$/u.test(word)) continue;
    if (CONNECTORS.has(word.toLowerCase()) || /^[ap]\.?m\.?$/iu.test(word)) continue;
    return undefined;
  }
  return rest;
}

/** True for `By Jane Doe`, `by Sam Roe | Reuters` and a lone `By`. */
export function isBylineLine(line: string): boolean {
  return readBylineLine(line) !== undefined;
}
