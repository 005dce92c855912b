/**
 * @module is-official-source
 * Whether a named source speaks for an authority: ministries, police, officials, spokespeople,
 * agencies, courts, international organisations, office-holders in role, and companies or
 * institutions speaking about themselves. Used for modality `official`.
 */
import nouns from '../../../lexicons/attribution-nouns.json' with { type: 'json' };
import { indexPhrases } from './attribution-lexicon.js';

const OFFICIAL_WORDS = new Set(nouns.official);
const OFFICIAL_SUFFIXES = nouns.officialSuffixes;
const OFFICIAL_PHRASES = indexPhrases(nouns.officialPhrases);
const NON_OFFICIAL_WORDS = new Set(nouns.nonOfficial);
const FORMER_MARKERS = new Set(nouns.formerMarkers);
const WORD = /[\p{L}\p{N}]+/gu;

/** "officials" → "official", "authorities" → "authority", "policemen" → "policeman". */
function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function isOfficialWord(word: string): boolean {
  const singular = singularOf(word);
  return (
    OFFICIAL_WORDS.has(word) ||
    OFFICIAL_WORDS.has(singular) ||
    OFFICIAL_SUFFIXES.some((suffix) => singular.endsWith(suffix) && singular.length > suffix.length + 2)
  );
}

/**
 * True when `source` (with its optional description) names an authority or a body speaking about
 * itself. Words of unofficial speakers win ("a spokesman for the rebels", "defence lawyers"), and
 * "a former official" or "opposition lawmakers" are not official.
 *
 * @example
 * isOfficialSource('the Interior Ministry') // true
 * isOfficialSource('a local resident') // false
 */
export function isOfficialSource(source: string, description?: string): boolean {
  const words = `${source} ${description ?? ''}`.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (const phrase of OFFICIAL_PHRASES.get(words[i] ?? '') ?? []) {
      if (phrase.every((part, k) => words[i + k] === part)) return true;
    }
  }
  if (words.some((word) => NON_OFFICIAL_WORDS.has(word) || NON_OFFICIAL_WORDS.has(singularOf(word)))) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const previous = words[i - 1];
    if (FORMER_MARKERS.has(word) || (previous !== undefined && FORMER_MARKERS.has(previous))) continue;
    if (isOfficialWord(word)) return true;
  }
  return false;
}
