import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeWords } from './tokenize-words.js';

const starts = (text: string): string[] =>
  tokenizeWords(text)
    .filter((token) => token.isSentenceStart)
    .map((token) => token.text);

test('sentence starts follow full stops, question marks, colons and line breaks', () => {
  assert.deepEqual(starts('Rain fell. Roads flooded! Why now? Officials: Stay home.\nNext line'), [
    'Rain',
    'Roads',
    'Why',
    'Officials',
    'Stay',
    'Next',
  ]);
});

test('titles, initials and dotted abbreviations do not end a sentence', () => {
  assert.deepEqual(starts('Lt. Col. Maria Ortiz met John F. Hale and U.S. officials.'), ['Lt']);
});

test('quotes and brackets before a word do not hide a sentence start', () => {
  assert.deepEqual(starts('He left. “We are done,” she said. (Later) it rained.'), ['He', 'We', 'Later']);
});

test('numbers keep thousands separators and decimals together; apostrophes split words', () => {
  const tokens = tokenizeWords("The mayor's plan costs $1.3 billion for 10,000 homes, don't worry");
  assert.deepEqual(
    tokens.map((token) => token.lower),
    ['the', 'mayor', 's', 'plan', 'costs', '1.3', 'billion', 'for', '10000', 'homes', 'don', 't', 'worry'],
  );
  assert.deepEqual(
    tokens.filter((token) => token.isNumber).map((token) => token.text),
    ['1.3', '10,000'],
  );
});

test('capitals and all-caps words are flagged', () => {
  const [nato, said, paris] = tokenizeWords('NATO said Paris');
  assert.equal(nato?.isAllCaps, true);
  assert.equal(said?.isCapitalised, false);
  assert.equal(paris?.isCapitalised, true);
  assert.equal(paris?.isAllCaps, false);
});
