import { test } from 'node:test';
import assert from 'node:assert/strict';
import units from '../../../lexicons/numbers-units.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';

const counted = units.currencyCounted as Record<string, string>;

for (const [symbol, unit] of Object.entries(units.currencySymbols)) {
  const written = symbol.length > 1 ? symbol.toUpperCase().replace('$', '$') : symbol;
  test(`currency symbol "${written}"`, () => {
    assert.deepEqual(numbersIn(`The charity raised ${written}5m last year.`), [
      m(`${written}5m`, 5000000, 5000000, { unit, counted: counted[unit]!, predicate: 'raise' }),
    ]);
  });
}

for (const [code, unit] of Object.entries(units.currencyCodes)) {
  const written = code === 'rs' || code === 'rs.' ? `R${code.slice(1)}` : code.toUpperCase();
  test(`currency code "${written}"`, () => {
    assert.deepEqual(numbersIn(`The firm paid ${written} 500 million in fines.`), [
      m(`${written} 500 million`, 500000000, 500000000, { unit, counted: counted[unit]!, predicate: 'pay' }),
    ]);
  });
}

for (const [word, unit] of Object.entries(units.currencyWords)) {
  test(`currency word "${word}"`, () => {
    assert.deepEqual(numbersIn(`The firm paid 300 ${word} in fines.`), [
      m(`300 ${word}`, 300, 300, { unit, counted: counted[unit]!, predicate: 'pay' }),
    ]);
  });
}

test('"pounds of" is a weight, not money', () => {
  assert.deepEqual(numbersIn('Police seized 500 pounds of cocaine.'), [
    m('500', 500, 500, { unit: 'lb', predicate: 'seize' }),
  ]);
});

test('a lower-case code word is not a currency', () => {
  assert.deepEqual(numbersIn('The eur 5 plan was dropped.').at(0)?.unit, undefined);
});
