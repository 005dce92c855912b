/**
 * @module near-duplicate-index
 * Locality-sensitive hashing over MinHash bands: finds earlier copies of an article without
 * comparing it to every earlier article.
 */
import { mixHash } from './hash-string.js';
import { estimateJaccard, SIGNATURE_LENGTH } from './minhash-signature.js';

// 16 bands of 4 rows: a pair at Jaccard 0.7 shares a band with probability 0.99, at 0.3 with 0.12.
const BANDS = 16;
const ROWS = SIGNATURE_LENGTH / BANDS;

export interface NearDuplicateMatch {
  /** Index the matched signature was added under. */
  index: number;
  jaccard: number;
}

export class NearDuplicateIndex {
  // One bucket table per band; a bucket holds the indexes whose band hashes alike. Most buckets
  // hold one index, stored bare to spare an array per article and band.
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, number | number[]>());
  private readonly signatures = new Map<number, Uint32Array>();

  /** The closest earlier signature at or above `minJaccard` (ties go to the earliest index). */
  findBest(signature: Uint32Array, minJaccard: number): NearDuplicateMatch | undefined {
    let best: NearDuplicateMatch | undefined;
    const seen = new Set<number>();
    for (let band = 0; band < BANDS; band += 1) {
      const bucket = this.buckets[band]!.get(bandKey(signature, band));
      if (bucket === undefined) continue;
      for (const index of typeof bucket === 'number' ? [bucket] : bucket) {
        if (seen.has(index)) continue;
        seen.add(index);
        const jaccard = estimateJaccard(signature, this.signatures.get(index)!);
        if (jaccard < minJaccard) continue;
        if (!best || jaccard > best.jaccard || (jaccard === best.jaccard && index < best.index)) {
          best = { index, jaccard };
        }
      }
    }
    return best;
  }

  add(index: number, signature: Uint32Array): void {
    this.signatures.set(index, signature);
    for (let band = 0; band < BANDS; band += 1) {
      const key = bandKey(signature, band);
      const table = this.buckets[band]!;
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, index);
      else if (typeof bucket === 'number') table.set(key, [bucket, index]);
      else bucket.push(index);
    }
  }
}

function bandKey(signature: Uint32Array, band: number): number {
  let hash = band;
  for (let row = band * ROWS; row < (band + 1) * ROWS; row += 1) hash = mixHash(hash ^ signature[row]!) + row;
  return hash >>> 0;
}
