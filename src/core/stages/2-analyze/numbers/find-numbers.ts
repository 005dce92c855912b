/**
 * @module find-numbers
 * Number mentions as intervals with what they count, read from the token store sentence by sentence:
 * finders propose candidates, then ordered refiners merge, type, widen, filter and attach meaning.
 */
import type { ArticleBudget } from '../article-budget.js';
import type { NumberMention } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import type { NumberCandidate, NumberFinder, NumberRefiner, SentenceScope } from './number-candidate.js';
import { getNumberLexicon } from './number-lexicon.js';
import type { NumberLexicon } from './number-lexicon.js';
import { findVagueQuantities } from './vague-quantity-finder.js';
import { findFractions } from './fraction-finder.js';
import { findMultipliers } from './multiplier-finder.js';
import { findDigitNumbers } from './digit-number-finder.js';
import { findWrittenNumbers } from './written-number-parser.js';
import { removeOverlaps } from './overlap-removal-refiner.js';
import { refineCurrency } from './currency-refiner.js';
import { refinePercent } from './percent-refiner.js';
import { findRanges } from './range-finder.js';
import { refineAges } from './age-refiner.js';
import { refineMeasureUnits } from './measure-unit-refiner.js';
import { refineApproximations } from './approximation-refiner.js';
import { filterNotACount } from './not-a-count-filter.js';
import { refineCountedThings } from './counted-thing-refiner.js';
import { refinePredicates } from './predicate-refiner.js';

export interface FindNumbersOptions {
  /** Spans already claimed by date expressions: numbers inside them are not counts. */
  excluded?: Span[];
  /** Checked sentence by sentence. */
  budget?: ArticleBudget;
}

/** Finder order is priority order when two candidates cover the same tokens. */
const FINDERS: readonly NumberFinder[] = [
  findVagueQuantities,
  findFractions,
  findMultipliers,
  findDigitNumbers,
  findWrittenNumbers,
];

// Order matters: units before ranges (a unit written once serves both ends), ranges and ages before
// approximations (the cue widens the whole interval), the filter before meaning (labels get none).
const REFINERS: readonly NumberRefiner[] = [
  removeOverlaps,
  refineCurrency,
  refinePercent,
  findRanges,
  refineAges,
  refineMeasureUnits,
  refineApproximations,
  filterNotACount,
  refineCountedThings,
  refinePredicates,
];

/** Whether the sentence has anything a finder could start from: most sentences have no number at all. */
function hasTrigger(scope: SentenceScope): boolean {
  const { triggerWords, multiplierVerbs } = scope.lexicon;
  for (let i = scope.first; i < scope.end; i += 1) {
    const token = scope.tokens[i];
    if (token === undefined) continue;
    if (token.pos === 'NUM' || token.type === 'number' || token.type === 'decade') return true;
    if (triggerWords.has(token.normal) || multiplierVerbs.has(token.lemma)) return true;
  }
  return false;
}

/** The excluded spans sorted by start, searched by bisection. */
class ExcludedSpans {
  private readonly spans: Span[];
  private readonly maxEnds: number[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    // Running maximum of ends, so bisection stays right when spans nest.
    let maxEnd = -Infinity;
    this.maxEnds = this.spans.map((span) => (maxEnd = Math.max(maxEnd, span.end)));
  }

  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.maxEnds[middle] ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.spans.length; i += 1) {
      const span = this.spans[i];
      if (span === undefined || span.start >= end) return false;
      if (span.end > start) return true;
    }
    return false;
  }
}

function toMention(candidate: NumberCandidate, tokenized: TokenizedText): NumberMention | undefined {
  const first = tokenized.tokens[candidate.firstToken];
  const last = tokenized.tokens[candidate.endToken - 1];
  if (first === undefined || last === undefined) return undefined;
  const end = candidate.trimsPeriod === true ? last.end - 1 : last.end;
  const mention: NumberMention = {
    kind: 'number',
    text: tokenized.text.slice(first.start, end),
    start: first.start,
    end,
    low: candidate.low,
    high: candidate.high,
  };
  if (candidate.unit !== undefined) mention.unit = candidate.unit;
  if (candidate.counted !== undefined) mention.counted = candidate.counted;
  if (candidate.predicate !== undefined) mention.predicate = candidate.predicate;
  if (candidate.approximation !== undefined) mention.approximation = candidate.approximation;
  if (candidate.factor !== undefined) mention.factor = candidate.factor;
  return mention;
}

function findInSentence(scope: SentenceScope, tokenized: TokenizedText, excluded: ExcludedSpans): NumberCandidate[] {
  let candidates: NumberCandidate[] = [];
  for (const find of FINDERS) candidates.push(...find(scope));
  if (candidates.length === 0) return candidates;
  candidates = candidates.filter((candidate) => {
    const first = tokenized.tokens[candidate.firstToken];
    const last = tokenized.tokens[candidate.endToken - 1];
    return first !== undefined && last !== undefined && !excluded.overlaps(first.start, last.end);
  });
  for (const refine of REFINERS) candidates = refine(candidates, scope);
  return candidates.filter((candidate) => candidate.rejectedAs === undefined);
}

/**
 * Finds the number mentions of a tokenized text, in text order.
 *
 * @example
 * findNumbers(tokenize('Police detained nearly 6,000 people.'))
 * // → [{ kind: 'number', text: 'nearly 6,000', low: 5400, high: 5999, counted: 'people', predicate: 'detain', … }]
 */
export function findNumbers(tokenized: TokenizedText, options: FindNumbersOptions = {}): NumberMention[] {
  const { excluded = [], budget } = options;
  const lexicon: NumberLexicon = getNumberLexicon();
  const excludedSpans = new ExcludedSpans(excluded);
  const mentions: NumberMention[] = [];
  // Lower-case words, filled sentence by sentence, only where a number may start.
  const words: string[] = new Array<string>(tokenized.tokens.length);
  const { sentences } = tokenized;
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    budget?.check('numbers', sentenceIndex, sentences.length);
    const sentence = sentences[sentenceIndex]!;
    const scope: SentenceScope = {
      tokens: tokenized.tokens,
      first: sentence.firstToken,
      end: sentence.endToken,
      words,
      lexicon,
    };
    if (!hasTrigger(scope)) continue;
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      words[i] = tokenized.tokens[i]?.text.toLowerCase() ?? '';
    }
    for (const candidate of findInSentence(scope, tokenized, excludedSpans)) {
      const mention = toMention(candidate, tokenized);
      if (mention !== undefined) mentions.push(mention);
    }
  }
  return mentions;
}
