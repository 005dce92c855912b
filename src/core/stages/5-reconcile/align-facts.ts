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
  return [...byKey.entries()].flatMap(([key, group]) =>
    splitByMagnitude(group).map((claims, i) => ({ key: i === 0 ? key : `${key}#${i + 1}`, claims })),
  );
}

/**
 * Figures of one slot that differ tenfold or more are different quantities that share a wording
 * ("$212 million" profit and "$1.04" a share), not a dispute: reporters' clashes are far closer.
 */
const MAGNITUDE_GAP = 10;
/** One-off amounts in dispute (a fee, a fine) differ by a fraction; threefold apart they are two amounts. */
const FIXED_MAGNITUDE_GAP = 3;

function splitByMagnitude(claims: Claim[]): Claim[][] {
  const sorted = [...claims].sort((a, b) => a.high - b.high);
  const groups: Claim[][] = [];
  let current: Claim[] = [];
  let groupHigh = 0;
  for (const claim of sorted) {
    const gap = claim.slot.isFixed === true ? FIXED_MAGNITUDE_GAP : MAGNITUDE_GAP;
    if (current.length > 0 && claim.low > 0 && groupHigh > 0 && claim.low / groupHigh >= gap) {
      groups.push(current);
      current = [];
    }
    current.push(claim);
    groupHigh = Math.max(groupHigh, claim.high);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
