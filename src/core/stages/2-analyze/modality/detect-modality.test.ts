import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Modality } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from '../attribution/find-attributions.js';
import { detectModality, detectModalityNear } from './detect-modality.js';

function modalityOf(text: string): { modality: Modality; cues: string[] } {
  const tokenized = tokenize(text);
  return detectModality(tokenized, 0, findAttributions(tokenized, 0));
}

/** Modality of the figure written as `figure` (its first occurrence) in the one-sentence `text`. */
function modalityNear(text: string, figure: string): Modality {
  const tokenized = tokenize(text);
  const start = text.indexOf(figure);
  assert.ok(start >= 0, `${figure} is in the sentence`);
  return detectModalityNear(tokenized, 0, { start, end: start + figure.length }, findAttributions(tokenized, 0))
    .modality;
}

const CASES: [string, Modality, string[]][] = [
  // reported: the default, for sources that are not official and for sentences with no source.
  ['The storm flattened 200 homes.', 'reported', []],
  ['Local residents said 30 boats sank.', 'reported', []],
  ['As many as 40 people were hurt in the crush.', 'reported', []],
  // official: an official source said it.
  ['The Interior Ministry said 120 people were detained.', 'official', ['The Interior Ministry']],
  ['Two schools were evacuated, police said.', 'official', ['police']],
  ['According to the health department, 58 people fell ill.', 'official', ['the health department']],
  ['The cargo ship sank, a coast guard spokesperson said.', 'official', ['a coast guard spokesperson']],
  // a company or institution speaking about itself is official; activists and aid groups are not.
  ['Quarterly profit rose 12%, the brewer said.', 'official', ['the brewer']],
  ['Aid agencies said 2 million people needed food.', 'reported', []],
  ['A spokesman for the rebels said 12 fighters died.', 'reported', []],
  // confirmed
  ['The hospital confirmed that 14 patients were discharged.', 'confirmed', ['confirmed']],
  ['Five climbers died, rescuers confirmed.', 'confirmed', ['confirmed']],
  ['The death of the pilot has been verified by the airline.', 'confirmed', ['has been verified']],
  // not the sentence's modality: the participle qualifies a noun.
  ['There were 100 confirmed cases in the province.', 'reported', []],
  ['Confirmed infections rose to 2,300 on Friday.', 'reported', []],
  ['Police arrested the alleged ringleader.', 'reported', []],
  // alleged
  ['The firm allegedly dumped 8 tonnes of waste.', 'alleged', ['allegedly']],
  ['The senator was accused of taking bribes worth $2 million.', 'alleged', ['was accused']],
  ['According to the allegations, 11 invoices were forged.', 'alleged', ['allegations']],
  ['The opposition alleged that 3,000 ballots were destroyed.', 'alleged', ['alleged']],
  ['The startup claimed its battery lasts 40% longer.', 'alleged', ['claimed']],
  ['A man, 44, was arrested on suspicion of arson.', 'alleged', ['on suspicion of']],
  ['The fraud cost 900 investors €38m, prosecutors said.', 'alleged', ['prosecutors']],
  // unconfirmed
  ['The figure could not be independently verified.', 'unconfirmed', ['could not be independently verified']],
  ['Officials did not confirm the number of casualties.', 'unconfirmed', ['did not confirm']],
  ['Unconfirmed reports put the toll at 60.', 'unconfirmed', ['unconfirmed']],
  ['The tally has yet to be confirmed.', 'unconfirmed', ['has yet to be confirmed']],
  ['The army declined to confirm the losses.', 'unconfirmed', ['declined to confirm']],
  ['There was no independent confirmation of the claim.', 'unconfirmed', ['no independent confirmation']],
  ['The video is unverified.', 'unconfirmed', ['unverified']],
  // denied
  ['The ministry denied that troops had fired on the crowd.', 'denied', ['denied']],
  ['The club rejected the claim that 12 players were unpaid.', 'denied', ['rejected']],
  ['The rebels claimed 50 kills, a figure the army rejected.', 'denied', ['rejected']],
  ['The governor dismissed reports of 500 evacuations.', 'denied', ['dismissed']],
  ['The ministry rejected the findings as "politically motivated".', 'denied', ['rejected']],
  // negation changes the reading; a verb that is negated attributes nothing either.
  ['The ministry did not deny the reports.', 'reported', []],
  ['The company no longer denies the data breach.', 'reported', []],
  ['The defendant was denied bail.', 'reported', []],
  // retracted
  ['The agency withdrew the figure on Tuesday.', 'retracted', ['withdrew']],
  ['The senator withdrew her earlier claim that 300 jobs were lost.', 'retracted', ['withdrew']],
  ['The post was later deleted.', 'retracted', ['was later deleted']],
  ['The newspaper retracted the story.', 'retracted', ['retracted']],
  ['The broadcaster corrected the toll to 17.', 'retracted', ['corrected']],
  ['The minister walked back his remarks about 400 job cuts.', 'retracted', ['walked back']],
  ['The post, which claimed the mayor had resigned, was later taken down.', 'retracted', ['was later taken down']],
  ['Troops withdrew from the town overnight.', 'reported', []],
  ['The company deleted 3,000 inactive accounts.', 'reported', []],
  // estimated
  ['An estimated 5,000 people marched through the capital.', 'estimated', ['an estimated']],
  ['Insurers estimate the damage at $40 million.', 'estimated', ['estimate']],
  ['Projections show 1.2 million voters will stay home.', 'estimated', ['projections']],
  // hedged
  // "reportedly" says someone reported it: the suite's convention reads it as reported, not hedged.
  ['The gunman reportedly fired 20 shots.', 'reported', []],
  ['Preliminary data show turnout of 61 percent.', 'estimated', ['preliminary']],
  ['About 2,000 runners are expected on Sunday.', 'estimated', ['expected']],
  ['Up to 40 centimetres of snow is forecast for the hills.', 'estimated', ['forecast']],
  ['Initial reports said 3 buildings collapsed.', 'hedged', ['initial reports']],
  ['The blaze may have destroyed 80 hectares.', 'hedged', ['may']],
  ['Forecasters said the storm could strengthen overnight.', 'hedged', ['could']],
  ['Satellite photos appear to show 40 burned villages.', 'hedged', ['appear to']],
  ['Detectives believe the thief acted alone.', 'hedged', ['believe']],
  ['The takeover, if approved, would create a group with 9,000 staff.', 'hedged', ['if']],
  // an auxiliary before "not" is an ability, not a hedge.
  ['A poll found that 38% could not name their local mayor.', 'reported', []],
  ['Six sailors are believed to be missing.', 'hedged', ['are believed to']],
  ['Dozens are feared dead after the landslide.', 'hedged', ['are feared']],
  // several cues: the strongest wins.
  [
    'Health and police authorities did not confirm the figure and the post was then deleted.',
    'retracted',
    ['was then deleted'],
  ],
];

