/**
 * @module measure-unit-refiner
 * Durations and measures are not counts: "10 years", "24-hour", "two-week" → unit `duration` (counted = the time
 * unit); "1,200km", "40 degrees", "a 6.1-magnitude quake" → that unit. Also "5,000-strong", a size, kept as a count.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, isHyphen, matchForward, nounLemma, tokenAt, wordOf } from './token-helpers.js';

const DEGREE_LETTERS = new Set(['C', 'F']);

export function refineMeasureUnits(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  const { timeUnits, measureUnits } = scope.lexicon;
  for (const candidate of candidates) {
    if (candidate.unit !== undefined || candidate.kind === 'fraction' || candidate.kind === 'multiplier') continue;
    const last = tokenAt(scope, candidate.endToken - 1);
    const next = tokenAt(scope, candidate.endToken);
    const isHyphenated = isHyphen(next) && isAdjacent(last, next);
    const unitIndex = isHyphenated ? candidate.endToken + 1 : candidate.endToken;
    const unitToken = tokenAt(scope, unitIndex);
    if (wordOf(tokenAt(scope, candidate.firstToken - 1)) === 'magnitude') {
      candidate.unit = 'magnitude';
      candidate.firstToken -= 1;
      continue;
    }
    if (unitToken === undefined) continue;
    const unitWord = wordOf(unitToken);
    if (isHyphenated && unitWord === 'strong') {
      candidate.endToken = unitIndex + 1;
      continue;
    }
    if (timeUnits.has(unitToken.lemma)) {
      candidate.unit = 'duration';
      candidate.counted = unitToken.lemma;
      candidate.unitToken = unitIndex;
      if (isHyphenated) candidate.endToken = unitIndex + 1;
      continue;
    }
    const measure = measureUnits.get(unitWord) ?? measureUnits.get(unitToken.lemma);
    if (
      measure !== undefined &&
      (unitToken.pos === 'NOUN' || unitToken.pos === 'PROPN' || isAdjacent(last, unitToken))
    ) {
      candidate.unit = measure;
      candidate.unitToken = unitIndex;
      if (isHyphenated || isAdjacent(last, unitToken)) candidate.endToken = unitIndex + 1;
      // "270 km/h"
      if (measure === 'km' && matchForward(scope, unitIndex + 1, ['/', 'h']) > 0) candidate.unit = 'km/h';
      continue;
    }
    if (isAdjacent(last, unitToken) && DEGREE_LETTERS.has(unitToken.text)) {
      candidate.unit = 'degree';
      candidate.endToken = unitIndex + 1;
      continue;
    }
    // "a five-storey building", "a 40-page report": the hyphenated noun is what the figure counts.
    const { ratingWords, jerseyWords } = scope.lexicon;
    const isCompoundNoun = unitToken.pos === 'NOUN' && !ratingWords.has(unitWord) && !jerseyWords.has(unitWord);
    if (isHyphenated && isCompoundNoun && isAdjacent(next, unitToken)) {
      candidate.counted = nounLemma(unitToken);
      candidate.countedToken = unitIndex;
      candidate.endToken = unitIndex + 1;
    }
  }
  return candidates;
}
