import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../2-analyze/analyze-article.js';
import { createContext } from '../../pipeline/pipeline-context.js';
import { buildClaims } from '../5-claims/build-claims.js';
import { alignFacts } from './align-facts.js';
import type { Claim } from '../../model/claim.js';

function claimsOf(id: string, text: string, published = '2022-03-09'): Claim[] {
  const article = {
    id,
    source: `${id}.txt`,
    outlet: id,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    removed: [],
    published,
  };
  return buildClaims(analyzeArticle(article, createContext()));
}

function factHolding(facts: ReturnType<typeof alignFacts>, articleId: string, low: number) {
  return facts.find((f) => f.claims.some((c) => c.articleId === articleId && c.low <= low && c.high >= low));
}

test('one figure worded differently by two outlets is one fact', () => {
  const facts = alignFacts([
    ...claimsOf('a', 'The ministry said some 4,000 soldiers would be pulled out by the summer.'),
    ...claimsOf('b', 'About 4,000 troops are to leave the region, two officials said.'),
  ]);
  const fact = factHolding(facts, 'a', 4000);
  assert.ok(
    fact?.claims.some((c) => c.articleId === 'b'),
    facts.map((f) => f.label).join(', '),
  );
});

test('a year two outlets give once each is one fact, even about differently named events', () => {
  const facts = alignFacts([
    ...claimsOf('a', 'The regulator imposed the export ban in 2011 after a string of poaching cases.'),
    ...claimsOf('b', 'A 2011 ban on exports was lifted on Tuesday.'),
  ]);
  assert.equal(factHolding(facts, 'a', 2011), factHolding(facts, 'b', 2011));
});

test('a fact holds at most one figure per article', () => {
  const facts = alignFacts([
    ...claimsOf('a', 'The ferry carried 212 passengers and 18 crew when it left port.'),
    ...claimsOf('b', 'Rescuers counted 212 passengers aboard the ferry.'),
  ]);
  for (const fact of facts) {
    const perArticle = new Map<string, Set<number>>();
    for (const c of fact.claims) perArticle.set(c.articleId, (perArticle.get(c.articleId) ?? new Set()).add(c.low));
    for (const values of perArticle.values()) assert.equal(values.size, 1, fact.label);
  }
  assert.equal(factHolding(facts, 'a', 212), factHolding(facts, 'b', 212));
});

test('different figures of unrelated things stay apart: no conflict from a shared noun', () => {
  const facts = alignFacts([
    ...claimsOf('a', 'The club signed 3 players in January.'),
    ...claimsOf('b', 'The club sold 7 players over the summer.'),
  ]);
  assert.notEqual(factHolding(facts, 'a', 3), factHolding(facts, 'b', 7));
});

test('two outlets giving different tolls for the same known measure are one disputed fact', () => {
  const facts = alignFacts([
    ...claimsOf('a', 'At least 31 people were killed in the blast, police said.'),
    ...claimsOf('b', 'The blast killed 19 people, the health ministry said.'),
  ]);
  assert.equal(factHolding(facts, 'a', 31), factHolding(facts, 'b', 19));
});
