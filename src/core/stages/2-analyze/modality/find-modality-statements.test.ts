import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { findModalityStatements } from './find-modality-statements.js';

function statementsOf(text: string): { sentenceIndex: number; modality: string; refersBack: boolean }[] {
  return findModalityStatements(tokenize(text)).map(({ sentenceIndex, modality, refersBack }) => ({
    sentenceIndex,
    modality,
    refersBack,
  }));
}

test('a later sentence that does not confirm "the figure" refers back to it', () => {
  const text =
    'A regional channel said 160 people had died. Health and police authorities did not confirm the figure and the post was then deleted.';
  assert.deepEqual(findModalityStatements(tokenize(text)), [
    { sentenceIndex: 1, modality: 'retracted', cues: ['did not confirm', 'was then deleted'], refersBack: true },
  ]);
});

test('withdrawing or deleting an earlier figure refers back', () => {
  assert.deepEqual(statementsOf('The agency put the toll at 80. It later withdrew the number.'), [
    { sentenceIndex: 1, modality: 'retracted', refersBack: true },
  ]);
  assert.deepEqual(statementsOf('The mayor posted a count of 12 missing. She deleted it an hour later.'), [
    { sentenceIndex: 1, modality: 'retracted', refersBack: true },
  ]);
  assert.deepEqual(statementsOf('Activists counted 300 arrests. That claim could not be verified.'), [
    { sentenceIndex: 1, modality: 'unconfirmed', refersBack: true },
  ]);
});

test('a cue about a figure in its own sentence does not refer back', () => {
  assert.deepEqual(statementsOf('The agency retracted its claim that 90 people were hurt.'), [
    { sentenceIndex: 0, modality: 'retracted', refersBack: false },
  ]);
  assert.deepEqual(statementsOf('An estimated 2,000 people were displaced.'), [
    { sentenceIndex: 0, modality: 'estimated', refersBack: false },
  ]);
});

test('sentences without a cue, or whose cue is negated away, make no statement', () => {
  assert.deepEqual(
    statementsOf('The ministry said 40 people were detained. The ministry did not deny the report.'),
    [],
  );
  assert.deepEqual(statementsOf('There were 75 confirmed cases on the island.'), []);
});
