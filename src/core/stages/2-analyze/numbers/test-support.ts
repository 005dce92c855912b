/**
 * @module test-support
 * Helpers shared by the number tests: run the finder on a sentence and compare mentions without offsets.
 */
import type { NumberMention } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findNumbers } from './find-numbers.js';

export type ExpectedNumber = Omit<NumberMention, 'kind' | 'start' | 'end'>;
type Extra = Partial<Pick<NumberMention, 'unit' | 'counted' | 'predicate' | 'approximation' | 'factor'>>;

/** An expected mention: its text, interval and any other fields it must carry (absent fields must be absent). */
export function m(text: string, low: number, high: number, extra: Extra = {}): ExpectedNumber {
  return { text, low, high, ...extra };
}

/** Every number mention of `sentence` without kind and offsets; throws when a span does not match its text. */
export function numbersIn(sentence: string): ExpectedNumber[] {
  return findNumbers(tokenize(sentence)).map(({ kind, start, end, ...rest }) => {
    if (kind !== 'number' || sentence.slice(start, end) !== rest.text) {
      throw new Error(`span ${start}-${end} does not hold "${rest.text}"`);
    }
    return rest;
  });
}
