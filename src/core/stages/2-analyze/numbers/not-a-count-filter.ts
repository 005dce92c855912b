/**
 * @module not-a-count-filter
 * Rejects figures that name or locate rather than count: years, days of dates, clock times, phone numbers,
 * labels ("Boeing 737", "Route 66", "page 4", "No. 1"), "one of the", "one" as a pronoun, sports results
 * and vote tallies ("won 3-1", "ruled 6-3": rejected, not kept as a unit), street addresses, ratings
 * and shirt numbers. Ages, durations, decades, ordinals, URLs and handles never reach here as counts:
 * the tokenizer and the earlier refiners type them.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, isPluralNoun, tokenAt, wordAt, wordOf } from './token-helpers.js';

const YEAR = /^\d{4}$/;
const BARE_DIGITS = /^\d+$/;
const SCORE_WINDOW = 4;
const MEASURE_LINKS = new Set(['to', 'at', 'of', 'by', 'than']);
const COORDINATORS = new Set(['and', 'or', ',', '&']);

function isSingleFigure(candidate: NumberCandidate): boolean {
  return candidate.kind === 'figure' && candidate.scale === 1 && candidate.approximation === undefined;
}

/** The figure's own token (single-token figures only). */
function figureText(candidate: NumberCandidate, scope: SentenceScope): string {
  return tokenAt(scope, candidate.firstToken)?.text ?? '';
}

function isYearLike(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' || candidate.scale !== 1 || candidate.unit !== undefined) return false;
  if (!YEAR.test(figureText(candidate, scope)) || candidate.low < 1800 || candidate.low > 2100) return false;
  const previous = wordAt(scope, candidate.firstToken - 1);
  const next = tokenAt(scope, candidate.endToken);
  // "2000 people were evacuated" counts; "in 2019", "the 2020 elections" and "2022's" do not.
  if (candidate.approximation !== undefined) return false;
  const countsNoun = isPluralNoun(next);
  return !countsNoun || scope.lexicon.yearPrepositions.has(previous);
}

/** "2019-2020", "the 2020-21 season". */
function isYearPair(candidate: NumberCandidate): boolean {
  if (candidate.isHyphenPair !== true || candidate.low < 1800 || candidate.low > 2100) return false;
  return (candidate.high >= 1800 && candidate.high <= 2100) || candidate.high < 100;
}

function isDateDay(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (!isSingleFigure(candidate) || !Number.isInteger(candidate.low) || candidate.low < 1 || candidate.low > 31) {
    return false;
  }
  const { months } = scope.lexicon;
  if (months.has(wordAt(scope, candidate.firstToken - 1))) return true;
  if (months.has(wordAt(scope, candidate.endToken))) return true;
  // "5 and 6 January", "5-6 January"
  const joiner = wordAt(scope, candidate.endToken);
  return (
    (joiner === 'and' || joiner === 'to' || joiner === '-') &&
    /^\d{1,2}$/.test(wordAt(scope, candidate.endToken + 1)) &&
    months.has(wordAt(scope, candidate.endToken + 2))
  );
}

function isClockTime(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (!isSingleFigure(candidate) && candidate.kind !== 'written') return false;
  const next = tokenAt(scope, candidate.endToken);
  if (next === undefined) return false;
  if (next.type === 'time') return true;
  const word = wordOf(next);
  if (scope.lexicon.timeSuffixes.has(word)) return true;
  return word === 'local' && wordAt(scope, candidate.endToken + 1) === 'time';
}

/** "202 555 0143": bare digit groups side by side are a phone number or a code. */
function isDigitRun(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' || candidate.endToken - candidate.firstToken !== 1) return false;
  const token = tokenAt(scope, candidate.firstToken);
  if (token === undefined || !BARE_DIGITS.test(token.text)) return false;
  const previous = tokenAt(scope, candidate.firstToken - 1);
  const next = tokenAt(scope, candidate.endToken);
  const isDigitGroup = (other: typeof token | undefined): boolean =>
    other !== undefined && /^\+?\d+$/.test(other.text) && other.start - token.end <= 1 && token.start - other.end <= 1;
  return isDigitGroup(previous) || isDigitGroup(next);
}

