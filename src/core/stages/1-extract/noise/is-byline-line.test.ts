import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBylineLine, readBylineLine } from './is-byline-line.js';

test('byline lines give the names', () => {
  assert.equal(readBylineLine('By Jane Doe and Sam Roe'), 'Jane Doe and Sam Roe');
  assert.equal(readBylineLine('by Ana Ruiz | Staff Writer'), 'Ana Ruiz | Staff Writer');
  assert.equal(readBylineLine('By J. K. Lowe'), 'J. K. Lowe');
  assert.equal(readBylineLine('By'), '');
});

test('sentences starting with "By" are not bylines', () => {
  assert.ok(!isBylineLine('By Monday, more than 300 homes had been evacuated.'));
  assert.ok(!isBylineLine('By the time rescuers arrived, the river had risen'));
  assert.ok(!isBylineLine('By 2030 the city wants to plant a million trees.'));
  assert.ok(!isBylineLine('Bystanders filmed the rescue'));
});
