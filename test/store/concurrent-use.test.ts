import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestIntoStore, openStorySession, refreshStories, type StorySession } from '../../src/app/story-service.js';
import { createStoryCatalog } from '../../src/app/server/story-catalog.js';
import { readStoredClusterState } from '../../src/adapters/storage/stored-json.js';
import { bundledStoryDirs, shuffleFixed, storyFiles } from '../support/bundled-stories.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'src/app/cli/main.ts');

/** Every bundled story's files in a fixed shuffle, cut into `count` batches (one `ingest` run each). */
function batches(count = 3): string[][] {
  const files = shuffleFixed(bundledStoryDirs().flatMap(storyFiles), 11);
  const size = Math.ceil(files.length / count);
  return Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/** Counts the calls a session makes to the store's writing methods. */
function countWrites(session: StorySession): () => number {
  let writes = 0;
  const store = session.store as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of [
    'saveArticle',
    'saveClusterState',
    'applyMoves',
    'saveReport',
    'saveVersionDiff',
    'deleteArticle',
  ]) {
    const original = store[name]?.bind(store);
    if (!original) continue;
    store[name] = (...args: unknown[]) => {
      writes++;
      return original(...args);
    };
  }
  return () => writes;
}

function runIngest(db: string, files: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', '--quiet', '--db', db, ...files], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Stories as sets of sources, so two stores compare whatever their story ids. */
function groupingOf(session: StorySession): string[] {
  const bySource = new Map<string, string[]>();
  for (const stored of session.store.allArticles()) {
    const group = bySource.get(stored.storyId) ?? [];
    group.push(stored.article.source);
    bySource.set(stored.storyId, group);
  }
  return [...bySource.values()].map((group) => group.sort().join(' + ')).sort();
}

/** The store's rows and its saved clusterer agree on every article's story. */
function assertStateMatchesRows(session: StorySession): void {
  const state = session.store.loadClusterState(readStoredClusterState);
  assert.ok(state, 'a clusterer state is saved');
  const storyOfArticle = new Map<string, string>();
  for (const story of state.stories)
    for (const member of story.members) storyOfArticle.set(state.articles[member]?.id ?? '', story.id);
  const rows = session.store.allArticles();
  assert.equal(state.articles.length, rows.length, 'the state holds every stored article');
  for (const stored of rows)
    assert.equal(storyOfArticle.get(stored.article.id), stored.storyId, `${stored.article.id}: state and row disagree`);
}

async function sequentialGrouping(order: string[][]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-sequential-'));
  const session = openStorySession(join(dir, 'store.sqlite'));
  try {
    for (const files of order) {
      const summary = await ingestIntoStore(session, files);
      await refreshStories(session, summary.stories);
    }
    return groupingOf(session);
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a serve reading the store while ingest runs changes nothing: the stories are those of ingest alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-ingest-'));
  const db = join(dir, 'store.sqlite');
  const served = openStorySession(db);
  try {
    const catalog = createStoryCatalog(served);
    const writes = countWrites(served);
    let isIngesting = true;
    const ingesting = (async () => {
      for (const files of batches(6)) assert.equal((await runIngest(db, files)).code, 0);
      isIngesting = false;
    })();
    // What the web app does on every GET: catch up, list, read each story.
    let reads = 0;
    while (isIngesting) {
      for (const story of catalog.listStories()) catalog.story(story.id);
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await ingesting;
    assert.ok(reads > 1);
    assert.equal(writes(), 0, 'the reader wrote to the store');
    served.sync();
    assertStateMatchesRows(served);
    assert.deepEqual(groupingOf(served), await sequentialGrouping(batches(6)));
  } finally {
    served.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two ingest processes on one store give the stories of the same batches ingested one after the other', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-two-ingests-'));
  const db = join(dir, 'store.sqlite');
  const [first = [], second = [], third = []] = batches();
  const left = [...first, ...third.slice(0, 4)];
  const right = [...second, ...third.slice(4)];
  try {
    const results = await Promise.all([runIngest(db, left), runIngest(db, right)]);
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    const session = openStorySession(db);
    try {
      assertStateMatchesRows(session);
      // Whichever process took the writer's place first ran first: its articles have the lower keys.
      const firstKey = session.store.allArticles()[0]?.article.source ?? '';
      const order = left.includes(firstKey) ? [left, right] : [right, left];
      assert.equal(session.store.allArticles().length, left.length + right.length);
      assert.deepEqual(groupingOf(session), await sequentialGrouping(order));
    } finally {
      session.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
