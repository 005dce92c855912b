import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clusterArticles } from './create-story-clusterer.js';

interface StreamLine {
  id: string;
  cluster: string;
  title: string;
  text: string;
  published: string;
  copyOf?: string;
}

const lines = readFileSync(new URL('../../../../test/fixtures/streams/mixed-stream.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as StreamLine)
  .sort((a, b) => a.published.localeCompare(b.published));

const result = clusterArticles(lines.map(({ id, title, text, published }) => ({ id, title, text, published })));
const goldOf = new Map(lines.map((line) => [line.id, line.cluster]));

test('the invented mixed stream never mixes two events in one story', () => {
  for (const story of result.stories) {
    assert.equal(new Set(story.members.map((id) => goldOf.get(id))).size, 1, story.members.join(', '));
  }
});

test('the invented mixed stream finds every syndicated copy and nothing else', () => {
  const found = result.duplicates.map((group) => [...group].sort().join(' ')).sort();
  const expected = lines
    .filter((line) => line.copyOf !== undefined)
    .map((line) => [line.copyOf, line.id].sort().join(' '))
    .sort();
  assert.deepEqual(found, expected);
});

test('the invented mixed stream keeps most reports of each event together', () => {
  for (const cluster of new Set(goldOf.values())) {
    const members = lines.filter((line) => line.cluster === cluster);
    const largest = Math.max(
      ...result.stories.map((story) => story.members.filter((id) => goldOf.get(id) === cluster).length),
    );
    assert.ok(largest >= members.length - 1, `${cluster}: ${largest} of ${members.length} together`);
  }
});
