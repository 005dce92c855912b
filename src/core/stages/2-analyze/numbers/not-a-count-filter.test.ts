import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberMention } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findNumbers } from './find-numbers.js';
import notACount from '../../../lexicons/numbers-not-a-count.json' with { type: 'json' };

// Negative cases: figures that name, date, time or rate something are not counts. Most sentences
// yield nothing; ages and durations are kept, but always with a unit, so no claim reads them as counts.

type Expected = Omit<NumberMention, 'kind' | 'start' | 'end'>;

function m(text: string, low: number, high: number, extra: Partial<NumberMention> = {}): Expected {
  return { text, low, high, ...extra };
}

function numbersIn(sentence: string): Expected[] {
  return findNumbers(tokenize(sentence)).map(({ kind: _kind, start: _start, end: _end, ...rest }) => rest);
}

const cases: [sentence: string, expected: Expected[]][] = [
  ['The law was passed in 2019 and amended in 2021.', []],
  ["The company's 2022 results beat forecasts.", []],
  ["2022's budget was the largest on record.", []],
  ['The 2020 elections were disputed.', []],
  ['The match kicks off at 9:30 tomorrow.', []],
  ['The vote closes at 10am on Friday.', []],
  ['Polls close at 8 pm local time.', []],
  ["Doors open at 6 o'clock.", []],
  ['Call the hotline on 555-123-4567 for details.', []],
  ['Call +38 20 7946 0958 for details.', []],
  ['The Boeing 737 was grounded after the crash.', []],
  ['Route 66 was closed by snow.', []],
  ['The story ran on page 4 of the newspaper.', []],
  ['She was seeded No. 1 at the tournament.', []],
  ['Article 5 of the treaty was invoked.', []],
  ['He was the third person to speak.', []],
  ['The 21st century has brought new threats.', []],
  ['One of the victims was a nurse.', []],
  ['One said the building shook for a minute.', []],
  ['No one was hurt in the blast.', []],
  ['United won 3-1 at home.', []],
  ['The team suffered a 1-3 defeat in the final.', []],
  ['The court ruled 6-3 in favour of the state.', []],
  ['Arsenal 2 Chelsea 1.', []],
  ['The 1990s saw rapid growth.', []],
  ['The embassy is at 221 Baker Street.', []],
  ['Read more at https://example.com/news/2021/story-45 today.', []],
  ['Follow @reporter99 for updates.', []],
  ['The shop is open 24/7.', []],
  ['The 49-year-old was charged with murder.', [m('49-year-old', 49, 49, { unit: 'age' })]],
  [
    'Residents were told to prepare for a two-week emergency.',
    [m('two-week', 2, 2, { unit: 'duration', counted: 'week' })],
  ],
  ['The clinic runs a 24-hour hotline.', [m('24-hour', 24, 24, { unit: 'duration', counted: 'hour' })]],
  ['He wore the number 10 shirt for his country.', []],
  ['Critics rated the film 4 out of 5.', []],
  ['The resort has a 5-star rating.', []],
  ['The summit was held on January 10, 2022.', []],
  ['The deadline is 15 March.', []],
  ['The team reached the final for the 2nd time.', []],
  ['The 2020-21 season was cut short.', []],
  ['Windows 11 was released on schedule.', []],
  ['The Apollo 11 mission landed on the Moon.', []],
  ['A number of people were hurt.', []],
  ['The hurricane was upgraded to Category 4.', []],
  ['Every one of them was questioned.', []],
  ['They met on 5 and 6 May.', []],
  ['The sprinter won the 100m sprint in record time.', [m('100m', 100, 100, { unit: 'm' })]],
  ['Covid-19 cases fell while G20 leaders met.', []],
  ['Patients with Type 2 diabetes were excluded.', []],
  ['Traffic on Interstate 95 was halted.', []],
  ['Flight 370 vanished over the ocean.', []],
  ['The meeting was held in room 101.', []],
  ['The talks resumed at 5 a.m.', []],
  ['The music of the 70s is back in fashion.', []],
  ['Volunteers aged 18 to 25 were recruited.', [m('18 to 25', 18, 25, { unit: 'age' })]],
  ['The firm filed for Chapter 11 bankruptcy protection.', []],
  ['At one point the crowd surged forward.', []],
  ['The side earned a 2-2 draw in the derby.', []],
  ['Sections 4-6 of the report were redacted.', []],
  ['The new rules take effect on 1/3.', []],
  ['Sales rose in the 2021-2022 fiscal year.', []],
];

