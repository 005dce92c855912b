import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/core/model/article.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store.js';
import { tempDbPath } from './helpers/server-fixtures.js';

function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, source: `${id}.txt`, text, paragraphs: [{ start: 0, end: text.length }], removed: [], ...extra };
}

test('findByKey returns the stored article, or undefined for a key never used or deleted', () => {
  const { dbPath, cleanup } = tempDbPath();
  const store = openSqliteStore(dbPath);
  store.tryAcquireWriter();
  try {
    const saved = store.saveArticle({
      article: article('ferry', 'The ferry service resumed on Monday.'),
      raw: 'The ferry service resumed on Monday.',
      format: 'text',
      contentHash: 'hash-ferry',
      storyId: 'story-1',
    });
    assert.equal(saved.status, 'stored');
    const key = saved.status === 'stored' ? saved.stored.key : -1;
    assert.equal(store.findByKey?.(key)?.article.id, 'ferry');
    assert.equal(store.findByKey?.(key + 100), undefined);
    store.deleteArticle(key);
    assert.equal(store.findByKey?.(key), undefined);
  } finally {
    store.close();
    cleanup();
  }
});

test('searchArticles matches title, outlet and text case-insensitively, newest first, never field names or wildcards', () => {
  const { dbPath, cleanup } = tempDbPath();
  const store = openSqliteStore(dbPath);
  store.tryAcquireWriter();
  try {
    const save = (a: Article, hash: string) =>
      store.saveArticle({ article: a, raw: a.text, format: 'text', contentHash: hash, storyId: 's' });
    save(
      article('a', 'Rail strike halts trains across the region.', { title: 'Strike day', outlet: 'Valley Post' }),
      'h1',
    );
    save(article('b', 'Union leaders said the STRIKE would last 48 hours.', { outlet: 'Morning Ledger' }), 'h2');
    save(article('c', 'The library reopened after repairs; 50% of books are back.'), 'h3');
    assert.deepEqual(
      store.searchArticles?.('strike', 10).map((s) => s.article.id),
      ['b', 'a'],
    );
    assert.deepEqual(
      store.searchArticles?.('valley post', 10).map((s) => s.article.id),
      ['a'],
    );
    assert.deepEqual(
      store.searchArticles?.('strike', 1).map((s) => s.article.id),
      ['b'],
    );
    // "paragraphs" is a field of the stored JSON, not of any article's text.
    assert.deepEqual(store.searchArticles?.('paragraphs', 10), []);
    // % and _ are literal characters, not LIKE wildcards.
    assert.deepEqual(
      store.searchArticles?.('50%', 10).map((s) => s.article.id),
      ['c'],
    );
    assert.deepEqual(store.searchArticles?.('5_%', 10), []);
  } finally {
    store.close();
    cleanup();
  }
});
