import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { analyzeSentences } from './analyze-sentence.js';

/** Sources of the last sentence after pronoun resolution. */
function lastSources(text: string): string[] {
  const analyses = analyzeSentences(tokenize(text));
  return analyses[analyses.length - 1]?.attributions.map((attribution) => attribution.source) ?? [];
}

test('"it said" takes the organisation the sentence names', () => {
  assert.deepEqual(lastSources('The brewery will shut two plants and cut 600 jobs, it said on Monday.'), [
    'The brewery',
  ]);
  assert.deepEqual(lastSources('Shares in the carmaker fell 9% after it said sales had slumped.'), ['the carmaker']);
});

test('"she said" takes the name (with its title) in an earlier sentence of the paragraph, not words inside the quote', () => {
  assert.deepEqual(
    lastSources('Harbour master Nina Berg toured the docks on Friday. ‘Every pier is damaged,’ she said.'),
    ['Harbour master Nina Berg'],
  );
  assert.deepEqual(lastSources('Professor Tomas Reyes presented the findings. He added that 4 samples were lost.'), [
    'Professor Tomas Reyes',
  ]);
});

test('"it said" with no antecedent in its sentence takes the previous sentence\'s source', () => {
  assert.deepEqual(lastSources('The ministry issued new guidance, officials said. It said 30 clinics would open.'), [
    'officials',
  ]);
});

test('a pronoun with nothing to resolve to is kept', () => {
  assert.deepEqual(lastSources('He said the road would reopen.'), ['He']);
});

test('a report noun before a "that" clause is the source', () => {
  assert.deepEqual(lastSources('Reports that the dam had burst could not be verified.'), ['Reports']);
  assert.deepEqual(lastSources('Officials did not confirm local radio reports that 9 boats sank.'), [
    'local radio reports',
  ]);
});

test('"she said" skips a man named after the woman it stands for', () => {
  assert.deepEqual(
    lastSources('Governor Maria Lindqvist met Mr. Odum on Friday. Later she said the talks had failed.'),
    ['Governor Maria Lindqvist'],
  );
});
