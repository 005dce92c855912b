import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import { createContext } from '../../pipeline/pipeline-context.js';
import { splitParagraphs } from '../../text/split-paragraphs.js';
import { analyzeArticles } from './analyze-articles.js';
import { analyzeArticle } from './analyze-article.js';
import { ArticleBudgetError } from './article-budget.js';

function article(source: string, text: string): Article {
  return { id: source, source, text, paragraphs: splitParagraphs(text), removed: [], published: '2024-03-14' };
}

const SHORT = article('short.txt', 'The council closed 12 roads on Monday, officials said.');
const LONG = article(
  'long.txt',
  Array.from({ length: 40 }, (_, i) => `Crews cleared ${i + 2} streets on Tuesday, the fire service said.`).join(
    '\n\n',
  ),
);

/** A clock that moves one second each time it is read. */
function tickingClock(): () => number {
  let ms = 0;
  return () => (ms += 1000);
}

test('an article whose time runs out is left out with an error naming it; the others go on', () => {
  const context = createContext({ elapsedMs: tickingClock(), articleBudget: { ms: 10_000 } });
  const analysed = analyzeArticles([SHORT, LONG, SHORT], context);
  assert.deepEqual(
    analysed.map((a) => a.article.source),
    ['short.txt', 'short.txt'],
  );
  assert.equal(context.diagnostics.length, 1);
  const [diagnostic] = context.diagnostics;
  assert.equal(diagnostic?.severity, 'error');
  assert.equal(diagnostic?.source, 'long.txt');
  assert.match(
    diagnostic?.message ?? '',
    /^analysis stopped after 1\d s, over the per-article budget of 10 s \(in numbers, at \d+ of 40\); the article is left out$/,
  );
});

test('an article over the size budget is not started', () => {
  const context = createContext({ articleBudget: { chars: 100 } });
  assert.throws(
    () => analyzeArticle(LONG, context),
    (error: unknown) =>
      error instanceof ArticleBudgetError &&
      error.source === 'long.txt' &&
      /not analysed: its text of 2,\d{3} characters is over the per-article budget of 100/.test(error.message),
  );
});

test('within budget nothing is reported', () => {
  const context = createContext({ elapsedMs: tickingClock(), articleBudget: { ms: 1_000_000 } });
  assert.equal(analyzeArticles([LONG], context).length, 1);
  assert.deepEqual(context.diagnostics, []);
});
