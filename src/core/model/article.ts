/**
 * @module article
 * The extracted article: clean main text, metadata, and the noise that was removed (with reasons).
 */
import type { Span } from './span.js';

export type PublishedHow = 'explicit' | 'inferred';

export interface RemovedLine {
  text: string;
  /** Why it was removed, e.g. `caption`, `related-link`, `newsletter-prompt`. */
  reason: string;
}

export interface Article {
  id: string;
  source: string;
  url?: string;
  outlet?: string;
  title?: string;
  byline?: string;
  /** YYYY-MM-DD */
  published?: string;
  publishedHow?: PublishedHow;
  /** Where the date came from, e.g. `meta:article:published_time`, `json-ld`, `updated-line`. */
  publishedFrom?: string;
  /** Main text; paragraphs separated by a blank line. All spans point into this string. */
  text: string;
  paragraphs: Span[];
  removed: RemovedLine[];
}
