/**
 * @module store-cli
 * The CLI run against a store the way a user would: in this process (fast), or as a child process
 * (another user, a server on a socket), with its exit code and output.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/app/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'src/app/cli/main.ts');
export const EXAMPLE_DIR = join(ROOT, 'examples/harbour-bridge-collapse');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runInProcess(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'corroborate', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Options for a child: `uid`/`gid` to run as another user (only root may). */
export interface ChildOptions {
  uid?: number;
  gid?: number;
  cwd?: string;
}

export function runChild(args: string[], options: ChildOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
      ...(options.uid !== undefined && { uid: options.uid }),
      ...(options.gid !== undefined && { gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder for one store, readable by every user (a test may read it as another one). */
export function tempStoreDir(prefix: string): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-${prefix}-`));
  chmodSync(dir, 0o755);
  return {
    dir,
    db: join(dir, 'store.sqlite'),
    cleanup: () => {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
