/**
 * @module story-links
 * Links from a story page into its sources: the source view of one article with a span highlighted
 * (`?start=&end=` marks it, `#s-<start>-<end>` scrolls to it).
 */
import type { StoryView } from '../story-catalog.js';
import { segment, withQuery } from './html-template.js';

export function spanAnchor(start: number, end: number): string {
  return `s-${start}-${end}`;
}

/** The source view of an article, optionally with one span highlighted; undefined when the article is not stored. */
export function sourceHref(
  view: StoryView,
  articleId: string,
  span?: { start: number; end: number },
): string | undefined {
  const key = view.keys.get(articleId);
  if (key === undefined) return undefined;
  const path = `/stories/${segment(view.report.id)}/articles/${key}`;
  if (!span) return path;
  return `${withQuery(path, { start: span.start, end: span.end })}#${spanAnchor(span.start, span.end)}`;
}

export function compareHref(storyId: string, a: string, b: string): string {
  return withQuery(`/stories/${segment(storyId)}/compare`, { a, b });
}

/** The outlet's name for an article, else its title, else its opening words (ids are unreadable). */
export function outletOf(view: StoryView, articleId: string): string {
  const article = view.report.articles.find((a) => a.id === articleId);
  if (!article) return articleId;
  if (article.outlet ?? article.title) return article.outlet ?? article.title ?? articleId;
  const words = article.text.trim().split(/\s+/);
  return words.length === 0 || words[0] === ''
    ? articleId
    : `“${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`;
}
