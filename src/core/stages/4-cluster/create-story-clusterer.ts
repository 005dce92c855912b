/**
 * @module create-story-clusterer
 * Incremental story clustering: each new article joins the most similar story or starts one;
 * near-identical copies are found by MinHash and always join their original's story.
 */
import type {
  ClusterAssignment,
  ClusterInput,
  ClusterResult,
  StoryCluster,
  StoryClustererOptions,
} from './cluster-input.js';
import { extractClusterFeatures } from './extract-cluster-features.js';
import { computeMinhashSignature } from './minhash-signature.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { PostingsIndex } from './postings-index.js';

export const DEFAULT_CLUSTER_OPTIONS: Required<StoryClustererOptions> = {
  threshold: 0.3,
  titleWeight: 2,
  leadWords: 120,
  entityWeight: 0.5,
  numberWeight: 0.1,
  sharedEntityWeight: 0.1,
  sharedEntityIdf: 16,
  sameWeekdayBonus: 0.05,
  otherWeekdayPenalty: 0.2,
  maxLinkWeight: 0,
  growthPenalty: 0.02,
  nearDateBoost: 1.5,
  dateGraceDays: 3,
  dateDecayDays: 14,
  duplicateJaccard: 0.6,
  maxPostingShare: 0.05,
};

/** Plain data: JSON-serialisable, enough to resume clustering exactly where it stopped. */
export interface StoryClustererState {
  version: 1;
  options: Required<StoryClustererOptions>;
  /** Vocabulary in id order: terms as is, entities prefixed `@`, numbers prefixed `#`. */
  keys: string[];
  /** Per key, flattened `[article, weight, article, weight, …]`. */
  postings: number[][];
  stories: StoryState[];
  articles: ArticleState[];
  /** Article count when the norms were last computed (idf drifts as the stream grows). */
  normsAtCount: number;
}

export interface StoryState {
  id: string;
  /** Article indexes in arrival order. */
  members: number[];
  firstDay?: number;
  lastDay?: number;
}

export interface ArticleState {
  id: string;
  story: number;
  /** Index of the original this article copies, when it is a copy. */
  duplicateOf?: number;
  /** MinHash signature; absent when the body is too short to fingerprint. */
  signature?: number[];
  day?: number;
  weekdays: number;
  norm: number;
}

export interface StoryClusterer {
  add(article: ClusterInput): ClusterAssignment;
  stories(): StoryCluster[];
  duplicates(): string[][];
  toJSON(): StoryClustererState;
}

interface Story {
  id: string;
  members: number[];
  firstDay?: number;
  lastDay?: number;
}

interface ArticleRecord {
  id: string;
  story: number;
  duplicateOf?: number;
  signature?: Uint32Array;
  day?: number;
  weekdays: number;
  norm: number;
}

// Fewer body 3-grams than this cannot tell a copy from a coincidence.
const MIN_SHINGLES = 5;
// Keys in fewer articles than this always take part in scoring, however small the stream.
const POSTING_FLOOR = 50;
// Norms are recomputed once the article count has grown this much since they were computed.
const NORM_REFRESH_GROWTH = 1.25;
// At most two shared numbers count: a long list of shared figures is one story's detail, not more proof.
const MAX_SHARED_NUMBERS = 2;
const NUMBER_PREFIX = '#';
const ENTITY_PREFIX = '@';

/**
 * Creates an empty clusterer, or resumes one from `state` (from `toJSON`).
 * @example
 * const clusterer = createStoryClusterer();
 * const { storyId, duplicateOf } = clusterer.add({ id: 'a1', title: 'Quake hits coast', text: '…' });
 */
