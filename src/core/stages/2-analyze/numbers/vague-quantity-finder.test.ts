import { test } from 'node:test';
import assert from 'node:assert/strict';
import vague from '../../../lexicons/numbers-vague.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';

for (const [phrase, [low, high]] of Object.entries(vague.phrases)) {
  test(`vague quantity: "${phrase}"`, () => {
    const sentence = `Officials said ${phrase}${phrase.endsWith(' of') ? '' : ' of'} the residents were evacuated.`;
    const text = phrase.endsWith(' of') ? phrase.slice(0, -3) : phrase;
    assert.deepEqual(numbersIn(sentence), [
      m(text, low!, high!, { counted: 'resident', predicate: 'evacuate', approximation: text }),
    ]);
  });
}

test('scalable vague quantities multiply a scale word', () => {
  assert.deepEqual(numbersIn('A few hundred people gathered.'), [
    m('A few hundred', 200, 500, { counted: 'people', predicate: 'gather', approximation: 'a few' }),
  ]);
  assert.deepEqual(numbersIn('Several thousand troops withdrew.'), [
    m('Several thousand', 3000, 9000, { counted: 'troop', predicate: 'withdraw', approximation: 'several' }),
  ]);
  assert.deepEqual(numbersIn('Several dozen homes burned.'), [
    m('Several dozen', 36, 108, { counted: 'home', predicate: 'burn', approximation: 'several' }),
  ]);
});

test('the longest phrase wins: "hundreds of thousands" is one quantity', () => {
  assert.deepEqual(numbersIn('Hundreds of thousands of people marched.'), [
    m('Hundreds of thousands', 200000, 999999, {
      counted: 'people',
      predicate: 'march',
      approximation: 'hundreds of thousands',
    }),
  ]);
});

test('a vague quantity alone, with the verb after it', () => {
  assert.deepEqual(numbersIn('Dozens were injured.'), [
    m('Dozens', 24, 99, { predicate: 'injure', approximation: 'dozens' }),
  ]);
});

test('not vague quantities: "a number of", "scores" without "of", "a couple" without "of"', () => {
  assert.deepEqual(numbersIn('A number of people were hurt.'), []);
  assert.deepEqual(numbersIn('She scores freely.'), []);
  assert.deepEqual(numbersIn('The couple were arrested.'), []);
});
