/**
 * One file is one article in the store, however its path is spelled: relative, with `..`, from
 * another folder, or through a symbolic link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_DIR, runInProcess, tempStoreDir } from './helpers/store-cli.js';

test('dir/x.txt, dir/../dir/x.txt, ./x.txt and a link to it are stored once, as one outlet', async () => {
  const { dir, db, cleanup } = tempStoreDir('file-identity');
  const home = process.cwd();
  try {
    mkdirSync(join(dir, 'seeds'));
    copyFileSync(join(EXAMPLE_DIR, '02-meridian-wire.txt'), join(dir, 'seeds', 'x.txt'));
    symlinkSync(join(dir, 'seeds'), join(dir, 'linked'));
    process.chdir(dir);
    const first = await runInProcess(['ingest', '--db', db, 'seeds/x.txt', 'seeds/../seeds/x.txt']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^1 added, 1 already stored/);
    process.chdir(join(dir, 'seeds'));
    const second = await runInProcess(['ingest', '--db', db, './x.txt', '../linked/x.txt']);
    assert.match(second.stdout, /^0 added, 2 already stored/);
    const listed = await runInProcess(['stories', '--db', db, '--format', 'json']);
    const stories = JSON.parse(listed.stdout) as { articleCount: number; outlets: string[] }[];
    assert.deepEqual(
      stories.map((story) => [story.articleCount, story.outlets.length]),
      [[1, 1]],
    );
  } finally {
    process.chdir(home);
    cleanup();
  }
});
