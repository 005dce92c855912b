/**
 * @module cluster-synthetic-stream
 * A reproducible synthetic news stream for the clustering benchmark: stories built from per-story
 * topic words, names, places and numbers over a shared Zipf-distributed common vocabulary.
 */
import type { ClusterInput } from '../../src/core/stages/3-cluster/cluster-input.js';

export interface SyntheticArticle extends ClusterInput {
  /** The story the article was generated from: the gold label. */
  story: number;
  /** The article this one copies (syndication), when it is a copy. */
  copyOf?: string;
}

export interface SyntheticStreamOptions {
  articles: number;
  seed?: number;
  /** Mean articles per story (sizes are uniform in [mean/2, 3·mean/2]). */
  meanStorySize?: number;
}

const COMMON_WORDS = 5_000;
const TOPIC_WORDS = 40_000;
const NAMES = 20_000;
const PLACES = 3_000;
const TOPIC_WORDS_PER_STORY = 12;
const BODY_WORDS = 150;
const COPY_SHARE = 0.03;
const FIRST_DAY = Date.UTC(2022, 0, 1) / 86_400_000;
const SPAN_DAYS = 730;
// 24 syllables: 14,400 words of two or three syllables, 345,600 of three or four.
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vu', 'sen', 'dor', 'bi', 'ne', 'pa', 'zu'].concat([
  'qua',
  'ri',
  'tal',
  'om',
  'fe',
  'gu',
  'hin',
  'jo',
  'ler',
  'mas',
  'nov',
  'pey',
]);

/** Yields articles in arrival order (by date, stories interleaved); same options, same stream. */
export function* generateSyntheticStream(options: SyntheticStreamOptions): Generator<SyntheticArticle> {
  const { articles: total, seed = 1, meanStorySize = 10 } = options;
  const random = createRandom(seed);
  const pick = (size: number): number => Math.floor(random() * size);
  const common = makeWords(COMMON_WORDS, 2, random);
  const topics = makeWords(TOPIC_WORDS, 3, random);
  const names = makeWords(NAMES, 3, random).map(capitalise);
  const places = makeWords(PLACES, 3, random).map(capitalise);
  // Zipf over common words: index = floor(N^u) - 1 gives a roughly 1/rank distribution.
  const commonWord = (): string => common[Math.min(COMMON_WORDS - 1, Math.floor(COMMON_WORDS ** random()) - 1)]!;

  interface StoryPlan {
    id: number;
    topics: string[];
    names: string[];
    places: string[];
    numbers: string[];
    day: number;
    remaining: number;
    produced: SyntheticArticle[];
  }
  // Stories open in date order; each keeps publishing for a few days.
  const storyCount = Math.ceil(total / meanStorySize);
  const starts = Array.from({ length: storyCount }, () => FIRST_DAY + pick(SPAN_DAYS)).sort((a, b) => a - b);
  const plans: StoryPlan[] = starts.map((day, id) => ({
    id,
    topics: Array.from({ length: TOPIC_WORDS_PER_STORY }, () => topics[pick(TOPIC_WORDS)]!),
    names: Array.from({ length: 3 }, () => names[pick(NAMES)]!),
    places: Array.from({ length: 1 + pick(2) }, () => places[pick(PLACES)]!),
    numbers: Array.from({ length: 3 }, () => String(10 + pick(5000))),
    day,
    remaining: Math.max(1, Math.round(meanStorySize * (0.5 + random()))),
    produced: [],
  }));

  const word = (plan: StoryPlan): string => {
    const roll = random();
    if (roll < 0.55) return commonWord();
    if (roll < 0.8) return plan.topics[pick(plan.topics.length)]!;
    if (roll < 0.88) return plan.names[pick(plan.names.length)]!;
    if (roll < 0.93) return plan.places[pick(plan.places.length)]!;
    if (roll < 0.95) return plan.numbers[pick(plan.numbers.length)]!;
    return topics[pick(TOPIC_WORDS)]!;
  };
  const sentence = (plan: StoryPlan, length: number): string => {
    const words = Array.from({ length }, () => word(plan));
    return `${capitalise(words.join(' '))}.`;
  };

  let emitted = 0;
  let open = 0;
  const active: StoryPlan[] = [];
  while (emitted < total) {
    // Keep a window of about 40 stories publishing at once, opened in date order.
    while (active.length < 40 && open < plans.length) active.push(plans[open++]!);
    if (active.length === 0) break;
    const slot = pick(active.length);
    const plan = active[slot]!;
    const id = `s${plan.id}-a${plan.produced.length}`;
    const published = toDate(plan.day + pick(4));
    let article: SyntheticArticle;
    if (plan.produced.length > 0 && random() < COPY_SHARE) {
      const original = plan.produced[pick(plan.produced.length)]!;
      article = {
        id,
        story: plan.id,
        copyOf: original.id,
        title: sentence(plan, 8).slice(0, -1),
        text: `By staff of outlet ${pick(900)}. ${original.text}`,
        published,
      };
    } else {
      const body: string[] = [];
      for (let words = 0; words < BODY_WORDS; words += 15) body.push(sentence(plan, 15));
      article = { id, story: plan.id, title: sentence(plan, 8).slice(0, -1), text: body.join(' '), published };
    }
    plan.produced.push(article);
    plan.remaining -= 1;
    if (plan.remaining <= 0) {
      active.splice(slot, 1);
      plan.produced = [];
    }
    emitted += 1;
    yield article;
  }
}

function makeWords(count: number, syllables: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const length = syllables + Math.floor(random() * 2);
    for (let i = 0; i < length; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    words.add(word);
  }
  return [...words];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function toDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
