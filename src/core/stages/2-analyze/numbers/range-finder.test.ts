import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, numbersIn } from './test-support.js';

test('"between A and B", "A to B", "A-B", "A – B" and "A or B" are ranges', () => {
  assert.deepEqual(numbersIn('Between 40 and 50 people were hurt.'), [
    m('Between 40 and 50', 40, 50, { counted: 'people', predicate: 'hurt' }),
  ]);
  assert.deepEqual(numbersIn('Police said 40 to 50 people were hurt.'), [
    m('40 to 50', 40, 50, { counted: 'people', predicate: 'hurt' }),
  ]);
  assert.deepEqual(numbersIn('Police said 40-50 people were hurt.'), [
    m('40-50', 40, 50, { counted: 'people', predicate: 'hurt' }),
  ]);
  assert.deepEqual(numbersIn('Police said 40 – 50 people were hurt.'), [
    m('40 – 50', 40, 50, { counted: 'people', predicate: 'hurt' }),
  ]);
  assert.deepEqual(numbersIn('Two or three people were hurt.'), [
    m('Two or three', 2, 3, { counted: 'people', predicate: 'hurt' }),
  ]);
});

test('a scale written once serves both ends', () => {
  assert.deepEqual(numbersIn('The plan will cost between 2 and 3 million dollars.'), [
    m('between 2 and 3 million dollars', 2000000, 3000000, { unit: 'usd', counted: 'dollar', predicate: 'cost' }),
  ]);
  assert.deepEqual(numbersIn('The plan will cost $2-3bn.'), [
    m('$2-3bn', 2000000000, 3000000000, { unit: 'usd', counted: 'dollar', predicate: 'cost' }),
  ]);
  assert.deepEqual(
    numbersIn('The plan reaches 500 to 2 million homes.').map((n) => [n.text, n.low, n.high]),
    [['500 to 2 million', 500, 2000000]],
  );
});

test('a unit written once serves both ends', () => {
  assert.deepEqual(numbersIn('Growth of 2 to 3 per cent is expected.'), [
    m('2 to 3 per cent', 2, 3, { unit: 'percent', predicate: 'expect' }),
  ]);
  assert.deepEqual(numbersIn('Prices rose between $2bn and $3bn.'), [
    m('between $2bn and $3bn', 2000000000, 3000000000, { unit: 'usd', counted: 'dollar' }),
  ]);
});

test('changes are not ranges: "from A to B", "by A to B"', () => {
  assert.deepEqual(
    numbersIn('Arrests rose from 100 to 137 people.').map((n) => [n.text, n.low, n.high]),
    [
      ['100', 100, 100],
      ['137', 137, 137],
    ],
  );
  assert.deepEqual(
    numbersIn('The toll rose by 12 to 137.').map((n) => [n.text, n.low, n.high]),
    [
      ['12', 12, 12],
      ['137', 137, 137],
    ],
  );
});

test('a descending pair and a wide "or" are not ranges', () => {
  assert.deepEqual(
    numbersIn('The vote was 50 to 40 in favour.').map((n) => n.text),
    ['50', '40'],
  );
  assert.deepEqual(
    numbersIn('Choose 10 or 500 shares.').map((n) => n.text),
    ['10', '500'],
  );
});

test('an approximation widens the whole range', () => {
  assert.deepEqual(numbersIn('About 40 to 50 people were hurt.'), [
    m('About 40 to 50', 36, 55, { counted: 'people', predicate: 'hurt', approximation: 'about' }),
  ]);
});
