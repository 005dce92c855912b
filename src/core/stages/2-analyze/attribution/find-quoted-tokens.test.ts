import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { findQuotedTokens } from './find-quoted-tokens.js';

function quotedWords(text: string, sentenceIndex = 0): string {
  const { tokens, sentences } = tokenize(text);
  const sentence = sentences[sentenceIndex]!;
  const flags = findQuotedTokens(text, tokens, sentence.firstToken, sentence.endToken);
  return tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((_token, i) => flags[i])
    .map((token) => token.text)
    .join(' ');
}

test('curly, straight and single quotation marks', () => {
  assert.equal(quotedWords('“We will act,” she said.'), '“ We will act , ”');
  assert.equal(quotedWords('He called it "a disgrace" on Friday.'), '" a disgrace "');
  assert.equal(quotedWords('‘Not today,’ the coach said.'), '‘ Not today , ’');
});

test('apostrophes are not quotation marks', () => {
  assert.equal(quotedWords("The farmers' union said the crop's value fell."), '');
});

test('a sentence that starts inside a quote opened earlier is quoted up to the closing mark', () => {
  assert.equal(quotedWords('“We will rebuild. We said so,” she added.', 1), 'We said so , ”');
});
