import { test } from 'node:test';
import assert from 'node:assert/strict';
import counted from '../../../lexicons/numbers-counted.json' with { type: 'json' };
import { numbersIn } from './test-support.js';

function predicatesIn(sentence: string): (string | undefined)[] {
  return numbersIn(sentence).map((mention) => mention.predicate);
}

test('the verb taking the figure as object, past approximations and fillers', () => {
  assert.deepEqual(predicatesIn('Police detained 7,000 people.'), ['detain']);
  assert.deepEqual(predicatesIn('The alliance deployed 1,840 troops.'), ['deploy']);
  assert.deepEqual(predicatesIn('The strike killed at least 12 people.'), ['kill']);
  assert.deepEqual(predicatesIn('The start-up raised $2.5bn.'), ['raise']);
  assert.deepEqual(predicatesIn('The club paid a record €100m.'), ['pay']);
  assert.deepEqual(predicatesIn('Police detained a total of 300 people.'), ['detain']);
});

test('passive and active verbs after the counted phrase', () => {
  assert.deepEqual(predicatesIn('Some 7,000 people have been detained.'), ['detain']);
  assert.deepEqual(predicatesIn('Some 38 workers died.'), ['die']);
  assert.deepEqual(predicatesIn('Some 30 people who were injured were treated.'), ['injure']);
  assert.deepEqual(predicatesIn('Some 38 people are said to have died.'), ['die']);
  assert.deepEqual(predicatesIn('Some 19 million people in the region faced shortages.'), ['face']);
  assert.deepEqual(predicatesIn('At least 9 civilians, including four children, were killed.'), ['kill', 'kill']);
});

test('reporting verbs before the figure give way to the verb after it', () => {
  assert.deepEqual(predicatesIn('Police said 38 people died.'), ['die']);
  assert.deepEqual(predicatesIn('The ministry said that 6,412 people had been detained.'), ['detain']);
});

test('a figure that is a level takes its predicate from the subject, never from rise or reach', () => {
  assert.deepEqual(predicatesIn('The death toll rose to 137.'), ['die']);
  assert.deepEqual(predicatesIn('Detentions rose to almost 12,000.'), ['detain']);
  assert.deepEqual(predicatesIn('Unemployment rose to 6.1 per cent.'), [undefined]);
  assert.deepEqual(predicatesIn('Sales reached 300 units.'), [undefined]);
  assert.deepEqual(predicatesIn('The number of people killed has risen to 56.'), ['kill']);
});

test('an event noun before "of" or as the counted thing', () => {
  assert.deepEqual(predicatesIn('Rain forced the evacuation of 4,200 people.'), ['evacuate']);
  assert.deepEqual(predicatesIn('The judge ordered the release of 38 detainees.'), ['release']);
  assert.deepEqual(predicatesIn('The ministry reported 137 deaths and 2,000 injuries.'), ['die', 'injure']);
});

for (const [noun, verb] of Object.entries(counted.eventNouns)) {
  test(`event noun "${noun}" → ${verb}`, () => {
    assert.deepEqual(predicatesIn(`Officials noted the ${noun} of 12 residents.`), [verb]);
  });
}

for (const [adjective, predicate] of Object.entries(counted.predicateAdjectives)) {
  test(`predicate adjective "${adjective}" → ${predicate}`, () => {
    assert.deepEqual(predicatesIn(`The storm left 12 people ${adjective}.`), [predicate]);
  });
}

test('a giving verb reaches past its first object', () => {
  assert.deepEqual(predicatesIn('The court fined the airline €250,000.'), ['fine']);
  assert.deepEqual(predicatesIn('The jury awarded the family $4.7 million.'), ['award']);
  assert.deepEqual(predicatesIn('The drug cut the risk by 20%.'), ['cut']);
});

test('"a NOUN of N" looks past the noun to its verb', () => {
  assert.deepEqual(predicatesIn('Hackers demanded a ransom of $4.5 million.'), ['demand']);
});

test('coordinated figures share a verb', () => {
  assert.deepEqual(predicatesIn('The army deployed 2,500 troops and 40 vehicles.'), ['deploy', 'deploy']);
});

test('durations and measures take the verb they complete, unless they describe a noun', () => {
  assert.deepEqual(predicatesIn('He was sentenced to 12 years in prison.'), ['sentence']);
  assert.deepEqual(predicatesIn('The suspect was held for 11 months.'), ['hold']);
  assert.deepEqual(predicatesIn('Customs seized 240 kilograms of cocaine.'), ['seize']);
  assert.deepEqual(predicatesIn('The clinic runs a 24-hour hotline.'), [undefined]);
});

test('ages and factors have no predicate', () => {
  assert.deepEqual(predicatesIn('Police arrested a 49-year-old.'), [undefined]);
  assert.deepEqual(predicatesIn('Arrests doubled.'), [undefined]);
});

test('"gone missing" reaches the adjective through the linking verb', () => {
  assert.deepEqual(predicatesIn('Officials said 15,000 ballots had gone missing.'), ['missing']);
});

test('"sentenced X to N years", "held without charge for N months", "sold at auction for £N"', () => {
  assert.deepEqual(predicatesIn('A judge sentenced the former mayor to 12 years in prison.'), ['sentence']);
  assert.deepEqual(predicatesIn('The man had been held without charge for 11 months.'), ['hold']);
  assert.deepEqual(predicatesIn('The shirt sold at auction for £12,000.'), ['sell']);
});

test('a gerund after a preposition and a particle after the verb', () => {
  assert.deepEqual(predicatesIn('A nurse accused of poisoning seven patients was arrested.'), ['poison']);
  assert.deepEqual(predicatesIn('Floods cut off dozens of villages.'), ['cut']);
});

test('a figure listed after a comma shares the verb when it has none of its own', () => {
  assert.deepEqual(predicatesIn('Police seized 14 cars, £600,000 in cash and a watch.'), ['seize', 'seize']);
  assert.deepEqual(predicatesIn('The blast killed 12 people, 30 injured.'), ['kill', 'injure']);
});