for (const [sentence, expected] of cases) {
  test(`not a count: ${sentence}`, () => assert.deepEqual(numbersIn(sentence), expected));
}

test('a year-like figure counts when it is approximate or opens the sentence before a plural noun', () => {
  assert.deepEqual(numbersIn('About 2000 people were evacuated.'), [
    m('About 2000', 1800, 2200, { counted: 'people', predicate: 'evacuate', approximation: 'about' }),
  ]);
  assert.deepEqual(numbersIn('2000 people were evacuated.'), [
    m('2000', 2000, 2000, { counted: 'people', predicate: 'evacuate' }),
  ]);
});

test('"one" counts when a noun follows it', () => {
  assert.deepEqual(numbersIn('One person died in the crash.'), [
    m('One', 1, 1, { counted: 'person', predicate: 'die' }),
  ]);
});

test('a proper name before a figure does not make it a label when the figure counts something', () => {
  assert.deepEqual(numbersIn('On Monday 30 people died in Kabul.'), [
    m('30', 30, 30, { counted: 'people', predicate: 'die' }),
  ]);
});

/** Mentions that could be read as counts: no unit at all. */
function countsIn(sentence: string): Expected[] {
  return numbersIn(sentence).filter((mention) => mention.unit === undefined);
}

for (const word of notACount.identifierWords) {
  test(`label word "${word}"`, () => {
    const written = word === '#' ? '#' : word.charAt(0).toUpperCase() + word.slice(1);
    const gap = word === '#' ? '' : ' ';
    assert.deepEqual(countsIn(`The sign pointed to ${written}${gap}14 on the map.`), []);
  });
}

for (const month of notACount.months) {
  test(`day of a date after "${month}"`, () => {
    const written = month.charAt(0).toUpperCase() + month.slice(1);
    assert.deepEqual(countsIn(`The talks ended on ${written} 14 without a deal.`), []);
  });
}

for (const suffix of notACount.timeSuffixes) {
  test(`clock time before "${suffix}"`, () => {
    assert.deepEqual(countsIn(`The talks ended at 9 ${suffix} without a deal.`), []);
  });
}

for (const street of notACount.streetWords) {
  test(`address before "${street}"`, () => {
    const written = street.charAt(0).toUpperCase() + street.slice(1);
    assert.deepEqual(countsIn(`The office is at 22 Mill ${written} in the old town.`), []);
  });
}

for (const cue of ['won', 'beat', 'draw', 'victory', 'defeat', 'lead', 'voted', 'ruled']) {
  test(`a hyphenated pair near "${cue}" is a score`, () => {
    assert.deepEqual(countsIn(`They ${cue} 1-3 in the end.`), []);
  });
}

test('the words after a duration can make it a time frame, unless "for" comes first', () => {
  assert.deepEqual(numbersIn('She won the race 12 years after her first victory.'), []);
  assert.deepEqual(numbersIn('The strike ended two days ago.'), []);
  assert.deepEqual(numbersIn('He was on the run for nine days before his arrest.'), [
    m('nine', 9, 9, { unit: 'duration', counted: 'day' }),
  ]);
  assert.deepEqual(numbersIn('The journey was cut to under 90 minutes.'), [
    m('under 90', 0, 90, { unit: 'duration', counted: 'minute', predicate: 'cut', approximation: 'under' }),
  ]);
});

test('numbers to dial: "call 111", "a 911 call"', () => {
  assert.deepEqual(numbersIn('Residents should call 111 for advice.'), []);
  assert.deepEqual(numbersIn('Officers answered a 911 call.'), []);
});

test('figures listed after a label are labels too', () => {
  assert.deepEqual(numbersIn('The road between junctions 10 and 11 was closed.'), []);
});

test('a figure glued to a word is part of a code', () => {
  assert.deepEqual(numbersIn('The new Mk2 model and the X5 were shown.'), []);
});
