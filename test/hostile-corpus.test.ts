/**
 * The hostile-input corpus (test/fixtures/hostile/cases.json): each malformed or extreme input run
 * through the CLI with its expected exit code and the lines it must print. Large cases are generated
 * (bench/hostile-inputs.ts) into a temporary folder; their timings live in `npm run bench`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/app/cli/main.js';
import { inventDeepHtml } from '../bench/hostile-inputs.js';

interface HostileCase {
  name: string;
  generate?: { file: string; deepHtml: number };
  args: string[];
  exit: number;
  /** Patterns each stderr must match; `{dir}` is the folder the inputs sit in. */
  stderr: string[];
  stdout: string[];
}

const FIXTURES = 'test/fixtures/hostile';
const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as HostileCase[];

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
  cpSync(FIXTURES, dir, { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const hostile of cases) {
  test(`hostile input: ${hostile.name}`, async () => {
    if (hostile.generate) writeFileSync(join(dir, hostile.generate.file), inventDeepHtml(hostile.generate.deepHtml));
    let stdout = '';
    let stderr = '';
    const args = hostile.args.map((arg, i) =>
      i > 0 && !arg.startsWith('-') && /\.\w+$/.test(arg) ? join(dir, arg) : arg,
    );
    const code = await runCli(['node', 'corroborate', ...args, '--now', '2024-03-15'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    assert.equal(code, hostile.exit, stderr);
    for (const pattern of hostile.stderr) assert.match(stderr, new RegExp(pattern.replaceAll('{dir}', escape(dir))));
    for (const pattern of hostile.stdout) assert.ok(stdout.includes(pattern), `${pattern} not in output`);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });
}
