import { test } from 'node:test';
import assert from 'node:assert/strict';
import units from '../../../lexicons/numbers-units.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';

for (const unit of units.timeUnits) {
  test(`time unit "${unit}"`, () => {
    const plural = unit === 'century' ? 'centuries' : `${unit}s`;
    assert.deepEqual(numbersIn(`The men were held for 3 ${plural}.`), [
      m('3', 3, 3, { unit: 'duration', counted: unit, predicate: 'hold' }),
    ]);
  });
}

test('hyphenated durations describe a noun: unit duration, no predicate', () => {
  assert.deepEqual(numbersIn('The clinic runs a 24-hour hotline.'), [
    m('24-hour', 24, 24, { unit: 'duration', counted: 'hour' }),
  ]);
  assert.deepEqual(numbersIn('Officials declared a two-week emergency.'), [
    m('two-week', 2, 2, { unit: 'duration', counted: 'week' }),
  ]);
});

const MEASURE_SAMPLES: [sentence: string, text: string, unit: string][] = [
  ['The convoy travelled 1,200km.', '1,200km', 'km'],
  ['The convoy travelled 1,200 kilometres.', '1,200', 'km'],
  ['The storm moved 40 miles inland.', '40', 'mile'],
  ['The wall is 12 metres high.', '12', 'm'],
  ['Customs seized 5kg of heroin.', '5kg', 'kg'],
  ['Customs seized 3 tonnes of heroin.', '3', 'tonne'],
  ['The fire burned 40,000 hectares.', '40,000', 'hectare'],
  ['The farm covers 300 acres.', '300', 'acre'],
  ['Rainfall reached 120 mm.', '120', 'mm'],
  ['The tank holds 500 litres.', '500', 'litre'],
  ['Temperatures hit 40C.', '40C', 'degree'],
  ['Temperatures hit 40 degrees.', '40', 'degree'],
  ['Winds reached 130 mph.', '130', 'mph'],
  ['Gusts reached 140 km/h.', '140', 'km/h'],
  ['The plant produces 600 MW.', '600', 'mw'],
  ['A 6.1-magnitude quake struck.', '6.1-magnitude', 'magnitude'],
  ['A magnitude 6.1 quake struck.', 'magnitude 6.1', 'magnitude'],
  ['A magnitude-6.1 quake struck.', 'magnitude-6.1', 'magnitude'],
];

for (const [sentence, text, unit] of MEASURE_SAMPLES) {
  test(`measure: ${sentence}`, () => {
    const [mention] = numbersIn(sentence);
    assert.deepEqual([mention?.text, mention?.unit, mention?.counted], [text, unit, undefined]);
  });
}

test('"5,000-strong" is a size and counts the noun after it', () => {
  assert.deepEqual(numbersIn('A 5,000-strong force was sent.'), [
    m('5,000-strong', 5000, 5000, { counted: 'force', predicate: 'send' }),
  ]);
});

test('a hyphenated noun after a figure is what it counts: "five-storey", "40-page"', () => {
  assert.deepEqual(numbersIn('A five-storey building collapsed.'), [m('five-storey', 5, 5, { counted: 'storey' })]);
  assert.deepEqual(numbersIn('The panel published a 40-page report.'), [
    m('40-page', 40, 40, { counted: 'page', predicate: 'publish' }),
  ]);
});
