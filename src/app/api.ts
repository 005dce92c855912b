/**
 * @module api
 * The library facade: inputs in, StoryReports out. Wires the IO adapters to the pure core stages.
 */
import type { Article } from '../core/model/article.js';
import type { Diagnostic } from '../core/model/diagnostic.js';
import type { SourceDocument } from '../core/model/source-document.js';
import type { StoryReport } from '../core/model/story-report.js';
import { createContext } from '../core/pipeline/pipeline-context.js';
import { extractArticle } from '../core/stages/1-extract/extract-article.js';
import { createArticleIds } from '../core/stages/1-extract/article-id.js';
import { buildReports } from '../core/pipeline/build-reports.js';
import { analyzeArticles } from '../core/stages/2-analyze/analyze-articles.js';
import type { AnnotatedArticle } from '../core/model/annotated-article.js';
import { ingestInputs, type IngestOptions } from '../adapters/ingest/ingest-inputs.js';

export interface CorroborateOptions extends IngestOptions {
  /** Reference "now" for undated articles; defaults to the real clock. */
  now?: Date;
  /** Keep only articles published inside this window (YYYY-MM-DD, inclusive). */
  since?: string;
  until?: string;
}

/** The monotonic clock the per-article analysis budget is timed with (core reads no clock itself). */
const elapsedMs = (): number => performance.now();

export interface Outcome<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** Extracts articles from documents already ingested (pure; no IO). */
export function extractDocuments(documents: SourceDocument[], options: { now?: Date } = {}): Outcome<Article[]> {
  const context = createContext(options.now ? { now: options.now } : {});
  const ids = createArticleIds(documents.map((d) => d.source));
  const articles: Article[] = [];
  documents.forEach((document, i) => {
    try {
      articles.push(extractArticle(document, ids[i] ?? `article-${i + 1}`, context));
    } catch (error) {
      context.report({ severity: 'error', source: document.source, message: `could not extract: ${messageOf(error)}` });
    }
  });
  return { value: articles, diagnostics: context.diagnostics };
}

export async function extract(inputs: string[], options: CorroborateOptions = {}): Promise<Outcome<Article[]>> {
  const ingested = await ingestInputs(inputs, options);
  const extracted = extractDocuments(ingested.documents, options);
  const articles = filterByWindow(extracted.value, options);
  return { value: articles, diagnostics: [...ingested.diagnostics, ...extracted.diagnostics] };
}

export async function analyze(
  inputs: string[],
  options: CorroborateOptions = {},
): Promise<Outcome<AnnotatedArticle[]>> {
  const extracted = await extract(inputs, options);
  const context = createContext({ ...(options.now && { now: options.now }), elapsedMs });
  const annotated = analyzeArticles(extracted.value, context);
  return { value: annotated, diagnostics: [...extracted.diagnostics, ...context.diagnostics] };
}

/**
 * Reads every input and returns one StoryReport per story found.
 * @example
 * const { value: reports } = await corroborate(['examples/harbour-bridge-collapse']);
 */
export async function corroborate(inputs: string[], options: CorroborateOptions = {}): Promise<Outcome<StoryReport[]>> {
  const extracted = await extract(inputs, options);
  return reportArticles(extracted.value, extracted.diagnostics, options);
}

/** Builds the reports of articles already extracted (pure; no IO). */
export function reportArticles(
  articles: Article[],
  diagnostics: Diagnostic[] = [],
  options: { now?: Date } = {},
): Outcome<StoryReport[]> {
  const context = createContext({ ...(options.now && { now: options.now }), elapsedMs });
  const reports = buildReports(articles, context);
  return { value: reports, diagnostics: [...diagnostics, ...context.diagnostics] };
}

function filterByWindow(articles: Article[], options: CorroborateOptions): Article[] {
  if (!options.since && !options.until) return articles;
  return articles.filter((article) => {
    if (!article.published) return true;
    if (options.since && article.published < options.since) return false;
    if (options.until && article.published > options.until) return false;
    return true;
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
