/**
 * A store with something wrong in it: a damaged clusterer state, damaged article rows, a schema from
 * a newer version. Every command still says what is wrong, naming it, and the rest keeps working.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStorySession } from '../../src/app/story-service.js';
import { createStoryCatalog } from '../../src/app/server/story-catalog.js';
import { readStoredClusterState } from '../../src/adapters/storage/stored-json.js';
import { EXAMPLE_DIR, runInProcess, tempStoreDir } from './helpers/store-cli.js';

const EXAMPLE_FILES = [
  '01-calder-courier.html',
  '02-meridian-wire.txt',
  '03-coastline-broadcasting.html',
  '04-the-ledger.txt',
  '05-bayline-today.html',
].map((name) => join(EXAMPLE_DIR, name));
const EXTRA_FILE = join(EXAMPLE_DIR, '../../test/stories/earthquake-toll-rises/01-kessar-daily.txt');

async function ingestExample(db: string): Promise<string> {
  const run = await runInProcess(['ingest', '--quiet', '--db', db, ...EXAMPLE_FILES]);
  assert.equal(run.code, 0, run.stderr);
  const stories = await runInProcess(['stories', '--db', db, '--format', 'json']);
  const [story] = JSON.parse(stories.stdout) as { id: string }[];
  assert.ok(story);
  return story.id;
}

function withDatabase<T>(db: string, work: (raw: Database.Database) => T): T {
  const raw = new Database(db);
  try {
    return work(raw);
  } finally {
    raw.close();
  }
}

/** The saved state holds exactly the stored articles, in the stories the rows say. */
function assertStateMatchesRows(db: string): void {
  const session = openStorySession(db, { onDiagnostic: () => {} });
  try {
    const state = session.store.loadClusterState(readStoredClusterState);
    assert.ok(state, 'a valid clusterer state is saved');
    const rows = session.store.articleLocations();
    assert.equal(state.articles.length, rows.size);
    for (const [index, article] of state.articles.entries()) {
      const story: { id: string; members: number[] } | undefined = state.stories[article.story];
      assert.ok(story?.members.includes(index));
      assert.equal(rows.get(article.id)?.storyId, story?.id, article.id);
    }
  } finally {
    session.close();
  }
}

for (const [name, damage] of [
  ['not JSON', '{"version": 1, "keys": ['],
  ['JSON of the wrong shape', '{"version": 1, "options": {}, "keys": "none", "stories": [], "articles": []}'],
  [
    'indexes that point outside it',
    '{"version": 1, "options": {}, "keys": [], "stories": [{"id": "story-1", "members": [4]}], "articles": [], "normsAtCount": 0}',
  ],
] as const) {
  test(`a clusterer state that is ${name}: commands work, say so, and the next ingest rebuilds it from the articles`, async () => {
    const { db, cleanup } = tempStoreDir('damaged-state');
    try {
      const storyId = await ingestExample(db);
      withDatabase(db, (raw) => raw.prepare('UPDATE cluster_state SET state_json = ?').run(damage));

      const listed = await runInProcess(['stories', '--db', db]);
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stdout, new RegExp(storyId));
      assert.match(listed.stderr, /the clusterer state is damaged \(state_json/);
      assert.ok(listed.stderr.includes(db), 'the message names the store');

      const shown = await runInProcess(['story', storyId, '--db', db, '--format', 'json']);
      assert.equal(shown.code, 0, shown.stderr);
      assert.equal((JSON.parse(shown.stdout) as { articles: unknown[] }).articles.length, EXAMPLE_FILES.length);
      // Readers only read: the damaged state is still there for the writer to set aside.
      assert.deepEqual(
        withDatabase(db, (raw) => raw.prepare('SELECT state_json FROM cluster_state').get()),
        { state_json: damage },
      );

      const ingested = await runInProcess(['ingest', '--db', db, EXTRA_FILE]);
      assert.equal(ingested.code, 0, ingested.stderr);
      assert.match(ingested.stderr, /the clusterer state was moved to the quarantine table/);
      assertStateMatchesRows(db);
      const quarantined = withDatabase(db, (raw) =>
        raw.prepare<[], { table_name: string; row_json: string }>('SELECT table_name, row_json FROM quarantine').all(),
      );
      assert.deepEqual(
        quarantined.map((row) => row.table_name),
        ['cluster_state'],
      );
      assert.ok(quarantined[0]?.row_json.includes(JSON.stringify(damage).slice(1, 20)), 'the damaged value is kept');
    } finally {
      cleanup();
    }
  });
}

