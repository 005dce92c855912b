/**
 * @module approximation-refiner
 * Widens a figure by the cue written around it ("nearly 6,000" → [5400, 5999]) following the rules in
 * lexicons/numbers-approximations.json, and extends the span over the cue.
 */
import type { ApproximationRule } from './number-lexicon.js';
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, isHyphen, matchBackward, matchForward, tokenAt, wordAt } from './token-helpers.js';

const MOVEMENT_BEFORE_UP = new Set(['go', 'shoot', 'move', 'push', 'drive', 'bring', 'send']);

interface Cue {
  text: string;
  rule: ApproximationRule;
  /** Token index where the mention now starts (before cues) or ends (after cues). */
  boundary: number;
}

/** Whole counts step by one ("nearly 6,000" stops at 5,999); money, percentages and measures do not. */
function isWholeCount(candidate: NumberCandidate): boolean {
  return candidate.unit === undefined && Number.isInteger(candidate.low) && Number.isInteger(candidate.high);
}

function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Applies `rule` to [low, high] (each end from its own side), for whole counts or continuous quantities. */
export function applyApproximation(
  low: number,
  high: number,
  rule: ApproximationRule,
  isWhole: boolean,
): [number, number] {
  const step = isWhole ? 1 : 0;
  let newLow = tidy(low * rule.lowFactor + rule.lowStep * step);
  let newHigh = tidy(high * rule.highFactor + rule.highStep * step);
  if (isWhole) {
    newLow = Math.ceil(newLow);
    newHigh = Math.floor(newHigh);
  }
  if (newHigh < newLow) newHigh = newLow;
  return [newLow, newHigh];
}

function findCueBefore(candidate: NumberCandidate, scope: SentenceScope): Cue | undefined {
  const { cuesBefore, approximationRules } = scope.lexicon;
  const lastIndex = candidate.firstToken - 1;
  for (const phrase of cuesBefore.get(wordAt(scope, lastIndex)) ?? []) {
    const start = matchBackward(scope, lastIndex, phrase.words);
    if (start < 0) continue;
    // "shares went up to 200" is movement, not a cap; "stranded up to 2,000 motorists" is a cap.
    const verbBefore = tokenAt(scope, start - 1);
    const isMovement = verbBefore?.pos === 'VERB' && MOVEMENT_BEFORE_UP.has(verbBefore.lemma);
    if (phrase.value === 'upTo' && (isMovement || scope.lexicon.movementVerbs.has(verbBefore?.lemma ?? ''))) continue;
    const rule = approximationRules.get(phrase.value);
    if (rule !== undefined) return { text: phrase.words.join(' '), rule, boundary: start };
  }
  return undefined;
}

function findCueAfter(candidate: NumberCandidate, scope: SentenceScope): Cue | undefined {
  const { cuesAfter, approximationRules } = scope.lexicon;
  let index = candidate.endToken;
  const last = tokenAt(scope, index - 1);
  // "100-plus": the hyphen belongs to the cue.
  if (isHyphen(tokenAt(scope, index)) && isAdjacent(last, tokenAt(scope, index))) index += 1;
  for (const phrase of cuesAfter.get(wordAt(scope, index)) ?? []) {
    const end = matchForward(scope, index, phrase.words);
    if (end < 0) continue;
    const isAttached = phrase.words[0] === '+' || phrase.words[0] === 'plus' || phrase.words[0] === 'odd';
    if (isAttached && !isAdjacent(tokenAt(scope, index - 1), tokenAt(scope, index))) continue;
    const rule = approximationRules.get(phrase.value);
    if (rule !== undefined) return { text: phrase.words.join(' '), rule, boundary: end };
  }
  return undefined;
}

export function refineApproximations(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  for (const candidate of candidates) {
    const before = findCueBefore(candidate, scope);
    const cue = before ?? findCueAfter(candidate, scope);
    if (cue === undefined) continue;
    if (before !== undefined) candidate.firstToken = cue.boundary;
    else candidate.endToken = cue.boundary;
    [candidate.low, candidate.high] = applyApproximation(
      candidate.low,
      candidate.high,
      cue.rule,
      isWholeCount(candidate),
    );
    candidate.approximation =
      candidate.approximation === undefined ? cue.text : `${cue.text} ${candidate.approximation}`;
  }
  return candidates;
}