export function createStoryClusterer(options: StoryClustererOptions = {}, state?: StoryClustererState): StoryClusterer {
  const settings: Required<StoryClustererOptions> = { ...DEFAULT_CLUSTER_OPTIONS, ...state?.options, ...options };
  const index = new PostingsIndex();
  // Per key: whether it is a number, which only ever adds evidence and stays out of the cosine.
  const isNumberKey: boolean[] = [];
  const isEntityKey: boolean[] = [];
  const stories: Story[] = [];
  const articles: ArticleRecord[] = [];
  const articleIndexes = new Map<string, number>();
  const duplicateIndex = new NearDuplicateIndex();
  let normsAtCount = 0;
  // Scratch accumulators indexed by article, reset after each add through the touched list.
  let dots = new Float64Array(1024);
  let sharedNumbers = new Uint8Array(1024);
  let sharedEntityIdf = new Float64Array(1024);
  let isTouched = new Uint8Array(1024);

  if (state) restore(state);

  function intern(key: string): number {
    const id = index.intern(key);
    isNumberKey[id] = key.startsWith(NUMBER_PREFIX);
    isEntityKey[id] = key.startsWith(ENTITY_PREFIX);
    return id;
  }

  function add(input: ClusterInput): ClusterAssignment {
    const known = articleIndexes.get(input.id);
    if (known !== undefined) return describe(known);

    const features = extractClusterFeatures(input, settings.titleWeight, settings.leadWords);
    const articleIndex = articles.length;
    const record: ArticleRecord = { id: input.id, story: -1, weekdays: features.weekdays, norm: 0 };
    if (features.day !== undefined) record.day = features.day;
    articles.push(record);
    articleIndexes.set(input.id, articleIndex);

    const keyIds: number[] = [];
    const post = (key: string, weight: number): void => {
      const id = intern(key);
      keyIds.push(id);
      index.add(id, articleIndex, weight);
    };
    for (const [key, count] of features.terms) post(key, 1 + Math.log(count));
    // Names are words of the text too; their extra dimension makes a shared name count more.
    if (settings.entityWeight > 0)
      for (const key of features.entities) post(`${ENTITY_PREFIX}${key}`, settings.entityWeight);
    for (const key of features.numbers) post(`${NUMBER_PREFIX}${key}`, 1);

    if (articles.length > normsAtCount * NORM_REFRESH_GROWTH) refreshNorms();
    else record.norm = computeNorm(keyIds);

    if (features.shingles.length >= MIN_SHINGLES) {
      record.signature = computeMinhashSignature(features.shingles);
      const match = duplicateIndex.findBest(record.signature, settings.duplicateJaccard);
      if (match) {
        const original = articles[match.index]!;
        record.duplicateOf = original.duplicateOf ?? match.index;
        record.story = original.story;
      }
      duplicateIndex.add(articleIndex, record.signature);
    }

    if (record.story < 0) record.story = findStory(record, keyIds);
    if (record.story < 0) {
      record.story = stories.length;
      stories.push({ id: `story-${stories.length + 1}`, members: [] });
    }
    joinStory(record, articleIndex);
    return describe(articleIndex);
  }

  /**
   * Scores every story holding an earlier article that shares a not-too-common key with this one:
   * a blend of the best and the mean article similarity, damped by the date gap.
   */
  function findStory(record: ArticleRecord, keyIds: number[]): number {
    const documentCount = articles.length;
    const maxFrequency = Math.max(POSTING_FLOOR, settings.maxPostingShare * documentCount);
    ensureScratch(documentCount);
    const touched: number[] = [];
    for (const id of keyIds) {
      const postedArticles = index.articles[id]!;
      if (postedArticles.length > maxFrequency) continue;
      const postedWeights = index.weights[id]!;
      const isNumber = isNumberKey[id];
      const isEntity = isEntityKey[id];
      const idf = index.idf(id, documentCount);
      // The article's own posting is the last one: it was added just before scoring.
      const ownWeight = postedWeights[postedWeights.length - 1]! * idf * idf;
      for (let i = 0; i < postedArticles.length - 1; i += 1) {
        const other = postedArticles[i]!;
        if (isTouched[other] === 0) {
          isTouched[other] = 1;
          touched.push(other);
        }
        if (isNumber) sharedNumbers[other] = Math.min(MAX_SHARED_NUMBERS, sharedNumbers[other]! + 1);
        else dots[other]! += ownWeight * postedWeights[i]!;
        if (isEntity) sharedEntityIdf[other]! += idf;
      }
    }

    const sums = new Map<number, number>();
    const maxima = new Map<number, number>();
    for (const other of touched) {
      const otherRecord = articles[other]!;
      const norms = record.norm * otherRecord.norm;
      const similarity =
        (norms > 0 ? dots[other]! / norms : 0) +
        settings.numberWeight * sharedNumbers[other]! +
        (record.day === undefined || otherRecord.day === undefined
          ? weekdayEvidence(record.weekdays, otherRecord.weekdays)
          : nameEvidence(sharedEntityIdf[other]!, Math.abs(record.day - otherRecord.day)));
      dots[other] = 0;
      sharedNumbers[other] = 0;
      sharedEntityIdf[other] = 0;
      isTouched[other] = 0;
      const storyIndex = otherRecord.story;
      sums.set(storyIndex, (sums.get(storyIndex) ?? 0) + similarity);
      maxima.set(storyIndex, Math.max(maxima.get(storyIndex) ?? -Infinity, similarity));
    }

    let best = -1;
    let bestScore = settings.threshold;
    for (const [storyIndex, sum] of sums) {
      const story = stories[storyIndex]!;
      const mean = sum / story.members.length;
      const linked = settings.maxLinkWeight * maxima.get(storyIndex)! + (1 - settings.maxLinkWeight) * mean;
      const score = linked * timeFactor(story, record.day) - settings.growthPenalty * Math.log(story.members.length);
      if (score > bestScore || (score === bestScore && best >= 0 && storyIndex < best)) {
        best = storyIndex;
        bestScore = score;
      }
    }
    return best;
  }

  // Reports of one event name the same weekday ("on Monday"); naming only other weekdays
  // suggests another day's event. Articles naming no weekday are neutral, and so are two dated
  // articles: their dates say more (a follow-up names the next day).
  function weekdayEvidence(left: number, right: number): number {
    if (left === 0 || right === 0) return 0;
    return (left & right) !== 0 ? settings.sameWeekdayBonus : -settings.otherWeekdayPenalty;
  }

  // Recurring topics bring the same names back for years, so shared rare names are strong
  // evidence only between reports a few days apart.
  function nameEvidence(sharedIdf: number, dayGap: number): number {
    if (dayGap > settings.dateGraceDays) return 0;
    return settings.sharedEntityWeight * Math.min(1, sharedIdf / settings.sharedEntityIdf);
  }

  function ensureScratch(size: number): void {
    if (size <= dots.length) return;
    const length = Math.max(size, dots.length * 2);
    dots = new Float64Array(length);
    sharedNumbers = new Uint8Array(length);
    sharedEntityIdf = new Float64Array(length);
    isTouched = new Uint8Array(length);
  }

  // Reports within a few days of a story raise its score; far apart they lower it; unknown is neutral.
  function timeFactor(story: Story, day: number | undefined): number {
    if (day === undefined || story.firstDay === undefined || story.lastDay === undefined) return 1;
    const gap = Math.max(0, story.firstDay - day, day - story.lastDay) - settings.dateGraceDays;
    return settings.nearDateBoost * (gap <= 0 ? 1 : Math.exp(-gap / settings.dateDecayDays));
  }

  // Recomputes every article's norm under the current idf: amortised, since it runs only when
  // the stream has grown by a quarter.
  function refreshNorms(): void {
    const documentCount = articles.length;
    const squares = new Float64Array(documentCount);
    index.keys.forEach((_, id) => {
      if (isNumberKey[id]) return;
      const idf = index.idf(id, documentCount);
      const postedArticles = index.articles[id]!;
      const postedWeights = index.weights[id]!;
      for (let i = 0; i < postedArticles.length; i += 1) squares[postedArticles[i]!]! += (postedWeights[i]! * idf) ** 2;
    });
    articles.forEach((record, i) => (record.norm = Math.sqrt(squares[i]!)));
    normsAtCount = documentCount;
  }

  // The newest article's norm under the idf the other norms were computed with.
  function computeNorm(keyIds: number[]): number {
    let squares = 0;
    for (const id of keyIds) {
      if (isNumberKey[id]) continue;
      const weights = index.weights[id]!;
      squares += (weights[weights.length - 1]! * index.idf(id, normsAtCount)) ** 2;
    }
    return Math.sqrt(squares);
  }

  function joinStory(record: ArticleRecord, articleIndex: number): void {
    const story = stories[record.story]!;
    story.members.push(articleIndex);
    if (record.day !== undefined) {
      story.firstDay = Math.min(story.firstDay ?? record.day, record.day);
      story.lastDay = Math.max(story.lastDay ?? record.day, record.day);
    }
  }

  function describe(articleIndex: number): ClusterAssignment {
    const record = articles[articleIndex]!;
    const assignment: ClusterAssignment = { storyId: stories[record.story]!.id };
    if (record.duplicateOf !== undefined) assignment.duplicateOf = articles[record.duplicateOf]!.id;
    return assignment;
  }

  function restore(saved: StoryClustererState): void {
    saved.keys.forEach((key, id) => {
      intern(key);
      const flat = saved.postings[id] ?? [];
      for (let i = 0; i < flat.length; i += 2) index.add(id, flat[i]!, flat[i + 1]!);
    });
    for (const savedStory of saved.stories) stories.push({ ...savedStory, members: [...savedStory.members] });
    saved.articles.forEach((savedArticle, articleIndex) => {
      const { signature, ...rest } = savedArticle;
      const record: ArticleRecord = { ...rest };
      if (signature) {
        record.signature = Uint32Array.from(signature);
        duplicateIndex.add(articleIndex, record.signature);
      }
      articles.push(record);
      articleIndexes.set(record.id, articleIndex);
    });
    normsAtCount = saved.normsAtCount;
  }

  return {
    add,
    stories: () =>
      stories.map((story) => ({ id: story.id, members: story.members.map((member) => articles[member]!.id) })),
    duplicates(): string[][] {
      const groups = new Map<number, string[]>();
      for (const record of articles) {
        if (record.duplicateOf === undefined) continue;
        const group = groups.get(record.duplicateOf);
        if (group) group.push(record.id);
        else groups.set(record.duplicateOf, [articles[record.duplicateOf]!.id, record.id]);
      }
      return [...groups.values()];
    },
    toJSON(): StoryClustererState {
      return {
        version: 1,
        options: { ...settings },
        keys: [...index.keys],
        postings: index.keys.map((_, id) => {
          const postedWeights = index.weights[id]!;
          return index.articles[id]!.flatMap((article, i) => [article, postedWeights[i]!]);
        }),
        stories: stories.map((story) => ({ ...story, members: [...story.members] })),
        articles: articles.map(({ signature, ...rest }) => (signature ? { ...rest, signature: [...signature] } : rest)),
        normsAtCount,
      };
    },
  };
}

/** Clusters a whole batch in arrival order: the same result as adding the articles one by one. */
export function clusterArticles(inputs: ClusterInput[], options: StoryClustererOptions = {}): ClusterResult {
  const clusterer = createStoryClusterer(options);
  for (const input of inputs) clusterer.add(input);
  return { stories: clusterer.stories(), duplicates: clusterer.duplicates() };
}
