/**
 * @module measure-unit-refiner
 * Durations and measures are not counts: "10 years", "24-hour", "two-week" → unit `duration` (counted = the time
 * unit); "1,200km", "40 degrees", "a 6.1-magnitude quake" → that unit. Also "5,000-strong", a size, kept as a count.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, isHyphen, tokenAt, wordAt, wordOf } from './token-helpers.js';

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
    if (wordAt(scope, candidate.firstToken - 1) === 'magnitude') {
      candidate.unit = 'magnitude';
      candidate.firstToken -= 1;
      continue;
    }
    // "a magnitude-6.4 earthquake"
    if (isHyphen(tokenAt(scope, candidate.firstToken - 1)) && wordAt(scope, candidate.firstToken - 2) === 'magnitude') {
      candidate.unit = 'magnitude';
      candidate.firstToken -= 2;
      delete candidate.counted;
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
      if (measure === 'km' && wordAt(scope, unitIndex + 1) === '/') {
        const hour = wordAt(scope, unitIndex + 2);
        if (hour === 'h' || hour === 'h.') candidate.unit = 'km/h';
      }
      continue;
    }
    // "40C", and "40C." at the end of a sentence, where the tokenizer keeps the full stop on the letter.
    const letter = unitToken.text.endsWith('.') ? unitToken.text.slice(0, -1) : unitToken.text;
    if (isAdjacent(last, unitToken) && DEGREE_LETTERS.has(letter)) {
      candidate.unit = 'degree';
      candidate.endToken = unitIndex + 1;
      if (letter !== unitToken.text) candidate.trimsPeriod = true;
      continue;
    }
    // "a five-storey building", "a 40-page report": the hyphenated noun is what the figure counts.
    const { ratingWords, jerseyWords } = scope.lexicon;
    const isCompoundNoun = unitToken.pos === 'NOUN' && !ratingWords.has(unitWord) && !jerseyWords.has(unitWord);
    if (isHyphenated && isCompoundNoun && isAdjacent(next, unitToken)) {
      // The compound is singular as written ("five-storey"); the tokenizer's lemma may respell it.
      candidate.counted = unitWord;
      candidate.countedToken = unitIndex;
      candidate.endToken = unitIndex + 1;
    }
  }
  return candidates;
}
