import { test } from 'node:test';
import assert from 'node:assert/strict';
import words from '../../../lexicons/numbers-words.json' with { type: 'json' };
import { m, numbersIn } from './test-support.js';

const CASES: [sentence: string, text: string, value: number][] = [
  ['Five people died.', 'Five', 5],
  ['Twenty-three miners were trapped.', 'Twenty-three', 23],
  ['Twenty three miners were trapped.', 'Twenty three', 23],
  ['A dozen protesters were detained.', 'A dozen', 12],
  ['Two dozen protesters were detained.', 'Two dozen', 24],
  ['Half a dozen protesters were detained.', 'Half a dozen', 6],
  ['A hundred protesters were detained.', 'A hundred', 100],
  ['One hundred and twenty protesters were detained.', 'One hundred and twenty', 120],
  ['Three thousand five hundred protesters were detained.', 'Three thousand five hundred', 3500],
  ['Two million protesters marched.', 'Two million', 2000000],
  ['Half a million protesters marched.', 'Half a million', 500000],
  ['A million protesters marched.', 'A million', 1000000],
  ['She received two and a half years.', 'two and a half', 2.5],
  ['One and a half million protesters marched.', 'One and a half million', 1500000],
];

for (const [sentence, text, value] of CASES) {
  test(`written number: ${sentence}`, () => {
    const [mention] = numbersIn(sentence);
    assert.deepEqual([mention?.text, mention?.low, mention?.high], [text, value, value]);
  });
}

for (const [word, value] of [...Object.entries(words.units), ...Object.entries(words.tens)]) {
  if (value < 2) continue;
  test(`number word "${word}"`, () => {
    assert.deepEqual(numbersIn(`Rescuers found ${word} survivors.`), [
      m(word, value, value, { counted: 'survivor', predicate: 'find' }),
    ]);
  });
}

test('two number words in a row are two numbers', () => {
  assert.deepEqual(
    numbersIn('Five, six people were hurt.').map((n) => n.text),
    ['Five', 'six'],
  );
});

test('"and" joins only a smaller number after a hundred', () => {
  assert.deepEqual(
    numbersIn('Police held five and released six people.').map((n) => n.text),
    ['five', 'six'],
  );
});

test('"a" alone and "half" alone are not numbers', () => {
  assert.deepEqual(numbersIn('A man was arrested.'), []);
  assert.deepEqual(numbersIn('The bridge was cut in half.'), []);
});
