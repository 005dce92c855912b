import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStoryReport } from '../../pipeline/build-reports.js';
import { analyzeArticle } from '../2-analyze/analyze-article.js';
import { createContext } from '../../pipeline/pipeline-context.js';
import { splitParagraphs } from '../../text/split-paragraphs.js';
import type { ReportFact } from '../../model/story-report.js';

// Whole-story rules on short invented reports: one outlet per article, explicit dates.
function story(...articles: [outlet: string, published: string, text: string][]): ReportFact[] {
  const context = createContext({ now: new Date('2030-01-01T00:00:00Z') });
  const analysed = articles.map(([outlet, published, text], i) =>
    analyzeArticle(
      {
        id: `a${i + 1}`,
        source: `a${i + 1}.txt`,
        outlet,
        published,
        publishedHow: 'explicit',
        text,
        paragraphs: splitParagraphs(text),
        removed: [],
      },
      context,
    ),
  );
  return buildStoryReport('story', analysed).facts;
}

function factWith(facts: ReportFact[], value: number): ReportFact {
  const fact = facts.find((f) => f.claims.some((c) => c.low <= value && value <= c.high));
  assert.ok(
    fact,
    `a fact holding ${value}: ${facts.map((f) => `${f.what} [${f.claims.map((c) => c.text).join(', ')}]`).join('; ')}`,
  );
  return fact;
}

test('"arrested" and "detained" are one fact, and a rounded figure agrees with the exact one', () => {
  const facts = story(
    ['Daily One', '2024-05-06', 'Police detained 1,912 people after the march, the ministry said on Monday.'],
    ['Second Post', '2024-05-06', 'Nearly 2,000 protesters were arrested on Monday, officials said.'],
  );
  const fact = factWith(facts, 1912);
  assert.equal(fact.verdict, 'corroborated');
  assert.ok(fact.claims.some((c) => c.text.toLowerCase().startsWith('nearly')));
});

test('a toll that rises over days is an update; a toll that falls the next day is a conflict', () => {
  const rising = story(
    ['Daily One', '2024-05-06', 'At least 12 people were killed in the floods, officials said on Monday.'],
    ['Second Post', '2024-05-07', 'The number of people killed in the floods rose to 31 on Tuesday, officials said.'],
  );
  assert.equal(factWith(rising, 31).verdict, 'updated');
  const falling = story(
    ['Daily One', '2024-05-06', 'Officials said on Monday that 40 people were killed in the floods.'],
    ['Second Post', '2024-05-07', 'Officials said on Tuesday that 15 people were killed in the floods.'],
  );
  assert.equal(factWith(falling, 40).verdict, 'conflicting');
});

test('a one-off amount reported differently on two days is a conflict, not an update', () => {
  const facts = story(
    ['Daily One', '2024-07-02', 'The club paid a fee of €60m for the striker, the newspaper reported.'],
    ['Second Post', '2024-07-03', 'The club paid a fee of €75m for the striker, sources said.'],
  );
  assert.equal(factWith(facts, 75_000_000).verdict, 'conflicting');
});

test('areas in acres and hectares are compared in one unit', () => {
  const facts = story(
    ['Daily One', '2024-08-16', 'The fire has burned 12,000 hectares, officials said.'],
    ['Second Post', '2024-08-16', 'The blaze has burned some 30,000 acres, officials said.'],
  );
  const fact = factWith(facts, 12_000);
  assert.equal(fact.verdict, 'corroborated');
});

test('each defendant’s prison term is its own fact', () => {
  const facts = story(
    [
      'Daily One',
      '2024-10-03',
      'Judge Ama Reyes sentenced Tomas Ferrer to nine years in prison. His partner Lena Voss was sentenced to four years.',
    ],
    ['Second Post', '2024-10-03', 'Tomas Ferrer was jailed for nine years on Thursday.'],
  );
  assert.ok(!facts.some((f) => f.verdict === 'conflicting'), facts.map((f) => `${f.what}: ${f.reason}`).join('\n'));
});

test('a figure about an earlier year is not this story’s figure', () => {
  const facts = story(
    ['Daily One', '2024-08-16', 'The fire has burned 9,000 hectares, officials said.'],
    [
      'Second Post',
      '2024-08-16',
      'The fire has burned 9,200 hectares. In 2017, a fire burned 40,000 hectares in the same hills.',
    ],
  );
  assert.equal(factWith(facts, 9_000).verdict, 'corroborated');
  assert.notEqual(factWith(facts, 40_000), factWith(facts, 9_000));
});

