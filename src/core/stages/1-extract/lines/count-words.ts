/**
 * @module count-words
 * Word count of a line, as the noise rules and headline tests measure length.
 */

/** Whitespace-separated tokens that hold at least one letter or digit. */
export function countWords(line: string): number {
  let count = 0;
  for (const token of line.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
