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
import { extractClusterFeatures, type ClusterFeatures } from './extract-cluster-features.js';
import { KeyKind, KeyVocabulary } from './key-vocabulary.js';
import { computeMinhashSignature } from './minhash-signature.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';

export const DEFAULT_CLUSTER_OPTIONS: Required<StoryClustererOptions> = {
  threshold: 0.33,
  titleWeight: 2,
  leadWords: 250,
  entityWeight: 0.5,
  numberWeight: 0.1,
  sharedEntityWeight: 0.1,
  sharedEntityIdf: 16,
  sameWeekdayBonus: 0.05,
  otherWeekdayPenalty: 0.1,
  maxLinkWeight: 0,
  growthPenalty: 0.02,
  nearDateBoost: 1.5,
  dateGraceDays: 3,
  dateDecayDays: 14,
  duplicateJaccard: 0.6,
  commonKeyShare: 1,
  candidateKeys: 16,
  maxPostings: 300,
  maxCandidates: 30,
  minCandidateShare: 0.25,
  maxMembersScored: 20,
  reassignMargin: 0,
  mergeThresholdShare: 1.1,
  singletonThresholdShare: 0.75,
};

/** Plain data: JSON-serialisable, enough to resume clustering exactly where it stopped. */
export interface StoryClustererState {
  version: 1;
  options: Required<StoryClustererOptions>;
  /** Vocabulary in id order: terms as is, entities prefixed `@`, numbers prefixed `#`. */
  keys: string[];
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
  /** Key ids and their weights (log term frequency; entity weight; 1 for numbers). */
  keys: number[];
  weights: number[];
  norm: number;
}

export interface StoryClusterer {
  add(article: ClusterInput): ClusterAssignment;
  stories(): StoryCluster[];
  duplicates(): string[][];
  /**
   * Second look at the stories this batch touched, now that the batch's word statistics are known:
   * members that fit another story better move, stories that read as one merge, lone reports join
   * their best story at a lower bar. Call at the end of each batch; the moves are returned.
   */
  refine(): ClusterMove[];
  toJSON(): StoryClustererState;
}

/** An article moved to another story by `refine`. */
export interface ClusterMove {
  articleId: string;
  from: string;
  to: string;
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
  keys: Int32Array;
  weights: Float32Array;
  norm: number;
}

// Fewer body 3-grams than this cannot tell a copy from a coincidence.
const MIN_SHINGLES = 5;
// Keys held by fewer articles than this always count, however small the stream.
const COMMON_KEY_FLOOR = 50;
// Norms are recomputed once the article count has grown this much since they were computed.
const NORM_REFRESH_GROWTH = 1.25;
// Imagined dated articles spread over a year (see shareNear).
const PRIOR_DATED_ARTICLES = 30;
// Distinct keys of a headline-and-lead text and of a full article's title and lead.
const SHORT_KEYS = 60;
const LONG_KEYS = 120;
/** A member scoring this share of the threshold against its own story is not searched for a better one. */
const SETTLED_SHARE = 2;

// At most two shared numbers count: a long list of shared figures is one story's detail, not more proof.
const MAX_SHARED_NUMBERS = 2;

/**
 * Creates an empty clusterer, or resumes one from `state` (from `toJSON`).
 * @example
 * const clusterer = createStoryClusterer();
 * const { storyId, duplicateOf } = clusterer.add({ id: 'a1', title: 'Quake hits coast', text: '…' });
 */
