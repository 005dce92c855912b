/**
 * @module written-number-parser
 * Proposes numbers written in words: "five", "twenty-three", "a dozen", "a hundred", "two million",
 * "one hundred and twenty", "half a million", "two and a half".
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isHyphen, tokenAt, wordAt, wordOf } from './token-helpers.js';

type Part = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen';

interface Parsed {
  value: number;
  endToken: number;
}

/** Reads a number-word sequence starting at `index`; undefined when none starts there. */
export function parseWrittenNumber(scope: SentenceScope, index: number): Parsed | undefined {
  const { units, tens, writtenScales } = scope.lexicon;
  const first = wordAt(scope, index);
  const second = wordAt(scope, index + 1);
  const isScaleWord = (word: string): boolean => writtenScales.has(word) || word === 'dozen';
  let current = 0;
  let total = 0;
  let at = index;
  let last: Part | undefined;
  // "a hundred", "a dozen", "half a million": an article stands for one (or a half) of the scale.
  if ((first === 'a' || first === 'an') && isScaleWord(second)) {
    current = 1;
    at = index + 1;
  } else if (first === 'half' && second === 'a' && isScaleWord(wordAt(scope, index + 2))) {
    current = 0.5;
    at = index + 2;
  } else if (!units.has(first) && !tens.has(first)) {
    return undefined;
  }
  let end = at;
  for (;;) {
    const word = wordAt(scope, at);
    const unit = units.get(word);
    const ten = tens.get(word);
    const scale = writtenScales.get(word);
    if (unit !== undefined) {
      // "five six" is two numbers; "hundred five" and "thousand five" continue one.
      const isTensThenUnit = last === 'tens' && unit > 0 && unit < 10;
      if ((last === 'unit' || last === 'tens' || last === 'dozen') && !isTensThenUnit) break;
      current += unit;
      last = 'unit';
    } else if (ten !== undefined) {
      if (last === 'unit' || last === 'tens' || last === 'dozen') break;
      current += ten;
      last = 'tens';
      // "twenty-three"
      const next = tokenAt(scope, at + 2);
      const hyphenated = units.get(wordOf(next));
      if (isHyphen(tokenAt(scope, at + 1)) && hyphenated !== undefined && hyphenated > 0 && hyphenated < 10) {
        current += hyphenated;
        at += 2;
      }
    } else if (word === 'hundred') {
      if (last === 'hundred' || last === 'dozen') break;
      current = (current === 0 ? 1 : current) * 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === undefined && current === 0) break;
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      last = 'scale';
    } else if (word === 'dozen') {
      if (last === 'dozen' || last === 'scale') break;
      current = (current === 0 ? 1 : current) * scope.lexicon.dozen;
      last = 'dozen';
    } else if (
      word === 'and' &&
      (last === 'unit' || last === 'tens') &&
      wordAt(scope, at + 1) === 'a' &&
      wordAt(scope, at + 2) === 'half'
    ) {
      // "two and a half (years)", "one and a half (million)".
      current += 0.5;
      at += 3;
      end = at;
      continue;
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      // "one hundred and twenty": only when a smaller number follows.
      const next = wordAt(scope, at + 1);
      if (!units.has(next) && !tens.has(next)) break;
    } else {
      break;
    }
    at += 1;
    if (word !== 'and') end = at;
  }
  if (end === index || (first === 'a' && end === index + 1)) return undefined;
  return { value: total + current, endToken: end };
}

export function findWrittenNumbers(scope: SentenceScope): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  for (let i = scope.first; i < scope.end; i += 1) {
    const word = scope.words[i] ?? '';
    if (word === 'a' || word === 'an') {
      // "a hundred", "a dozen": only an article before a scale word opens a number.
      const next = wordAt(scope, i + 1);
      if (!scope.lexicon.writtenScales.has(next) && next !== 'dozen') continue;
    } else if (!scope.lexicon.triggerWords.has(word)) {
      continue;
    }
    const parsed = parseWrittenNumber(scope, i);
    if (parsed === undefined) continue;
    found.push({
      kind: 'written',
      firstToken: i,
      endToken: parsed.endToken,
      low: parsed.value,
      high: parsed.value,
      scale: 1,
    });
    i = parsed.endToken - 1;
  }
  return found;
}
