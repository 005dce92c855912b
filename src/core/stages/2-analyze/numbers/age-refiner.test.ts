import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, numbersIn } from './test-support.js';

test('hyphenated ages keep their words and never count', () => {
  assert.deepEqual(numbersIn('The 49-year-old was charged.'), [m('49-year-old', 49, 49, { unit: 'age' })]);
  assert.deepEqual(numbersIn('A 12-year-old boy was rescued.'), [m('12-year-old', 12, 12, { unit: 'age' })]);
  assert.deepEqual(numbersIn('The vaccine is offered to 12-year-olds.'), [m('12-year-olds', 12, 12, { unit: 'age' })]);
});

test('"years old", "aged", "age … to"', () => {
  assert.deepEqual(numbersIn('He was 49 years old.'), [m('49 years old', 49, 49, { unit: 'age' })]);
  assert.deepEqual(numbersIn('Aged 19, she argued the case.'), [m('19', 19, 19, { unit: 'age' })]);
  assert.deepEqual(numbersIn('The reform raises the retirement age to 64.'), [m('64', 64, 64, { unit: 'age' })]);
  assert.deepEqual(numbersIn('Volunteers aged between 18 and 25 were recruited.'), [
    m('between 18 and 25', 18, 25, { unit: 'age' }),
  ]);
});

test('an age in apposition after a name or a person noun', () => {
  assert.deepEqual(numbersIn('John Smith, 49, was charged.'), [m('49', 49, 49, { unit: 'age' })]);
  assert.deepEqual(numbersIn('The senator, 71, said she would retire.'), [m('71', 71, 71, { unit: 'age' })]);
  assert.deepEqual(numbersIn('The victim was Maria Lopez, 34.'), [m('34', 34, 34, { unit: 'age' })]);
});

test('"in his 40s" is an age bracket; "the 1990s" is not a number', () => {
  assert.deepEqual(numbersIn('The suspect is in his 40s.'), [m('40s', 40, 49, { unit: 'age' })]);
  assert.deepEqual(numbersIn('Growth slowed in the 1990s.'), []);
});

test('not ages: a count between commas after a plain noun with no closing comma, a large figure', () => {
  assert.deepEqual(
    numbersIn('Among the injured, 12 were children.').map((n) => n.unit),
    [undefined],
  );
  assert.deepEqual(
    numbersIn('Paris, 2,000 kilometres away.').map((n) => n.unit),
    ['km'],
  );
});
