/**
 * @module build-timeline
 * One merged timeline: each day-precise date in the story with what happened that day, the sentence
 * it was read from, and every article that tells of it (near-identical sentences merged).
 */
import type { DateMention } from '../../model/mention.js';
import type { Sentence } from '../../model/mention.js';
import type { Span } from '../../model/span.js';
import type { TimelineEntry } from '../../model/story-report.js';

export interface TimelineInput {
  articleId: string;
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
}

const SAME_EVENT_OVERLAP = 0.5;
/** Date words say when, not what: two sentences about one day share them without sharing an event. */
const CALENDAR_WORDS =
  /^(\d+|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year)$/;

export function buildTimeline(articles: TimelineInput[]): TimelineEntry[] {
  const entries: (TimelineEntry & { words: Set<string> })[] = [];
  // Entries by day: a long article's dates are compared with that day's entries only, not all.
  const byDay = new Map<string, (TimelineEntry & { words: Set<string> })[]>();
  for (const article of articles) {
    for (const date of article.dates) {
      if (!date.date || date.precision === 'week') continue;
      const index = sentenceHolding(article.sentences, date);
      if (index < 0) continue;
      const sentence = wholeSentence(article, index);
      const text = article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
      const words = contentWords(text);
      const sameDay = byDay.get(date.date) ?? [];
      const same = sameDay.find((e) => overlap(e.words, words) >= SAME_EVENT_OVERLAP);
      if (same) {
        if (!same.articles.includes(article.articleId)) same.articles.push(article.articleId);
        continue;
      }
      const entry = {
        date: date.date,
        text,
        articles: [article.articleId],
        source: { article: article.articleId, start: sentence.start, end: sentence.end },
        words,
      };
      entries.push(entry);
      if (sameDay.length === 0) byDay.set(date.date, sameDay);
      sameDay.push(entry);
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date)).map(({ words: _words, ...entry }) => entry);
}

/** The sentence holding a span (sentences are in text order), or -1: a bisection, not a scan per date. */
function sentenceHolding(sentences: readonly Span[], span: { start: number; end: number }): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sentences[mid]?.end ?? Infinity) < span.end) low = mid + 1;
    else high = mid;
  }
  const sentence = sentences[low];
  return sentence && sentence.start <= span.start && sentence.end >= span.end ? low : -1;
}

/**
 * The sentence around a date, across breaks the splitter put inside it: "Sen. Ana Duarte (D-N." /
 * "M.) announced … on Wednesday" is one sentence, and so is "… Gregor Halvorsen (D-Nev.)" /
 * "received a letter …". A piece continues the one before when it opens in lower case, on a closing bracket or
 * on a lone initial ("M.)", "Y.,"), or when the piece before left a bracket open.
 */
function wholeSentence(article: TimelineInput, index: number): Span {
  const { sentences, text } = article;
  const continues = (i: number): boolean => {
    const previous = sentences[i - 1];
    const current = sentences[i];
    if (!previous || !current || previous.paragraph !== current.paragraph) return false;
    const head = text.slice(current.start, current.end).trimStart();
    if (CONTINUATION_START.test(head)) return true;
    const before = text.slice(previous.start, previous.end);
    return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
  };
  let first = index;
  let last = index;
  while (first > 0 && first > index - MAX_PIECES && continues(first)) first -= 1;
  while (last + 1 < sentences.length && last < index + MAX_PIECES && continues(last + 1)) last += 1;
  return { start: sentences[first]?.start ?? 0, end: sentences[last]?.end ?? 0 };
}

const CONTINUATION_START = /^(?:\p{Ll}|[)\]]|\p{Lu}\.\s*[),])/u;
const MAX_PIECES = 3;

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !CALENDAR_WORDS.test(w)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
