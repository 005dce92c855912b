/**
 * @module infer-publication-dates
 * Gives undated articles a publication date from the story: the day, near the dated articles, that
 * makes the article's own relative dates ("on Monday", "on Tuesday") land most recently before it.
 */
import type { DateMention } from '../../model/mention.js';
import { addDays, parseIsoDay, toIsoDay } from '../../text/calendar.js';

export interface DatingInput {
  id: string;
  published?: string;
  /** Date mentions found with no reference date: absolute ones carry `date`, relative ones not. */
  dates: DateMention[];
  /** Re-resolves this article's dates as if it were published on `day`. */
  resolveAt: (day: string) => DateMention[];
}

const SEARCH_DAYS = 4;
/** Pull towards the story's dated articles, so ties go to the day closest to them. */
const ANCHOR_WEIGHT = 0.1;
/** Days of distance a day loses when all of an article's relative dates would fall after it. */
const FUTURE_PENALTY = 2;

/** Article id → inferred YYYY-MM-DD, for the articles that had no date and can be placed. */
export function inferPublicationDates(articles: DatingInput[]): Map<string, string> {
  const inferred = new Map<string, string>();
  const explicit = articles.map((a) => a.published).filter((d): d is string => d !== undefined);
  // With no dated article, the latest calendar dates each article states stand in for one.
  const stated = articles.map((a) => absoluteDates(a).at(-1)).filter((d): d is string => d !== undefined);
  const storyAnchor = median(explicit) ?? median(stated);
  for (const article of articles) {
    if (article.published) continue;
    const absolute = absoluteDates(article);
    const anchor = storyAnchor ?? absolute.at(-1);
    if (!anchor) continue;
    const latestStated = absolute
      .filter((d) => d <= addIso(anchor, SEARCH_DAYS))
      .sort()
      .at(-1);
    let best: { day: string; score: number } | undefined;
    for (let offset = -SEARCH_DAYS; offset <= SEARCH_DAYS; offset++) {
      const day = addIso(anchor, offset);
      if (latestStated && day < latestStated) continue;
      const score = scoreDay(day, article.resolveAt(day), anchor);
      if (score !== undefined && (!best || score < best.score)) best = { day, score };
    }
    if (best) inferred.set(article.id, best.day);
  }
  return inferred;
}

function absoluteDates(article: DatingInput): string[] {
  return article.dates
    .filter((d) => !d.isRelative && d.date && d.precision !== 'week')
    .map((d) => d.date as string)
    .sort();
}

/** Median distance back to the article's relative dates, plus a small pull to the anchor day. */
function scoreDay(day: string, dates: DateMention[], anchor: string): number | undefined {
  const all = dates
    .filter((d) => d.isRelative && d.date && d.precision !== 'week')
    .map((d) => daysBetween(d.date as string, day));
  const distances = all.filter((distance) => distance >= 0);
  // "spent Monday meeting officials" read on Sunday would be next Monday: news mostly tells what
  // already happened, so weekdays that land after the day count against it.
  const futureShare = all.length > 0 ? (all.length - distances.length) / all.length : 0;
  const anchorPull = Math.abs(daysBetween(anchor, day)) * ANCHOR_WEIGHT + futureShare * FUTURE_PENALTY;
  if (distances.length === 0) return anchorPull;
  return (median(distances) ?? 0) + anchorPull;
}

function median<T extends string | number>(values: T[]): T | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (typeof sorted[0] === 'number' && sorted.length % 2 === 0) {
    const middle = sorted.length / 2;
    return (((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2) as T;
  }
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function addIso(day: string, days: number): string {
  return toIsoDay(addDays(parseIsoDay(day), days));
}

function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDay(to).getTime() - parseIsoDay(from).getTime()) / 86_400_000);
}
