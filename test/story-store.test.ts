import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestIntoStore, listStories, openStorySession, reportStory } from '../src/app/story-service.js';
import { bundledStoryDirs, shuffleFixed, storyFiles } from './support/bundled-stories.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const filesOf = storyFiles;

test('stories ingested together in a shuffled order come out as the right stories, and a second ingest adds nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
  const session = openStorySession(join(dir, 'store.sqlite'));
  try {
    const groups = bundledStoryDirs({ withSeeds: true }).map(filesOf);
    const files = shuffleFixed(groups.flat(), 7);
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

test('two processes on one store: each catches up with what the other ingested before writing or reading', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-two-'));
  const path = join(dir, 'store.sqlite');
  // Two connections stand in for `serve` and `watch`: both open the store before either writes.
  const server = openStorySession(path);
  const watcher = openStorySession(path);
  try {
    const quake = filesOf(join(root, 'test/stories/earthquake-toll-rises'));
    const harbour = filesOf(join(root, 'examples/harbour-bridge-collapse'));
    await ingestIntoStore(watcher, quake.slice(0, 2));
    await ingestIntoStore(server, harbour);
    await ingestIntoStore(watcher, quake.slice(2));

    for (const session of [server, watcher]) {
      const stories = listStories(session);
      assert.equal(stories.length, 2, stories.map((s) => s.id).join(', '));
      const sizes = stories.map((story) => session.store.articlesOfStory(story.id).length).sort();
      assert.deepEqual(sizes, [quake.length, harbour.length].sort());
      for (const story of stories) {
        const folders = new Set(session.store.articlesOfStory(story.id).map((s) => s.article.source.split('/').at(-2)));
        assert.equal(folders.size, 1, `${story.id} mixes ${[...folders].join(', ')}`);
        assert.equal(reportStory(session, story.id)?.articles.length, session.store.articlesOfStory(story.id).length);
      }
    }
    assert.equal(server.clusterer.stories().length, 2);
    assert.equal(watcher.clusterer.stories().length, 2);
  } finally {
    server.close();
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
