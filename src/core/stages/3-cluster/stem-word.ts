/**
 * @module stem-word
 * A light English suffix stripper so "closes", "closed" and "closing" share one term.
 */

const VOWEL = /[aeiouy]/;

/**
 * Strips plural, -ed and -ing endings and a final e; conservative on short words, where a
 * wrong cut merges unrelated terms. Input is lower case.
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ed') && stem.length > 4 && VOWEL.test(stem.slice(0, -2))) stem = undouble(stem.slice(0, -2));
  else if (stem.endsWith('ing') && stem.length > 5 && VOWEL.test(stem.slice(0, -3))) stem = undouble(stem.slice(0, -3));

  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

// "slammed" → "slamm" → "slam"; "called" keeps its double l.
function undouble(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  if (stem.length > 3 && last === stem.charAt(stem.length - 2) && !'lsz'.includes(last)) return stem.slice(0, -1);
  return stem;
}
