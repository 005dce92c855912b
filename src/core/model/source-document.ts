/**
 * @module source-document
 * What ingest hands to extract: decoded text of one document plus where it came from.
 */

export type DocumentFormat = 'html' | 'text' | 'markdown';

/** Metadata known before extraction (from a JSONL line, a feed item, HTTP headers). */
export interface SourceHints {
  url?: string;
  outlet?: string;
  title?: string;
  /** ISO date or date-time as given by the container (feed pubDate, JSONL `published`). */
  published?: string;
  byline?: string;
}

export interface SourceDocument {
  /** The path, URL or `FILE#LINE` as the user gave it; becomes `Article.source`. */
  source: string;
  format: DocumentFormat;
  /** Decoded body (charset already applied). */
  body: string;
  hints: SourceHints;
}
