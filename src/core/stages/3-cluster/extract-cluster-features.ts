/**
 * @module extract-cluster-features
 * Turns one article into what the clusterer compares: weighted terms, entities, numbers, shingles, day.
 */
import lexicon from '../../lexicons/cluster-stopwords.json' with { type: 'json' };
import type { ClusterInput } from './cluster-input.js';
import { hashString, mixHash } from './hash-string.js';
import { stemWord } from './stem-word.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';

export interface ClusterFeatures {
  /** Stemmed term → title-weighted count (numbers excluded: they only ever add evidence). */
  terms: Map<string, number>;
  /** Lower-case proper nouns (or the given canonical entity names). */
  entities: Set<string>;
  /** Numbers as written, without thousands separators; years and small counts included. */
  numbers: Set<string>;
  /** Hashes of the body's word 3-grams, for near-duplicate detection. */
  shingles: Uint32Array;
  /** Bit per weekday named (Monday = bit 0), a proxy for the event day when dates are missing. */
  weekdays: number;
  /** Days since 1970-01-01, when `published` is a valid YYYY-MM-DD. */
  day?: number;
}

const STOPWORDS = new Set(lexicon.stopwords);
const NOT_ENTITIES = new Set(lexicon.notEntities);
const ALIASES: Record<string, string> = lexicon.capitalAliases;
const WEEKDAYS = new Map(lexicon.weekdays.map((name, i) => [name, 1 << i]));
const MAX_MEMO_SIZE = 200_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A headline where most long words are capitalised ("Trump Slams Kerry Over Deal") says nothing
// about which words are names; below this share it reads like a sentence.
const HEADLINE_CASE_SHARE = 0.6;

/**
 * `leadWords` bounds how much of the body describes the story: the title and lead say what
 * happened; a long body adds background whose words dilute the similarity of two reports.
 * Near-duplicate shingles still cover the whole body.
 */
export function extractClusterFeatures(
  input: ClusterInput,
  titleWeight: number,
  leadWords: number,
  termKeys: Map<string, string | null> = new Map(),
): ClusterFeatures {
  const titleTokens = tokenizeWords(input.title ?? '');
  const allBodyTokens = tokenizeWords(input.text);
  const bodyTokens = allBodyTokens.length > leadWords ? allBodyTokens.slice(0, leadWords) : allBodyTokens;

  const terms = new Map<string, number>();
  const numbers = new Set<string>();
  // A long stream meets new words forever; the memo is a speed-up, so it is simply restarted.
  if (termKeys.size > MAX_MEMO_SIZE) termKeys.clear();
  addTerms(titleTokens, titleWeight, terms, numbers, termKeys);
  addTerms(bodyTokens, 1, terms, numbers, termKeys);

  const features: ClusterFeatures = {
    terms,
    entities: input.entities ? normaliseEntities(input.entities) : findEntities(titleTokens, bodyTokens),
    numbers,
    shingles: hashShingles(allBodyTokens),
    weekdays: findWeekdays(titleTokens) | findWeekdays(bodyTokens),
  };
  const day = parseDay(input.published);
  if (day !== undefined) features.day = day;
  return features;
}

function addTerms(
  tokens: WordToken[],
  weight: number,
  terms: Map<string, number>,
  numbers: Set<string>,
  termKeys: Map<string, string | null>,
): void {
  for (const token of tokens) {
    if (token.isNumber) {
      if (isDistinctiveNumber(token.lower)) numbers.add(token.lower);
      continue;
    }
    let key = termKeys.get(token.text);
    if (key === undefined) {
      key = termKey(token) ?? null;
      termKeys.set(token.text, key);
    }
    if (key === null) continue;
    terms.set(key, (terms.get(key) ?? 0) + weight);
  }
}

// Years, small counts and ordinals turn up in every kind of story; a shared "2019" or "3" says
// nothing about the event. Figures with three or more digits, decimals or units ("4.5", "737")
// are specific enough to count.
const DISTINCTIVE_NUMBER = /^(?:\d*[.]\d+|\d{3,}|\d+[a-z]{2,}|[a-z]+\d+\w*)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

function isDistinctiveNumber(lower: string): boolean {
  return DISTINCTIVE_NUMBER.test(lower) && !YEAR.test(lower) && !/^\d+(?:st|nd|rd|th)$/.test(lower);
}

function termKey(token: WordToken): string | undefined {
  const alias = ALIASES[token.text];
  if (alias !== undefined) return alias;
  if (token.lower.length < 2 || STOPWORDS.has(token.lower)) return undefined;
  return stemWord(token.lower.replaceAll('.', ''));
}

function findEntities(titleTokens: WordToken[], bodyTokens: WordToken[]): Set<string> {
  const isHeadlineCase = isMostlyCapitalised(titleTokens);
  const confirmed = new Set<string>();
  const unconfirmed = new Set<string>();
  const collect = (tokens: WordToken[]): void => {
    for (const token of tokens) {
      const key = entityKey(token);
      if (key === undefined) continue;
      if (token.isSentenceStart) unconfirmed.add(key);
      else confirmed.add(key);
    }
  };
  collect(bodyTokens);
  if (!isHeadlineCase) collect(titleTokens);
  // A capitalised sentence opener is a name only when the article also capitalises it mid-sentence;
  // headline-case title words likewise only echo names the body confirms.
  return confirmed;
}

function entityKey(token: WordToken): string | undefined {
  if (!token.isCapitalised || token.isNumber) return undefined;
  const alias = ALIASES[token.text];
  if (alias !== undefined) return alias;
  const key = token.lower.replaceAll('.', '');
  if (key.length < 2 || NOT_ENTITIES.has(key)) return undefined;
  if (STOPWORDS.has(key) && !token.isAllCaps) return undefined;
  return key;
}

function isMostlyCapitalised(tokens: WordToken[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.isNumber || token.lower.length < 4) continue;
    long += 1;
    if (token.isCapitalised) capitalised += 1;
  }
  return long > 0 && capitalised / long >= HEADLINE_CASE_SHARE;
}

function normaliseEntities(entities: string[]): Set<string> {
  return new Set(entities.map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0));
}

function hashShingles(tokens: WordToken[]): Uint32Array {
  const count = Math.max(0, tokens.length - 2);
  const shingles = new Uint32Array(count);
  if (count === 0) return shingles;
  const hashes = tokens.map((token) => hashString(token.lower));
  for (let i = 0; i < count; i += 1) {
    shingles[i] = mixHash(mixHash(hashes[i]! ^ Math.imul(hashes[i + 1]!, 0x9e3779b1)) ^ hashes[i + 2]!);
  }
  return shingles;
}

function findWeekdays(tokens: WordToken[]): number {
  let mask = 0;
  for (const token of tokens) mask |= WEEKDAYS.get(token.lower) ?? 0;
  return mask;
}

function parseDay(published: string | undefined): number | undefined {
  const match = published === undefined ? null : DATE.exec(published);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
}
