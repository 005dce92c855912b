/**
 * @module name-keys
 * Normalised keys that let two spellings of one name meet in a Map: surname, given name, initials, org word bag.
 */

const MARKS = /\p{M}/gu;
const POSSESSIVE_END = /['’]s?$/u;
const ORG_FILLER = new Set(['the', 'of', 'for', 'and', '&', 'on', 'affairs', 'de']);
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
]);

/** Lower case, accents removed, a trailing possessive dropped: "Núñez’s" → "nunez". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(POSSESSIVE_END, '').toLowerCase().trim();
}

/** Words of a name as written, hyphenated parts kept together: "Jean-Luc Picard" → ["Jean-Luc", "Picard"]. */
export function nameWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

export function surnameKey(text: string): string {
  const words = nameWords(text);
  return foldName(words[words.length - 1] ?? '');
}

export function givenNameKey(text: string): string | undefined {
  const words = nameWords(text).filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
  return words.length >= 2 ? foldName(words[0] ?? '').replace(/\.$/u, '') : undefined;
}

/** Whether two given names can be one person's: equal, or one is the other's initial ("A." and "Ana"). */
export function areCompatibleGivenNames(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return false;
}

/** Initials of the capitalised content words: "Regional Water Safety Organization" → "RWSO". */
export function initialsOf(text: string): string {
  let initials = '';
  for (const word of nameWords(text)) {
    if (ORG_FILLER.has(word.toLowerCase())) continue;
    for (const part of word.split('-')) {
      const first = part[0];
      if (first && first === first.toUpperCase() && first !== first.toLowerCase()) initials += first;
    }
  }
  return initials;
}

/** "U.S." → "US": the form an acronym is compared in. */
export function acronymKey(text: string): string {
  return text.replace(/\./gu, '').toUpperCase();
}

/**
 * Order-free bag of an organisation's content words, so "Ministry of Foreign Affairs" and
 * "Foreign Ministry" share a key.
 */
export function organizationKey(text: string): string {
  const words = nameWords(foldName(text))
    .map((word) => word.replace(/[.,]/gu, ''))
    .filter((word) => word !== '' && !ORG_FILLER.has(word));
  return words.sort().join(' ');
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
