import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestIntoStore, openStorySession } from '../../src/app/story-service.js';
import { createStoryCatalog } from '../../src/app/server/story-catalog.js';

const example = fileURLToPath(new URL('../../examples/harbour-bridge-collapse/', import.meta.url));
const files = readdirSync(example)
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => join(example, name));

test('the web app sees what a watch process beside it ingested, without a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-catalog-'));
  const path = join(dir, 'store.sqlite');
  const served = openStorySession(path);
  const watcher = openStorySession(path);
  try {
    const catalog = createStoryCatalog(served);
    await ingestIntoStore(watcher, files.slice(0, 2));
    const [first] = catalog.listStories();
    assert.ok(first, 'the story ingested elsewhere is listed');
    assert.equal(catalog.story(first.id)?.report.articles.length, 2);

    await ingestIntoStore(watcher, files.slice(2));
    // The report was cached after the first read; the later ingest must not leave it stale.
    assert.equal(catalog.story(first.id)?.report.articles.length, files.length);
    assert.equal(catalog.listStories()[0]?.articleCount, files.length);
  } finally {
    served.close();
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
