/**
 * @module minhash-signature
 * MinHash signatures over shingle hashes: the share of equal slots estimates the Jaccard overlap.
 */
import { mixHash } from './hash-string.js';

export const SIGNATURE_LENGTH = 64;

// Fixed seeds (a Weyl sequence) keep signatures identical across runs and processes, so a stored
// state can be resumed.
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mixHash(Math.imul(i + 1, 0x9e3779b9)));

/** One minimum per seeded hash function; an empty shingle set gives all-max slots. */
export function computeMinhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i += 1) {
      const value = mixHash(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function estimateJaccard(left: Uint32Array, right: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i += 1) if (left[i] === right[i]) equal += 1;
  return equal / SIGNATURE_LENGTH;
}
