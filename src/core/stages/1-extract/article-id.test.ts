import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticleIds } from './article-id.js';

test('ids come from file names and URL paths, and stay unique', () => {
  assert.deepEqual(
    createArticleIds([
      'seeds/000_abc.txt',
      'https://news.example.com/world/2024/quake-toll-rises/',
      'other/000_abc.txt',
      'feed.jsonl#3',
      'https://example.org/',
    ]),
    ['000_abc', 'quake-toll-rises', '000_abc-2', 'feed-3', 'example-org'],
  );
});