test('a profit and a per-share figure in one slot are two quantities, not a dispute', () => {
  const facts = story(
    ['Daily One', '2024-08-06', 'The company reported a profit of $212 million for the quarter.'],
    ['Second Post', '2024-08-06', 'The company reported a profit of $1.04 a share.'],
  );
  assert.ok(!facts.some((f) => f.verdict === 'conflicting'), facts.map((f) => `${f.what}: ${f.reason}`).join('\n'));
});

test('a figure the outlet says was withdrawn is marked, and does not vote', () => {
  const facts = story([
    'Daily One',
    '2024-03-05',
    'The ministry said 60 vehicles were on the bridge, but later withdrew the figure.',
  ]);
  const fact = factWith(facts, 60);
  assert.ok(
    fact.claims.some((c) => c.modality === 'retracted'),
    JSON.stringify(fact.claims),
  );
});

test('one quantity worded with a verb the lexicon lacks joins the same thing counted with a known verb', () => {
  const facts = story(
    ['Daily One', '2024-08-15', 'About 1,100 firefighters were fighting the flames on Thursday, officials said.'],
    ['Second Post', '2024-08-15', 'A total of 1,080 firefighters were deployed on Thursday, the fire service said.'],
  );
  const fact = factWith(facts, 1080);
  assert.ok(
    fact.claims.some((c) => c.low <= 1100 && 1100 <= c.high),
    fact.claims.map((c) => c.text).join(', '),
  );
  assert.equal(fact.verdict, 'corroborated');
});

test('homes and houses destroyed are one fact when the figures agree', () => {
  const facts = story(
    ['Daily One', '2024-08-16', 'The fire destroyed 63 homes in the valley, the mayor said on Friday.'],
    ['Second Post', '2024-08-16', 'More than 60 houses were destroyed by the fire, residents said on Friday.'],
  );
  const fact = factWith(facts, 63);
  assert.equal(fact.claims.length, 2);
  assert.equal(fact.verdict, 'corroborated');
});

test('shares close in size are not merged across slots: a threshold is not a result', () => {
  const facts = story(
    ['Daily One', '2024-11-10', 'A candidate needs 50 percent of the vote to avoid a runoff, the commission said.'],
    ['Second Post', '2024-11-10', 'Whitlow took 49.6% of the vote on Sunday, the commission said.'],
  );
  assert.notEqual(factWith(facts, 50).id, factWith(facts, 49.6).id);
  assert.ok(facts.every((fact) => fact.verdict !== 'conflicting'));
});

test('a quake magnitude is a fact outlets corroborate; an aftershock magnitude is another fact', () => {
  const facts = story(
    ['Daily One', '2024-06-09', 'A magnitude 6.4 earthquake struck the province on Sunday, officials said.'],
    [
      'Second Post',
      '2024-06-10',
      "Sunday's magnitude-6.4 quake was followed by an aftershock of magnitude 5.1, the institute said.",
    ],
  );
  const quake = factWith(facts, 6.4);
  assert.equal(quake.verdict, 'corroborated');
  assert.equal(quake.claims.length, 2);
  assert.notEqual(factWith(facts, 5.1).id, quake.id);
});

test('a sum under an unknown verb joins the near-equal sum under a known measure, and keeps its name', () => {
  const facts = story(
    ['Daily One', '2024-08-06', 'The company reported revenue of $1.4 billion for the quarter on Tuesday.'],
    ['Second Post', '2024-08-06', 'The company brought in $1.38 billion in the quarter, it said on Tuesday.'],
  );
  const fact = factWith(facts, 1.38e9);
  assert.equal(fact.claims.length, 2, fact.claims.map((c) => c.text).join(', '));
  assert.equal(fact.verdict, 'corroborated');
});

test('each defendant’s term is their own fact, named by the clause when no full name was given', () => {
  const facts = story(
    [
      'Daily One',
      '2024-10-03',
      'Brandt, who cooperated with prosecutors, was given four years; Kesten received two and a half years.',
    ],
    ['Second Post', '2024-10-03', 'Brandt was sentenced to four years in prison on Thursday.'],
  );
  const brandt = factWith(facts, 4);
  assert.equal(brandt.verdict, 'corroborated');
  assert.match(brandt.what, /Brandt/);
  const kesten = factWith(facts, 2.5);
  assert.notEqual(kesten.id, brandt.id);
  assert.ok(facts.every((fact) => fact.verdict !== 'conflicting'));
});

test('a holiday of two weeks someone got is not a sentence', () => {
  const facts = story([
    'Daily One',
    '2024-10-03',
    'The minister got two weeks of leave after the vote, aides said on Thursday.',
  ]);
  assert.ok(
    facts.every((fact) => !/sentence/.test(fact.what)),
    facts.map((f) => f.what).join(', '),
  );
});

