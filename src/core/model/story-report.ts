/**
 * @module story-report
 * The JSON contract (see DESIGN.md): what `corroborate report --format json` prints for one story.
 */
import type { EntityType, Modality } from './mention.js';
import type { PublishedHow, RemovedLine } from './article.js';

export const REPORT_VERSION = 1;

export type Verdict = 'corroborated' | 'conflicting' | 'updated' | 'retracted' | 'single-source';

export interface ReportArticle {
  id: string;
  source: string;
  outlet?: string;
  title?: string;
  byline?: string;
  published?: string;
  publishedHow?: PublishedHow;
  text: string;
  removed: RemovedLine[];
}

export interface ReportClaim {
  article: string;
  text: string;
  low: number;
  high: number;
  asOf?: string;
  attributedTo?: string;
  modality: Modality;
  sentence: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface ReportFact {
  id: string;
  what: string;
  verdict: Verdict;
  /** One line a reader understands: why this verdict. */
  reason: string;
  /** Best-supported value or range. */
  consensus?: { low: number; high: number; text: string };
  /** Independent origins behind the claims, e.g. ["Interior Ministry"]. */
  origins?: string[];
  claims: ReportClaim[];
}

/** How an appearance carries the quote's words: all of them, part of them, or some reworded. */
export type QuoteMatch = 'verbatim' | 'trimmed' | 'paraphrase';

export interface QuoteAppearance {
  article: string;
  start: number;
  end: number;
  text: string;
  /** The speaker as this article names them. */
  speaker?: string;
  /** How this appearance's words compare with the quote's `text`. */
  match?: QuoteMatch;
}

export interface ReportQuote {
  speaker: string;
  text: string;
  verdict: 'corroborated' | 'single-source';
  appearances: QuoteAppearance[];
  /** Wording differences between appearances, e.g. ["preliminary data" vs "primary data"]. */
  differences?: string[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  articles: string[];
  /** Span of the sentence the entry was read from, in its first article. */
  source?: { article: string; start: number; end: number };
}

export interface ReportEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  articles: string[];
}

export interface FramingRow {
  /** What is being named: an actor or event. */
  target: string;
  /** Outlet (or article id when no outlet) → words it uses. */
  terms: Record<string, string[]>;
}

export interface StoryReport {
  version: number;
  id: string;
  title?: string;
  articles: ReportArticle[];
  facts: ReportFact[];
  quotes: ReportQuote[];
  timeline: TimelineEntry[];
  entities: ReportEntity[];
  /** fact id → article ids carrying it */
  coverage?: Record<string, string[]>;
  framing?: FramingRow[];
  /** Copies of the same text under different outlets: groups of article ids. */
  duplicates?: string[][];
}
