/**
 * @module align-features
 * How alike two claims are, as numbers a scorer can weigh: value agreement, what each figure is
 * about (head noun, verb, owner, clause words weighted by their rarity in the story, the people
 * and organisations named), and how common the value is in the story.
 */
import type { Claim } from '../../model/claim.js';
import { effectiveInterval } from './interval.js';

export const FEATURE_NAMES = [
  'bias',
  'sameValue',
  'overlap',
  'sameHead',
  'differentHead',
  'sameVerb',
  'context',
  'entities',
  'sameOwner',
  'differentOwner',
  'sameSlot',
  'commonValue',
  'mutualUnique',
  'sentence',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Word weights of one story: words many of its claims share say little about which figure is which. */
export interface StoryVocabulary {
  weight: (word: string) => number;
  /** Claims of the same bucket, in any article, whose values are compatible with this one's. */
  compatible: (claim: Claim) => readonly Claim[];
  /** How many claims of the story, in other articles, hold a value compatible with this one. */
  valueCount: (claim: Claim) => number;
  /** How many claims of one article, other than this one, hold a compatible value. */
  valueCountIn: (claim: Claim, articleId: string) => number;
  /** The claim's weighted word bags (all its words; its clause's words), with their norms. */
  bagsOf: (claim: Claim) => { words: WeightedBag; context: WeightedBag };
}

interface WeightedBag {
  words: ReadonlyMap<string, number>;
  norm: number;
}

/**
 * Everything the pair scorer reads about one story, computed once: word weights, and per claim the
 * compatible claims of its bucket (a sweep over intervals sorted by their low end, not all pairs).
 */
export function buildVocabulary(claims: readonly Claim[]): StoryVocabulary {
  const documentFrequency = new Map<string, number>();
  for (const claim of claims) {
    for (const word of new Set(wordsOf(claim))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const total = claims.length;
  const weight = (word: string) => Math.log(1 + total / (documentFrequency.get(word) ?? 1));
  const byBucket = new Map<string, Claim[]>();
  for (const claim of claims) {
    const bucket = bucketOf(claim);
    const list = byBucket.get(bucket);
    if (list) list.push(claim);
    else byBucket.set(bucket, [claim]);
  }
  const compatibleOf = new Map<string, Claim[]>();
  for (const members of byBucket.values()) {
    const spans = members
      .map((claim) => ({ claim, range: effectiveInterval(claim) }))
      .sort((a, b) => a.range[0] - b.range[0]);
    for (const { claim } of spans) compatibleOf.set(claim.id, []);
    for (let i = 0; i < spans.length; i++) {
      const left = spans[i]!;
      for (let j = i + 1; j < spans.length && spans[j]!.range[0] <= left.range[1]; j++) {
        const right = spans[j]!;
        compatibleOf.get(left.claim.id)!.push(right.claim);
        compatibleOf.get(right.claim.id)!.push(left.claim);
      }
    }
  }
  const perArticle = new Map<string, Map<string, number>>();
  const countsOf = (claim: Claim) => {
    let counts = perArticle.get(claim.id);
    if (!counts) {
      counts = new Map();
      for (const other of compatibleOf.get(claim.id) ?? [])
        counts.set(other.articleId, (counts.get(other.articleId) ?? 0) + 1);
      perArticle.set(claim.id, counts);
    }
    return counts;
  };
  const bags = new Map<string, { words: WeightedBag; context: WeightedBag }>();
  const bagOf = (list: string[]): WeightedBag => {
    const words = new Map<string, number>();
    let norm = 0;
    for (const word of new Set(list)) {
      const w = weight(word) ** 2;
      words.set(word, w);
      norm += w;
    }
    return { words, norm: Math.sqrt(norm) };
  };
  return {
    weight,
    compatible: (claim) => compatibleOf.get(claim.id) ?? [],
    valueCount: (claim) => (compatibleOf.get(claim.id)?.length ?? 0) - (countsOf(claim).get(claim.articleId) ?? 0),
    valueCountIn: (claim, articleId) => countsOf(claim).get(articleId) ?? 0,
    bagsOf: (claim) => {
      let found = bags.get(claim.id);
      if (!found) {
        found = { words: bagOf(wordsOf(claim)), context: bagOf(claim.referent.context) };
        bags.set(claim.id, found);
      }
      return found;
    },
  };
}

/** Claims in different buckets are never one fact: a year is not an age, dollars are not percent. */
export function bucketOf(claim: Claim): string {
  const { figureClass, unit, side } = claim.referent;
  return `${figureClass}|${unit ?? ''}|${side ?? ''}`;
}

export function wordsOf(claim: Claim): string[] {
  const { head, modifiers, verb, context } = claim.referent;
  return [...(head ? [head] : []), ...modifiers, ...(verb ? [verb] : []), ...context];
}

export function pairFeatures(a: Claim, b: Claim, vocabulary: StoryVocabulary): Record<FeatureName, number> {
  const ra = a.referent;
  const rb = b.referent;
  const sameValue = a.low === b.low && a.high === b.high ? 1 : 0;
  // Intervals that meet only through the rounding slack of a round figure ("50 percent" and "49.6%")
  // are weaker evidence than intervals that overlap as written.
  const overlap = a.low <= b.high && b.low <= a.high ? 1 : 0;
  const bothHeads = ra.head !== undefined && rb.head !== undefined;
  const bothOwners = ra.owner !== undefined && rb.owner !== undefined;
  // Other figures of the same size in the two articles: the more there are, the less the value tells.
  const rivals = vocabulary.valueCountIn(a, b.articleId) - 1 + (vocabulary.valueCountIn(b, a.articleId) - 1);
  const bagsA = vocabulary.bagsOf(a);
  const bagsB = vocabulary.bagsOf(b);
  const commonness = Math.max(0, Math.min(vocabulary.valueCount(a), vocabulary.valueCount(b)) - 1);
  return {
    bias: 1,
    sameValue,
    overlap,
    sameHead: bothHeads && ra.head === rb.head ? 1 : 0,
    differentHead: bothHeads && ra.head !== rb.head ? 1 : 0,
    sameVerb: ra.verb !== undefined && ra.verb === rb.verb ? 1 : 0,
    context: cosine(bagsA.words, bagsB.words),
    entities: jaccard(ra.entities, rb.entities),
    sameOwner: bothOwners && ra.owner === rb.owner ? 1 : 0,
    differentOwner: bothOwners && ra.owner !== rb.owner ? 1 : 0,
    sameSlot: isKnownSlot(a) && a.slot.key === b.slot.key ? 1 : 0,
    commonValue: Math.log(1 + commonness),
    mutualUnique: rivals === 0 && overlap === 1 ? 1 : 0,
    sentence: cosine(bagsA.context, bagsB.context),
  };
}

/** A slot the slot lexicon named (a measure it knows), as opposed to one built from the referent. */
export function isKnownSlot(claim: Claim): boolean {
  return !claim.slot.key.startsWith(`${claim.referent.figureClass}|`);
}

function cosine(a: WeightedBag, b: WeightedBag): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, w] of small.words) if (large.words.has(word)) dot += w;
  return dot / (a.norm * b.norm);
}

function jaccard(left: string[], right: string[]): number {
  if (left.length === 0 && right.length === 0) return 0;
  const a = new Set(left.map((name) => name.split(/\s+/).at(-1) ?? name));
  const b = new Set(right.map((name) => name.split(/\s+/).at(-1) ?? name));
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / (a.size + b.size - shared);
}
