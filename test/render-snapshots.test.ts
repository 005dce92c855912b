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

test('in colour, fact labels are styled with real escape codes while article escapes are dropped', () => {
  const report = {
    version: 1,
    id: 'story-2',
    title: 'Ferry timetable \u202Ereversed\u202C change',
    articles: [{ id: 'a', source: 'a.txt', outlet: 'Lakeside \u001b[2JGazette', text: 'x', removed: [] }],
    facts: [
      {
        id: 'f1',
        what: 'ferries cancelled',
        verdict: 'single-source' as const,
        reason: 'twelve (Lakeside Gazette\u001b]0;pwned\u0007, 2031-04-02) \u2066hidden\u2069',
        claims: [],
      },
    ],
    quotes: [
      {
        speaker: 'Harbour \u0007master\u202D',
        text: 'We will run a \u001b[31mreduced\u001b[0m service.',
        verdict: 'single-source' as const,
        appearances: [{ article: 'a', start: 0, end: 1, text: 'x' }],
      },
    ],
    timeline: [{ date: '2031-04-02', text: 'Sailings \u001b[8mstopped', articles: ['a'] }],
    entities: [],
  };
  const coloured = renderTerminal([report], { color: true, width: 200 });
  // The renderer's own styling survives: the ESC byte itself, not "[1m" printed as text.
  assert.ok(coloured.includes('\u001b[1mferries cancelled\u001b[22m:'), coloured);
  assert.ok(coloured.includes('\u001b[1mHarbour master\u001b[22m:'), coloured);
  assert.doesNotMatch(coloured, /(^|[^\u001b])\[(1|22)m/);
  // Article text brings no escape, bell or bidirectional control with it.
  const esc = [...coloured.matchAll(/\u001b\[(\d+)m/g)].map((m) => Number(m[1]));
  assert.ok(
    esc.every((code) => [1, 22, 2, 36, 39].includes(code)),
    `unexpected codes: ${esc.join(',')}`,
  );
  assert.equal(coloured.replace(/\u001b\[\d+m/g, '').includes('\u001b'), false);
  assert.doesNotMatch(coloured, /[\u0007\u202a-\u202e\u2066-\u2069]/);
  assert.match(coloured, /Lakeside \[2JGazette/);
  const plain = renderTerminal([report], { color: false, width: 200 });
  assert.doesNotMatch(plain, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.match(plain, /ferries cancelled: twelve/);
});
