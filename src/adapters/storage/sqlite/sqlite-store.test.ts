import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.js';
import type { Article } from '../../../core/model/article.js';

function article(id: string, text: string, url?: string): Article {
  return {
    id,
    source: url ?? `${id}.txt`,
    ...(url && { url }),
    text,
    paragraphs: [{ start: 0, end: text.length }],
    removed: [],
  };
}

function tempDb(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
  return { path: join(dir, 'store.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('re-saving the same content is a no-op; a changed page at one URL is a new version', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openSqliteStore(path);
    store.tryAcquireWriter();
    const first = store.saveArticle({
      article: article('a', 'Ten people were hurt.', 'https://news.example/a'),
      raw: '<p>Ten people were hurt.</p>',
      format: 'html',
      contentHash: 'h1',
      storyId: 's1',
    });
    assert.equal(first.status, 'stored');
    const again = store.saveArticle({
      article: article('a', 'Ten people were hurt.', 'https://news.example/a'),
      raw: '<p>Ten people were hurt.</p>',
      format: 'html',
      contentHash: 'h1',
      storyId: 's1',
    });
    assert.equal(again.status, 'duplicate');
    const edited = store.saveArticle({
      article: article('a', 'Twelve people were hurt.', 'https://news.example/a'),
      raw: '<p>Twelve people were hurt.</p>',
      format: 'html',
      contentHash: 'h2',
      storyId: 's1',
    });
    assert.equal(edited.status, 'stored');
    assert.equal(edited.status === 'stored' && edited.stored.version, 2);
    assert.equal(edited.status === 'stored' && edited.previousVersion?.version, 1);
    assert.equal(store.allArticles().length, 2);
    assert.deepEqual(
      store.listStories().map((s) => [s.id, s.articleCount]),
      [['s1', 2]],
    );
    store.close();
    // Reopening applies no migration twice and keeps everything.
    const reopened = openSqliteStore(path);
    assert.equal(reopened.allArticles().length, 2);
    reopened.close();
  } finally {
    cleanup();
  }
});

test('kill -9 in the middle of a batch loses nothing committed and leaves no half-written article', async () => {
  const { path, cleanup } = tempDb();
  try {
    const writer = fileURLToPath(new URL('./test-support/write-batch.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path, '400'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString().split('\n').filter(Boolean).length;
        if (seen >= 25) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const raw = new Database(path);
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
    raw.close();
    const store = openSqliteStore(path);
    const afterCrash = store.allArticles();
    assert.ok(afterCrash.length >= 25 && afterCrash.length < 400, `stored ${afterCrash.length} before the kill`);
    for (const stored of afterCrash) assert.match(stored.article.text, /^Report number \d+ of the batch\.$/);
    store.close();
    // Ingesting the batch again fills the gap without duplicating anything.
    const rerun = spawn(process.execPath, ['--import', 'tsx', writer, path, '400'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const code = await new Promise((resolve) => rerun.on('exit', resolve));
    assert.equal(code, 0);
    const final = openSqliteStore(path);
    const texts = final.allArticles().map((s) => s.article.text);
    assert.equal(texts.length, 400);
    assert.equal(new Set(texts).size, 400);
    final.close();
  } finally {
    cleanup();
  }
});
