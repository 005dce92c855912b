/**
 * @module match-quotes
 * The same quote across outlets, found through an index of word shingles rather than every quote against
 * every other: verbatim, trimmed (one outlet carries less of it, or joins pieces with an ellipsis) or lightly
 * reworded ("&" for "and", a word changed), each appearance saying how it matched and the rewordings shown.
 */
import type { QuoteMention } from '../../model/mention.js';
import type { QuoteAppearance, QuoteMatch, ReportQuote } from '../../model/story-report.js';

export interface ArticleQuote {
  articleId: string;
  outlet: string;
  quote: QuoteMention;
}

/** Shortest shared run of words that makes two quotes one. */
const MIN_SHARED_WORDS = 6;
const MIN_WORDS = 4;
const MIN_PARTIAL_WORDS = 6;
/** A few quoted words ("dishonest and hypocritical") count as a quote only when another outlet carries them too. */
const MIN_SHARED_PHRASE_WORDS = 2;
const SHINGLE = 3;
/** A shingle in more quotes than this is boilerplate speech ("we are going to"): it proposes no candidates. */
const MAX_POSTINGS = 64;
/** Word-level alignment of two appearances is exact up to this many cells, else read from the shingles. */
const MAX_ALIGNMENT_CELLS = 40_000;
const NUMBER_WORDS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, String(i)]),
);
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for and or but is are was were be been it its this that these those he she they we i you his her their our my your as by with from not no so do does did'.split(
    ' ',
  ),
);

interface Unit {
  id: number;
  item: ArticleQuote;
  words: string[];
  /** Character offsets of each word in the article (the quote's text starts at `quote.start`). */
  offsets: { start: number; end: number }[];
  /** Too short to be a quote alone; it joins only words another outlet carries. */
  isShort: boolean;
  shingles: Set<string>;
}

interface Link {
  a: number;
  b: number;
  /** The two carry the very same words: one passage whatever else they hold. */
  isCopy?: boolean;
}

/** A quote linked to more separate quotes of one article than this is boilerplate, not a holder of passages. */
const MAX_HELD = 32;

/** One report quote per passage; appearances keep their article spans, in input order. */
export function matchQuotes(quotes: ArticleQuote[]): ReportQuote[] {
  const units: Unit[] = [];
  for (const item of quotes) {
    const { words, offsets } = readWords(item.quote.text, item.quote.start);
    const minimum = item.quote.isPartial ? MIN_PARTIAL_WORDS : MIN_WORDS;
    if (words.length < MIN_SHARED_PHRASE_WORDS) continue;
    const isShort = words.length < minimum;
    if (isShort && words.every((word) => FUNCTION_WORDS.has(word))) continue;
    units.push({ id: units.length, item, words, offsets, isShort, shingles: shinglesOf(words) });
  }
  const links = findLinks(units);
  const groups = groupUnits(units, links);
  return groups.map((group) => reportQuote(group));
}

function readWords(text: string, base: number): { words: string[]; offsets: { start: number; end: number }[] } {
  const words: string[] = [];
  const offsets: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|&/gu)) {
    const raw = match[0].toLowerCase().replace(/’/gu, "'");
    words.push(raw === '&' ? 'and' : (NUMBER_WORDS.get(raw) ?? raw));
    offsets.push({ start: base + match.index, end: base + match.index + match[0].length });
  }
  return { words, offsets };
}

function shinglesOf(words: readonly string[]): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i += 1) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  return shingles;
}

/** Keys a unit is found by: its shingles, or for a two-word phrase the phrase itself. */
function keysOf(unit: Unit): Iterable<string> {
  return unit.words.length < SHINGLE ? [unit.words.join(' ')] : unit.shingles;
}

/**
 * Candidate pairs come from shared index keys: exact copies first (one key for the whole text), then shared
 * shingles; a two-word phrase is looked up among the bigrams of longer quotes. Every candidate is then checked.
 */
