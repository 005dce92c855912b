import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeNoise } from './remove-noise.js';
import type { TextLine } from '../text-line.js';

/** One line per paragraph, as plain text gives them. */
function paragraphs(...texts: string[]): TextLine[] {
  return texts.map((text, paragraph) => ({ text, paragraph, kind: 'paragraph' }));
}

function reasons(lines: TextLine[], authors: string[] = []): (string | undefined)[] {
  return removeNoise(lines, { authors }).map((line) => line.reason);
}

test('a headline-like line directly before "see more" is a related link', () => {
  const lines = paragraphs(
    'Ferry operators agreed to resume services on Wednesday, the port authority said.',
    'River levels: towns brace for second flood peak',
    'see more',
    'Engineers expect the repairs to take at least a month.',
  );
  assert.deepEqual(reasons(lines), [undefined, 'related-link', 'related-link', undefined]);
});

test('a sentence before "see more" stays: only headline-like lines are teasers', () => {
  const lines = paragraphs('Engineers expect the repairs to take at least a month.', 'see more');
  assert.deepEqual(reasons(lines), [undefined, 'related-link']);
});

test('headlines after a "Related stories" heading are related links, up to the story text', () => {
  const lines = paragraphs(
    'Related stories',
    'Storm season starts early on the east coast',
    'Why insurers are leaving flood-prone towns',
    'The council will meet again on Thursday to review the budget.',
  );
  assert.deepEqual(reasons(lines), ['related-link', 'related-link', 'related-link', undefined]);
});

test('after a "Related: …" teaser only link-only headlines continue the list', () => {
  const lines: TextLine[] = [
    { text: 'Related: Storm season starts early', paragraph: 0, kind: 'paragraph', linkDensity: 1 },
    { text: 'Why insurers are leaving flood-prone towns', paragraph: 1, kind: 'list-item', linkDensity: 1 },
    { text: 'The clean-up', paragraph: 2, kind: 'heading', linkDensity: 0 },
  ];
  assert.deepEqual(reasons(lines), ['related-link', 'related-link', undefined]);
});

test('short lines after a mirror-site notice are footer, to the end', () => {
  const lines = paragraphs(
    'The lower house approved the bill by 301 votes to 12.',
    'Our site can also be reached at these mirror addresses:',
    'Daily Ledger News Channel',
  );
  assert.deepEqual(reasons(lines), [undefined, 'site-footer', 'site-footer']);
});

test('the footer tail stops at the first sentence', () => {
  const lines = paragraphs(
    'Daily Ledger iOS Android Apple TV',
    'Correction: an earlier version of this story gave the wrong date for the vote.',
  );
  assert.deepEqual(reasons(lines), ['site-footer', undefined]);
});

test('an isolated all-capitals link paragraph is an inline related story', () => {
  const lines: TextLine[] = [
    { text: 'The mayor said the tram line would open next spring.', paragraph: 0, kind: 'paragraph', linkDensity: 0 },
    { text: 'CITY TRAM PROJECT RUNS TWO YEARS LATE', paragraph: 1, kind: 'paragraph', linkDensity: 1 },
    { text: 'Work on the depot began in 2019.', paragraph: 2, kind: 'paragraph', linkDensity: 0 },
  ];
  assert.deepEqual(reasons(lines), [undefined, 'related-link', undefined]);
});

test('an all-capitals line that is not a link stays', () => {
  const lines: TextLine[] = [
    { text: 'CITY TRAM PROJECT RUNS TWO YEARS LATE', paragraph: 0, kind: 'heading', linkDensity: 0 },
  ];
  assert.deepEqual(reasons(lines), [undefined]);
});

test('a line repeating a removed caption is removed for the same reason; other repeats stay', () => {
  const lines = paragraphs(
    'Workers clear debris from the main road. Photo: Sam Reid',
    'Workers clear debris from the main road. Photo: Sam Reid',
    'Stay safe.',
    'Water levels kept rising through the night.',
    'Water levels kept rising through the night.',
  );
  assert.deepEqual(reasons(lines), ['caption', 'caption', undefined, undefined, undefined]);
});

test("the author's biography near the end is removed when the author is known", () => {
  const lines = paragraphs(
    'The inquiry will report in the spring.',
    'Ana Ruiz is a reporter covering transport and cities.',
  );
  assert.deepEqual(reasons(lines, ['Ana Ruiz']), [undefined, 'author-bio']);
  assert.deepEqual(reasons(lines, []), [undefined, undefined]);
});

test('lines already marked by the caller keep their reason', () => {
  const lines = [
    { text: 'Flood waters recede', paragraph: 0, kind: 'heading' as const, reason: 'title', rule: 'headline' },
  ];
  assert.equal(removeNoise(lines)[0]?.reason, 'title');
});
