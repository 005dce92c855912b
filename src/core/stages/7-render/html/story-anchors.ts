/**
 * @module story-anchors
 * Every cited span of one story, registered before rendering so each link points at an element that exists.
 */
import type { StoryReport } from '../../../model/story-report.js';
import type { IdAllocator } from './escape-html.js';

/** `cite`: the exact words (a figure, a quote); `sentence`: the sentence around them. */
export type RangeKind = 'cite' | 'sentence';

export interface CitedRange {
  id: string;
  start: number;
  end: number;
  kinds: Set<RangeKind>;
}

export interface StoryAnchors {
  /** `s1-`: keeps ids of several stories in one document apart. */
  prefix: string;
  /** Element id of the article, undefined for an article the report does not hold. */
  articleId(articleId: string): string | undefined;
  /** Element id of a cited span, undefined when the span is not inside the article's text. */
  spanId(articleId: string, start: number, end: number): string | undefined;
  rangesOf(articleId: string): CitedRange[];
}

export function collectStoryAnchors(report: StoryReport, storyIndex: number, ids: IdAllocator): StoryAnchors {
  const prefix = `s${storyIndex + 1}-`;
  const keys = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const article of report.articles) {
    if (keys.has(article.id)) continue;
    keys.set(article.id, ids.take(`${prefix}art-${article.id}`).slice(prefix.length + 4));
    texts.set(article.id, article.text);
  }
  const ranges = new Map<string, Map<string, CitedRange>>();
  const register = (articleId: string, start: number, end: number, kind: RangeKind): void => {
    const key = keys.get(articleId);
    const length = texts.get(articleId)?.length ?? -1;
    if (key === undefined || !Number.isInteger(start) || !Number.isInteger(end)) return;
    if (start < 0 || end <= start || end > length) return;
    const byArticle = ranges.get(articleId) ?? new Map<string, CitedRange>();
    ranges.set(articleId, byArticle);
    // The id is unique without the allocator: the article key is unique and two offsets always end it.
    const id = `${prefix}a-${key}-${start}-${end}`;
    const range = byArticle.get(id) ?? { id, start, end, kinds: new Set<RangeKind>() };
    range.kinds.add(kind);
    byArticle.set(id, range);
  };

  for (const fact of report.facts) {
    for (const claim of fact.claims) {
      register(claim.article, claim.start, claim.end, 'cite');
      register(claim.article, claim.sentenceStart, claim.sentenceEnd, 'sentence');
    }
  }
  for (const quote of report.quotes) {
    for (const appearance of quote.appearances) register(appearance.article, appearance.start, appearance.end, 'cite');
  }
  for (const entry of report.timeline) {
    if (entry.source) register(entry.source.article, entry.source.start, entry.source.end, 'sentence');
  }

  return {
    prefix,
    articleId: (articleId) => {
      const key = keys.get(articleId);
      return key === undefined ? undefined : `${prefix}art-${key}`;
    },
    spanId: (articleId, start, end) => {
      const key = keys.get(articleId);
      const id = `${prefix}a-${key ?? ''}-${start}-${end}`;
      return key !== undefined && ranges.get(articleId)?.has(id) ? id : undefined;
    },
    rangesOf: (articleId) => [...(ranges.get(articleId)?.values() ?? [])],
  };
}
