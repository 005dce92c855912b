/**
 * @module currency-refiner
 * Money: a currency symbol or code before the figure ("$2.5bn", "HK$5bn", "USD 5 million") or a currency word
 * after it ("5 million euros") sets the unit (ISO code, lower-case) and what is counted ("dollar").
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isAdjacent, tokenAt, wordAt, wordOf } from './token-helpers.js';

const MONEY_KINDS = new Set(['figure', 'written', 'range']);

export function refineCurrency(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  const { currencySymbols, currencyPrefixes, currencyCodes, currencyWords, currencyCounted } = scope.lexicon;
  for (const candidate of candidates) {
    if (!MONEY_KINDS.has(candidate.kind) || candidate.unit !== undefined) continue;
    const before = tokenAt(scope, candidate.firstToken - 1);
    const beforeWord = wordOf(before);
    let unit = currencySymbols.get(beforeWord);
    if (unit !== undefined) {
      candidate.firstToken -= 1;
      // "HK$": the tokenizer splits the country letters from the "$".
      const prefixToken = tokenAt(scope, candidate.firstToken - 1);
      const prefixed = beforeWord === '$' ? currencyPrefixes.get(wordOf(prefixToken)) : undefined;
      if (prefixed !== undefined && isAdjacent(prefixToken, before)) {
        unit = prefixed;
        candidate.firstToken -= 1;
      }
    } else {
      unit =
        before !== undefined && before.text !== before.text.toLowerCase() ? currencyCodes.get(beforeWord) : undefined;
      if (unit !== undefined) candidate.firstToken -= 1;
    }
    if (unit === undefined) {
      const after = tokenAt(scope, candidate.endToken);
      unit = currencyWords.get(wordOf(after));
      // "500 pounds of cocaine" is a weight.
      if (unit === 'gbp' && wordAt(scope, candidate.endToken + 1) === 'of') unit = undefined;
      if (unit !== undefined) candidate.endToken += 1;
    }
    if (unit === undefined) continue;
    candidate.unit = unit;
    const counted = currencyCounted.get(unit);
    if (counted !== undefined) candidate.counted = counted;
  }
  return candidates;
}
