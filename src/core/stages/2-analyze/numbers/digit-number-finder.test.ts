import { test } from 'node:test';
import assert from 'node:assert/strict';
import words from '../../../lexicons/numbers-words.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';
import { parseFigure, scaleValue } from './digit-number-finder.js';

test('figures are read in en-US grouping only', () => {
  assert.equal(parseFigure('6,412'), 6412);
  assert.equal(parseFigure('1.5'), 1.5);
  assert.equal(parseFigure('10.000'), 10);
  assert.equal(parseFigure('1,234,567.5'), 1234567.5);
  assert.ok(Number.isNaN(parseFigure('0143')));
  assert.ok(Number.isNaN(parseFigure('12,34')));
  assert.ok(Number.isNaN(parseFigure('9:30')));
});

test('scaling has no binary noise', () => {
  assert.equal(scaleValue(2.3, 1e6), 2300000);
  assert.equal(scaleValue(1.2, 1e9), 1200000000);
});

const ABBREVIATED = new Set(['k', 'm', 'mn', 'mln', 'bn', 'tn']);

for (const [word, scale] of Object.entries(words.digitScales)) {
  test(`scale word "${word}"`, () => {
    const written = ABBREVIATED.has(word) ? `3${word}` : `3 ${word}`;
    assert.deepEqual(numbersIn(`The agency said ${written} people were affected.`), [
      m(written, 3 * scale, 3 * scale, { counted: 'people', predicate: 'affect' }),
    ]);
  });
}

test('abbreviated scales must touch the figure', () => {
  assert.deepEqual(
    numbersIn('They ran 5 m before stopping.').map((n) => [n.text, n.low]),
    [['5', 5]],
  );
});

test('"100m" before a race or a height is metres', () => {
  assert.deepEqual(numbersIn('She won the 100m sprint.'), [m('100m', 100, 100, { unit: 'm' })]);
  assert.deepEqual(numbersIn('They built a 10m-high wall.'), [m('10m', 10, 10, { unit: 'm' })]);
});

test('a sentence-final abbreviation keeps the full stop out of the span', () => {
  assert.deepEqual(numbersIn('Profit rose to £7.2m.'), [
    m('£7.2m', 7200000, 7200000, { unit: 'gbp', counted: 'pound' }),
  ]);
});

test('"minus" makes the figure negative', () => {
  assert.deepEqual(numbersIn('Temperatures fell to minus 31 degrees.'), [m('minus 31', -31, -31, { unit: 'degree' })]);
});

test('decimals and large grouped figures', () => {
  assert.deepEqual(numbersIn('The fund holds 1,234,567 shares.'), [
    m('1,234,567', 1234567, 1234567, { counted: 'share', predicate: 'hold' }),
  ]);
  assert.deepEqual(numbersIn('The quake measured 5.5.'), [m('5.5', 5.5, 5.5, { predicate: 'measure' })]);
});
