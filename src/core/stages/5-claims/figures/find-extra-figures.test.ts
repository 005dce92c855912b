import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../2-analyze/analyze-article.js';
import { createContext } from '../../../pipeline/pipeline-context.js';
import { buildClaims } from '../build-claims.js';
import type { Claim } from '../../../model/claim.js';

function claimsOf(text: string, published = '2021-05-04'): Claim[] {
  const article = {
    id: 'a',
    source: 'a.txt',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    removed: [],
    published,
  };
  return buildClaims(analyzeArticle(article, createContext()));
}

function find(claims: Claim[], figureClass: string, low: number): Claim | undefined {
  return claims.find((c) => c.referent.figureClass === figureClass && c.low <= low && c.high >= low);
}

test('years of past events are figures: "in 2009", "the 2012 levy", a decade', () => {
  const claims = claimsOf('The council approved the 2012 levy in 2009, long after the floods of the 1950s.');
  assert.equal(find(claims, 'year', 2012)?.referent.head, 'levy');
  assert.ok(find(claims, 'year', 2009));
  const decade = find(claims, 'year', 1955);
  assert.deepEqual([decade?.low, decade?.high], [1950, 1959]);
});

test('"three years ago" and "last year" are years of a dated article', () => {
  const claims = claimsOf('Three years ago the mill closed. Last year it reopened.');
  assert.ok(find(claims, 'year', 2018), claims.map((c) => `${c.text} ${c.low}`).join(', '));
  assert.ok(find(claims, 'year', 2020));
});

test('a vote tally gives both sides as figures of their own', () => {
  const claims = claimsOf('The assembly passed the budget 61-38 on Tuesday.');
  const tallies = claims.filter((c) => c.referent.figureClass === 'tally');
  assert.deepEqual(
    tallies.map((c) => [c.referent.side, c.low]),
    [
      ['for', 61],
      ['against', 38],
    ],
  );
  assert.notEqual(tallies[0]?.id, tallies[1]?.id);
});

test('ranks and ordinals that rank something are figures; list markers and names are not', () => {
  const claims = claimsOf(
    'First, she became the second woman to lead the union and its No. 2 official under the Fifth Amendment.',
  );
  assert.ok(find(claims, 'ordinal', 2));
  assert.equal(claims.filter((c) => c.referent.figureClass === 'ordinal' && c.low === 2).length, 2);
  assert.ok(!find(claims, 'ordinal', 1), 'a list marker is no rank');
  assert.ok(!find(claims, 'ordinal', 5), 'a name holding an ordinal is no rank');
});

test('odds are shares: "a one-in-four chance" is 25 percent', () => {
  const claims = claimsOf('Forecasters gave the incumbent a one-in-four chance of holding the seat.');
  const odds = find(claims, 'percent', 25);
  assert.ok(odds);
  assert.equal(odds.text, 'one-in-four');
});

test('time spans the analyzer set aside are durations: "ten minutes later", "in 40 years"', () => {
  const claims = claimsOf('Ten minutes later the alarm sounded, the first in 40 years.');
  assert.equal(find(claims, 'duration', 10)?.referent.unit, 'minute');
  assert.equal(find(claims, 'duration', 40)?.referent.unit, 'year');
});

test('ages and small counts are figures; the count of who speaks is not', () => {
  const claims = claimsOf('Ms. Ferreira, 57, hired two young engineers, three senior officials said.');
  const age = find(claims, 'age', 57);
  assert.equal(age?.referent.owner, 'Ferreira');
  assert.ok(find(claims, 'count', 2));
  assert.ok(!find(claims, 'count', 3), 'the officials cited are the source, not a fact');
});

test('an unstressed "one" is an article, a stressed one a figure', () => {
  assert.ok(!find(claimsOf('There is one way out of the crisis, he argued.'), 'count', 1));
  assert.ok(find(claimsOf('The editor changed only one word of the draft.'), 'count', 1));
});
