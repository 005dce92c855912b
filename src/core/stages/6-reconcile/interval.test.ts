import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areCompatible } from './interval.js';

const v = (text: string, low: number, high = low) => ({ text, low, high });

test('rounded figures agree with the precise figure they round', () => {
  assert.ok(areCompatible(v('$1.4 billion', 1.4e9), v('$1.375 billion', 1.375e9)));
  assert.ok(areCompatible(v('8,000', 8000), v('7,912', 7912)));
  assert.ok(areCompatible(v('more than 60', 61, 90), v('63', 63)));
  assert.ok(areCompatible(v('nearly 3,000', 2700, 2999), v('2,871', 2871)));
});

test('different precise figures and distant round ones do not agree', () => {
  assert.ok(!areCompatible(v('44', 44), v('164', 164)));
  assert.ok(!areCompatible(v('12', 12), v('27', 27)));
  assert.ok(!areCompatible(v('€60m', 60e6), v('€75m', 75e6)));
  assert.ok(!areCompatible(v('10,000', 10000), v('8,000', 8000)));
  assert.ok(!areCompatible(v('nearly 10,000', 9000, 9999), v('6,218', 6218)));
});
