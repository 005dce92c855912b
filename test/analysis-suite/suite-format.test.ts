/**
 * @module suite-format.test
 * Validates the gold sentence suite: every line's schema, its size and spread, that gold spans
 * are literally in the sentence, and that intervals and dates follow the README's conventions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateAll, MODALITIES, readGoldSentences } from '../../eval/suites/analysis-gold.js';
import type { GoldSentence } from '../../eval/suites/analysis-gold.js';
import { expectedInterval } from './expected-interval.js';
import { expectedDate } from './expected-date.js';

const sentences = readGoldSentences();

const KEYS = new Set([
  'id',
  'topic',
  'published',
  'text',
  'numbers',
  'dates',
  'quotes',
  'attribution',
  'modality',
  'vagueDates',
  'vagueNumbers',
]);

function isIsoDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function isNullableString(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() !== '');
}

/** Whether `start` lies between quotation marks of one of the styles the suite uses. */
function isInsideQuotation(text: string, start: number): boolean {
  const before = text.slice(0, start);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  if (before.lastIndexOf('‘') > before.lastIndexOf('’')) return true;
  if ((before.match(/"/g) ?? []).length % 2 === 1) return true;
  // Straight single quotes: an opening mark starts a word; a closing one ends after a word or punctuation.
  const openings = [...text.matchAll(/(^|[\s:])'(?=\w)/g)]
    .map((match) => (match.index ?? 0) + match[1]!.length)
    .filter((index) => index < start);
  const closings = [...text.matchAll(/[\w,.!?]'(?=[\s,.;:!?]|$)/g)]
    .map((match) => (match.index ?? 0) + 1)
    .filter((index) => index < start);
  return (openings.at(-1) ?? -1) > (closings.at(-1) ?? -1);
}

function checkSentence(sentence: GoldSentence): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => {
    problems.push(`${String(sentence.id)}: ${message}`);
  };
  for (const key of Object.keys(sentence)) if (!KEYS.has(key)) fail(`unknown key ${key}`);
  if (typeof sentence.id !== 'string' || !/^[a-z]{3}-\d{3}$/.test(sentence.id)) fail('id must look like dis-001');
  if (typeof sentence.topic !== 'string' || sentence.topic === '') fail('topic missing');
  if (!isIsoDay(sentence.published)) fail('published must be YYYY-MM-DD');
  if (typeof sentence.text !== 'string' || sentence.text.trim() === '') {
    fail('text missing');
    return problems;
  }
  const { text } = sentence;
  if (!Array.isArray(sentence.numbers) || !Array.isArray(sentence.dates) || !Array.isArray(sentence.quotes)) {
    fail('numbers, dates and quotes must be arrays');
    return problems;
  }
  const numberSpans = locateAll(
    text,
    sentence.numbers.map((number) => number.text),
  );
  sentence.numbers.forEach((number, index) => {
    if (!numberSpans[index]) fail(`number "${number.text}" not in text (as often as listed)`);
    if (!Number.isFinite(number.low) || !Number.isFinite(number.high) || number.low > number.high) {
      fail(`number "${number.text}" needs low <= high`);
    }
    if (!isNullableString(number.counted) || !isNullableString(number.predicate)) {
      fail(`number "${number.text}" counted/predicate must be a string or null`);
    }
    if (number.unit !== undefined && number.unit !== 'age') fail(`number "${number.text}" unit must be "age"`);
    if (number.unit === 'age' && (number.counted !== null || number.predicate !== null)) {
      fail(`age "${number.text}" has no counted noun or predicate`);
    }
  });
  const dateSpans = locateAll(
    text,
    sentence.dates.map((date) => date.text),
  );
  sentence.dates.forEach((date, index) => {
    if (!dateSpans[index]) fail(`date "${date.text}" not in text`);
    if (!isIsoDay(date.date)) fail(`date "${date.text}" must resolve to YYYY-MM-DD`);
  });
  const quoteSpans = locateAll(
    text,
    sentence.quotes.map((quote) => quote.contains),
  );
  sentence.quotes.forEach((quote, index) => {
    const span = quoteSpans[index];
    if (!span) fail(`quote "${quote.contains}" not in text`);
    else if (!isInsideQuotation(text, span.start)) fail(`quote "${quote.contains}" is not between quotation marks`);
    if (typeof quote.speaker !== 'string' || quote.speaker.trim() === '')
      fail(`quote "${quote.contains}" needs a speaker`);
  });
  for (const vague of [...(sentence.vagueDates ?? []), ...(sentence.vagueNumbers ?? [])]) {
    if (!text.includes(vague)) fail(`vague expression "${vague}" not in text`);
  }
  if (!isNullableString(sentence.attribution)) fail('attribution must be a string or null');
  if (!MODALITIES.includes(sentence.modality)) fail(`unknown modality ${String(sentence.modality)}`);
  return problems;
}

/** Digits in the text that no gold number covers: years, times, codes, scores, dates… */
function hasUncountedDigits(sentence: GoldSentence): boolean {
  const spans = locateAll(
    sentence.text,
    sentence.numbers.map((number) => number.text),
  );
  for (const match of sentence.text.matchAll(/\d+/g)) {
    const start = match.index ?? 0;
    const isCovered = spans.some((span) => span !== undefined && span.start <= start && start < span.end);
    if (!isCovered) return true;
  }
  return false;
}

test('every line of sentences.jsonl follows the schema', () => {
  const problems = sentences.flatMap(checkSentence);
  assert.deepEqual(problems, []);
});

test('ids are unique', () => {
  const ids = sentences.map((sentence) => sentence.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('the suite is large and varied enough', () => {
  assert.ok(sentences.length >= 220, `${sentences.length} sentences, want at least 220`);
  const topics = new Set(sentences.map((sentence) => sentence.topic));
  assert.ok(topics.size >= 10, `${topics.size} topics, want at least 10`);
  const negativeHeavy = sentences.filter(hasUncountedDigits);
  assert.ok(negativeHeavy.length >= 30, `${negativeHeavy.length} sentences with non-count digits, want at least 30`);
  const withoutNumbers = sentences.filter((sentence) => sentence.numbers.length === 0 && /\d/.test(sentence.text));
  assert.ok(withoutNumbers.length >= 30, `${withoutNumbers.length} sentences with digits but no count, want 30`);
  for (const modality of MODALITIES) {
    const count = sentences.filter((sentence) => sentence.modality === modality).length;
    assert.ok(count >= 3, `only ${count} sentences are ${modality}`);
  }
  const quoteStyles = [/“/, /‘/, /"/, /(^|\s)'\w/];
  for (const style of quoteStyles) {
    const count = sentences.filter((sentence) => sentence.quotes.length > 0 && style.test(sentence.text)).length;
    assert.ok(count >= 2, `quote style ${String(style)} appears in only ${count} sentences`);
  }
});

test('gold intervals follow the README convention for their wording', () => {
  const mismatches: string[] = [];
  let checked = 0;
  let total = 0;
  for (const sentence of sentences) {
    for (const number of sentence.numbers) {
      total += 1;
      const expected = expectedInterval(number.text, number.counted);
      if (!expected) continue;
      checked += 1;
      const [low, high] = expected;
      const isClose = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
      if (!isClose(number.low, low) || !isClose(number.high, high)) {
        mismatches.push(
          `${sentence.id} "${number.text}": gold [${number.low}, ${number.high}], rule [${low}, ${high}]`,
        );
      }
    }
  }
  assert.deepEqual(mismatches, []);
  assert.ok(checked >= 0.95 * total, `only ${checked} of ${total} gold numbers have wording the checker knows`);
});

test('gold dates follow the README convention for weekdays and month-days', () => {
  const mismatches: string[] = [];
  let checked = 0;
  let total = 0;
  for (const sentence of sentences) {
    for (const date of sentence.dates) {
      total += 1;
      const expected = expectedDate(date.text, sentence.text, sentence.published);
      if (expected === undefined) continue;
      checked += 1;
      if (expected !== date.date) mismatches.push(`${sentence.id} "${date.text}": gold ${date.date}, rule ${expected}`);
    }
  }
  assert.deepEqual(mismatches, []);
  assert.ok(checked >= 0.9 * total, `only ${checked} of ${total} gold dates have wording the checker knows`);
});

test('the convention checkers themselves (negative cases)', () => {
  assert.deepEqual(expectedInterval('nearly 8,000', 'people'), [7200, 7999]);
  assert.deepEqual(expectedInterval('more than 4%', 'percent'), [4, 6]);
  assert.deepEqual(expectedInterval('$2.5bn', 'dollar'), [2.5e9, 2.5e9]);
  assert.deepEqual(expectedInterval('dozens', 'people'), [24, 99]);
  assert.equal(expectedInterval('No. 1', null), undefined);
  assert.equal(expectedDate('on Tuesday', 'It happened on Tuesday.', '2024-03-14'), '2024-03-12');
  assert.equal(expectedDate('on Friday', 'They will meet on Friday.', '2024-03-14'), '2024-03-15');
  assert.equal(expectedDate('on December 26', 'It happened on December 26.', '2024-03-14'), '2023-12-26');
  assert.equal(expectedDate('last week', 'It happened last week.', '2024-03-14'), undefined);
});