test('the sentence sought and the maximum sentence are other facts than the sentence given', () => {
  const facts = story(
    [
      'Daily One',
      '2024-10-03',
      'Hallow was sentenced to nine years in prison on Thursday. Prosecutors had asked for 12 years.',
    ],
    [
      'Second Post',
      '2024-10-03',
      'Hallow got nine years, less than the 12 years prosecutors had sought. He had faced a maximum sentence of 20 years.',
    ],
  );
  const given = factWith(facts, 9);
  const sought = factWith(facts, 12);
  const maximum = factWith(facts, 20);
  assert.equal(new Set([given.id, sought.id, maximum.id]).size, 3);
  assert.equal(sought.verdict, 'corroborated');
  assert.ok(
    facts.every((fact) => fact.verdict !== 'conflicting'),
    facts.map((f) => `${f.what}: ${f.verdict}`).join('; '),
  );
});

test('each candidate’s vote share is its own fact; a partial count on election night updates to the final one', () => {
  const facts = story(
    [
      'Daily One',
      '2024-11-10',
      'With 62% of ballots counted on Sunday night, Dana Whitlow had 49.6% of the vote against 45.9% for Rafael Ortega.',
    ],
    [
      'Second Post',
      '2024-11-11',
      "Dana Whitlow took 50.4 percent of the vote in Sunday's election, official results showed.",
    ],
  );
  const whitlow = factWith(facts, 50.4);
  assert.match(whitlow.what, /Whitlow/);
  assert.equal(whitlow.verdict, 'updated');
  assert.ok(whitlow.claims.some((c) => c.low === 49.6));
  // The rival's 45.9% ("against 45.9% for …") has no slot yet; it must at least not join hers.
  assert.ok(!whitlow.claims.some((c) => c.low === 45.9));
});

test('a lead and a margin are one fact', () => {
  const facts = story(
    ['Daily One', '2024-11-11', 'Her lead over Rafael Ortega was nearly 21,000 votes, officials said on Monday.'],
    ['Second Post', '2024-11-11', 'She won by a margin of about 20,800 votes, officials said on Monday.'],
  );
  const margin = factWith(facts, 20800);
  assert.equal(margin.claims.length, 2);
  assert.equal(margin.verdict, 'corroborated');
});

test('a year-earlier figure is not this period’s figure, and does not clash with it', () => {
  const facts = story(
    [
      'Daily One',
      '2024-08-06',
      'Quarterly revenue was $1.4 billion, the company said on Tuesday. Revenue was $1.2 billion in the same quarter last year.',
    ],
    ['Second Post', '2024-08-06', 'The company reported revenue of $1.4 billion for the quarter on Tuesday.'],
  );
  assert.equal(factWith(facts, 1.4e9).verdict, 'corroborated');
  assert.notEqual(factWith(facts, 1.2e9).id, factWith(facts, 1.4e9).id);
  assert.ok(
    facts.every((fact) => fact.verdict !== 'conflicting'),
    facts.map((f) => `${f.what}: ${f.verdict}`).join('; '),
  );
});

test('a plain count of things, with or without a verb, is one fact across outlets', () => {
  const facts = story(
    [
      'Daily One',
      '2024-03-05',
      'The mayor ordered inspections of the 11 other bridges the city maintains, she said on Tuesday.',
    ],
    [
      'Second Post',
      '2024-03-05',
      "The mayor had ordered emergency inspections of the city's 11 other bridges on Tuesday.",
    ],
  );
  const bridges = factWith(facts, 11);
  assert.equal(bridges.claims.length, 2);
  assert.equal(bridges.verdict, 'corroborated');
});

test('two pieces by one outlet with different figures at one time are not a dispute', () => {
  const facts = story(
    ['Auto Daily', '2024-11-20', 'The sports version will offer 335 horsepower, the carmaker said on Wednesday.'],
    ['Auto Daily', '2024-11-20', 'The base version will offer 275 horsepower, the carmaker said on Wednesday.'],
  );
  assert.ok(
    facts.every((fact) => fact.verdict !== 'conflicting'),
    facts.map((f) => `${f.what}: ${f.verdict}`).join('; '),
  );
  const across = story(
    ['Auto Daily', '2024-11-20', 'The sports version will offer 335 horsepower, the carmaker said on Wednesday.'],
    ['Motor Weekly', '2024-11-20', 'The sports version will offer 275 horsepower, the carmaker said on Wednesday.'],
  );
  assert.ok(
    across.some((fact) => fact.verdict === 'conflicting'),
    across.map((f) => `${f.what}: ${f.verdict}`).join('; '),
  );
});
