/**
 * @module vague-quantity-finder
 * Proposes vague quantities as intervals: "dozens" [24, 99], "hundreds of thousands", "a few hundred".
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { matchForward, wordAt } from './token-helpers.js';

export function findVagueQuantities(scope: SentenceScope): NumberCandidate[] {
  const { vaguePhrases, vagueScalable, vagueScales } = scope.lexicon;
  const found: NumberCandidate[] = [];
  for (let i = scope.first; i < scope.end; i += 1) {
    const phrases = vaguePhrases.get(scope.words[i] ?? '');
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      const after = matchForward(scope, i, phrase.words);
      if (after < 0) continue;
      let [low, high] = phrase.value;
      // "scores of" needs its "of" to be read as a quantity, but the mention is "scores".
      let endToken = phrase.words[phrase.words.length - 1] === 'of' ? after - 1 : after;
      const phraseText = phrase.words.join(' ');
      const cue = phrase.words.slice(0, endToken - i).join(' ');
      const scale = vagueScalable.has(phraseText) ? vagueScales.get(wordAt(scope, endToken)) : undefined;
      if (scale !== undefined) {
        low *= scale;
        high *= scale;
        endToken += 1;
      }
      found.push({ kind: 'vague', firstToken: i, endToken, low, high, scale: scale ?? 1, approximation: cue });
      i = endToken - 1;
      break;
    }
  }
  return found;
}
