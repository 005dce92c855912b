import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTimestampLine, readTimestampLine } from './read-timestamp-line.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('timestamp lines in the shapes news pages print', () => {
  for (const line of [
    'Updated: March 4, 2021, 8:15 AM',
    'Published 11:02 PM EST Nov 3, 2020',
    'PUBLISHED: 10:48, Tue, Jun 8, 2021 | UPDATED: 11:05, Tue, Jun 8, 2021',
    'Nov. 20, 2019, 9:28 AM UTC',
    'June 8, 2021',
    '19.11.2019, 08:57',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'Updated 2 hours ago',
    'Last updated 14:05 BST, Thursday, 3 June 2021',
    'Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.',
  ]) {
    assert.ok(isTimestampLine(line), line);
  }
});

test('sentences and labels without a date are not timestamp lines', () => {
  for (const line of [
    'Updated figures show 1,200 people were displaced.',
    'Published by the ministry on Monday',
    'On the day',
    'May the best team win',
    '2021',
    'The vote is at 9:00 on Monday, officials said.',
  ]) {
    assert.ok(!isTimestampLine(line), line);
  }
});

test('dates are read by label: published, updated, or unlabeled', () => {
  assert.deepEqual(readTimestampLine('Updated: January 10, 2022, 8:54 AM', NOW), {
    updated: { date: '2022-01-10', isYearStated: true },
  });
  assert.deepEqual(readTimestampLine('Published 9:02 AM ET Mar 4, 2021 | Updated Mar 5, 2021', NOW), {
    published: { date: '2021-03-04', isYearStated: true },
    updated: { date: '2021-03-05', isYearStated: true },
  });
  assert.deepEqual(readTimestampLine('Jan. 10, 2022', NOW), { unlabeled: { date: '2022-01-10', isYearStated: true } });
  assert.equal(readTimestampLine('Updated figures show more damage', NOW), undefined);
});

test('a date without a year is marked as such', () => {
  assert.deepEqual(readTimestampLine('Updated Nov 19, 6:55 AM', NOW), {
    updated: { date: '2023-11-19', isYearStated: false },
  });
});
