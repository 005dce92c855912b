/**
 * The CLI with one good and several bad inputs: exit code 1, the good article still printed,
 * and stderr naming each bad input.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/app/cli/main.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'corroborate', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

test('extract: one missing input → exit 1, the good article printed, stderr names the bad input', async () => {
  const good = join(dir, 'ferry.txt');
  writeFileSync(
    good,
    'Ferry fares rise\n\nThe island ferry will raise fares by ten percent from June, the operator said on Friday.\n',
  );
  const missing = join(dir, 'no-such-article.html');
  const { code, stdout, stderr } = await run(['extract', good, missing, '--format', 'json']);
  assert.equal(code, 1);
  const articles = JSON.parse(stdout) as { source: string; text: string }[];
  assert.equal(articles.length, 1);
  assert.equal(articles[0]?.source, good);
  assert.match(articles[0]?.text ?? '', /raise fares by ten percent/);
  assert.match(stderr, new RegExp(`error: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file or folder`));
});

test('extract: empty and binary inputs are named on stderr; the good one still comes out', async () => {
  const good = join(dir, 'market.md');
  writeFileSync(good, '# Market hall reopens\n\nThe market hall reopened on Saturday after a year of repairs.\n');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'scan.html');
  writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00]));
  const { code, stdout, stderr } = await run(['extract', empty, good, binary]);
  assert.equal(code, 1);
  assert.match(stdout, /market hall reopened on Saturday/);
  assert.ok(stderr.includes(`${empty}: is empty`), stderr);
  assert.ok(stderr.includes(`${binary}: looks binary (not text or HTML)`), stderr);
});

test('extract: loopback URLs are refused by default and the message names the flag', async () => {
  const good = join(dir, 'ok.txt');
  writeFileSync(good, 'The bridge reopened on Sunday.\n');
  // Refused before any connection is attempted, so no server is needed.
  const { code, stderr } = await run(['extract', good, 'http://127.0.0.1:9/page']);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /http:\/\/127\.0\.0\.1:9\/page: refused: 127\.0\.0\.1 is a loopback address \(pass --allow-private-addresses to allow it\)/,
  );
});

test('extract: all inputs good → exit 0 and nothing on stderr', async () => {
  const good = join(dir, 'fine.txt');
  writeFileSync(good, 'The library opened a new reading room on Monday.\n');
  const { code, stderr } = await run(['extract', good]);
  assert.equal(code, 0);
  assert.equal(stderr, '');
});

test('report: a non-article JSON file found in a folder is skipped with a note; named explicitly it is an error', async () => {
  const folder = join(dir, 'tram-story');
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'tram.txt'),
    'Tram line opens\n\nThe new tram line opened on Monday with eleven stops, the transit office said.\n',
  );
  const meta = join(folder, 'meta.json');
  writeFileSync(meta, JSON.stringify({ editor: 'desk', tags: ['transit'] }));
  const walked = await run(['report', folder, '--format', 'json']);
  assert.equal(walked.code, 0, walked.stderr);
  const escaped = meta.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  assert.match(walked.stderr, new RegExp(`warning: ${escaped}: skipped: not an article \\(missing text or html\\)\\n`));
  assert.doesNotMatch(walked.stderr, /error:/);
  assert.match(walked.stdout, /eleven stops/);
  const named = await run(['report', meta, '--format', 'json']);
  assert.notEqual(named.code, 0);
  assert.match(named.stderr, new RegExp(`error: ${escaped}: missing text or html`));
});
