import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, numbersIn } from './test-support.js';

test('fractions of a whole', () => {
  assert.deepEqual(numbersIn('Half of the voters stayed home.'), [
    m('Half', 0.5, 0.5, { unit: 'fraction', counted: 'voter' }),
  ]);
  assert.deepEqual(numbersIn('Half the patients recovered.'), [
    m('Half', 0.5, 0.5, { unit: 'fraction', counted: 'patient', predicate: 'recover' }),
  ]);
  assert.deepEqual(numbersIn('A third of the budget was spent.'), [
    m('A third', 0.3333333333333333, 0.3333333333333333, { unit: 'fraction', counted: 'budget', predicate: 'spend' }),
  ]);
  assert.deepEqual(numbersIn('Two-thirds of members backed the motion.'), [
    m('Two-thirds', 0.6666666666666666, 0.6666666666666666, { unit: 'fraction', counted: 'member', predicate: 'back' }),
  ]);
  assert.deepEqual(numbersIn('Three quarters of the homes lost power.'), [
    m('Three quarters', 0.75, 0.75, { unit: 'fraction', counted: 'home', predicate: 'lose' }),
  ]);
  assert.deepEqual(numbersIn('One in five adults smokes.'), [
    m('One in five', 0.2, 0.2, { unit: 'fraction', counted: 'adult', predicate: 'smoke' }),
  ]);
  assert.deepEqual(numbersIn('Nearly 1/3 of the crops failed.'), [
    m('Nearly 1/3', 0.3, 0.333333333333, {
      unit: 'fraction',
      counted: 'crop',
      predicate: 'fail',
      approximation: 'nearly',
    }),
  ]);
});

test('not fractions: "cut in half", a bare "1/3", an ordinal "third"', () => {
  assert.deepEqual(numbersIn('The bridge was cut in half.'), []);
  assert.deepEqual(numbersIn('The rules apply from 1/3.'), []);
  assert.deepEqual(numbersIn('He came third in the race.'), []);
});
