/**
 * @module normalize-line
 * Whitespace normalisation inside one line: every run of spaces, tabs and no-break spaces becomes one space.
 */

/** Collapses horizontal whitespace (including U+00A0 and the other Unicode spaces) and trims. */
export function normalizeLine(line: string): string {
  return line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}