for (const [sentence, modality, cues] of CASES) {
  test(`modality ${modality}: ${sentence}`, () => {
    assert.deepEqual(modalityOf(sentence), { modality, cues });
  });
}

test('figures in one sentence can differ: the retracted one and the standing one', () => {
  const text =
    '44 individuals died, the ministry said, after retracting the earlier statement that said more than 164 people had died.';
  assert.equal(modalityNear(text, '44'), 'official');
  assert.equal(modalityNear(text, '164'), 'retracted');
});

test('a correction retracts the old figure, not the new one', () => {
  const text = 'The agency later corrected the toll from 160 to 44.';
  assert.equal(modalityNear(text, '160'), 'retracted');
  assert.equal(modalityNear(text, '44'), 'reported');
});

test('an estimate covers its own figure, not the next clause', () => {
  const text = 'An estimated 5,000 people marched, and 20 were arrested by police.';
  assert.equal(modalityNear(text, '5,000'), 'estimated');
  assert.equal(modalityNear(text, '20'), 'reported');
});

test('a denial covers the figure it denies', () => {
  const text = 'The rebels said they had shot down 3 jets, a claim the air force denied.';
  assert.equal(modalityNear(text, '3'), 'denied');
});

test('an official source covers only its own clause', () => {
  const text = 'Police said 5 people died, while a witness said 9 died.';
  assert.equal(modalityNear(text, '5'), 'official');
  assert.equal(modalityNear(text, '9'), 'reported');
});

test('a relay keeps the original source: officials through a newspaper are official', () => {
  assert.equal(modalityNear('Officials told the Harbour Times that 31 boats were seized.', '31'), 'official');
  assert.equal(modalityNear('Witnesses told the Harbour Times that 31 boats were seized.', '31'), 'reported');
});
