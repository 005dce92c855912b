import { test } from 'node:test';
import assert from 'node:assert/strict';
import approximations from '../../../lexicons/numbers-approximations.json' with { type: 'json' };
import { tokenize } from '../tokens/tokenize.js';
import { findNumbers } from './find-numbers.js';
import { applyApproximation } from './approximation-refiner.js';
import { getNumberLexicon } from './number-lexicon.js';

const rules = getNumberLexicon().approximationRules;

function rule(name: string) {
  const found = rules.get(name);
  assert.ok(found, `rule ${name}`);
  return found;
}

function only(sentence: string) {
  const mentions = findNumbers(tokenize(sentence));
  assert.equal(mentions.length, 1, JSON.stringify(mentions));
  return mentions[0]!;
}

test('the rules on whole counts step by one', () => {
  assert.deepEqual(applyApproximation(8000, 8000, rule('below'), true), [7200, 7999]);
  assert.deepEqual(applyApproximation(8000, 8000, rule('around'), true), [7200, 8800]);
  assert.deepEqual(applyApproximation(137, 137, rule('above'), true), [138, 205]);
  assert.deepEqual(applyApproximation(38, 38, rule('atLeast'), true), [38, 57]);
  assert.deepEqual(applyApproximation(500, 500, rule('upTo'), true), [250, 500]);
  assert.deepEqual(applyApproximation(100, 100, rule('under'), true), [0, 99]);
});

test('whole-count bounds round inward and never cross', () => {
  assert.deepEqual(applyApproximation(137, 137, rule('around'), true), [124, 150]);
  assert.deepEqual(applyApproximation(1, 1, rule('above'), true), [2, 2]);
  assert.deepEqual(applyApproximation(5, 5, rule('below'), true), [5, 5]);
});

test('continuous quantities keep N itself as the open bound', () => {
  assert.deepEqual(applyApproximation(15, 15, rule('below'), false), [13.5, 15]);
  assert.deepEqual(applyApproximation(4, 4, rule('above'), false), [4, 6]);
  assert.deepEqual(applyApproximation(20, 20, rule('under'), false), [0, 20]);
});

test('a range is widened from each end', () => {
  assert.deepEqual(applyApproximation(40, 50, rule('around'), true), [36, 55]);
});

const EXPECTED_BEFORE: Record<string, [number, number]> = {
  below: [5400, 5999],
  around: [5400, 6600],
  above: [6001, 9000],
  atLeast: [6000, 9000],
  upTo: [3000, 6000],
  under: [0, 5999],
};

for (const [cue, ruleName] of Object.entries(approximations.before)) {
  test(`cue before the figure: "${cue}" (${ruleName})`, () => {
    const mention = only(`Officials said ${cue} 6,000 people were evacuated.`);
    assert.equal(mention.text, `${cue} 6,000`);
    assert.equal(mention.approximation, cue);
    assert.deepEqual([mention.low, mention.high], EXPECTED_BEFORE[ruleName]);
    assert.equal(mention.counted, 'people');
    assert.equal(mention.predicate, 'evacuate');
  });
}

test('cues after the figure: "or more", "or so", "-plus", "+", "-odd"', () => {
  assert.deepEqual(
    [only('Some 40 or more people were hurt.')].map((m) => [m.text, m.low, m.high, m.approximation]),
    [['Some 40', 36, 44, 'some']],
  );
  const orMore = only('Police said 40 or more people were hurt.');
  assert.deepEqual([orMore.text, orMore.low, orMore.high, orMore.approximation], ['40 or more', 40, 60, 'or more']);
  const orSo = only('A dozen or so boats capsized.');
  assert.deepEqual([orSo.text, orSo.low, orSo.high, orSo.approximation], ['A dozen or so', 11, 13, 'or so']);
  const plus = only('The 100-plus passengers were rescued.');
  assert.deepEqual([plus.text, plus.low, plus.high], ['100-plus', 100, 150]);
  const symbol = only('Police said 100+ people were arrested.');
  assert.deepEqual([symbol.text, symbol.low, symbol.high], ['100+', 100, 150]);
  const odd = only('Police said 1,000-odd people took part.');
  assert.deepEqual([odd.text, odd.low, odd.high], ['1,000-odd', 900, 1100]);
});

test('"up to" after a verb of movement is not a cap', () => {
  const mention = only('The index went up to 2,000 points.');
  assert.deepEqual([mention.text, mention.low, mention.high], ['2,000', 2000, 2000]);
});

test('"up to" after another verb is a cap', () => {
  const mention = only('The storm stranded up to 2,000 motorists.');
  assert.deepEqual([mention.text, mention.low, mention.high, mention.predicate], ['up to 2,000', 1000, 2000, 'strand']);
});

test('approximations widen money and percentages without whole steps', () => {
  const money = only('The project cost nearly $2bn.');
  assert.deepEqual([money.low, money.high, money.unit], [1800000000, 2000000000, 'usd']);
  const share = only('Turnout was almost 96%.');
  assert.deepEqual([share.low, share.high, share.unit], [86.4, 96, 'percent']);
});

test('a plus sign that does not touch the figure is not a cue', () => {
  const mention = only('The score was 100 + change.');
  assert.equal(mention.approximation, undefined);
});
