/**
 * @module find-negation
 * Whether a cue word is negated ("did not confirm", "has yet to be verified", "declined to confirm",
 * "no longer denies", "no independent confirmation"), looking back a few words within its clause.
 */
import type { Token } from '../tokens/tokenize.js';
import { modalityLexicon } from './modality-lexicon.js';

/** How far back a negation can sit: "could not be independently verified" is five words. */
const WINDOW = 5;
const PASS_THROUGH_TAGS = new Set(['AUX', 'ADV', 'PART', 'ADJ']);

/**
 * Returns the index of the token that negates `tokens[index]`, or undefined when the cue is not negated.
 * Stops at punctuation, conjunctions and other verbs, so "did not say, but confirmed" leaves "confirmed" alone.
 */
export function findNegation(tokens: readonly Token[], index: number, floor: number): number | undefined {
  const lowest = Math.max(floor, index - WINDOW);
  for (let i = index - 1; i >= lowest; i--) {
    const token = tokens[i];
    if (!token) return undefined;
    if (modalityLexicon.negators.has(token.normal)) {
      // "yet" negates only as "has yet to"; "no" only before a noun or as "no longer".
      if (token.normal === 'yet' && tokens[i + 1]?.normal !== 'to') return undefined;
      return i;
    }
    if (modalityLexicon.negatingVerbs.has(token.lemma) && tokens[i + 1]?.normal === 'to') return i;
    if (token.normal === 'to' || PASS_THROUGH_TAGS.has(token.pos)) continue;
    return undefined;
  }
  return undefined;
}
