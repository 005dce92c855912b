import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { splitParagraphs } from '../../../text/split-paragraphs.js';

test('token offsets point into the original text, across paragraphs and odd spacing', () => {
  const text = 'Police  detained 6,218 people on Monday.\n\n“We will act,” Mr. Smith said.  Jan. 10 was quiet.';
  const { tokens, sentences } = tokenize(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Police  detained 6,218 people on Monday.', '“We will act,” Mr. Smith said.', 'Jan. 10 was quiet.'],
  );
  assert.equal(sentences[1]?.paragraph, 1);
});

test('lemmas and parts of speech come from the model', () => {
  const { tokens } = tokenize('The troops were deployed.');
  assert.deepEqual(
    tokens.map((t) => [t.lemma, t.pos]),
    [
      ['the', 'DET'],
      ['troop', 'NOUN'],
      ['be', 'AUX'],
      ['deploy', 'VERB'],
      ['.', 'PUNCT'],
    ],
  );
});

test('paragraphs are blank-line separated blocks', () => {
  const text = '  Title\n\nFirst line\nsame paragraph\n\n\n Last ';
  assert.deepEqual(
    splitParagraphs(text).map((s) => text.slice(s.start, s.end)),
    ['Title', 'First line\nsame paragraph', 'Last'],
  );
});

test('"magnitude-6.4" is a word, a hyphen and a decimal, inside one sentence', () => {
  const text = "The toll from Sunday's magnitude-6.4 earthquake rose to 71. Rescuers kept digging.";
  const { tokens, sentences } = tokenize(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  const at = tokens.findIndex((token) => token.text === '6.4');
  assert.deepEqual(
    tokens.slice(at - 2, at + 1).map((token) => [token.text, token.pos]),
    [
      ['magnitude', 'NOUN'],
      ['-', 'PUNCT'],
      ['6.4', 'NUM'],
    ],
  );
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ["The toll from Sunday's magnitude-6.4 earthquake rose to 71.", 'Rescuers kept digging.'],
  );
});
