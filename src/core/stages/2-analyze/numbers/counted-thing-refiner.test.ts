import { test } from 'node:test';
import assert from 'node:assert/strict';
import counted from '../../../lexicons/numbers-counted.json' with { type: 'json' };
import { numbersIn } from './test-support.js';

function countedIn(sentence: string): (string | undefined)[] {
  return numbersIn(sentence).map((mention) => mention.counted);
}

test('the head noun after the figure, lemmatised, past adjectives and quotes', () => {
  assert.deepEqual(countedIn('Police detained 7,000 people.'), ['people']);
  assert.deepEqual(countedIn('The alliance sent 2,000 troops.'), ['troop']);
  assert.deepEqual(countedIn('Police arrested 300 police officers.'), ['officer']);
  assert.deepEqual(countedIn('Nearly 6,000 “armed raiders” surrendered.'), ['raider']);
  assert.deepEqual(countedIn('Officials counted 40 water-bombing aircraft.'), ['aircraft']);
  assert.deepEqual(countedIn('Fatalities rose as 137 fatalities were confirmed.'), ['fatality']);
});

for (const container of counted.containers) {
  test(`container noun "${container}" counts what follows "of"`, () => {
    assert.deepEqual(countedIn(`Rebels seized 180 ${container}s of military hardware.`), ['hardware']);
  });
}

test('"of" after the figure: "dozens of people", "2,000 of the protesters", "312 of the 543 seats"', () => {
  assert.deepEqual(countedIn('Dozens of people fled.'), ['people']);
  assert.deepEqual(countedIn('Police released 2,000 of the protesters.'), ['protester']);
  assert.deepEqual(countedIn('The party won 312 of the 543 seats.'), ['seat', 'seat']);
  assert.deepEqual(countedIn('The team lost five of its last six matches.'), ['match', 'match']);
});

test('a pronoun after "of" counts nothing by itself', () => {
  assert.deepEqual(countedIn('Police released 2,000 of them.'), [undefined]);
});

test('a level reads its subject: "detentions rose to almost 12,000", "the toll stood at 12"', () => {
  assert.deepEqual(countedIn('Detentions rose to almost 12,000 on Tuesday.'), ['detention']);
  assert.deepEqual(countedIn('The death toll rose to 137.'), ['death']);
  assert.deepEqual(countedIn('The toll stood at 12.'), ['death']);
  assert.deepEqual(countedIn('The injury toll reached 40.'), ['injury']);
  assert.deepEqual(countedIn('A toll of 12 was confirmed.'), ['death']);
  assert.deepEqual(countedIn('Authorities put the death toll at 31.'), ['death']);
  assert.deepEqual(countedIn('The number of people killed has risen to 56.'), ['people']);
  assert.deepEqual(countedIn('Passenger numbers recovered to 41 million.'), ['passenger']);
  assert.deepEqual(countedIn('Officials said hospital admissions could peak at 3,500.'), ['admission']);
  assert.deepEqual(countedIn('Detentions in the capital climbed to 900.'), ['detention']);
  assert.deepEqual(countedIn('The agency put the magnitude at 5.8.'), ['magnitude']);
  assert.deepEqual(countedIn('The coalition would cut the number of ministries from 22 to 16.'), [
    'ministry',
    'ministry',
  ]);
});

test('an elided noun comes from earlier in the sentence', () => {
  assert.deepEqual(countedIn('Seven people were killed and 12 injured.'), ['people', 'people']);
  assert.deepEqual(countedIn('The quake killed 2,300 people and injured more than 5,000.'), ['people', 'people']);
  assert.deepEqual(countedIn('The economy added 517,000 jobs, up from 260,000 in December.'), ['job', 'job']);
  assert.deepEqual(countedIn('Lightning injured 11 players, two of them seriously.'), ['player', 'player']);
  assert.deepEqual(countedIn('She said 40 officers had been injured, but the correct number was 14.'), [
    'officer',
    'officer',
  ]);
});

test('a time after the figure is not what it counts', () => {
  assert.deepEqual(countedIn('Passenger numbers recovered to 41 million last year.'), ['passenger']);
  assert.deepEqual(countedIn('Admissions could reach 3,500 a day.'), ['admission']);
});

test('no counted thing when nothing names one', () => {
  assert.deepEqual(countedIn('It happened 12 times.'), ['time']);
  assert.deepEqual(countedIn('Twelve were arrested.'), [undefined]);
});
