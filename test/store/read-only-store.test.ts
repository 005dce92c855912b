/**
 * A store the user may read but not write (another user's file, a read-only folder or mount), and a
 * store on a full disk: reading works, writing fails with a message that names the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  CLI,
  EXAMPLE_DIR,
  ROOT,
  runChild,
  runInProcess,
  tempStoreDir,
  type ChildOptions,
} from './helpers/store-cli.js';

// Root may write any file: the read-only case is then played by another user (nobody).
const isRoot = process.getuid?.() === 0;
const AS_READER: ChildOptions = isRoot ? { uid: 65534, gid: 65534 } : {};

async function storeWithExample(): Promise<ReturnType<typeof tempStoreDir> & { storyId: string }> {
  const temp = tempStoreDir('read-only');
  const run = await runInProcess(['ingest', '--quiet', '--db', temp.db, EXAMPLE_DIR]);
  assert.equal(run.code, 0, run.stderr);
  const listed = await runInProcess(['stories', '--db', temp.db, '--format', 'json']);
  const [story] = JSON.parse(listed.stdout) as { id: string }[];
  assert.ok(story);
  return { ...temp, storyId: story.id };
}

test('a store in a read-only folder: stories, story and serve read it; ingest says the file is read-only', async () => {
  const { dir, db, storyId, cleanup } = await storeWithExample();
  try {
    chmodSync(db, 0o444);
    chmodSync(dir, 0o555);
    const before = readFileSync(db);

    const listed = await runChild(['stories', '--db', db], AS_READER);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`^${storyId}\\t5 article`));

    const shown = await runChild(['story', storyId, '--db', db, '--format', 'md'], AS_READER);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^# /);

    const served = await serveAndGet(db, [`/api/stories`, `/api/stories/${storyId}`, '/']);
    assert.deepEqual(
      served.map((response) => response.status),
      [200, 200, 200],
      served.map((response) => response.body.slice(0, 200)).join('\n'),
    );
    assert.equal((JSON.parse(served[0]?.body ?? '{}') as { total: number }).total, 1);

    const ingested = await runChild(
      ['ingest', '--db', db, join(ROOT, 'test/stories/earthquake-toll-rises')],
      AS_READER,
    );
    assert.equal(ingested.code, 1);
    assert.ok(ingested.stderr.includes(`cannot write to the store ${db}: it is read-only`), ingested.stderr);
    assert.ok(readFileSync(db).equals(before), 'nothing was written');
  } finally {
    cleanup();
  }
});

test('a read-only store file in a writable folder is read the same way', async () => {
  const { dir, db, storyId, cleanup } = await storeWithExample();
  try {
    chmodSync(db, 0o444);
    chmodSync(dir, 0o777);
    const shown = await runChild(['story', storyId, '--db', db, '--format', 'json'], AS_READER);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as { articles: unknown[] }).articles.length, 5);
  } finally {
    cleanup();
  }
});

test('a store that cannot be opened at all is named in the message', async () => {
  const { dir, db, cleanup } = tempStoreDir('not-a-store');
  try {
    writeFileSync(db, 'this is not an SQLite file, only some text that is long enough to look like one'.repeat(20));
    const listed = await runInProcess(['stories', '--db', db]);
    assert.equal(listed.code, 1);
    assert.ok(listed.stderr.includes(`${db} is not a corroborate store`), listed.stderr);
    const nested = join(dir, 'locked');
    mkdirSync(nested, { mode: 0o555 });
    const created = await runChild(['ingest', '--db', join(nested, 'new.sqlite'), EXAMPLE_DIR], AS_READER);
    assert.equal(created.code, 1);
    assert.ok(
      created.stderr.includes(`cannot create the store ${join(nested, 'new.sqlite')}: its folder is not writable`),
      created.stderr,
    );
  } finally {
    cleanup();
  }
});

test('a full disk stops ingest with a message naming the store, and keeps what was stored before', async (t) => {
  const { dir, cleanup } = tempStoreDir('full-disk');
  const mount = join(dir, 'small');
  mkdirSync(mount);
  // A small file system of its own, when this machine lets the test make one (root, mount allowed).
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', mount]).status !== 0) {
    cleanup();
    t.skip('cannot mount a small file system here (needs root and mount rights)');
    return;
  }
  try {
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    for (let i = 0; i < 30; i++)
      writeFileSync(
        join(inputs, `report-${String(i).padStart(2, '0')}.txt`),
        `Report ${i}\n\n` + `Officials in district ${i} counted ${i * 7 + 3} new homes on Tuesday. `.repeat(120),
      );
    const db = join(mount, 'store.sqlite');
    const run = await runInProcess(['ingest', '--db', db, inputs]);
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(`could not write to the store ${db}: the disk is full`), run.stderr);
    const raw = new Database(db, { readonly: true });
    try {
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      const stored = raw.prepare<[], { count: number }>('SELECT count(*) AS count FROM articles').get()?.count ?? 0;
      assert.ok(stored > 0 && stored < 30, `${stored} stored before the disk filled; ${run.stderr}`);
    } finally {
      raw.close();
    }
  } finally {
    spawnSync('umount', [mount]);
    cleanup();
  }
});

interface Fetched {
  status: number;
  body: string;
}

/** Runs `serve` on the store as the reader, fetches each path, then stops it. */
async function serveAndGet(db: string, paths: string[]): Promise<Fetched[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...AS_READER,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /on (http:\/\/\S+)/.exec(stdout)?.[1];
        if (found) resolve(found);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const responses: Fetched[] = [];
    for (const path of paths) {
      const response = await fetch(url + path, { headers: { accept: 'text/html' } });
      responses.push({ status: response.status, body: await response.text() });
    }
    return responses;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
}
