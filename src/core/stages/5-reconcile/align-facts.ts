/**
 * @module align-facts
 * Groups the claims of one story into facts: one fact per slot (what is counted and what happened
 * to it), however each outlet worded it. Claims whose counted thing is unknown join the fact with
 * the same measure when there is exactly one.
 */
import type { Claim } from '../../model/claim.js';

export interface AlignedFact {
  key: string;
  claims: Claim[];
}

export function alignFacts(claims: Claim[]): AlignedFact[] {
  const byKey = new Map<string, Claim[]>();
  const unknownCounted: Claim[] = [];
  for (const claim of claims) {
    if (claim.slot.counted === 'unknown') {
      unknownCounted.push(claim);
      continue;
    }
    const key = claim.slot.key;
    const group = byKey.get(key);
    if (group) group.push(claim);
    else byKey.set(key, [claim]);
  }
  for (const claim of unknownCounted) {
    const candidates = [...byKey.keys()].filter((key) => key.startsWith(`${claim.slot.measure}|`));
    const key = candidates.length === 1 && candidates[0] ? candidates[0] : claim.slot.key;
    const group = byKey.get(key);
    if (group) group.push(claim);
    else byKey.set(key, [claim]);
  }
  return [...byKey.entries()].map(([key, group]) => ({ key, claims: group }));
}
