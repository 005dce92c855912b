/**
 * @module token-helpers
 * Small token tests shared by the number finders and refiners.
 */
import type { Token } from '../tokens/tokenize.js';
import type { SentenceScope } from './number-candidate.js';

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const HYPHENS = new Set(['-', '–', '—']);

/** Lower-case form used for all lexicon lookups (wink's `normal`, which keeps digits as written). */
export function wordOf(token: Token | undefined): string {
  return token === undefined ? '' : token.text.toLowerCase();
}

export function isQuote(token: Token | undefined): boolean {
  return token !== undefined && QUOTES.has(token.text);
}

export function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && HYPHENS.has(token.text);
}

/** True when two tokens touch (no whitespace between): "5,000-strong", "$2bn". */
export function isAdjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** The lower-case word at `index`, or '' outside the sentence. Read from the scope's precomputed words. */
export function wordAt(scope: SentenceScope, index: number): string {
  return index >= scope.first && index < scope.end ? (scope.words[index] ?? '') : '';
}

/** The token at `index` when it lies inside the sentence. */
export function tokenAt(scope: SentenceScope, index: number): Token | undefined {
  return index >= scope.first && index < scope.end ? scope.tokens[index] : undefined;
}

/** Matches `words` at `index` going forward; returns the index after the match, or -1. */
export function matchForward(scope: SentenceScope, index: number, words: readonly string[]): number {
  let at = index;
  for (const word of words) {
    if (wordOf(tokenAt(scope, at)) !== word) return -1;
    at += 1;
  }
  return at;
}

/** Matches `words` ending at `lastIndex`; returns the index of the first matched token, or -1. */
export function matchBackward(scope: SentenceScope, lastIndex: number, words: readonly string[]): number {
  let at = lastIndex;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (wordOf(tokenAt(scope, at)) !== words[i]) return -1;
    at -= 1;
  }
  return at + 1;
}

const IRREGULAR_SINGULARS = new Map([
  ['people', 'people'],
  ['police', 'police'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['news', 'news'],
  ['series', 'series'],
  ['species', 'species'],
]);

/**
 * The noun's lemma. wink tags a capitalised sentence-initial plural as a proper noun and leaves it
 * unlemmatised ("Detentions"), so plain plural endings are stripped here.
 */
export function nounLemma(token: Token): string {
  const word = token.normal;
  const irregular = IRREGULAR_SINGULARS.get(word);
  if (irregular !== undefined) return irregular;
  if (token.lemma !== word || token.pos === 'NOUN') return token.lemma;
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Whether a token can head a noun phrase. Sentence-initial capitalised words count (wink calls them PROPN). */
export function isNounLike(token: Token | undefined, scope: SentenceScope, index: number): boolean {
  if (token === undefined) return false;
  if (token.pos === 'NOUN') return true;
  return token.pos === 'PROPN' && index === scope.first && /^[A-Z][a-z]+$/.test(token.text);
}

/** Whether a noun token is plural ("people", "troops"). */
export function isPluralNoun(token: Token | undefined): boolean {
  if (token === undefined || token.pos !== 'NOUN') return false;
  return token.lemma !== token.normal || token.normal === 'people' || token.normal === 'police';
}
