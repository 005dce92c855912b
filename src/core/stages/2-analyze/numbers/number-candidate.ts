/**
 * @module number-candidate
 * The working record finders propose and refiners rewrite, before it becomes a NumberMention.
 */
import type { Token } from '../tokens/tokenize.js';
import type { NumberLexicon } from './number-lexicon.js';

export type CandidateKind = 'figure' | 'written' | 'vague' | 'fraction' | 'multiplier' | 'range';

export interface NumberCandidate {
  kind: CandidateKind;
  /** Token range of the mention: `[firstToken, endToken)` into the article's token store. */
  firstToken: number;
  endToken: number;
  low: number;
  high: number;
  /** The scale word applied ("million" → 1e6); ranges share it ("2 to 3 million"). */
  scale: number;
  /** For ranges: the two ends as proposed, so filters can judge each ("between 2019 and 2021"). */
  parts?: [NumberCandidate, NumberCandidate];
  /** A single token "40-50" or "3-1": a range unless the not-a-count filter reads it as a score. */
  isHyphenPair?: boolean;
  unit?: string;
  counted?: string;
  /** Token index of the counted head noun, when it was read after the figure. */
  countedToken?: number;
  /** A participle between the figure and its noun ("300 detained protesters"), for the predicate refiner. */
  modifierVerb?: string;
  /** A verb inside a level subject ("the number of people killed rose to 50"), for the predicate refiner. */
  subjectVerb?: string;
  predicate?: string;
  approximation?: string;
  factor?: number;
  /** The last token carries the sentence's full stop ("£7.2m."): the mention ends one character earlier. */
  trimsPeriod?: boolean;
  /** Token index of the unit word read after the figure ("years" in "10 years"). */
  unitToken?: number;
  /** Set by filters: why this is not a count. Rejected candidates are dropped at the end. */
  rejectedAs?: string;
}

/** One sentence of the token store, with the lexicon: everything a finder or refiner reads. */
export interface SentenceScope {
  tokens: readonly Token[];
  /** First token of the sentence and one past its last. */
  first: number;
  end: number;
  /** Lower-case text of each token, filled for this sentence's range only (indexed like `tokens`). */
  words: readonly string[];
  lexicon: NumberLexicon;
}

export type NumberFinder = (scope: SentenceScope) => NumberCandidate[];
export type NumberRefiner = (candidates: NumberCandidate[], scope: SentenceScope) => NumberCandidate[];
