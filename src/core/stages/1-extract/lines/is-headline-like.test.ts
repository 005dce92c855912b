import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadlineLike } from './is-headline-like.js';

test('headlines', () => {
  for (const line of [
    'Flood waters recede as towns count the cost',
    'Is the old bridge safe?',
    "Council says 300 homes at risk as river hits 'record level'",
    'Storm damage: what we know so far',
    'Aid convoy reaches the U.S.',
    '5 things to know about the new tram line',
  ]) {
    assert.ok(isHeadlineLike(line), line);
  }
});

test('not headlines: sentences, labels, bullets, lowercase starts', () => {
  for (const line of [
    'The river rose two metres overnight.',
    'Key facts:',
    'Weather',
    '• Around 300 homes were evacuated',
    'see more',
    'x'.repeat(201),
  ]) {
    assert.ok(!isHeadlineLike(line), line);
  }
});
