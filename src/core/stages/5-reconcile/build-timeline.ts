/**
 * @module build-timeline
 * One merged timeline: each day-precise date in the story with what happened that day, the sentence
 * it was read from, and every article that tells of it (near-identical sentences merged).
 */
import type { DateMention } from '../../model/mention.js';
import type { Sentence } from '../../model/mention.js';
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
  for (const article of articles) {
    for (const date of article.dates) {
      if (!date.date || date.precision === 'week') continue;
      const sentence = article.sentences.find((s) => s.start <= date.start && s.end >= date.end);
      if (!sentence) continue;
      const text = article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
      const words = contentWords(text);
      const same = entries.find((e) => e.date === date.date && overlap(e.words, words) >= SAME_EVENT_OVERLAP);
      if (same) {
        if (!same.articles.includes(article.articleId)) same.articles.push(article.articleId);
        continue;
      }
      entries.push({
        date: date.date,
        text,
        articles: [article.articleId],
        source: { article: article.articleId, start: sentence.start, end: sentence.end },
        words,
      });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date)).map(({ words: _words, ...entry }) => entry);
}

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
