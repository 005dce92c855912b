/**
 * @module name-keys
 * Normalised keys that let two spellings of one name meet in a Map: surname, given name, initials, org word bag.
 */
import givenNames from '../../../lexicons/entities-given-names.json' with { type: 'json' };

const MARKS = /\p{M}/gu;
const QUOTED_WORD = /^["“'‘]([\p{L}.'’-]+)["”'’]$/u;
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

/**
 * Every given name a full name may go by: the first word, and after a leading initial the name
 * used ("A. Barry Rand" goes by Barry). Empty for a surname alone.
 */
export function givenNameKeys(text: string): string[] {
  const words = nameWords(text).filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
  if (words.length < 2) return [];
  const keys = [foldName(words[0] ?? '').replace(/\.$/u, '')];
  const second = foldName(words[1] ?? '').replace(/\.$/u, '');
  if (words.length >= 3 && keys[0]?.length === 1 && second.length > 1 && /^\p{L}+$/u.test(second)) keys.push(second);
  // William "Mo" Cowan also goes by Mo.
  for (const word of words.slice(1, -1)) {
    const nickname = QUOTED_WORD.exec(word)?.[1];
    if (nickname) keys.push(foldName(nickname));
  }
  return keys;
}

/** Familiar form → the formal names it stands for ("jim" → james), formal names standing for themselves. */
const FORMAL_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const formal = new Map<string, string[]>();
  for (const [name, forms] of Object.entries(givenNames.diminutives)) {
    const key = foldName(name);
    for (const form of [name, ...forms]) {
      const list = formal.get(foldName(form)) ?? [];
      if (!list.includes(key)) list.push(key);
      formal.set(foldName(form), list);
    }
  }
  return formal;
})();

/** Whether one given name is a familiar form of the other, or both of one name: "Jim"/"James", "Bob"/"Robert". */
export function areFamiliarForms(a: string, b: string): boolean {
  const formalA = FORMAL_NAMES.get(a);
  const formalB = FORMAL_NAMES.get(b);
  return formalA !== undefined && formalB !== undefined && formalA.some((name) => formalB.includes(name));
}

/** Whether two given names can be one person's: equal, one is the other's initial ("A." and "Ana"), or a familiar form. */
export function areCompatibleGivenNames(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return areFamiliarForms(a, b);
}

/** Whether two full names' given names can be one person's, whichever given name each goes by. */
export function haveCompatibleGivenNames(
  textA: string,
  textB: string,
  compatible: (a: string | undefined, b: string | undefined) => boolean = areCompatibleGivenNames,
): boolean {
  const keysA = givenNameKeys(textA);
  const keysB = givenNameKeys(textB);
  if (keysA.length === 0 || keysB.length === 0) return true;
  return keysA.some((a) => keysB.some((b) => compatible(a, b)));
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
