/**
 * @module fraction-finder
 * Proposes fractions of a whole: "half of", "half the", "a third of", "two-thirds", "one in five", "1/3 of".
 * The value is the fraction itself with unit `fraction` ("a third" → 0.333…).
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import type { Token } from '../tokens/tokenize.js';
import { isHyphen, isPluralNoun, tokenAt, wordAt, wordOf } from './token-helpers.js';

const SLASH = /^(\d{1,2})\/(\d{1,2})$/;
const OPENERS = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'all']);

function fraction(firstToken: number, endToken: number, value: number): NumberCandidate {
  return { kind: 'fraction', firstToken, endToken, low: value, high: value, scale: 1, unit: 'fraction' };
}

/** A fraction needs something it is a fraction of: "of", a determiner or a plural noun. */
function opensWhole(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return OPENERS.has(wordOf(token)) || isPluralNoun(token);
}

/** A small written or digit number: the numerator of "two-thirds" or "one in five". */
function smallNumber(scope: SentenceScope, index: number): number | undefined {
  const word = wordAt(scope, index);
  const written = scope.lexicon.units.get(word) ?? scope.lexicon.tens.get(word);
  if (written !== undefined) return written;
  return /^\d{1,3}$/.test(word) ? Number(word) : undefined;
}

export function findFractions(scope: SentenceScope): NumberCandidate[] {
  const { fractions, units, tens } = scope.lexicon;
  const found: NumberCandidate[] = [];
  for (let i = scope.first; i < scope.end; i += 1) {
    const word = scope.words[i] ?? '';
    const firstCode = word.charCodeAt(0);
    const isDigit = firstCode >= 48 && firstCode <= 57;
    if (!isDigit && !units.has(word) && !tens.has(word) && word !== 'half' && word !== 'a') continue;
    const next = tokenAt(scope, i + 1);
    const slash = SLASH.exec(word);
    if (slash !== null) {
      const numerator = Number(slash[1]);
      const denominator = Number(slash[2]);
      // "1/3 of" only: a bare "1/3" is as likely a date.
      if (numerator < denominator && wordOf(next) === 'of') found.push(fraction(i, i + 1, numerator / denominator));
      continue;
    }
    const numerator = smallNumber(scope, i);
    if (numerator !== undefined) {
      // "two-thirds", "three quarters of"
      const hyphenated = isHyphen(next);
      const denominator = fractions.get(wordAt(scope, hyphenated ? i + 2 : i + 1));
      const afterPart = tokenAt(scope, hyphenated ? i + 3 : i + 2);
      if (denominator !== undefined && numerator < denominator && (hyphenated || opensWhole(afterPart))) {
        const endToken = hyphenated ? i + 3 : i + 2;
        found.push(fraction(i, endToken, numerator / denominator));
        i = endToken - 1;
        continue;
      }
      // "one in five", "1 in 10", "one in every four"
      if (wordOf(next) === 'in') {
        const every = wordAt(scope, i + 2) === 'every' ? 1 : 0;
        const denominator = smallNumber(scope, i + 2 + every);
        if (denominator !== undefined && denominator > numerator) {
          found.push(fraction(i, i + 3 + every, numerator / denominator));
          i += 2 + every;
        }
      }
      continue;
    }
    if (word === 'half') {
      // "half a million" is a written number, "cut in half" is not a share of anything.
      if (opensWhole(next)) found.push(fraction(i, i + 1, 1 / 2));
      continue;
    }
    if ((word === 'a' || word === 'one') && wordOf(next) !== 'half') {
      const denominator = fractions.get(wordOf(next));
      if (denominator !== undefined && wordAt(scope, i + 2) === 'of') {
        found.push(fraction(i, i + 2, 1 / denominator));
        i += 1;
      }
    }
  }
  return found;
}
