/**
 * @module range-finder
 * Merges two figures into one interval: "between 40 and 50", "40 to 50", "40-50 people", "two or three".
 * A scale or unit written once serves both ends ("2 to 3 million", "15 to 20 per cent").
 * "from 100 to 137" and "by 12 to 137" are changes, not ranges, and stay two figures.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isHyphen, tokenAt, wordAt, wordOf } from './token-helpers.js';
import { scaleValue } from './digit-number-finder.js';

const RANGE_KINDS = new Set(['figure', 'written']);
const CHANGE_OPENERS = new Set(['from', 'by']);

/** The separator between two figures that makes them a range, or undefined. */
function readSeparator(scope: SentenceScope, left: NumberCandidate, right: NumberCandidate): string | undefined {
  if (right.firstToken !== left.endToken + 1) return undefined;
  const separator = tokenAt(scope, left.endToken);
  if (separator === undefined) return undefined;
  if (isHyphen(separator)) return '-';
  const word = wordOf(separator);
  if (word === 'and') return wordAt(scope, left.firstToken - 1) === 'between' ? 'between' : undefined;
  if (word === 'to' || word === 'or') return word;
  return undefined;
}

function merge(scope: SentenceScope, left: NumberCandidate, right: NumberCandidate): NumberCandidate | undefined {
  const separator = readSeparator(scope, left, right);
  if (separator === undefined) return undefined;
  if (!RANGE_KINDS.has(left.kind) || !RANGE_KINDS.has(right.kind)) return undefined;
  if (left.unit !== undefined && right.unit !== undefined && left.unit !== right.unit) return undefined;
  if (separator !== 'between' && CHANGE_OPENERS.has(wordAt(scope, left.firstToken - 1))) return undefined;
  let low = left.low;
  // "2 to 3 million": the left end borrows the scale when it is smaller than the right end as written.
  if (left.scale === 1 && right.scale > 1 && left.low < right.low / right.scale)
    low = scaleValue(left.low, right.scale);
  if (low >= right.high) return undefined;
  // "two or three" is a range; "10 or 500" is a choice.
  if (separator === 'or' && right.high > low * 3 + 10) return undefined;
  const merged: NumberCandidate = {
    kind: 'range',
    firstToken: separator === 'between' ? left.firstToken - 1 : left.firstToken,
    endToken: right.endToken,
    low,
    high: right.high,
    scale: Math.max(left.scale, right.scale),
    parts: [left, right],
  };
  const unit = right.unit ?? left.unit;
  if (unit !== undefined) merged.unit = unit;
  const counted = right.counted ?? left.counted;
  if (counted !== undefined) merged.counted = counted;
  return merged;
}

export function findRanges(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  const result: NumberCandidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const left = candidates[i];
    const right = candidates[i + 1];
    if (left === undefined) continue;
    const merged = right === undefined ? undefined : merge(scope, left, right);
    if (merged !== undefined) {
      result.push(merged);
      i += 1;
    } else {
      result.push(left);
    }
  }
  return result;
}
