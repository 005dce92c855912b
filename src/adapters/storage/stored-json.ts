/**
 * @module stored-json
 * What the store reads back from its JSON columns, checked before anything uses it: a damaged value
 * is a DamagedValueError that says what is wrong, never a half-typed object that fails later.
 */
import type { Article, PublishedHow, RemovedLine } from '../../core/model/article.js';
import type { Span } from '../../core/model/span.js';
import type { StoryReport } from '../../core/model/story-report.js';
import {
  DEFAULT_CLUSTER_OPTIONS,
  type ArticleState,
  type StoryClustererState,
  type StoryState,
} from '../../core/stages/3-cluster/create-story-clusterer.js';

export class DamagedValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedValueError';
  }
}

type Json = Record<string, unknown>;

/** JSON.parse that names the column when the text is not JSON. */
export function parseStoredJson(text: unknown, column: string): unknown {
  if (typeof text !== 'string') throw new DamagedValueError(`${column} is missing`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DamagedValueError(
      `${column} is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`,
    );
  }
}

function fail(where: string, what: string): never {
  throw new DamagedValueError(`${where} ${what}`);
}

function objectAt(value: unknown, where: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(where, 'is not an object');
  return value as Json;
}

function arrayAt(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'is not an array');
  return value;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, 'is not a string');
  return value;
}

function optionalStringAt(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : stringAt(value, where);
}

function numberAt(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, 'is not a number');
  return value;
}

function indexAt(value: unknown, where: string, below: number): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= below)
    fail(where, `is not an index below ${below}`);
  return value as number;
}

function optionalNumberAt(value: unknown, where: string): number | undefined {
  return value === undefined ? undefined : numberAt(value, where);
}

const PUBLISHED_HOW = new Set<string>(['explicit', 'inferred']);

/** An extracted article as `articles.article_json` holds it. */
export function readStoredArticle(value: unknown): Article {
  const record = objectAt(value, 'article_json');
  const text = stringAt(record['text'], 'article_json.text');
  const paragraphs = arrayAt(record['paragraphs'], 'article_json.paragraphs').map((item, i): Span => {
    const where = `article_json.paragraphs[${i}]`;
    const span = objectAt(item, where);
    const start = numberAt(span['start'], `${where}.start`);
    const end = numberAt(span['end'], `${where}.end`);
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length))
      fail(where, `is not a span of the ${text.length}-character text`);
    return { start, end };
  });
  const removed = arrayAt(record['removed'], 'article_json.removed').map((item, i): RemovedLine => {
    const line = objectAt(item, `article_json.removed[${i}]`);
    return {
      text: stringAt(line['text'], `article_json.removed[${i}].text`),
      reason: stringAt(line['reason'], `article_json.removed[${i}].reason`),
    };
  });
  const article: Article = {
    id: stringAt(record['id'], 'article_json.id'),
    source: stringAt(record['source'], 'article_json.source'),
    text,
    paragraphs,
    removed,
  };
  for (const name of ['url', 'outlet', 'title', 'byline', 'published', 'publishedFrom'] as const) {
    const field = optionalStringAt(record[name], `article_json.${name}`);
    if (field !== undefined) article[name] = field;
  }
  const how = optionalStringAt(record['publishedHow'], 'article_json.publishedHow');
  if (how !== undefined) {
    if (!PUBLISHED_HOW.has(how)) fail('article_json.publishedHow', `is "${how}", not explicit or inferred`);
    article.publishedHow = how as PublishedHow;
  }
  return article;
}

/** `articles.claims_json`: the claims diffed between versions of a page (their slot, text and range are read). */
export function readStoredClaims(value: unknown): unknown[] {
  return arrayAt(value, 'claims_json').map((item, i) => {
    const claim = objectAt(item, `claims_json[${i}]`);
    const slot = objectAt(claim['slot'], `claims_json[${i}].slot`);
    stringAt(slot['key'], `claims_json[${i}].slot.key`);
    stringAt(slot['label'], `claims_json[${i}].slot.label`);
    stringAt(claim['text'], `claims_json[${i}].text`);
    numberAt(claim['low'], `claims_json[${i}].low`);
    numberAt(claim['high'], `claims_json[${i}].high`);
    return claim;
  });
}

/**
 * A saved report (`story_reports.report_json`), a cache of what was last shown: the fields read
 * from it (to tell what changed, and to search facts) are checked.
 */
