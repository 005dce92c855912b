import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, parseDateValue, parseVisibleDate } from './parse-date-value.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('machine dates keep the calendar day as written', () => {
  assert.deepEqual(parseDateValue('2019-11-20T01:00:00+09:00', NOW), { date: '2019-11-20', isYearStated: true });
  assert.deepEqual(parseDateValue('2021-3-4', NOW), { date: '2021-03-04', isYearStated: true });
  assert.deepEqual(parseDateValue('20200115', NOW), { date: '2020-01-15', isYearStated: true });
  assert.deepEqual(parseDateValue('Tue, 19 Nov 2019 10:48:00 GMT', NOW), { date: '2019-11-19', isYearStated: true });
});

test('impossible dates are refused', () => {
  assert.equal(parseDateValue('2021-02-30', NOW), undefined);
  assert.equal(parseDateValue('not a date', NOW), undefined);
  assert.equal(formatDate(2021, 13, 1), undefined);
});

test('visible dates: month names, abbreviations, day-first numbers', () => {
  assert.deepEqual(parseVisibleDate('Updated: March 4, 2021, 8:54 AM', NOW), {
    date: '2021-03-04',
    isYearStated: true,
  });
  assert.deepEqual(parseVisibleDate('Jan. 10, 2022', NOW), { date: '2022-01-10', isYearStated: true });
  assert.deepEqual(parseVisibleDate('18 NOV 2019', NOW), { date: '2019-11-18', isYearStated: true });
  assert.deepEqual(parseVisibleDate('19.11.2019, 08:57', NOW), { date: '2019-11-19', isYearStated: true });
});

test('a visible date without a year looks back from the reference date', () => {
  assert.deepEqual(parseVisibleDate('March 3', NOW), { date: '2024-03-03', isYearStated: false });
  assert.deepEqual(parseVisibleDate('Nov. 19', NOW), { date: '2023-11-19', isYearStated: false });
});

test('weekday-only and relative phrases are not dates', () => {
  assert.equal(parseVisibleDate('on Monday', NOW), undefined);
  assert.equal(parseVisibleDate('two hours ago', NOW), undefined);
});
