/**
 * @module percent-refiner
 * Percentages: "15%", "15 per cent", "15 percent" → unit `percent`; "2.5 percentage points" → `percentage-point`.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { matchForward, wordAt } from './token-helpers.js';

export function refinePercent(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  for (const candidate of candidates) {
    if (candidate.unit !== undefined || candidate.kind === 'vague') continue;
    const phrases = scope.lexicon.percentWords.get(wordAt(scope, candidate.endToken));
    for (const phrase of phrases ?? []) {
      const after = matchForward(scope, candidate.endToken, phrase.words);
      if (after < 0) continue;
      candidate.endToken = after;
      candidate.unit = phrase.value;
      break;
    }
  }
  return candidates;
}
