/**
 * @module hash-string
 * 32-bit string hashing (FNV-1a) and a finaliser (murmur3 fmix32) for shingles and MinHash.
 */

/** FNV-1a over UTF-16 code units: fast, stable across runs, good enough once mixed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's fmix32: spreads every input bit over the output, so xor-seeded copies act as independent hashes. */
export function mixHash(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
