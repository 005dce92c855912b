import { test } from 'node:test';
import assert from 'node:assert/strict';
import multipliers from '../../../lexicons/numbers-multipliers.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';

const PAST: Record<string, string> = {
  double: 'doubled',
  triple: 'tripled',
  treble: 'trebled',
  quadruple: 'quadrupled',
  halve: 'halved',
};

for (const [verb, factor] of Object.entries(multipliers.verbs)) {
  test(`multiplier verb "${verb}"`, () => {
    const written = PAST[verb] ?? verb;
    assert.deepEqual(numbersIn(`Sales ${written} last year.`), [
      m(written, factor, factor, { unit: 'factor', counted: 'sale', factor }),
    ]);
  });
}

test('"-fold" words and figures', () => {
  assert.deepEqual(numbersIn('Prices rose tenfold.'), [
    m('tenfold', 10, 10, { unit: 'factor', counted: 'price', factor: 10 }),
  ]);
  assert.deepEqual(numbersIn('Cases rose 10-fold.'), [
    m('10-fold', 10, 10, { unit: 'factor', counted: 'case', factor: 10 }),
  ]);
  assert.deepEqual(
    numbersIn('Cases saw a three-fold rise.').map((n) => n.factor),
    [3],
  );
});

test('a multiplier counts the object it changes, else its subject', () => {
  assert.deepEqual(numbersIn('The army doubled the number of troops.'), [
    m('doubled', 2, 2, { unit: 'factor', counted: 'troop', factor: 2 }),
  ]);
  assert.deepEqual(numbersIn('The number of refugees has tripled.'), [
    m('tripled', 3, 3, { unit: 'factor', counted: 'refugee', factor: 3 }),
  ]);
});

test('"double" as an adjective is no multiplier', () => {
  assert.deepEqual(numbersIn('Police investigated a double murder.'), []);
});