function findLinks(units: readonly Unit[]): Link[] {
  const links: Link[] = [];
  const byText = new Map<string, number>();
  const distinct: Unit[] = [];
  for (const unit of units) {
    const key = unit.words.join(' ');
    const first = byText.get(key);
    if (first === undefined) {
      byText.set(key, unit.id);
      distinct.push(unit);
    } else links.push({ a: first, b: unit.id, isCopy: true });
  }
  const postings = new Map<string, number[]>();
  const bigrams = new Map<string, number[]>();
  const hasPhrases = distinct.some((unit) => unit.words.length < SHINGLE);
  for (const unit of distinct) {
    for (const key of keysOf(unit)) push(postings, key, unit.id);
    if (!hasPhrases) continue;
    const seen = new Set<string>();
    for (let i = 0; i + 2 <= unit.words.length; i += 1) {
      const bigram = `${unit.words[i]} ${unit.words[i + 1]}`;
      if (!seen.has(bigram)) push(bigrams, bigram, unit.id);
      seen.add(bigram);
    }
  }
  for (const unit of distinct) {
    const candidates = new Set<number>();
    const index = unit.words.length < SHINGLE ? bigrams : postings;
    for (const key of keysOf(unit)) {
      const posting = index.get(key);
      if (!posting || posting.length > MAX_POSTINGS) continue;
      for (const other of posting) if (other > unit.id || unit.words.length < SHINGLE) candidates.add(other);
    }
    for (const other of candidates) {
      const partner = units[other];
      if (!partner || partner.id === unit.id) continue;
      if (unit.words.length < SHINGLE && partner.words.length < SHINGLE && partner.id < unit.id) continue;
      if (isSameQuote(unit, partner)) links.push({ a: Math.min(unit.id, other), b: Math.max(unit.id, other) });
    }
  }
  return links;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Longest run of the words of `a` whose shingles all occur in `b` (a whole two-word phrase counts as a run). */
function sharedRun(a: Unit, b: Unit): number {
  if (a.words.length < SHINGLE) return containsPhrase(b.words, a.words) ? a.words.length : 0;
  let best = 0;
  let run = 0;
  for (let i = 0; i + SHINGLE <= a.words.length; i += 1) {
    if (b.shingles.has(a.words.slice(i, i + SHINGLE).join(' '))) {
      run += 1;
      best = Math.max(best, run + SHINGLE - 1);
    } else run = 0;
  }
  return best;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i += 1) {
    for (let j = 0; j < phrase.length; j += 1) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

function isSameQuote(a: Unit, b: Unit): boolean {
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const run = sharedRun(shorter, longer);
  // Within one article two quotes sharing words are two utterances, unless one repeats the other whole.
  if (a.item.articleId === b.item.articleId) return run >= shorter.words.length;
  if (shorter.isShort) {
    // A few words are one quote only when all of them recur and the speakers do not say otherwise.
    return run >= shorter.words.length && areSpeakersCompatible(shorter.item.quote, longer.item.quote);
  }
  const needed = Math.min(MIN_SHARED_WORDS, Math.max(MIN_WORDS, Math.ceil(shorter.words.length * 0.8)));
  if (run >= needed) return true;
  // One named speaker quoted by two outlets: half of a short quote's words in a row is the same words.
  return run >= MIN_WORDS && 2 * run >= shorter.words.length && isSameSpeaker(shorter.item.quote, longer.item.quote);
}

function surnameOf(speaker: string | undefined): string | undefined {
  if (!speaker || !/\p{Lu}/u.test(speaker)) return undefined;
  const words = speaker.replace(/['’]s?$/u, '').split(/\s+/u);
  return words[words.length - 1]?.toLowerCase();
}

function isSameSpeaker(a: QuoteMention, b: QuoteMention): boolean {
  const first = surnameOf(a.speaker);
  return first !== undefined && first === surnameOf(b.speaker);
}

function areSpeakersCompatible(a: QuoteMention, b: QuoteMention): boolean {
  const first = surnameOf(a.speaker);
  const second = surnameOf(b.speaker);
  return first === undefined || second === undefined || first === second;
}

interface Group {
  core: Unit[];
  /** Longer quotes of other outlets that hold this passage among others: "…A. B." holding “A” and “B”. */
  containing: Unit[];
}

/**
 * Links join quotes into passages, except that a quote linked to two separate quotes of one article holds
 * both: it is listed in each passage rather than merging them into one.
 */
function groupUnits(units: readonly Unit[], links: readonly Link[]): Group[] {
  // Copies share one entry: only distinct wordings can be held apart by a longer quote.
  const neighbours = units.map(() => new Set<number>());
  for (const { a, b, isCopy } of links) {
    if (isCopy) continue;
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }
  const bridged = new Set<string>();
  const isBridge = new Uint8Array(units.length);
  for (const unit of units) {
    const byArticle = new Map<string, number[]>();
    for (const other of neighbours[unit.id] ?? []) {
      const article = units[other]?.item.articleId ?? '';
      if (article === unit.item.articleId) continue;
      push(byArticle, article, other);
    }
    for (const members of byArticle.values()) {
      if (members.length > MAX_HELD) continue;
      const separate = members.filter((m) => !members.some((n) => n !== m && neighbours[m]?.has(n)));
      if (separate.length < 2) continue;
      isBridge[unit.id] = 1;
      for (const member of separate) bridged.add(`${Math.min(member, unit.id)}:${Math.max(member, unit.id)}`);
    }
  }
  const parent = units.map((unit) => unit.id);
  const find = (id: number): number => {
    let root = id;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[id] !== root) {
      const next = parent[id] ?? root;
      parent[id] = root;
      id = next;
    }
    return root;
  };
  for (const { a, b } of links) {
    if (bridged.has(`${a}:${b}`)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, Group>();
  const order: Group[] = [];
  for (const unit of units) {
    const root = find(unit.id);
    let group = byRoot.get(root);
    if (!group) {
      group = { core: [], containing: [] };
      byRoot.set(root, group);
      order.push(group);
    }
    group.core.push(unit);
  }
  for (const key of bridged) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const [holder, held] = isBridge[a] === 1 && isBridge[b] !== 1 ? [a, b] : [b, a];
    const group = byRoot.get(find(held));
    const unit = units[holder];
    if (group && unit && !group.core.includes(unit) && !group.containing.includes(unit)) group.containing.push(unit);
  }
  return order.filter((group) => {
    // A bridging quote alone is already listed in the passages it holds.
    if (group.core.every((unit) => isBridge[unit.id] === 1) && group.core.length === 1) {
      const only = group.core[0];
      if (only && order.some((other) => other !== group && other.containing.includes(only))) return false;
    }
    const outlets = new Set([...group.core, ...group.containing].map((unit) => unit.item.outlet));
    // Scare quotes ("terrorists") are framing, not speech, unless another outlet quotes the same words.
    return outlets.size >= 2 || group.core.some((unit) => !unit.isShort);
  });
}

function reportQuote(group: Group): ReportQuote {
  const representative = group.core.reduce((a, b) =>
    b.isShort === a.isShort ? (b.item.quote.text.length > a.item.quote.text.length ? b : a) : a.isShort ? b : a,
  );
  const outlets = new Set([...group.core, ...group.containing].map((unit) => unit.item.outlet));
  const appearances: QuoteAppearance[] = [];
  const differences: string[] = [];
  const members = [...group.core, ...group.containing].sort((a, b) => a.id - b.id);
  for (const unit of members) {
    const isContaining = group.containing.includes(unit);
    const span = isContaining ? heldSpan(unit, representative) : undefined;
    const alignment = unit === representative ? undefined : alignWords(representative.words, unit.words);
    const match: QuoteMatch = unit === representative ? 'verbatim' : classify(representative, unit, alignment);
    const { quote } = unit.item;
    const start = span?.start ?? quote.start;
    const end = span?.end ?? quote.end;
    appearances.push({
      article: unit.item.articleId,
      start,
      end,
      text: span ? quote.text.slice(start - quote.start, end - quote.start) : quote.text,
      ...(quote.speaker && { speaker: quote.speaker }),
      match,
    });
    if (unit.item.outlet === representative.item.outlet) continue;
    if (match === 'trimmed' && unit.words.length < representative.words.length) {
      differences.push(
        `${unit.item.outlet} carries less of it (${unit.words.length} of ${representative.words.length} words)`,
      );
    }
    if (match === 'paraphrase' && alignment) {
      const wording = describeRewording(representative, unit, alignment);
      if (wording) differences.push(wording);
    }
  }
  return {
    speaker: bestSpeaker(group, representative),
    text: representative.item.quote.text,
    verdict: outlets.size >= 2 ? 'corroborated' : 'single-source',
    appearances,
    ...(differences.length > 0 && { differences: [...new Set(differences)] }),
  };
}

/** The words of a longer quote that carry `passage`: from its first to its last shared shingle. */
function heldSpan(holder: Unit, passage: Unit): { start: number; end: number } | undefined {
  let first = -1;
  let last = -1;
  if (passage.words.length < SHINGLE) return undefined;
  for (let i = 0; i + SHINGLE <= holder.words.length; i += 1) {
    if (!passage.shingles.has(holder.words.slice(i, i + SHINGLE).join(' '))) continue;
    if (first < 0) first = i;
    last = i + SHINGLE - 1;
  }
  const start = holder.offsets[first]?.start;
  const end = holder.offsets[last]?.end;
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/** Pairs of aligned word indices (in order) between `a` and `b`, or undefined when too long to align exactly. */
function alignWords(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  if (a.length * b.length > MAX_ALIGNMENT_CELLS) return undefined;
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * Verbatim: the same words. Trimmed: one carries all of its words inside the other (a part of it, or parts
 * joined by an ellipsis). Paraphrase: a word changed somewhere.
 */
function classify(representative: Unit, unit: Unit, alignment: [number, number][] | undefined): QuoteMatch {
  const shorter = Math.min(representative.words.length, unit.words.length);
  if (alignment) {
    if (alignment.length === representative.words.length && alignment.length === unit.words.length) return 'verbatim';
    return alignment.length >= shorter ? 'trimmed' : 'paraphrase';
  }
  const [small, large] =
    unit.words.length <= representative.words.length ? [unit, representative] : [representative, unit];
  if (small.words.length < SHINGLE) return 'trimmed';
  for (const shingle of small.shingles) if (!large.shingles.has(shingle)) return 'paraphrase';
  return small.words.length === large.words.length ? 'verbatim' : 'trimmed';
}

/** Words changed inside the stretch both carry: "put on hold" (HuffPost) vs "being put on hold" (NYT). */
function describeRewording(representative: Unit, unit: Unit, alignment: [number, number][]): string | undefined {
  const first = alignment[0];
  const last = alignment[alignment.length - 1];
  if (!first || !last) return undefined;
  const only = (words: readonly string[], from: number, to: number, kept: Set<number>): string[] => {
    const out: string[] = [];
    for (let k = from; k <= to; k += 1) if (!kept.has(k)) out.push(words[k] ?? '');
    return out;
  };
  const keptA = new Set(alignment.map(([i]) => i));
  const keptB = new Set(alignment.map(([, j]) => j));
  const onlyA = only(representative.words, first[0], last[0], keptA);
  const onlyB = only(unit.words, first[1], last[1], keptB);
  if (onlyA.length === 0 && onlyB.length === 0) return undefined;
  if (onlyA.length > 6 || onlyB.length > 6) return `${unit.item.outlet} words it differently in places`;
  const show = (words: string[]): string => (words.length > 0 ? `"${words.join(' ')}"` : '(nothing)');
  return `${show(onlyA)} (${representative.item.outlet}) vs ${show(onlyB)} (${unit.item.outlet})`;
}

/**
 * The speaker most appearances agree on, counting a name the frame states above one read through "he said"
 * or a description, and a full name (no possessive) for the winner.
 */
function bestSpeaker(group: Group, representative: Unit): string {
  const votes = new Map<string, { weight: number; names: string[]; first: number }>();
  for (const unit of [...group.core, ...group.containing]) {
    const { speaker, speakerCertainty, isPartial } = unit.item.quote;
    if (!speaker) continue;
    const name = speaker.replace(/['’]s?$/u, '');
    const key = surnameOf(name) ?? name.toLowerCase();
    let weight = speakerCertainty === 'inferred' ? 1.5 : 3;
    if (!/\p{Lu}/u.test(name)) weight *= 0.4;
    if (isPartial) weight *= 0.8;
    if (group.containing.includes(unit)) weight *= 0.5;
    if (unit === representative) weight += 0.1;
    const vote = votes.get(key) ?? { weight: 0, names: [], first: unit.id };
    vote.weight += weight;
    vote.names.push(name);
    votes.set(key, vote);
  }
  let best: { weight: number; names: string[]; first: number } | undefined;
  for (const vote of votes.values()) {
    if (!best || vote.weight > best.weight || (vote.weight === best.weight && vote.first < best.first)) best = vote;
  }
  if (!best) return 'unknown';
  return best.names.reduce((a, b) => (b.length > a.length ? b : a));
}
