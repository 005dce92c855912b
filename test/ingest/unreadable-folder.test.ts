/**
 * A subfolder that cannot be listed costs only its own files: the rest of the folder is read and the
 * failure is named. Tests run as root (CI), where chmod cannot deny a read, so the failure is made by
 * replacing fs.promises.readdir for that one folder.
 */
import { after, afterEach, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../../src/adapters/ingest/ingest-inputs.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-unreadable-'));
  mkdirSync(join(dir, 'locked'));
  mkdirSync(join(dir, 'open'));
  writeFileSync(join(dir, 'a-ferry.txt'), 'Ferry fares rise\n\nThe island ferry will raise fares in June.\n');
  writeFileSync(
    join(dir, 'locked', 'hidden-away.txt'),
    'Never read\n\nThis file sits in a folder that cannot be listed.\n',
  );
  writeFileSync(join(dir, 'open', 'market.md'), '# Market reopens\n\nThe market hall reopened on Saturday.\n');
  writeFileSync(join(dir, 'z-library.txt'), 'Library hours\n\nThe library will open on Sundays from May.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  mock.restoreAll();
  syncBuiltinESMExports();
});

function denyListing(folder: string): void {
  const original = fs.promises.readdir.bind(fs.promises);
  mock.method(fs.promises, 'readdir', (path: fs.PathLike, ...rest: unknown[]) => {
    if (String(path) === folder)
      return Promise.reject(
        Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' }),
      );
    return (original as (...args: unknown[]) => Promise<string[]>)(path, ...rest);
  });
  syncBuiltinESMExports();
}

test('an unreadable subfolder is named; every other file of the folder is still read', async () => {
  denyListing(join(dir, 'locked'));
  const result = await ingestInputs([dir]);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [join(dir, 'a-ferry.txt'), join(dir, 'open', 'market.md'), join(dir, 'z-library.txt')],
  );
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'error',
      source: join(dir, 'locked'),
      message: 'cannot be read (permission denied): its files were skipped',
    },
  ]);
});

test('an unreadable top folder is one error naming it, not a crash', async () => {
  denyListing(dir);
  const result = await ingestInputs([dir]);
  assert.deepEqual(result.documents, []);
  assert.deepEqual(result.diagnostics, [
    { severity: 'error', source: dir, message: 'cannot be read (permission denied)' },
  ]);
});
