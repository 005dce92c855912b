import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { findDates } from './find-dates.js';

function datesOf(text: string, reference?: string): [string, string | undefined][] {
  return findDates(tokenize(text), reference).map((m) => [text.slice(m.start, m.end), m.date]);
}

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';

test('bare weekdays in past-tense news point back, the same day included', () => {
  assert.deepEqual(datesOf('The ministry said on Tuesday that 40 people were hurt.', WEDNESDAY), [
    ['on Tuesday', '2024-03-12'],
  ]);
  assert.deepEqual(datesOf('Rescuers reached the village on Wednesday.', WEDNESDAY), [['on Wednesday', '2024-03-13']]);
  assert.deepEqual(datesOf('The mayor had on Thursday declared an emergency.', WEDNESDAY), [
    ['on Thursday', '2024-03-07'],
  ]);
});

test('a count before "on <weekday>" is not the day of the month', () => {
  assert.deepEqual(datesOf('The toll rose to 14 on Tuesday, officials said.', WEDNESDAY), [
    ['on Tuesday', '2024-03-12'],
  ]);
});

test('weekdays qualified by a week, and "this"/"next", keep that meaning', () => {
  assert.deepEqual(datesOf('The ministers will meet on Friday next week.', WEDNESDAY), [
    ['on Friday next week', '2024-03-22'],
  ]);
  assert.deepEqual(datesOf('They met on Tuesday of last week.', WEDNESDAY), [
    ['on Tuesday of last week', '2024-03-05'],
  ]);
  assert.deepEqual(datesOf('The vote is due this Friday.', WEDNESDAY), [['this Friday', '2024-03-15']]);
  // "last week" that belongs to another phrase does not move the weekday.
  assert.deepEqual(datesOf('Police held 300 people as of Tuesday over last week’s riots.', WEDNESDAY), [
    ['Tuesday', '2024-03-12'],
    ['last week', '2024-03-06'],
  ]);
});

test('future tense sends a weekday forward', () => {
  assert.deepEqual(datesOf('The council will vote on Friday.', WEDNESDAY), [['on Friday', '2024-03-15']]);
});

test('the tense of the clause, not the sentence: a past weekday beside a future date points back', () => {
  assert.deepEqual(datesOf('The mayor, who will be sworn in on March 20, spent Monday meeting officials.', WEDNESDAY), [
    ['March 20', '2024-03-20'],
    ['Monday', '2024-03-11'],
  ]);
  assert.deepEqual(datesOf('On Friday, the council will vote.', WEDNESDAY), [['On Friday', '2024-03-15']]);
});

test('month-day dates take the publication year, or the previous one when far in the future', () => {
  assert.deepEqual(datesOf('The strike began on March 2 in the port.', WEDNESDAY), [['March 2', '2024-03-02']]);
  assert.deepEqual(datesOf('The dam was completed on November 20.', WEDNESDAY), [['November 20', '2023-11-20']]);
  assert.deepEqual(datesOf('A photo taken on January 10, 2022 shows the square.', WEDNESDAY), [
    ['January 10, 2022', '2022-01-10'],
  ]);
});

test('relative expressions resolve against the reference date and earlier dates', () => {
  assert.deepEqual(datesOf('Officials said yesterday the road had reopened.', WEDNESDAY), [
    ['yesterday', '2024-03-12'],
  ]);
  assert.deepEqual(datesOf('The fire started on March 4. The previous day, crews had cut a firebreak.', WEDNESDAY), [
    ['March 4', '2024-03-04'],
    ['The previous day', '2024-03-03'],
  ]);
});

test('without a reference date, relative expressions stay unresolved but absolute ones resolve', () => {
  const mentions = findDates(tokenize('Police said on Monday that the march of January 5, 2023 was peaceful.'));
  assert.deepEqual(
    mentions.map((m) => [m.text, m.date, m.isRelative]),
    [
      ['on Monday', undefined, true],
      ['January 5, 2023', '2023-01-05', false],
    ],
  );
});

test('not dates: years alone, counts, durations, month names alone, modal may', () => {
  assert.deepEqual(datesOf('In 2019, 7,500 people marched for two weeks.', WEDNESDAY), []);
  assert.deepEqual(datesOf('Prices may rise in May, the bank said.', WEDNESDAY), []);
  assert.deepEqual(
    datesOf('The Sunday Times said the talks lasted within 3 days, and three days later ended.', WEDNESDAY),
    [],
  );
  assert.deepEqual(datesOf('He was sentenced to 10 years; the 24-hour strike ended.', WEDNESDAY), []);
});

test('a future clause on the reference weekday is that day; a participle clause takes the tense before it', () => {
  assert.deepEqual(datesOf('The council will vote on Wednesday.', WEDNESDAY), [['on Wednesday', '2024-03-13']]);
  assert.deepEqual(datesOf('The debate is expected to open on Thursday, followed by a vote on Friday.', WEDNESDAY), [
    ['on Thursday', '2024-03-14'],
    ['on Friday', '2024-03-15'],
  ]);
});

test('a parenthetical between horizontal bars keeps its future tense to itself', () => {
  assert.deepEqual(
    datesOf('The plan ― which will need two readings in the chamber ― ran into trouble on Tuesday.', WEDNESDAY),
    [['on Tuesday', '2024-03-12']],
  );
});

test('a month-day in a clause looking ahead is the next one, also after "that" and with "would"', () => {
  // 2023-12-06 is in December: January is next year's.
  assert.deepEqual(datesOf('Everyone knows that on January 1 the new tariffs will apply.', '2023-12-06'), [
    ['January 1', '2024-01-01'],
  ]);
  assert.deepEqual(datesOf('The runoff would be held on February 18.', '2023-12-06'), [['February 18', '2024-02-18']]);
});

test('a month-day without a year takes the year the text has just named', () => {
  assert.deepEqual(
    datesOf('The dispute began in the spring of 2019. On May 3 that year, the union walked out.', WEDNESDAY),
    [['May 3', '2019-05-03']],
  );
  assert.deepEqual(
    datesOf('She first spoke at a 2016 rally in the harbour town. At that June 9 rally, she wept.', WEDNESDAY),
    [['June 9', '2016-06-09']],
  );
  assert.deepEqual(
    datesOf('In August 2020, the board met twice. Minutes were kept. Late that week, on Aug. 14, it voted.', WEDNESDAY),
    [['Aug. 14', '2020-08-14']],
  );
});

test('holidays placed in the text are dates; a holiday named in passing is not', () => {
  assert.deepEqual(datesOf('The ferry resumed service on New Years Day 2021.', WEDNESDAY), [
    ['New Years Day 2021', '2021-01-01'],
  ]);
  // Thanksgiving 2023 fell on November 23, Labor Day 2023 on September 4.
  assert.deepEqual(datesOf('The plant closed before Thanksgiving and reopened after Labor Day.', WEDNESDAY), [
    ['Thanksgiving', '2023-11-23'],
    ['Labor Day', '2023-09-04'],
  ]);
  assert.deepEqual(datesOf('The bill would make Election Day a paid holiday.', WEDNESDAY), []);
  assert.deepEqual(datesOf('Shoppers queued on Black Friday.', WEDNESDAY), [['Black Friday', '2023-11-24']]);
});
