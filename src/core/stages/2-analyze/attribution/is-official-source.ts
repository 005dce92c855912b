/**
 * @module is-official-source
 * Whether a named source speaks for a government or public body: ministries, police, officials,
 * spokespeople, agencies, state media. Used for modality `official`.
 */
import nouns from '../../../lexicons/attribution-nouns.json' with { type: 'json' };
import { indexPhrases } from './attribution-lexicon.js';

const OFFICIAL_WORDS = new Set(nouns.official);
const OFFICIAL_PHRASES = indexPhrases(nouns.officialPhrases);
const FORMER_MARKERS = new Set(nouns.formerMarkers);
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * True when `source` (and its optional description) names an official body or its spokesperson.
 * "A former official" and "opposition lawmakers" are not official.
 *
 * @example
 * isOfficialSource('the Interior Ministry') // true
 * isOfficialSource('a local resident') // false
 */
export function isOfficialSource(source: string, description?: string): boolean {
  const words = `${source} ${description ?? ''}`.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const previous = words[i - 1];
    if (previous !== undefined && FORMER_MARKERS.has(previous)) continue;
    if (OFFICIAL_WORDS.has(word) && !FORMER_MARKERS.has(word)) return true;
    for (const phrase of OFFICIAL_PHRASES.get(word) ?? []) {
      if (phrase.every((part, k) => words[i + k] === part)) return true;
    }
  }
  return false;
}
