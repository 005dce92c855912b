import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, Sentence } from '../../model/mention.js';
import { buildTimeline } from './build-timeline.js';

/** One paragraph whose sentences the splitter cut at each "|" (spaces around a cut stay out of both). */
function article(cut: string, dated: string, date: string) {
  const text = cut.replace(/\|/g, '');
  const sentences: Sentence[] = [];
  let start = 0;
  for (const piece of cut.split('|')) {
    const lead = piece.length - piece.trimStart().length;
    sentences.push({ start: start + lead, end: start + piece.trimEnd().length, paragraph: 0 });
    start += piece.length;
  }
  const at = text.indexOf(dated);
  const dates: DateMention[] = [
    { kind: 'date', text: dated, start: at, end: at + dated.length, isRelative: true, date, precision: 'day' },
  ];
  return { articleId: 'a1', text, sentences, dates };
}

test('an entry carries the whole sentence across a break inside a bracketed abbreviation', () => {
  const [entry] = buildTimeline([
    article(
      'Sen. Ana Duarte (D-N.|M.) unveiled a companion bill on Wednesday. |It has no sponsor yet.',
      'on Wednesday',
      '2024-03-13',
    ),
  ]);
  assert.equal(entry?.text, 'Sen. Ana Duarte (D-N.M.) unveiled a companion bill on Wednesday.');
});

test('an entry carries the rest of a sentence cut after its date', () => {
  const [entry] = buildTimeline([
    article(
      'On Tuesday, Leader Gregor Halvorsen (D-Nev.) |received a letter from the minority.',
      'On Tuesday',
      '2024-03-12',
    ),
  ]);
  assert.equal(entry?.text, 'On Tuesday, Leader Gregor Halvorsen (D-Nev.) received a letter from the minority.');
});

test('a whole sentence before the date stays out of the entry', () => {
  const [entry] = buildTimeline([article('The port reopened. |Crews returned on Monday.', 'on Monday', '2024-03-11')]);
  assert.equal(entry?.text, 'Crews returned on Monday.');
});
