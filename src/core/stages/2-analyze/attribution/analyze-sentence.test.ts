import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { analyzeSentences } from './analyze-sentence.js';

test('one analysis per sentence, in order, with attributions and modality', () => {
  const text =
    'Floodwater cut off three villages, the regional governor said.\n\nThe toll may have risen to 9. Nobody was hurt.';
  const analyses = analyzeSentences(tokenize(text));
  assert.equal(analyses.length, 3);
  assert.deepEqual(
    analyses.map((analysis) => [
      text.slice(analysis.sentence.start, analysis.sentence.end),
      analysis.sentence.paragraph,
      analysis.attributions.map((attribution) => attribution.source),
      analysis.modality,
      analysis.modalityCues,
    ]),
    [
      [
        'Floodwater cut off three villages, the regional governor said.',
        0,
        ['the regional governor'],
        'official',
        ['the regional governor'],
      ],
      ['The toll may have risen to 9.', 1, [], 'hedged', ['may']],
      ['Nobody was hurt.', 1, [], 'reported', []],
    ],
  );
});

test('figures whose modality differs from their sentence get their own entry', () => {
  const text =
    'Witnesses said 31 fans were hurt, after the club retracted an earlier statement that said 90 were hurt.';
  const at = (figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  const [analysis] = analyzeSentences(tokenize(text), [at('90'), at('31')]);
  assert.equal(analysis?.modality, 'retracted');
  assert.deepEqual(analysis?.numberModalities, [{ start: at('31').start, modality: 'reported', cues: [] }]);
});

test('an empty text has no sentences', () => {
  assert.deepEqual(analyzeSentences(tokenize('')), []);
});
