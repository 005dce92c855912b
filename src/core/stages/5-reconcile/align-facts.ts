/**
 * @module align-facts
 * Groups the claims of one story into facts: one fact per slot (what is counted and what happened
 * to it), however each outlet worded it. Claims whose counted thing is unknown join the fact with
 * the same measure when there is exactly one.
 */
import type { Claim } from '../../model/claim.js';
import slots from '../../lexicons/claims-slots.json' with { type: 'json' };

// Measures the slot lexicon names; any other measure is a verb the classifier did not know
// ("fighting", "forced") or a bare count, and says little about which quantity a figure is.
const KNOWN_MEASURES = new Set([...Object.keys(slots.measures), ...slots.measureNouns, 'population']);
const GENERIC_MEASURES = new Set([...slots.genericMeasureNouns, 'count']);
const CLASS_OF = new Map<string, string>();
for (const [counted, words] of Object.entries(slots.countedClasses)) {
  for (const word of words) CLASS_OF.set(word, counted);
}
/**
 * Two outlets' figures for one quantity, worded differently, are this close (largest over
 * smallest of their nearest values); figures further apart stay separate facts.
 */
const SOFT_MERGE_RATIO = 1.25;
/** Sums and shares of one story crowd together, so only near-equal ones (within 5%) join. */
const AMOUNT_MERGE_RATIO = 1.05;

export interface AlignedFact {
  key: string;
  /** What the fact measures, from the slot the others joined (the one with a known measure). */
  label: string;
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
  return mergeLooseSlots([...byKey.entries()]).flatMap(([key, group]) =>
    splitByMagnitude(group).map((claims, i) => ({
      key: i === 0 ? key : `${key}#${i + 1}`,
      label: group[0]!.slot.label,
      claims,
    })),
  );
}

/**
 * Outlets word one quantity differently: "1,100 firefighters were fighting the flames" and "a total
 * of 1,080 firefighters were deployed" get different slots because the classifier knows one verb
 * and not the other; "63 homes" and "more than 60 houses" differ only in the noun. A slot joins
 * another of the same counted thing (or of one class: a home and a house) whose figures lie within
 * SOFT_MERGE_RATIO, when its measure is unknown or a bare count, or when both measures are the
 * same; two slots with known, different measures never merge. Closest pairs merge first.
 */
function mergeLooseSlots(groups: [string, Claim[]][]): [string, Claim[]][] {
  const merged = new Map(groups);
  for (;;) {
    let best: { from: string; into: string; ratio: number } | undefined;
    for (const [leftKey, left] of merged) {
      for (const [rightKey, right] of merged) {
        if (leftKey >= rightKey || !mayMerge(left[0]!, right[0]!)) continue;
        const ratio = nearestRatio(left, right);
        const limit = isAmount(left[0]!) ? AMOUNT_MERGE_RATIO : SOFT_MERGE_RATIO;
        if (ratio > limit || (best && ratio >= best.ratio)) continue;
        // Into the slot whose measure is known, else into the one with more claims.
        const intoLeft =
          isKnown(left[0]!.slot.measure) !== isKnown(right[0]!.slot.measure)
            ? isKnown(left[0]!.slot.measure)
            : left.length >= right.length;
        best = intoLeft ? { from: rightKey, into: leftKey, ratio } : { from: leftKey, into: rightKey, ratio };
      }
    }
    if (!best) return [...merged.entries()];
    merged.set(best.into, [...merged.get(best.into)!, ...merged.get(best.from)!]);
    merged.delete(best.from);
  }
}

function mayMerge(left: Claim, right: Claim): boolean {
  const [a, b] = [left.slot.measure, right.slot.measure];
  // "revenue rose to $1.38 billion" beside "revenue of $1.4 billion": a sum under an unknown verb
  // joins a sum under a known measure, in the same currency, when the two are all but equal.
  if (isAmount(left) && isAmount(right)) {
    return (
      left.slot.counted === right.slot.counted &&
      (left.slot.unit ?? '') === (right.slot.unit ?? '') &&
      isKnown(a) !== isKnown(b)
    );
  }
  if (!sameThing(left, right)) return false;
  return a === b || !isKnown(a) || !isKnown(b);
}

function isAmount(claim: Claim): boolean {
  return claim.slot.counted === 'money' || claim.slot.counted === 'percent';
}

function isKnown(measure: string): boolean {
  return KNOWN_MEASURES.has(measure) && !GENERIC_MEASURES.has(measure);
}

// Shares, sums of money, votes and seats: a story holds many different ones close in size
// (a 50% threshold and a 49.6% share, a fee and its add-ons), so only their own slots join them.
const ABSTRACT_COUNTED = new Set(['unknown', 'percent', 'money', 'vote', 'seat']);

function sameThing(left: Claim, right: Claim): boolean {
  // A qualified count ("vote share", "percent of ballots") is as abstract as its head.
  const abstract = (counted: string) => ABSTRACT_COUNTED.has(counted.split(' ')[0]!);
  if (abstract(left.slot.counted) || abstract(right.slot.counted)) return false;
  if ((left.slot.unit ?? '') !== (right.slot.unit ?? '')) return false;
  if (left.slot.counted === right.slot.counted) return true;
  const leftClass = CLASS_OF.get(left.slot.counted);
  return leftClass !== undefined && leftClass === CLASS_OF.get(right.slot.counted);
}

// Largest over smallest of the two closest figures, one from each slot.
function nearestRatio(left: Claim[], right: Claim[]): number {
  let best = Infinity;
  for (const a of left) {
    for (const b of right) {
      const low = Math.min(mid(a), mid(b));
      const high = Math.max(mid(a), mid(b));
      if (low <= 0) continue;
      best = Math.min(best, high / low);
    }
  }
  return best;
}

function mid(claim: Claim): number {
  return (claim.low + claim.high) / 2;
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
