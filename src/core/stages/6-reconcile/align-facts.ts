/**
 * @module align-facts
 * Groups the claims of one story into facts by scored matching: every pair of claims of one kind
 * (a year with a year, dollars with dollars) from different articles gets a score from how alike
 * their values and referents are (align-features.ts, weights fitted on real stories); pairs above
 * zero link, best first, as long as a fact holds at most one figure per article. Two figures that
 * disagree join only when the slot lexicon reads both as the same known measure ("people killed"):
 * a false conflict is the worst error, so when unsure two facts stay apart.
 */
import type { Claim } from '../../model/claim.js';
import weightsFile from '../../lexicons/reconcile-align-weights.json' with { type: 'json' };
import { areCompatible } from './interval.js';
import {
  FEATURE_NAMES,
  bucketOf,
  buildVocabulary,
  isKnownSlot,
  pairFeatures,
  type FeatureName,
  type StoryVocabulary,
} from './align-features.js';

export interface AlignedFact {
  key: string;
  /** What the fact measures, from the most telling of its claims' referents. */
  label: string;
  claims: Claim[];
}

export type AlignWeights = Record<FeatureName, number>;

const DEFAULT_WEIGHTS: AlignWeights = Object.fromEntries(
  FEATURE_NAMES.map((name) => [name, (weightsFile.weights as Record<string, number>)[name] ?? 0]),
) as AlignWeights;

/** Figures of one known slot that differ tenfold or more are two quantities sharing a wording, not a dispute. */
const MAGNITUDE_GAP = 10;
/** One-off amounts in dispute (a fee, a fine) differ by a fraction; threefold apart they are two amounts. */
const FIXED_MAGNITUDE_GAP = 3;
/** The score a same-slot dispute link gets: below any agreement the scorer is sure of. */
const DISPUTE_SCORE = 0.5;

export interface ScoredPair {
  a: Claim;
  b: Claim;
  score: number;
}

export function alignFacts(claims: Claim[], weights: AlignWeights = DEFAULT_WEIGHTS): AlignedFact[] {
  const vocabulary = buildVocabulary(claims);
  const pairs = scorePairs(claims, vocabulary, weights).filter((pair) => pair.score > 0);
  pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  const groups = linkPairs(claims, pairs);
  return groups.map((group) => ({ key: keyOf(group), label: labelOf(group), claims: group }));
}

/**
 * Every candidate pair with its score: claims of one bucket whose values are compatible, and
 * claims of one known slot (which may dispute). Far-apart values of unknown slots are never scored.
 */
