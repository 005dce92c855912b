/**
 * @module digit-number-finder
 * Proposes figures written in digits ("6,412", "1.5", "19 million", "1.2bn", "40-50") with their scale word.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, isHyphen, tokenAt, wordAt, wordOf } from './token-helpers.js';

// en-US grouping only: "10.000" is ten. Phone numbers ("555-123-4567"), clock times ("9:30"), signed
// figures ("+1") and zero-padded codes ("0143") match none of these and are never proposed.
const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PAIR = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)$/;
// Abbreviated scales must touch the figure ("5m", "1.2bn"); "5 m" is too ambiguous.
const ABBREVIATED_SCALES = new Set(['k', 'm', 'mn', 'mln', 'bn', 'tn']);

/** Parses one en-US figure ("6,412", "1.5"); NaN when the text is not one. */
export function parseFigure(text: string): number {
  if (!PLAIN.test(text) && !GROUPED.test(text)) return Number.NaN;
  if (text.length > 1 && text.startsWith('0') && !text.startsWith('0.')) return Number.NaN;
  return Number(text.replaceAll(',', ''));
}

/** Multiplies without binary noise: 2.3 × 1e6 is 2300000, not 2299999.9999999995. */
export function scaleValue(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

interface ScaleRead {
  scale: number;
  endToken: number;
  trimsPeriod?: boolean;
}

const DECADE_AGE = /^([1-9])0s$/;
const AGE_POSSESSIVES = new Set(['his', 'her', 'their']);

function readScale(scope: SentenceScope, numberIndex: number): ScaleRead {
  const figure = tokenAt(scope, numberIndex);
  const next = tokenAt(scope, numberIndex + 1);
  // At the end of a sentence the tokenizer keeps the full stop on an abbreviation: "£7.2m."
  const rawWord = wordOf(next);
  const hasPeriod = rawWord.length > 1 && rawWord.endsWith('.') && ABBREVIATED_SCALES.has(rawWord.slice(0, -1));
  const word = hasPeriod ? rawWord.slice(0, -1) : rawWord;
  const scale = scope.lexicon.digitScales.get(word);
  if (scale === undefined) return { scale: 1, endToken: numberIndex + 1 };
  if (ABBREVIATED_SCALES.has(word) && !isAdjacent(figure, next)) return { scale: 1, endToken: numberIndex + 1 };
  if (word === 'm') {
    // "100m sprint", "a 10m-high wall": metres.
    const after = isHyphen(tokenAt(scope, numberIndex + 2)) ? numberIndex + 3 : numberIndex + 2;
    if (scope.lexicon.metreContext.has(wordAt(scope, after))) return { scale: 1, endToken: numberIndex + 1 };
  }
  return hasPeriod ? { scale, endToken: numberIndex + 2, trimsPeriod: true } : { scale, endToken: numberIndex + 2 };
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function findDigitNumbers(scope: SentenceScope): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  for (let i = scope.first; i < scope.end; i += 1) {
    const token = scope.tokens[i];
    if (token === undefined || !startsWithDigit(token.text)) continue;
    const value = parseFigure(token.text);
    if (!Number.isNaN(value)) {
      const { scale, endToken, trimsPeriod } = readScale(scope, i);
      const scaled = scaleValue(value, scale);
      // "minus 31 degrees"
      const isNegative = wordAt(scope, i - 1) === 'minus';
      const signed = isNegative ? -scaled : scaled;
      const candidate: NumberCandidate = {
        kind: 'figure',
        firstToken: isNegative ? i - 1 : i,
        endToken,
        low: signed,
        high: signed,
        scale,
      };
      if (trimsPeriod === true) candidate.trimsPeriod = true;
      found.push(candidate);
      i = endToken - 1;
      continue;
    }
    // "in his 40s": an age bracket. Other decades ("the 1990s", "the 70s") are periods, not counts.
    const decade = DECADE_AGE.exec(token.text);
    if (decade !== null && AGE_POSSESSIVES.has(wordAt(scope, i - 1))) {
      const low = Number(decade[1]) * 10;
      found.push({ kind: 'range', firstToken: i, endToken: i + 1, low, high: low + 9, scale: 1, unit: 'age' });
      continue;
    }
    const pair = PAIR.exec(token.text);
    if (pair !== null) {
      const low = parseFigure(pair[1] ?? '');
      const high = parseFigure(pair[2] ?? '');
      if (Number.isNaN(low) || Number.isNaN(high)) continue;
      const { scale, endToken } = readScale(scope, i);
      found.push({
        kind: 'range',
        firstToken: i,
        endToken,
        low: scaleValue(low, scale),
        high: scaleValue(high, scale),
        scale,
        isHyphenPair: true,
      });
      i = endToken - 1;
    }
  }
  return found;
}
