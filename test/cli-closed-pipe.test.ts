/**
 * `corroborate … | head -1`: the reader closes the pipe early, and the CLI stops quietly (exit 0, no
 * EPIPE stack trace) instead of dying with one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inventText } from '../bench/hostile-inputs.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-pipe-'));
  // Far more output than a pipe buffers, so the writer is still writing when the reader leaves.
  writeFileSync(join(dir, 'long.txt'), inventText(400_000));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('extract into a reader that stops after the first line: exit 0 and nothing on stderr', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/cli/main.ts', 'extract', join(dir, 'long.txt')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
