import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext } from '../../pipeline/pipeline-context.js';
import { extractArticle } from './extract-article.js';

/** `../shared` beside the repository root; absent on machines without the evaluation data. */
const SHARED = new URL('../../../../../shared/', import.meta.url);
const SEEDS = fileURLToPath(new URL('seeds/', SHARED));
const GOLD = fileURLToPath(new URL('spec/seeds-expected.json', SHARED));

interface GoldArticle {
  file: string;
  title: string | null;
  boilerplate: string[];
}

function normalize(line: string): string {
  return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

const hasShared = existsSync(SEEDS) && existsSync(GOLD);
const gold = hasShared ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles : [];
const context = createContext({ now: new Date('2024-06-01T12:00:00Z') });

test('seed reports: titles, boilerplate removed, every other line kept', (t) => {
  if (!hasShared) {
    t.skip('../shared (seeds and spec) is absent');
    return;
  }
  assert.equal(gold.length, 5);
  for (const entry of gold) {
    const body = readFileSync(`${SEEDS}${entry.file}`, 'utf8');
    const article = extractArticle({ source: entry.file, format: 'text', body, hints: {} }, entry.file, context);
    const textLines = new Set(article.text.split('\n').map(normalize));
    const removedLines = new Set(article.removed.map((line) => normalize(line.text)));
    const boilerplate = new Set(entry.boilerplate.map(normalize));

    assert.equal(article.title, entry.title ?? undefined, `${entry.file}: title`);
    for (const line of boilerplate) {
      assert.ok(!textLines.has(line), `${entry.file}: boilerplate left in text: ${line}`);
      assert.ok(removedLines.has(line), `${entry.file}: boilerplate not in removed: ${line}`);
    }
    for (const raw of body.split(/\r?\n/)) {
      const line = normalize(raw);
      if (line === '' || boilerplate.has(line)) continue;
      assert.ok(textLines.has(line), `${entry.file}: story line missing from text: ${line.slice(0, 80)}`);
    }
    for (const removed of article.removed) {
      assert.ok(boilerplate.has(normalize(removed.text)), `${entry.file}: removed a story line: ${removed.text}`);
    }
  }
});

test('seed 002: the "Updated:" line gives an explicit publication date', (t) => {
  if (!hasShared) {
    t.skip('../shared (seeds and spec) is absent');
    return;
  }
  const file = gold.find((entry) => entry.file.startsWith('002_'))?.file;
  assert.ok(file);
  const body = readFileSync(`${SEEDS}${file}`, 'utf8');
  const article = extractArticle({ source: file, format: 'text', body, hints: {} }, file, context);
  assert.equal(article.published, '2022-01-10');
  assert.equal(article.publishedHow, 'explicit');
  assert.equal(article.publishedFrom, 'updated-line');
});