export function readStoredReport(value: unknown): StoryReport {
  const report = objectAt(value, 'report_json');
  stringAt(report['id'], 'report_json.id');
  optionalStringAt(report['title'], 'report_json.title');
  arrayAt(report['articles'], 'report_json.articles');
  arrayAt(report['facts'], 'report_json.facts').forEach((item, i) => {
    const where = `report_json.facts[${i}]`;
    const fact = objectAt(item, where);
    for (const name of ['id', 'what', 'verdict', 'reason']) stringAt(fact[name], `${where}.${name}`);
    if (fact['consensus'] !== undefined)
      stringAt(objectAt(fact['consensus'], `${where}.consensus`)['text'], `${where}.consensus.text`);
    arrayAt(fact['claims'], `${where}.claims`).forEach((claimItem, j) => {
      const claim = objectAt(claimItem, `${where}.claims[${j}]`);
      stringAt(claim['text'], `${where}.claims[${j}].text`);
      stringAt(claim['sentence'], `${where}.claims[${j}].sentence`);
    });
  });
  // Every field read above has been checked; the rest of the report is only passed along.
  return report as unknown as StoryReport;
}

/** The clusterer's saved state (`cluster_state.state_json`), checked for shape and for indexes that point inside it. */
export function readStoredClusterState(value: unknown): StoryClustererState {
  const where = 'state_json';
  const state = objectAt(value, where);
  if (state['version'] !== 1) fail(`${where}.version`, `is ${JSON.stringify(state['version'])}, not 1`);
  const savedOptions = objectAt(state['options'], `${where}.options`);
  const options = { ...DEFAULT_CLUSTER_OPTIONS };
  for (const name of Object.keys(options) as (keyof typeof options)[]) {
    const option = optionalNumberAt(savedOptions[name], `${where}.options.${name}`);
    if (option !== undefined) options[name] = option;
  }
  const keys = arrayAt(state['keys'], `${where}.keys`).map((key, i) => stringAt(key, `${where}.keys[${i}]`));
  const storyItems = arrayAt(state['stories'], `${where}.stories`);
  const articleItems = arrayAt(state['articles'], `${where}.articles`);
  const articles = articleItems.map((item, i): ArticleState => {
    const at = `${where}.articles[${i}]`;
    const record = objectAt(item, at);
    const articleKeys = arrayAt(record['keys'], `${at}.keys`).map((key, j) =>
      indexAt(key, `${at}.keys[${j}]`, keys.length),
    );
    const weights = arrayAt(record['weights'], `${at}.weights`).map((weight, j) =>
      numberAt(weight, `${at}.weights[${j}]`),
    );
    if (weights.length !== articleKeys.length) fail(`${at}.weights`, 'does not match its keys');
    const article: ArticleState = {
      id: stringAt(record['id'], `${at}.id`),
      story: indexAt(record['story'], `${at}.story`, storyItems.length),
      weekdays: numberAt(record['weekdays'], `${at}.weekdays`),
      keys: articleKeys,
      weights,
      norm: numberAt(record['norm'], `${at}.norm`),
    };
    if (record['duplicateOf'] !== undefined)
      article.duplicateOf = indexAt(record['duplicateOf'], `${at}.duplicateOf`, i);
    const day = optionalNumberAt(record['day'], `${at}.day`);
    if (day !== undefined) article.day = day;
    if (record['signature'] !== undefined)
      article.signature = arrayAt(record['signature'], `${at}.signature`).map((part, j) =>
        numberAt(part, `${at}.signature[${j}]`),
      );
    return article;
  });
  const stories = storyItems.map((item, i): StoryState => {
    const at = `${where}.stories[${i}]`;
    const record = objectAt(item, at);
    const members = arrayAt(record['members'], `${at}.members`).map((member, j) =>
      indexAt(member, `${at}.members[${j}]`, articles.length),
    );
    for (const member of members)
      if (articles[member]?.story !== i)
        fail(`${at}.members`, `lists article ${member}, which belongs to another story`);
    const story: StoryState = { id: stringAt(record['id'], `${at}.id`), members };
    const firstDay = optionalNumberAt(record['firstDay'], `${at}.firstDay`);
    const lastDay = optionalNumberAt(record['lastDay'], `${at}.lastDay`);
    if (firstDay !== undefined) story.firstDay = firstDay;
    if (lastDay !== undefined) story.lastDay = lastDay;
    return story;
  });
  const memberCount = stories.reduce((sum, story) => sum + story.members.length, 0);
  if (memberCount !== articles.length)
    fail(`${where}.stories`, `hold ${memberCount} members for ${articles.length} articles`);
  return {
    version: 1,
    options,
    keys,
    stories,
    articles,
    normsAtCount: numberAt(state['normsAtCount'], `${where}.normsAtCount`),
  };
}
