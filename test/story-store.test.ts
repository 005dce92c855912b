import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestIntoStore, listStories, openStorySession, reportStory } from '../src/app/story-service.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const storyDirs = [
  join(root, 'examples/harbour-bridge-collapse'),
  ...readdirSync(join(root, 'test/stories'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'test/stories', d.name)),
];
const seeds = join(root, '../shared/seeds');

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((f) => join(dir, f));
}

/** A fixed shuffle, so the order differs from folder order but the test is repeatable. */
function shuffle<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

test('stories ingested together in a shuffled order come out as the right stories, and a second ingest adds nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
  const session = openStorySession(join(dir, 'store.sqlite'));
  try {
    const groups = [...storyDirs, ...(existsSync(seeds) ? [seeds] : [])].map(filesOf);
    const files = shuffle(groups.flat());
    const first = await ingestIntoStore(session, files);
    assert.equal(first.added, files.length);
    const stories = listStories(session);
    const storyOfFile = new Map<string, string>();
    for (const story of stories) {
      for (const stored of session.store.articlesOfStory(story.id)) storyOfFile.set(stored.article.source, story.id);
    }
    for (const group of groups) {
      const ids = new Set(group.map((file) => storyOfFile.get(file)));
      assert.equal(ids.size, 1, `${group[0]} and its siblings should be one story, got ${[...ids].join(', ')}`);
    }
    assert.equal(stories.length, groups.length);

    const second = await ingestIntoStore(session, files);
    assert.equal(second.added, 0);
    assert.equal(second.duplicates, files.length);
    assert.equal(session.store.allArticles().length, files.length);
    const report = reportStory(session, stories[0]?.id ?? '');
    assert.ok(report && report.articles.length > 0);
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
