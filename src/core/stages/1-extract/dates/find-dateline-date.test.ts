import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatelineDate } from './find-dateline-date.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('wire datelines with and without a year', () => {
  assert.deepEqual(findDatelineDate('LONDON, March 3 (Reuters) - Shares rose on Monday.', NOW), {
    date: '2024-03-03',
    isYearStated: false,
  });
  assert.deepEqual(findDatelineDate('Paris, Jan. 10, 2022 — Talks resumed.', NOW), {
    date: '2022-01-10',
    isYearStated: true,
  });
  assert.deepEqual(findDatelineDate('Jan. 10, 2022 - The ministry said on Monday...', NOW), {
    date: '2022-01-10',
    isYearStated: true,
  });
});

test('a date inside the sentence is not a dateline', () => {
  assert.equal(
    findDatelineDate('Officials reported on Monday, Jan. 10, that police detained 80 people.', NOW),
    undefined,
  );
  assert.equal(findDatelineDate('WASHINGTON (AP) — The Senate voted on Tuesday.', NOW), undefined);
  assert.equal(findDatelineDate('March 3 was the wettest day of the year.', NOW), undefined);
});