export function createStoryClusterer(options: StoryClustererOptions = {}, state?: StoryClustererState): StoryClusterer {
  const settings: Required<StoryClustererOptions> = { ...DEFAULT_CLUSTER_OPTIONS, ...state?.options, ...options };
  const vocabulary = new KeyVocabulary(settings.maxPostings);
  const stories: Story[] = [];
  const articles: ArticleRecord[] = [];
  const articleIndexes = new Map<string, number>();
  const duplicateIndex = new NearDuplicateIndex();
  let normsAtCount = 0;
  // Stories that gained a member since the last `refine`.
  const touched = new Set<number>();
  // Original article → its copies.
  const copies = new Map<number, number[]>();
  // Dated articles per day, for how common nearness in time is in this stream.
  const dayCounts = new Map<number, number>();
  let datedCount = 0;
  // Scratch arrays indexed by key id, holding the new article's values while it is scored
  // (so scoring a member is one array read per member key), cleared afterwards.
  let ownWeights = new Float64Array(1024);
  let ownEntityIdf = new Float64Array(1024);
  let ownNumbers = new Uint8Array(1024);
  let isOwnKey = new Uint8Array(1024);
  // Scratch array indexed by article, for the candidate search.
  let rareMass = new Float64Array(1024);
  let storyMass = new Float64Array(1024);
  // Term keys by word as written: stemming and stopword checks run once per distinct word.
  const termKeys = new Map<string, string | null>();

  if (state) restore(state);

  function add(input: ClusterInput): ClusterAssignment {
    const known = articleIndexes.get(input.id);
    if (known !== undefined) return describe(known);

    const features = extractClusterFeatures(input, settings.titleWeight, settings.leadWords, termKeys);
    const articleIndex = articles.length;
    const record = createRecord(input.id, features);
    articles.push(record);
    articleIndexes.set(input.id, articleIndex);
    countDay(record.day);
    for (const id of record.keys) vocabulary.add(id, articleIndex);

    if (articles.length > normsAtCount * NORM_REFRESH_GROWTH) refreshNorms();
    else record.norm = computeNorm(record, normsAtCount);

    if (features.shingles.length >= MIN_SHINGLES) {
      record.signature = computeMinhashSignature(features.shingles);
      const match = duplicateIndex.findBest(record.signature, settings.duplicateJaccard);
      if (match) {
        const original = articles[match.index]!;
        record.duplicateOf = original.duplicateOf ?? match.index;
        record.story = original.story;
        noteCopy(record.duplicateOf, articleIndex);
      }
      duplicateIndex.add(articleIndex, record.signature);
    }

    if (record.story < 0) record.story = findStory(record, articleIndex);
    if (record.story < 0) {
      record.story = stories.length;
      stories.push({ id: `story-${stories.length + 1}`, members: [] });
    }
    joinStory(record, articleIndex);
    return describe(articleIndex);
  }

  function createRecord(id: string, features: ClusterFeatures): ArticleRecord {
    const keys: number[] = [];
    const weights: number[] = [];
    for (const [key, count] of features.terms) {
      keys.push(vocabulary.intern(key));
      weights.push(1 + Math.log(count));
    }
    // Names are words of the text too; their extra dimension makes a shared name count more.
    for (const key of features.entities) {
      keys.push(vocabulary.intern(`@${key}`));
      weights.push(settings.entityWeight);
    }
    for (const key of features.numbers) {
      keys.push(vocabulary.intern(`#${key}`));
      weights.push(1);
    }
    const record: ArticleRecord = {
      id,
      story: -1,
      weekdays: features.weekdays,
      keys: Int32Array.from(keys),
      weights: Float32Array.from(weights),
      norm: 0,
    };
    if (features.day !== undefined) record.day = features.day;
    return record;
  }

  /**
   * Finds candidate stories through the article's rarest keys, then scores each on its most
   * recent members: the mean (blended with the best) article similarity, scaled by date proximity.
   */
  function findStory(
    record: ArticleRecord,
    articleIndex: number,
    excludedStory = -1,
    threshold = settings.threshold,
  ): number {
    const candidates = findCandidateStories(record, articleIndex).filter((story) => story !== excludedStory);
    if (candidates.length === 0) return -1;
    return withOwnKeys(record, () => {
      let best = -1;
      let bestScore = threshold;
      for (const storyIndex of candidates) {
        const score = scoreStory(record, stories[storyIndex]!);
        if (score > bestScore || (score === bestScore && best >= 0 && storyIndex < best)) {
          best = storyIndex;
          bestScore = score;
        }
      }
      return best;
    });
  }

  /**
   * Loads `record` into the scratch arrays that `scorePair` and `scoreStory` read, runs `score`,
   * and clears them again.
   */
  function withOwnKeys<T>(record: ArticleRecord, score: () => T): T {
    const documentCount = articles.length;
    ensureKeyScratch(vocabulary.keys.length);
    // Keys in a large share of the stream (a running topic's words) still lengthen an article's
    // vector but add nothing to its overlap with another.
    const maxShared = Math.max(COMMON_KEY_FLOOR, settings.commonKeyShare * documentCount);
    record.keys.forEach((id, i) => {
      if (vocabulary.frequencies[id]! > maxShared) return;
      isOwnKey[id] = 1;
      const kind = vocabulary.kinds[id];
      const idf = vocabulary.idf(id, documentCount);
      if (kind === KeyKind.Number) ownNumbers[id] = 1;
      else ownWeights[id] = record.weights[i]! * idf * idf;
      if (kind === KeyKind.Entity) ownEntityIdf[id] = idf;
    });
    try {
      return score();
    } finally {
      for (const id of record.keys) {
        ownWeights[id] = 0;
        ownEntityIdf[id] = 0;
        ownNumbers[id] = 0;
        isOwnKey[id] = 0;
      }
    }
  }

  /**
   * How well the loaded article fits `story`, scored on its most recent members (never on the
   * article itself): the mean (blended with the best) similarity, scaled by date proximity, less
   * a little per e-fold of story size.
   */
  function scoreStory(record: ArticleRecord, story: Story): number {
    const members = story.members;
    let sum = 0;
    let max = -Infinity;
    let scored = 0;
    for (let m = members.length - 1; m >= 0 && scored < settings.maxMembersScored; m -= 1) {
      const other = articles[members[m]!]!;
      if (other === record) continue;
      const similarity = scorePair(record, other);
      sum += similarity;
      if (similarity > max) max = similarity;
      scored += 1;
    }
    if (scored === 0) return -Infinity;
    const linked = settings.maxLinkWeight * max + (1 - settings.maxLinkWeight) * (sum / scored);
    const size = stories[record.story] === story ? members.length - 1 : members.length;
    return linked * timeFactor(story, record.day) - settings.growthPenalty * Math.log(size);
  }

  // Stories holding an earlier article that shares one of the new article's rarest keys, ranked
  // by the idf those keys carry (best member per story): the only stories scored in full.
  function findCandidateStories(record: ArticleRecord, articleIndex: number): number[] {
    const documentCount = articles.length;
    const rare = [...record.keys]
      // A key only this article holds finds nothing; numbers never propose candidates.
      .filter(
        (id) =>
          vocabulary.kinds[id] !== KeyKind.Number &&
          vocabulary.frequencies[id]! > 1 &&
          vocabulary.articlesWith(id) !== undefined,
      )
      .sort((a, b) => vocabulary.frequencies[a]! - vocabulary.frequencies[b]! || a - b)
      .slice(0, settings.candidateKeys);
    ensureArticleScratch(documentCount);
    const touched: number[] = [];
    for (const id of rare) {
      const idf = vocabulary.idf(id, documentCount);
      const holders = vocabulary.articlesWith(id)!;
      for (let i = 0; i < holders.length; i += 1) {
        const other = holders[i]!;
        // The article itself holds the key too (a new one as the last holder).
        if (other === articleIndex) continue;
        if (rareMass[other] === 0) touched.push(other);
        rareMass[other]! += idf;
      }
    }
    ensureStoryScratch(stories.length);
    const touchedStories: number[] = [];
    for (const other of touched) {
      const storyIndex = articles[other]!.story;
      if (storyMass[storyIndex] === 0) touchedStories.push(storyIndex);
      if (rareMass[other]! > storyMass[storyIndex]!) storyMass[storyIndex] = rareMass[other]!;
      rareMass[other] = 0;
    }
    const ranked = touchedStories
      .map((storyIndex): [number, number] => [storyIndex, storyMass[storyIndex]!])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, settings.maxCandidates);
    for (const storyIndex of touchedStories) storyMass[storyIndex] = 0;
    // A story sharing one stray rare word with the article is not worth scoring beside one sharing many.
    const minMass = (ranked[0]?.[1] ?? 0) * settings.minCandidateShare;
    return ranked.filter(([, mass]) => mass >= minMass).map(([storyIndex]) => storyIndex);
  }

  // Cosine over words and names, plus positive-only number evidence, plus weekday or name
  // evidence depending on whether both articles are dated.
  function scorePair(record: ArticleRecord, other: ArticleRecord): number {
    let dot = 0;
    let sharedNumbers = 0;
    let sharedEntityIdf = 0;
    const keys = other.keys;
    const weights = other.weights;
    for (let i = 0; i < keys.length; i += 1) {
      const id = keys[i]!;
      // Most keys are not shared: one byte read settles them.
      if (isOwnKey[id] === 0) continue;
      dot += ownWeights[id]! * weights[i]!;
      sharedNumbers += ownNumbers[id]!;
      sharedEntityIdf += ownEntityIdf[id]!;
    }
    const norms = record.norm * other.norm;
    const evidence =
      record.day === undefined || other.day === undefined
        ? weekdayEvidence(record.weekdays, other.weekdays)
        : nameEvidence(sharedEntityIdf, Math.abs(record.day - other.day));
    return (
      (norms > 0 ? dot / norms : 0) + settings.numberWeight * Math.min(MAX_SHARED_NUMBERS, sharedNumbers) + evidence
    );
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

  // Reports within a few days of a story raise its score; far apart they lower it; unknown is
  // neutral. How much nearness raises it depends on how rare nearness is in this stream: in an
  // archive spanning years, two reports days apart are telling; in a stream of one week's news
  // every pair is days apart and nearness says nothing.
  function timeFactor(story: Story, day: number | undefined): number {
    if (day === undefined || story.firstDay === undefined || story.lastDay === undefined) return 1;
    const gap = Math.max(0, story.firstDay - day, day - story.lastDay) - settings.dateGraceDays;
    const boost = 1 + (settings.nearDateBoost - 1) * (1 - shareNear(day));
    return boost * (gap <= 0 ? 1 : Math.exp(-gap / settings.dateDecayDays));
  }

  // Share of the stream's dated articles published within the grace period of `day`, as if the
  // stream also held PRIOR_DATED_ARTICLES spread evenly over a year: a small batch of one week's
  // reports still takes nearness as evidence; a long stream of one week's news does not.
  function shareNear(day: number): number {
    let near = 0;
    for (let d = day - settings.dateGraceDays; d <= day + settings.dateGraceDays; d += 1) near += dayCounts.get(d) ?? 0;
    const priorNear = (PRIOR_DATED_ARTICLES * (2 * settings.dateGraceDays + 1)) / 365;
    return Math.min(1, (near + priorNear) / (datedCount + PRIOR_DATED_ARTICLES));
  }

  function countDay(day: number | undefined): void {
    if (day === undefined) return;
    dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
    datedCount += 1;
  }

  function ensureKeyScratch(size: number): void {
    if (size <= ownWeights.length) return;
    const length = Math.max(size, ownWeights.length * 2);
    ownWeights = new Float64Array(length);
    ownEntityIdf = new Float64Array(length);
    ownNumbers = new Uint8Array(length);
    isOwnKey = new Uint8Array(length);
  }

  function ensureStoryScratch(size: number): void {
    if (size > storyMass.length) storyMass = new Float64Array(Math.max(size, storyMass.length * 2));
  }

  function ensureArticleScratch(size: number): void {
    if (size > rareMass.length) rareMass = new Float64Array(Math.max(size, rareMass.length * 2));
  }

  // Recomputes every article's norm under the current idf: amortised, since it runs only when
  // the stream has grown by a quarter.
  function refreshNorms(): void {
    for (const record of articles) record.norm = computeNorm(record, articles.length);
    normsAtCount = articles.length;
  }

  function computeNorm(record: ArticleRecord, documentCount: number): number {
    let squares = 0;
    const { keys, weights } = record;
    for (let i = 0; i < keys.length; i += 1) {
      const id = keys[i]!;
      if (vocabulary.kinds[id] !== KeyKind.Number) squares += (weights[i]! * vocabulary.idf(id, documentCount)) ** 2;
    }
    return Math.sqrt(squares);
  }

  function refine(): ClusterMove[] {
    const moves: ClusterMove[] = [];
    const queue = [...touched].sort((a, b) => a - b);
    touched.clear();
    for (const storyIndex of queue) if (stories[storyIndex]!.members.length > 1) reassignMembers(storyIndex, moves);
    for (const storyIndex of queue) mergeStory(storyIndex, moves);
    stories.forEach((story, storyIndex) => {
      if (story.members.length === 1) reconsiderSingleton(storyIndex, moves);
    });
    touched.clear();
    return moves;
  }

  // A member that arrived before its own story's articles may have joined a neighbour; it moves
  // when another story fits it clearly better than the one it sits in.
  function reassignMembers(storyIndex: number, moves: ClusterMove[]): void {
    const story = stories[storyIndex]!;
    for (const articleIndex of [...story.members]) {
      const record = articles[articleIndex]!;
      if (record.duplicateOf !== undefined || story.members.length < 2) continue;
      const own = withOwnKeys(record, () => scoreStory(record, story));
      // Searching for a better story costs more than scoring the own one; a member that fits
      // where it is this well is almost never taken by another.
      if (own >= settings.threshold * SETTLED_SHARE) continue;
      const target = findStory(
        record,
        articleIndex,
        storyIndex,
        Math.max(settings.threshold, own + settings.reassignMargin),
      );
      if (target >= 0) moveArticle(articleIndex, target, moves);
    }
  }

  /**
   * Two stories started apart (their first reports arrived before either had a vocabulary) merge
   * when their members, on average, score as high against the other story as a joining article
   * must: the smaller story's articles move to the larger.
   */
  function mergeStory(storyIndex: number, moves: ClusterMove[]): void {
    let current = storyIndex;
    for (;;) {
      const story = stories[current]!;
      if (story.members.length < 2) return;
      const recent = story.members.slice(-settings.maxMembersScored);
      const candidates = new Set<number>();
      for (const articleIndex of recent) {
        for (const other of findCandidateStories(articles[articleIndex]!, articleIndex)) {
          if (other !== current && stories[other]!.members.length > 1) candidates.add(other);
        }
      }
      let best = -1;
      let bestScore = settings.threshold * settings.mergeThresholdShare;
      for (const other of [...candidates].sort((a, b) => a - b)) {
        let sum = 0;
        for (const articleIndex of recent) {
          const record = articles[articleIndex]!;
          sum += withOwnKeys(record, () => scoreStory(record, stories[other]!));
        }
        const score = sum / recent.length;
        if (score > bestScore) {
          best = other;
          bestScore = score;
        }
      }
      if (best < 0) return;
      const [from, into] =
        stories[best]!.members.length > story.members.length ||
        (stories[best]!.members.length === story.members.length && best < current)
          ? [current, best]
          : [best, current];
      for (const articleIndex of [...stories[from]!.members]) moveArticle(articleIndex, into, moves);
      current = into;
    }
  }

  // A report still alone after its batch is scored again, now that the stream's word statistics
  // are fuller, at a lower bar: a story's first report cannot have joined a story not yet begun.
  function reconsiderSingleton(storyIndex: number, moves: ClusterMove[]): void {
    const articleIndex = stories[storyIndex]!.members[0]!;
    const record = articles[articleIndex]!;
    if (record.duplicateOf !== undefined) return;
    // Short texts (a headline and a lead) share few words even when they report one event, so a
    // lone short report gets the lower bar; a long article alone after its batch gets the full one.
    const length = Math.min(1, Math.max(0, (record.keys.length - SHORT_KEYS) / (LONG_KEYS - SHORT_KEYS)));
    const share = settings.singletonThresholdShare + (1 - settings.singletonThresholdShare) * length;
    const target = findStory(record, articleIndex, storyIndex, settings.threshold * share);
    if (target >= 0) moveArticle(articleIndex, target, moves);
  }

  // Copies travel with their original, so a copy group never straddles two stories.
  function moveArticle(articleIndex: number, target: number, moves: ClusterMove[]): void {
    const group = [articleIndex, ...(copies.get(articleIndex) ?? [])];
    for (const index of group) {
      const record = articles[index]!;
      const from = stories[record.story]!;
      if (record.story === target) continue;
      from.members = from.members.filter((member) => member !== index);
      recomputeDays(from);
      record.story = target;
      joinStory(record, index);
      moves.push({ articleId: record.id, from: from.id, to: stories[target]!.id });
    }
    stories[target]!.members.sort((a, b) => a - b);
  }

  function noteCopy(original: number, copy: number): void {
    const list = copies.get(original);
    if (list) list.push(copy);
    else copies.set(original, [copy]);
  }

  function recomputeDays(story: Story): void {
    delete story.firstDay;
    delete story.lastDay;
    for (const member of story.members) {
      const day = articles[member]!.day;
      if (day === undefined) continue;
      story.firstDay = Math.min(story.firstDay ?? day, day);
      story.lastDay = Math.max(story.lastDay ?? day, day);
    }
  }

  function joinStory(record: ArticleRecord, articleIndex: number): void {
    const story = stories[record.story]!;
    story.members.push(articleIndex);
    touched.add(record.story);
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
    for (const key of saved.keys) vocabulary.intern(key);
    for (const savedStory of saved.stories) stories.push({ ...savedStory, members: [...savedStory.members] });
    saved.articles.forEach((savedArticle, articleIndex) => {
      const { signature, keys, weights, ...rest } = savedArticle;
      const record: ArticleRecord = { ...rest, keys: Int32Array.from(keys), weights: Float32Array.from(weights) };
      if (signature) {
        record.signature = Uint32Array.from(signature);
        duplicateIndex.add(articleIndex, record.signature);
      }
      for (const id of record.keys) vocabulary.add(id, articleIndex);
      if (record.duplicateOf !== undefined) noteCopy(record.duplicateOf, articleIndex);
      countDay(record.day);
      articles.push(record);
      articleIndexes.set(record.id, articleIndex);
    });
    normsAtCount = saved.normsAtCount;
  }

  return {
    add,
    refine,
    stories: () =>
      stories
        .filter((story) => story.members.length > 0)
        .map((story) => ({ id: story.id, members: story.members.map((member) => articles[member]!.id) })),
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
        keys: [...vocabulary.keys],
        stories: stories.map((story) => ({ ...story, members: [...story.members] })),
        articles: articles.map(({ signature, keys, weights, ...rest }) => {
          const saved: ArticleState = { ...rest, keys: [...keys], weights: [...weights] };
          if (signature) saved.signature = [...signature];
          return saved;
        }),
        normsAtCount,
      };
    },
  };
}

/** Clusters a whole batch in arrival order: the same result as adding the articles one by one. */
export function clusterArticles(inputs: ClusterInput[], options: StoryClustererOptions = {}): ClusterResult {
  const clusterer = createStoryClusterer(options);
  for (const input of inputs) clusterer.add(input);
  clusterer.refine();
  return { stories: clusterer.stories(), duplicates: clusterer.duplicates() };
}
