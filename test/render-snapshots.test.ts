/* eslint-disable no-control-regex -- the test is about escape codes */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corroborate } from '../src/app/api.js';
import { renderMarkdown } from '../src/core/stages/7-render/render-markdown.js';
import { renderTerminal } from '../src/core/stages/7-render/render-terminal.js';
import { assertValidReport } from './support/validate-report.js';

// Snapshots of the briefs a reader sees first. After an intended change, refresh them with
// `UPDATE_SNAPSHOTS=1 npm test -- render-snapshots` and review the diff.
const example = fileURLToPath(new URL('../examples/harbour-bridge-collapse/', import.meta.url));
const isUpdate = process.env.UPDATE_SNAPSHOTS === '1';

function matchSnapshot(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./snapshots/${name}`, import.meta.url));
  if (isUpdate || !existsSync(path)) {
    writeFileSync(path, actual);
    return;
  }
  assert.equal(
    actual,
    readFileSync(path, 'utf8'),
    `${name} changed; if intended, run UPDATE_SNAPSHOTS=1 npm test -- render-snapshots`,
  );
}

test('the example story renders the same Markdown and terminal brief', async () => {
  const { value: reports } = await corroborate([example], { now: new Date('2030-01-01T00:00:00Z') });
  assertValidReport(reports);
  // Sources are printed as given; make them independent of where the repository was cloned.
  const root = fileURLToPath(new URL('../', import.meta.url));
  const markdown = renderMarkdown(reports).replaceAll(root, '<repo>/');
  const terminal = renderTerminal(reports, { width: 100, color: false }).replaceAll(root, '<repo>/');
  matchSnapshot('example.md', markdown);
  matchSnapshot('example.terminal.txt', terminal);
  // What a reader must see on the first screen: the disputed figure before anything else.
  const firstScreen = terminal.split('\n').slice(0, 24).join('\n');
  assert.match(firstScreen, /DISPUTED/);
  assert.doesNotMatch(markdown, /<script|<img/i);
});

test('the terminal brief gets colour only when asked, and never control characters from articles', () => {
  const report = {
    version: 1,
    id: 'story-1',
    title: 'Title with \u001b[31mescape\u001b[0m codes',
    articles: [{ id: 'a', source: 'a.txt', outlet: 'Outlet', text: 'x', removed: [] }],
    facts: [],
    quotes: [],
    timeline: [],
    entities: [],
  };
  const plain = renderTerminal([report], { color: false });
  assert.doesNotMatch(plain, /\u001b/);
  const coloured = renderTerminal([report], { color: true });
  assert.match(coloured, /\u001b\[1m/);
  assert.doesNotMatch(coloured, /\u001b\[31m/);
});
