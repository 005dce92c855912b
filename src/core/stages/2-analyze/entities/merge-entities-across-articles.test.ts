import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findEntities, mergeEntitiesAcrossArticles } from './find-entities.js';
import type { MergedEntity } from './merge-entities-across-articles.js';

function mergeTexts(...texts: string[]): MergedEntity[] {
  const perArticle: EntityMention[][] = texts.map((text) => findEntities(tokenize(text)));
  return mergeEntitiesAcrossArticles(perArticle);
}

function named(merged: MergedEntity[], alias: string): MergedEntity {
  const entity = merged.find((m) => m.aliases.includes(alias));
  assert.ok(entity, `no entity with alias "${alias}" in ${JSON.stringify(merged)}`);
  return entity;
}

test('a misspelt given name with the same surname is one person', () => {
  const merged = mergeTexts(
    'Foreign Minister Katherine Oduya spoke in Accra.',
    'Foreign Minister Catherine Oduya spoke in Accra.',
  );
  const person = named(merged, 'Katherine Oduya');
  assert.ok(person.aliases.includes('Catherine Oduya'));
  assert.deepEqual(person.articleIndexes, [0, 1]);
  assert.equal(person.type, 'person');
});

test('transliterations two edits apart merge when the names are long enough', () => {
  const merged = mergeTexts('Mohammed Haddad said the port reopened.', 'Muhammad Haddad said the port reopened.');
  assert.deepEqual(named(merged, 'Mohammed Haddad').articleIndexes, [0, 1]);
});

test('different given names with the same surname stay apart', () => {
  const merged = mergeTexts('Eva Lindqvist said the vote was fair.', 'Ana Lindqvist said the vote was rigged.');
  assert.notEqual(named(merged, 'Eva Lindqvist'), named(merged, 'Ana Lindqvist'));
});

test('a surname-only mention in one article joins the full name in another', () => {
  const merged = mergeTexts('Governor Dara Okonkwo signed the budget.', 'Mr Okonkwo said he would sign the budget.');
  const person = named(merged, 'Dara Okonkwo');
  assert.ok(person.aliases.includes('Okonkwo'));
  assert.equal(person.canonical, 'Dara Okonkwo');
  assert.deepEqual(person.articleIndexes, [0, 1]);
});

test('an acronym in one article joins its expansion in another', () => {
  const merged = mergeTexts(
    'The Regional Water Safety Organization met on Monday.',
    'The RWSO met on Monday to discuss the drought.',
  );
  const organization = named(merged, 'RWSO');
  assert.equal(organization.canonical, 'Regional Water Safety Organization');
  assert.deepEqual(organization.articleIndexes, [0, 1]);
});

test('place aliases merge under the gazetteer name', () => {
  const merged = mergeTexts('U.S. envoys arrived in Cairo.', 'Envoys from the United States arrived in Cairo.');
  const place = named(merged, 'U.S.');
  assert.equal(place.canonical, 'United States');
  assert.deepEqual(place.articleIndexes, [0, 1]);
  assert.deepEqual(named(merged, 'Cairo').articleIndexes, [0, 1]);
});

test('word-order variants of an organisation merge across articles', () => {
  const merged = mergeTexts(
    'The Ministry of Foreign Affairs summoned the envoy.',
    'The Foreign Ministry summoned the envoy.',
  );
  assert.deepEqual(named(merged, 'Foreign Ministry').articleIndexes, [0, 1]);
});

test('a surname shared by two people in the story is not merged into either', () => {
  const merged = mergeTexts('Eva Lindqvist won.', 'Nils Lindqvist lost.', 'Rivals congratulated Lindqvist on Sunday.');
  const bare = merged.find((m) => m.canonical === 'Lindqvist');
  assert.ok(bare);
  assert.deepEqual(bare.articleIndexes, [2]);
});

test('a familiar form of a given name is the same person', () => {
  const merged = mergeTexts('Defense Secretary Jim Halloran resigned.', 'Defense Secretary James Halloran resigned.');
  assert.deepEqual(named(merged, 'Jim Halloran').articleIndexes, [0, 1]);
  const bob = mergeTexts('Rep. Bob Vantreese spoke.', 'Representative Robert W. Vantreese spoke.');
  assert.deepEqual(named(bob, 'Bob Vantreese').articleIndexes, [0, 1]);
});

test('a leading initial does not hide the given name a person goes by', () => {
  const merged = mergeTexts(
    'The board is chaired by A. Lionel Marsh, a banker.',
    'The board is chaired by Lionel Marsh, a banker.',
  );
  assert.deepEqual(named(merged, 'Lionel Marsh').articleIndexes, [0, 1]);
});

test('a country-qualified organisation is the bare one, unless two countries qualify it', () => {
  const merged = mergeTexts(
    'The United States Supreme Court heard the case.',
    'The Supreme Court of the United States heard it.',
    'The Supreme Court ruled on Monday.',
  );
  assert.deepEqual(named(merged, 'Supreme Court').articleIndexes, [0, 1, 2]);
  const two = mergeTexts('The U.S. Coast Guard searched.', 'The Canada Coast Guard searched.', 'The Coast Guard said.');
  assert.deepEqual(named(two, 'Coast Guard').articleIndexes, [2]);
});
