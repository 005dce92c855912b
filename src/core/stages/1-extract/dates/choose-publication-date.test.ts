import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePublicationDate } from './choose-publication-date.js';

test('the lowest rank wins among dates with a stated year', () => {
  assert.deepEqual(
    choosePublicationDate([
      { date: '2021-03-05', from: 'updated-line', rank: 70, isYearStated: true },
      { date: '2021-03-04', from: 'json-ld', rank: 10, isYearStated: true },
    ]),
    { published: '2021-03-04', publishedHow: 'explicit', publishedFrom: 'json-ld' },
  );
});

test('a stated year beats a better-ranked guessed one; a guessed year is inferred', () => {
  assert.deepEqual(
    choosePublicationDate([
      { date: '2024-03-03', from: 'dateline', rank: 5, isYearStated: false },
      { date: '2021-03-05', from: 'updated-line', rank: 70, isYearStated: true },
    ])?.publishedFrom,
    'updated-line',
  );
  assert.equal(
    choosePublicationDate([{ date: '2024-03-03', from: 'dateline', rank: 64, isYearStated: false }])?.publishedHow,
    'inferred',
  );
  assert.equal(choosePublicationDate([]), undefined);
});
