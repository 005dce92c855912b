/**
 * @module align-features
 * How alike two claims are, as numbers a scorer can weigh: value agreement, what each figure is
 * about (head noun, verb, owner, clause words weighted by their rarity in the story, the people
 * and organisations named), and how common the value is in the story.
 */
import type { Claim } from '../../model/claim.js';
import { areCompatible } from './interval.js';

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
  /** How many claims of the story, in other articles, hold a value compatible with this one. */
  valueCount: (claim: Claim) => number;
  /** How many claims of one article hold a value compatible with this one (same kind). */
  valueCountIn: (claim: Claim, articleId: string) => number;
}

export function buildVocabulary(claims: readonly Claim[]): StoryVocabulary {
  const documentFrequency = new Map<string, number>();
  for (const claim of claims) {
    for (const word of new Set(wordsOf(claim))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const total = claims.length;
  const byBucket = new Map<string, Claim[]>();
  for (const claim of claims) {
    const bucket = bucketOf(claim);
    const list = byBucket.get(bucket);
    if (list) list.push(claim);
    else byBucket.set(bucket, [claim]);
  }
  const valueCounts = new Map<string, number>();
  const inArticle = new Map<string, number>();
  return {
    valueCountIn: (claim, articleId) => {
      const key = `${claim.id}@${articleId}`;
      const cached = inArticle.get(key);
      if (cached !== undefined) return cached;
      const count = (byBucket.get(bucketOf(claim)) ?? []).filter(
        (other) => other.articleId === articleId && other.id !== claim.id && areCompatible(other, claim),
      ).length;
      inArticle.set(key, count);
      return count;
    },
    weight: (word) => Math.log(1 + total / (documentFrequency.get(word) ?? 1)),
    valueCount: (claim) => {
      const cached = valueCounts.get(claim.id);
      if (cached !== undefined) return cached;
      const count = (byBucket.get(bucketOf(claim)) ?? []).filter(
        (other) => other.articleId !== claim.articleId && areCompatible(other, claim),
      ).length;
      valueCounts.set(claim.id, count);
      return count;
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
  const commonness = Math.max(0, Math.min(vocabulary.valueCount(a), vocabulary.valueCount(b)) - 1);
  return {
    bias: 1,
    sameValue,
    overlap,
    sameHead: bothHeads && ra.head === rb.head ? 1 : 0,
    differentHead: bothHeads && ra.head !== rb.head ? 1 : 0,
    sameVerb: ra.verb !== undefined && ra.verb === rb.verb ? 1 : 0,
    context: weightedCosine(wordsOf(a), wordsOf(b), vocabulary),
    entities: jaccard(ra.entities, rb.entities),
    sameOwner: bothOwners && ra.owner === rb.owner ? 1 : 0,
    differentOwner: bothOwners && ra.owner !== rb.owner ? 1 : 0,
    sameSlot: isKnownSlot(a) && a.slot.key === b.slot.key ? 1 : 0,
    commonValue: Math.log(1 + commonness),
    mutualUnique: rivals === 0 && overlap === 1 ? 1 : 0,
    sentence: weightedCosine(ra.context, rb.context, vocabulary),
  };
}

/** A slot the slot lexicon named (a measure it knows), as opposed to one built from the referent. */
export function isKnownSlot(claim: Claim): boolean {
  return !claim.slot.key.startsWith(`${claim.referent.figureClass}|`);
}

function weightedCosine(left: string[], right: string[], vocabulary: StoryVocabulary): number {
  if (left.length === 0 || right.length === 0) return 0;
  const a = new Set(left);
  const b = new Set(right);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const word of a) {
    const w = vocabulary.weight(word) ** 2;
    normA += w;
    if (b.has(word)) dot += w;
  }
  for (const word of b) normB += vocabulary.weight(word) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

function jaccard(left: string[], right: string[]): number {
  if (left.length === 0 && right.length === 0) return 0;
  const a = new Set(left.map((name) => name.split(/\s+/).at(-1) ?? name));
  const b = new Set(right.map((name) => name.split(/\s+/).at(-1) ?? name));
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / (a.size + b.size - shared);
}
