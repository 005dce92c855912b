import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMinhashSignature, estimateJaccard } from './minhash-signature.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';

const range = (from: number, to: number): Uint32Array => Uint32Array.from({ length: to - from }, (_, i) => from + i);

test('identical sets estimate 1, disjoint sets near 0', () => {
  assert.equal(estimateJaccard(computeMinhashSignature(range(0, 200)), computeMinhashSignature(range(0, 200))), 1);
  assert.ok(estimateJaccard(computeMinhashSignature(range(0, 200)), computeMinhashSignature(range(1000, 1200))) < 0.1);
});

test('the estimate tracks the true overlap', () => {
  // 150 shared of 250 distinct: Jaccard 0.6.
  const estimate = estimateJaccard(computeMinhashSignature(range(0, 200)), computeMinhashSignature(range(50, 250)));
  assert.ok(Math.abs(estimate - 0.6) < 0.15, `estimate ${estimate}`);
});

test('the index finds an earlier near copy and ignores a weak overlap', () => {
  const index = new NearDuplicateIndex();
  index.add(0, computeMinhashSignature(range(0, 300)));
  index.add(1, computeMinhashSignature(range(5000, 5300)));
  assert.equal(index.findBest(computeMinhashSignature(range(10, 310)), 0.6)?.index, 0);
  assert.equal(index.findBest(computeMinhashSignature(range(200, 500)), 0.6), undefined);
});