test('damaged article rows are left out with a message naming each, then set aside, and a re-ingest stores them again', async () => {
  const { db, cleanup } = tempStoreDir('damaged-article');
  try {
    const storyId = await ingestExample(db);
    const [first, second] = withDatabase(db, (raw) => {
      const keys = raw.prepare<[], { key: number }>('SELECT key FROM articles ORDER BY key LIMIT 2').all();
      raw.prepare('UPDATE articles SET article_json = ? WHERE key = ?').run('{"id": "cut off', keys[0]?.key);
      raw.prepare('UPDATE articles SET article_json = ? WHERE key = ?').run('{"id": 7, "text": null}', keys[1]?.key);
      return keys.map((row) => row.key);
    });

    const listed = await runInProcess(['stories', '--db', db]);
    assert.equal(listed.code, 0, listed.stderr);

    const shown = await runInProcess(['story', storyId, '--db', db, '--format', 'json']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as { articles: unknown[] }).articles.length, EXAMPLE_FILES.length - 2);
    assert.match(
      shown.stderr,
      new RegExp(`article row ${first} \\(.*01-calder-courier.html\\) is damaged \\(article_json is not valid JSON`),
    );
    assert.match(
      shown.stderr,
      new RegExp(`article row ${second} \\(.*02-meridian-wire.txt\\) is damaged \\(article_json.text is not a string`),
    );

    const search = await runInProcess(['stories', '--db', db, '--format', 'json']);
    assert.equal(search.code, 0);

    const again = await runInProcess(['ingest', '--db', db, ...EXAMPLE_FILES]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^2 added, 3 already stored/);
    const quarantined = withDatabase(db, (raw) =>
      raw
        .prepare<[], { table_name: string; row_key: string; reason: string }>(
          'SELECT table_name, row_key, reason FROM quarantine ORDER BY row_key',
        )
        .all(),
    );
    assert.deepEqual(
      quarantined.map((row) => [row.table_name, Number(row.row_key)]),
      [
        ['articles', first],
        ['articles', second],
      ],
    );
    const restored = await runInProcess(['story', storyId, '--db', db, '--format', 'json']);
    assert.equal((JSON.parse(restored.stdout) as { articles: unknown[] }).articles.length, EXAMPLE_FILES.length);
    assert.equal(restored.stderr, '');
    assertStateMatchesRows(db);
  } finally {
    cleanup();
  }
});

test('a damaged saved report is named and read as absent: search and the story still work', async () => {
  const { db, cleanup } = tempStoreDir('damaged-report');
  try {
    const storyId = await ingestExample(db);
    withDatabase(db, (raw) => raw.prepare('UPDATE story_reports SET report_json = ?').run('{"id": "x", "facts": 3}'));
    const notices: string[] = [];
    const session = openStorySession(db, { onDiagnostic: (d) => notices.push(`${d.source}: ${d.message}`) });
    try {
      const catalog = createStoryCatalog(session);
      assert.ok(catalog.search('bridge', 10).articles.length > 0);
      assert.deepEqual(notices, [
        `${db}: the saved report of ${storyId} is damaged (report_json.articles is not an array); it is left out`,
      ]);
      assert.equal(catalog.story(storyId)?.report.articles.length, EXAMPLE_FILES.length);
    } finally {
      session.close();
    }
  } finally {
    cleanup();
  }
});

test('a store written by a newer version is refused by every command, named, and left as it was', async () => {
  const { db, cleanup } = tempStoreDir('future-schema');
  try {
    await ingestExample(db);
    withDatabase(db, (raw) =>
      raw
        .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, ?)')
        .run('future', '2030-01-01'),
    );
    const before = readFileSync(db);
    for (const args of [['stories'], ['story', 'story-1'], ['ingest', EXTRA_FILE]]) {
      const run = await runInProcess([...args, '--db', db]);
      assert.equal(run.code, 1, `${args[0]}: ${run.stderr}`);
      assert.ok(
        run.stderr.includes(
          `the store ${db} was written by a newer corroborate (schema version 99; this one knows up to`,
        ),
        run.stderr,
      );
    }
    assert.ok(readFileSync(db).equals(before), 'the file is untouched');
  } finally {
    cleanup();
  }
});
