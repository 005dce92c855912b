/**
 * @module age-refiner
 * Ages are never counts: "the 49-year-old", "49 years old", "aged 49", "John Smith, 49," → unit `age`.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { matchForward, tokenAt, wordAt } from './token-helpers.js';

const AGE_LINKS = new Set(['to', 'of', 'at', 'from']);

const AGE_TAILS: string[][] = [
  ['-', 'year', '-', 'old'],
  ['-', 'year', '-', 'olds'],
  ['-', 'years', '-', 'old'],
  ['years', 'old'],
  ['year', 'old'],
  ['years', 'of', 'age'],
];

/** "Smith, 49," — a small whole figure between commas right after a name. */
function isAppositiveAge(candidate: NumberCandidate, scope: SentenceScope): boolean {
  if (candidate.kind !== 'figure' || candidate.endToken - candidate.firstToken !== 1) return false;
  if (!Number.isInteger(candidate.low) || candidate.low < 1 || candidate.low > 115) return false;
  const comma = tokenAt(scope, candidate.firstToken - 1);
  const name = tokenAt(scope, candidate.firstToken - 2);
  const after = wordAt(scope, candidate.endToken);
  if (comma?.text !== ',') return false;
  // "The senator, 71, said": a person noun needs the closing comma; a name may end the sentence.
  if (name?.pos === 'NOUN') return after === ',';
  return name?.pos === 'PROPN' && (after === ',' || after === '.' || after === ';');
}

export function refineAges(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  for (const candidate of candidates) {
    if (candidate.unit !== undefined || candidate.kind === 'fraction' || candidate.kind === 'multiplier') continue;
    let isAge = false;
    for (const tail of AGE_TAILS) {
      const after = matchForward(scope, candidate.endToken, tail);
      if (after < 0) continue;
      // "the 49-year-old" keeps the hyphenated words; "49 years old" too, for one readable span.
      candidate.endToken = after;
      isAge = true;
      break;
    }
    if (!isAge) {
      const before = wordAt(scope, candidate.firstToken - 1);
      // "aged 49", "the retirement age to 64", "an age of 16"
      const isAfterAgeLink = AGE_LINKS.has(before) && wordAt(scope, candidate.firstToken - 2) === 'age';
      isAge = scope.lexicon.ageCues.has(before) || isAfterAgeLink || isAppositiveAge(candidate, scope);
    }
    if (!isAge) continue;
    candidate.unit = 'age';
    delete candidate.counted;
  }
  return candidates;
}