export function scorePairs(claims: Claim[], vocabulary: StoryVocabulary, weights: AlignWeights): ScoredPair[] {
  const bySlot = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!isKnownSlot(claim)) continue;
    const key = `${bucketOf(claim)}#${claim.slot.key}`;
    const list = bySlot.get(key);
    if (list) list.push(claim);
    else bySlot.set(key, [claim]);
  }
  const pairs: ScoredPair[] = [];
  const seen = new Set<string>();
  const consider = (a: Claim, b: Claim) => {
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const key = `${x.id}\u0000${y.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const score = scorePair(x, y, vocabulary, weights);
    if (score !== undefined) pairs.push({ a: x, b: y, score });
  };
  for (const claim of claims) for (const other of vocabulary.compatible(claim)) consider(claim, other);
  for (const members of bySlot.values()) {
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) consider(members[i]!, members[j]!);
  }
  return pairs;
}

function scorePair(a: Claim, b: Claim, vocabulary: StoryVocabulary, weights: AlignWeights): number | undefined {
  const compatible = areCompatible(a, b);
  if (a.articleId === b.articleId) {
    // A live-updated report's old and new count (as of different times) are one fact's update.
    if (a.low !== b.low || a.high !== b.high) return a.asOf !== b.asOf && isDispute(a, b) ? DISPUTE_SCORE : undefined;
    // One article giving one figure twice ("the 2014 ban … the ban, imposed in 2014"): one fact.
    const features = pairFeatures(a, b, vocabulary);
    return features.sameHead === 1 || (a.referent.head === undefined && b.referent.head === undefined)
      ? linearScore(features, weights)
      : undefined;
  }
  if (!compatible) return isDispute(a, b) ? DISPUTE_SCORE : undefined;
  const features = pairFeatures(a, b, vocabulary);
  return linearScore(features, weights);
}

/** Two figures that differ for one known measure, close enough in size to be one quantity. */
function isDispute(a: Claim, b: Claim): boolean {
  if (!isKnownSlot(a) || a.slot.key !== b.slot.key) return false;
  // The lexicon groups verbs loosely ("signed", "sold" and "paid" are all a transfer): figures under
  // two different verbs dispute only when one of them is the group's own verb ("died" beside "killed").
  // A slot scoped to one person ("vote share: Whitlow") already says whose figure it is.
  const [va, vb] = [a.referent.verb, b.referent.verb];
  const scoped = a.slot.key.split('|').length > 3;
  if (!scoped && va !== undefined && vb !== undefined && va !== vb && va !== a.slot.measure && vb !== b.slot.measure)
    return false;
  const gap = a.slot.isFixed === true ? FIXED_MAGNITUDE_GAP : MAGNITUDE_GAP;
  const low = Math.min(mid(a), mid(b));
  const high = Math.max(mid(a), mid(b));
  return low > 0 && high / low < gap;
}

export function linearScore(features: Record<FeatureName, number>, weights: AlignWeights): number {
  let sum = 0;
  for (const name of FEATURE_NAMES) sum += features[name] * weights[name];
  return sum;
}

/**
 * Best pairs first, union-find: two groups merge only when no article would then hold two
 * different figures, so each fact holds at most one figure per article.
 */
function linkPairs(claims: Claim[], pairs: ScoredPair[]): Claim[][] {
  const groupOf = new Map<string, Group>();
  for (const claim of claims) groupOf.set(claim.id, newGroup(claim));
  for (const { a, b } of pairs) {
    const left = groupOf.get(a.id)!;
    const right = groupOf.get(b.id)!;
    if (left === right || !canMerge(left, right)) continue;
    const [into, from] = left.claims.length >= right.claims.length ? [left, right] : [right, left];
    for (const claim of from.claims) {
      into.claims.push(claim);
      groupOf.set(claim.id, into);
      const list = into.byArticle.get(claim.articleId);
      if (list) list.push(claim);
      else into.byArticle.set(claim.articleId, [claim]);
    }
  }
  const seen = new Set<Group>();
  const groups: Claim[][] = [];
  for (const claim of claims) {
    const group = groupOf.get(claim.id)!;
    if (seen.has(group)) continue;
    seen.add(group);
    groups.push(group.claims);
  }
  return groups;
}

interface Group {
  claims: Claim[];
  byArticle: Map<string, Claim[]>;
}

function newGroup(claim: Claim): Group {
  return { claims: [claim], byArticle: new Map([[claim.articleId, [claim]]]) };
}

/**
 * One article holds one figure per fact, except a live-updated report that gives the old and the new
 * count of a measure the slot lexicon knows ("nine dead" in the first version, "14 dead" updated).
 */
function canMerge(left: Group, right: Group): boolean {
  const [small, large] = left.byArticle.size <= right.byArticle.size ? [left, right] : [right, left];
  for (const [articleId, mine] of small.byArticle) {
    const theirs = large.byArticle.get(articleId);
    if (!theirs) continue;
    for (const a of mine) {
      for (const b of theirs) {
        if (a.low === b.low && a.high === b.high) continue;
        if (!(isKnownSlot(a) && a.slot.key === b.slot.key && a.asOf !== b.asOf)) return false;
      }
    }
  }
  return true;
}

function mid(claim: Claim): number {
  return (claim.low + claim.high) / 2;
}

function keyOf(group: Claim[]): string {
  const best = mostTelling(group);
  return `${best.slot.key}#${best.id}`;
}

/** A known slot's label when one claim has it, else the referent label most claims share. */
function labelOf(group: Claim[]): string {
  return mostTelling(group).slot.label;
}

function mostTelling(group: Claim[]): Claim {
  const known = group.filter(isKnownSlot);
  const pool = known.length > 0 ? known : group;
  const counts = new Map<string, number>();
  for (const claim of pool) counts.set(claim.slot.label, (counts.get(claim.slot.label) ?? 0) + 1);
  return [...pool].sort(
    (x, y) =>
      (counts.get(y.slot.label) ?? 0) - (counts.get(x.slot.label) ?? 0) ||
      informativeness(y) - informativeness(x) ||
      x.id.localeCompare(y.id),
  )[0]!;
}

function informativeness(claim: Claim): number {
  const r = claim.referent;
  return (r.head ? 2 : 0) + (r.verb ? 1 : 0) + (r.owner ? 1 : 0) + r.modifiers.length * 0.5;
}
