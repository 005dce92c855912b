import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, numbersIn } from './test-support.js';

test('"%", "per cent" and "percent" are percentages', () => {
  for (const written of ['15%', '15 per cent', '15 percent']) {
    assert.deepEqual(numbersIn(`Support fell to ${written}.`), [
      m(written, 15, 15, { unit: 'percent', counted: 'support' }),
    ]);
  }
});

test('percentage points are their own unit', () => {
  assert.deepEqual(numbersIn('The bank raised rates by 0.25 percentage points.'), [
    m('0.25 percentage points', 0.25, 0.25, { unit: 'percentage-point', predicate: 'raise' }),
  ]);
});

test('a share counts what follows "of", not the noun after the sign', () => {
  assert.deepEqual(numbersIn('About 40% of voters backed the plan.'), [
    m('About 40%', 36, 44, { unit: 'percent', counted: 'voter', predicate: 'back', approximation: 'about' }),
  ]);
  assert.deepEqual(numbersIn('The firm reported a 15% rise.'), [m('15%', 15, 15, { unit: 'percent' })]);
});