function isLabel(candidate: NumberCandidate, scope: SentenceScope): boolean {
  const isDigits = candidate.kind === 'figure' || candidate.isHyphenPair === true;
  if (!isDigits && candidate.kind !== 'written') return false;
  if (candidate.approximation !== undefined) return false;
  const previous = tokenAt(scope, candidate.firstToken - 1);
  if (previous === undefined) return false;
  const previousWord = wordOf(previous);
  // "page 4", "pages 4-6", "Route 66", "Apartment 6C" (even when a letter after it looked like a unit)
  if (isDigits && scope.lexicon.identifierWords.has(previousWord)) return true;
  if (candidate.unit !== undefined) return false;
  // "ID.4": a figure glued to a word is part of a code.
  if (isDigits && isAdjacent(previous, tokenAt(scope, candidate.firstToken)) && /[A-Za-z.]$/.test(previous.text)) {
    return true;
  }
  if (candidate.kind !== 'figure' || previous.pos !== 'PROPN') return false;
  // "Windows 11.", "Apollo 11 mission": a proper name then a figure with no plural noun or verb after it.
  // Dates and weekdays are left to the date filters ("Monday 300 people…").
  if (scope.lexicon.months.has(previousWord) || scope.lexicon.weekdays.has(previousWord)) return false;
  if (candidate.firstToken - 1 === scope.first) return false;
  const next = tokenAt(scope, candidate.endToken);
  if (next === undefined) return true;
  const isCountContinuation = isPluralNoun(next) || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADJ';
  return !isCountContinuation;
}

function isOneNotCounting(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'written' || candidate.low !== 1 || candidate.endToken - candidate.firstToken !== 1) {
    return false;
  }
  const next = tokenAt(scope, candidate.endToken);
  const nextWord = wordOf(next);
  // "one of the", "one another", "no one", "the one who": a pronoun.
  if (nextWord === 'of' || nextWord === 'another') return true;
  if (scope.lexicon.oneDeterminers.has(wordAt(scope, candidate.firstToken - 1))) return true;
  // "one person died" counts; "one said" does not.
  if (next === undefined) return true;
  if (next.pos === 'NOUN') return false;
  if (next.pos === 'ADJ') return tokenAt(scope, candidate.endToken + 1)?.pos !== 'NOUN';
  return true;
}

/** "won 3-1", "a 2-2 draw", "Arsenal 2 Chelsea 1", "the court ruled 6-3". */
function isScore(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.isHyphenPair === true) {
    if (candidate.low >= candidate.high) return true;
    const { scoreCues } = scope.lexicon;
    const from = Math.max(scope.first, candidate.firstToken - SCORE_WINDOW);
    const to = Math.min(scope.end, candidate.endToken + SCORE_WINDOW);
    for (let i = from; i < to; i += 1) {
      if (scoreCues.has(wordAt(scope, i))) return true;
    }
    return false;
  }
  // "United 2 Chelsea 1": a small figure between two names, next to another small figure.
  if (candidate.kind !== 'figure' || candidate.unit !== undefined) return false;
  const isSmall = (index: number): boolean => /^\d{1,2}$/.test(tokenAt(scope, index)?.text ?? '');
  const isName = (index: number): boolean => tokenAt(scope, index)?.pos === 'PROPN';
  const { firstToken, endToken } = candidate;
  if (!isName(firstToken - 1)) return false;
  return (isName(endToken) && isSmall(endToken + 1)) || (isSmall(firstToken - 2) && isName(firstToken - 3));
}

function isAddress(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' || candidate.unit !== undefined) return false;
  for (let i = candidate.endToken; i < Math.min(scope.end, candidate.endToken + 4); i += 1) {
    const token = scope.tokens[i];
    if (token === undefined || !/^[A-Z]/.test(token.text)) return false;
    if (i > candidate.endToken && scope.lexicon.streetWords.has(wordOf(token))) return true;
  }
  return false;
}

