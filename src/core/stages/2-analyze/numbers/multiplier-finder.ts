/**
 * @module multiplier-finder
 * Proposes ratios stated as verbs or -fold words: "doubled" → factor 2, "halved" → 0.5, "a tenfold rise", "10-fold".
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isHyphen, tokenAt, wordAt } from './token-helpers.js';
import { parseFigure } from './digit-number-finder.js';

function multiplier(firstToken: number, endToken: number, factor: number): NumberCandidate {
  return { kind: 'multiplier', firstToken, endToken, low: factor, high: factor, scale: 1, unit: 'factor', factor };
}

export function findMultipliers(scope: SentenceScope): NumberCandidate[] {
  const { multiplierVerbs, foldWords, units } = scope.lexicon;
  const found: NumberCandidate[] = [];
  for (let i = scope.first; i < scope.end; i += 1) {
    const token = scope.tokens[i];
    if (token === undefined) continue;
    const verbFactor = token.pos === 'VERB' ? multiplierVerbs.get(token.lemma) : undefined;
    if (verbFactor !== undefined) {
      found.push(multiplier(i, i + 1, verbFactor));
      continue;
    }
    const word = scope.words[i] ?? '';
    const foldFactor = foldWords.get(word);
    if (foldFactor !== undefined) {
      found.push(multiplier(i, i + 1, foldFactor));
      continue;
    }
    // "10-fold", "five-fold" split by the tokenizer
    if (isHyphen(tokenAt(scope, i + 1)) && wordAt(scope, i + 2) === 'fold') {
      const factor = units.get(word) ?? parseFigure(word);
      if (!Number.isNaN(factor) && factor > 1) {
        found.push(multiplier(i, i + 3, factor));
        i += 2;
      }
    }
  }
  return found;
}
