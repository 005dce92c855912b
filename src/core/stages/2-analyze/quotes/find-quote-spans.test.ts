import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../../text/split-paragraphs.js';
import { findQuoteSpans } from './find-quote-spans.js';

function quoted(text: string): string[] {
  return findQuoteSpans(text, splitParagraphs(text)).map((span) => text.slice(span.start, span.end));
}

test('straight, curly and single quotation marks', () => {
  assert.deepEqual(quoted('He said "we are ready" and left.'), ['we are ready']);
  assert.deepEqual(quoted('He said “we are ready” and left.'), ['we are ready']);
  assert.deepEqual(quoted('He said ‘we are ready’ and left.'), ['we are ready']);
  assert.deepEqual(quoted("He said 'we are ready' and left."), ['we are ready']);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quoted("The mayor's office said it didn't know."), []);
  assert.deepEqual(quoted('The region’s farmers recall the ’90s drought and the workers’ strike.'), []);
  assert.deepEqual(quoted("Rock 'n' roll fans from the '80s met O'Brien."), []);
});

test('an apostrophe inside a single-quoted quote does not close it', () => {
  assert.deepEqual(quoted("'We can't stop now,' she said."), ["We can't stop now"]);
  assert.deepEqual(quoted('‘The city’s budget is empty,’ he said.'), ['The city’s budget is empty']);
});

test('a quote nested in another stays inside it', () => {
  assert.deepEqual(quoted('“They shouted ‘go home’ at us,” she said.'), ['They shouted ‘go home’ at us']);
});

test('the trailing comma is not part of the quote, the full stop is', () => {
  const text = '“We will stay,” she said. He replied: “We will go.”';
  assert.deepEqual(quoted(text), ['We will stay', 'We will go.']);
});

test('an unclosed quotation mark yields no quote', () => {
  assert.deepEqual(quoted('He said “we are ready and left.\n\nThe next day was calm.'), []);
  assert.deepEqual(quoted('The board measured 6" across.'), []);
});

test('a quote running on into a reopened paragraph is kept, paragraph by paragraph, in one chain', () => {
  const text = '“The harvest failed in the north. Prices will rise.\n\n“We ask for patience,” the minister said.';
  const spans = findQuoteSpans(text, splitParagraphs(text));
  assert.deepEqual(
    spans.map((span) => text.slice(span.start, span.end)),
    ['The harvest failed in the north. Prices will rise.', 'We ask for patience'],
  );
  assert.equal(spans[0]?.continuesNext, true);
  assert.equal(spans[1]?.continuesPrevious, true);
  assert.equal(spans[0]?.chain, spans[1]?.chain);
});

test('a stray opening mark at a paragraph end does not swallow the next paragraph’s quote', () => {
  const text = 'He wrote "maybe\n\n“We will see,” she said.';
  assert.deepEqual(quoted(text), ['We will see']);
});

test('a quote spanning several sentences in one paragraph is one quote', () => {
  assert.deepEqual(quoted('“Stay home. Keep warm. Call us,” the agency said.'), ['Stay home. Keep warm. Call us']);
});