function isRatingOrShirt(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' && candidate.kind !== 'written') return false;
  const { ratingWords, jerseyWords } = scope.lexicon;
  let nextIndex = candidate.endToken;
  const next = tokenAt(scope, nextIndex);
  if (next?.text === '-' && isAdjacent(tokenAt(scope, nextIndex - 1), next)) nextIndex += 1;
  const nextWord = wordAt(scope, nextIndex);
  // "rated 4 out of 5" is a rating; "3,000 votes out of 1.1 million" is not.
  const isSmall = candidate.high <= 10;
  if (nextWord === 'out') return isSmall && wordAt(scope, nextIndex + 1) === 'of';
  if (ratingWords.has(nextWord) || jerseyWords.has(nextWord)) return true;
  // "rated 4 out of 5": the 5 too.
  return (
    isSmall && wordAt(scope, candidate.firstToken - 1) === 'of' && wordAt(scope, candidate.firstToken - 2) === 'out'
  );
}

/** "call 111", "dial 999": a number to dial. */
function isDialled(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' || candidate.approximation !== undefined) return false;
  const next = tokenAt(scope, candidate.endToken);
  if (scope.lexicon.callNouns.has(wordOf(next)) && candidate.low >= 100) return true;
  const previous = tokenAt(scope, candidate.firstToken - 1);
  if (previous === undefined || !scope.lexicon.phoneVerbs.has(wordOf(previous))) return false;
  return next?.pos !== 'NOUN';
}

/** "within 10 days", "in four years", "over 18 months", "12 years after": when, not how much. */
function isTimeFrame(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.unit !== 'duration') return false;
  const { timeFrames, timeFrameTails } = scope.lexicon;
  const before = tokenAt(scope, candidate.firstToken - 1);
  // "over 18 months" after a noun or clause places it in time; "lasted over three hours" and
  // "cut journey times to under 90 minutes" measure it.
  if (candidate.approximation !== undefined && timeFrames.has(candidate.approximation)) {
    return (
      before === undefined || !(before.pos === 'VERB' || before.pos === 'AUX' || MEASURE_LINKS.has(wordOf(before)))
    );
  }
  let previous = wordOf(before);
  if (previous === 'for') return false;
  if (previous === 'the') previous = wordAt(scope, candidate.firstToken - 2);
  if (timeFrames.has(previous)) return true;
  const unitIndex = candidate.unitToken ?? candidate.endToken;
  return timeFrameTails.has(wordAt(scope, unitIndex + 1));
}

/** Why a candidate is not a count, or undefined when it may be one. */
export function explainNotACount(candidate: NumberCandidate, scope: SentenceScope): string | undefined {
  if (candidate.parts !== undefined && candidate.parts.every((part) => isYearLike(part, scope))) return 'year';
  if (isYearPair(candidate)) return 'year';
  if (isYearLike(candidate, scope)) return 'year';
  if (isDateDay(candidate, scope)) return 'date';
  if (isClockTime(candidate, scope)) return 'time';
  if (isTimeFrame(candidate, scope)) return 'time-frame';
  if (isDialled(candidate, scope)) return 'phone';
  if (isDigitRun(candidate, scope)) return 'phone';
  if (isScore(candidate, scope)) return 'score';
  if (isLabel(candidate, scope)) return 'label';
  if (isOneNotCounting(candidate, scope)) return 'pronoun';
  if (isAddress(candidate, scope)) return 'address';
  if (isRatingOrShirt(candidate, scope)) return 'rating';
  return undefined;
}

/** "junctions 10 and 11", "Gates 4, 5 and 6": figures listed after a label are labels too. */
function isListedAfterLabel(
  candidate: NumberCandidate,
  previous: NumberCandidate | undefined,
  scope: SentenceScope,
): boolean {
  if (previous?.rejectedAs !== 'label' || candidate.kind !== 'figure') return false;
  for (let at = previous.endToken; at < candidate.firstToken; at += 1) {
    if (!COORDINATORS.has(wordAt(scope, at))) return false;
  }
  return true;
}

export function filterNotACount(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  let previous: NumberCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate.unit !== 'age' && candidate.kind !== 'multiplier') {
      const reason = isListedAfterLabel(candidate, previous, scope) ? 'label' : explainNotACount(candidate, scope);
      if (reason !== undefined) candidate.rejectedAs = reason;
    }
    previous = candidate;
  }
  return candidates;
}
