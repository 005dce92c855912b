/**
 * @module story-catalog
 * What the server reads and writes through the story service, with each story's report (and its
 * JSON, Markdown and HTML renderings) cached until an ingest or delete touches that story.
 */
import type { SourceDocument } from '../../core/model/source-document.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import type { ReportFact, StoryReport, Verdict } from '../../core/model/story-report.js';
import type { StoredArticle, StorySummary } from '../../core/ports/article-store.js';
import { renderMarkdown } from '../../core/stages/7-render/render-markdown.js';
import { renderHtml } from '../../core/stages/7-render/render-html.js';
import { ingestInputs, type IngestOptions } from '../../adapters/ingest/ingest-inputs.js';
import {
  describeChanges,
  ingestDocuments,
  listStories,
  reportStory,
  type IngestedArticle,
  type StorySession,
} from '../story-service.js';

/** A story's report plus the store key of each of its articles (links use keys). */
export interface StoryView {
  report: StoryReport;
  /** article id → store key */
  keys: Map<string, number>;
}

export interface Submission {
  /** Articles given as text or HTML in the request. */
  documents: SourceDocument[];
  /** Pages and feeds to fetch (http/https only, already validated). */
  urls: string[];
}

export interface SubmitResult {
  added: number;
  duplicates: number;
  newVersions: number;
  articles: IngestedArticle[];
  stories: { id: string; title?: string; changes: string[] }[];
  diagnostics: Diagnostic[];
}

export interface ArticleMatch {
  key: number;
  id: string;
  storyId: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** Where the query was found in the article text (absent when only the title or outlet matched). */
  match?: { start: number; end: number };
  snippet: string;
}

export interface FactMatch {
  storyId: string;
  storyTitle?: string;
  id: string;
  what: string;
  verdict: Verdict;
  reason: string;
}

export interface SearchResult {
  articles: ArticleMatch[];
  facts: FactMatch[];
}

export interface StoryCatalog {
  submit(submission: Submission): Promise<SubmitResult>;
  listStories(): StorySummary[];
  story(id: string): StoryView | undefined;
  reportJson(id: string): string | undefined;
  reportMarkdown(id: string): string | undefined;
  reportHtml(id: string): string | undefined;
  /** Any rendering of a story (e.g. its web page), cached with the report under `name`. */
  rendered(id: string, name: string, render: (view: StoryView) => string): string | undefined;
  article(key: number): StoredArticle | undefined;
  search(query: string, limit: number): SearchResult;
  /** Deletes one article; resolves to its story and whether the story still has articles. */
  deleteArticle(key: number): Promise<{ storyId: string; storyRemains: boolean } | undefined>;
}

interface CachedStory extends StoryView {
  /** Renderings by name: cleared with the report. */
  renders: Map<string, string>;
}

const SNIPPET_CONTEXT = 80;

export function createStoryCatalog(session: StorySession, ingestOptions: IngestOptions = {}): StoryCatalog {
  const cache = new Map<string, CachedStory>();
  const { store } = session;

  const build = (id: string): CachedStory | undefined => {
    const report = reportStory(session, id);
    if (!report) return undefined;
    const keys = new Map(store.articlesOfStory(id).map((s) => [s.article.id, s.key]));
    const entry: CachedStory = { report, keys, renders: new Map() };
    cache.set(id, entry);
    return entry;
  };

  // Another process (a `watch`, an `ingest`) may have written since the last request.
  const catchUp = (): void => {
    if (session.sync()) cache.clear();
  };

  const story = (id: string): CachedStory | undefined => {
    catchUp();
    return cache.get(id) ?? build(id);
  };

  /** Rebuilds touched stories now (not on the next read) so listings show fresh disputed counts. */
  const refresh = (ids: Iterable<string>): Map<string, string[]> => {
    const changes = new Map<string, string[]>();
    for (const id of ids) {
      const before = store.loadReport(id);
      cache.delete(id);
      const entry = build(id);
      if (!entry) continue;
      store.saveReport(id, entry.report);
      changes.set(id, describeChanges(before, entry.report).lines);
    }
    return changes;
  };

  const rendered = (id: string, name: string, render: (view: StoryView) => string): string | undefined => {
    const entry = story(id);
    if (!entry) return undefined;
    let output = entry.renders.get(name);
    if (output === undefined) entry.renders.set(name, (output = render(entry)));
    return output;
  };

  const byKey = (key: number): StoredArticle | undefined =>
    store.findByKey ? store.findByKey(key) : store.allArticles().find((s) => s.key === key);

  return {
    async submit({ documents, urls }) {
      const diagnostics: Diagnostic[] = [];
      const all = [...documents];
      if (urls.length > 0) {
        const fetched = await ingestInputs(urls, ingestOptions);
        all.push(...fetched.documents);
        diagnostics.push(...fetched.diagnostics);
      }
      // Storing, clustering and saving the touched stories' reports happen as the store's one writer.
      const { summary, changes } = await session.write(() => {
        const stored = ingestDocuments(session, all, diagnostics);
        return { summary: stored, changes: refresh(stored.stories) };
      });
      return {
        added: summary.added,
        duplicates: summary.duplicates,
        newVersions: summary.newVersions,
        articles: summary.articles,
        stories: summary.stories.map((id) => {
          const title = cache.get(id)?.report.title;
          return { id, ...(title !== undefined && { title }), changes: changes.get(id) ?? [] };
        }),
        diagnostics: summary.diagnostics,
      };
    },

    listStories: () => {
      catchUp();
      return listStories(session);
    },

    story,

    reportJson: (id) =>
      rendered(id, 'json', ({ report, keys }) => JSON.stringify({ ...report, articleKeys: Object.fromEntries(keys) })),

    reportMarkdown: (id) => rendered(id, 'markdown', ({ report }) => renderMarkdown([report])),

    reportHtml: (id) => rendered(id, 'html', ({ report }) => renderHtml([report])),

    rendered,

    article: byKey,

    search(query, limit) {
      catchUp();
      const needle = query.toLowerCase();
      const found = store.searchArticles
        ? store.searchArticles(query, limit)
        : store
            .allArticles()
            .reverse()
            .filter((s) => haystackOf(s).includes(needle))
            .slice(0, limit);
      const articles = found.map((stored) => toArticleMatch(stored, needle));
      const facts: FactMatch[] = [];
      for (const summary of listStories(session)) {
        if (facts.length >= limit) break;
        // A story not read since the server started is searched in its last saved report.
        const report = cache.get(summary.id)?.report ?? store.loadReport(summary.id);
        for (const fact of report?.facts ?? []) {
          if (facts.length >= limit) break;
          if (!factMatches(fact, needle)) continue;
          facts.push({
            storyId: summary.id,
            ...(report?.title !== undefined && { storyTitle: report.title }),
            id: fact.id,
            what: fact.what,
            verdict: fact.verdict,
            reason: fact.reason,
          });
        }
      }
      return { articles, facts };
    },

    deleteArticle: (key) =>
      session.write(() => {
        const stored = byKey(key);
        if (!stored || !store.deleteArticle(key)) return undefined;
        refresh([stored.storyId]);
        return { storyId: stored.storyId, storyRemains: cache.has(stored.storyId) };
      }),
  };
}

function haystackOf(stored: StoredArticle): string {
  const { title, outlet, text } = stored.article;
  return `${title ?? ''} ${outlet ?? ''} ${text}`.toLowerCase();
}

function toArticleMatch(stored: StoredArticle, needle: string): ArticleMatch {
  const { article } = stored;
  const at = article.text.toLowerCase().indexOf(needle);
  const from = at < 0 ? 0 : Math.max(0, at - SNIPPET_CONTEXT);
  const to = at < 0 ? SNIPPET_CONTEXT * 2 : at + needle.length + SNIPPET_CONTEXT;
  const snippet =
    (from > 0 ? '…' : '') +
    article.text.slice(from, to).replace(/\s+/g, ' ').trim() +
    (to < article.text.length ? '…' : '');
  return {
    key: stored.key,
    id: article.id,
    storyId: stored.storyId,
    ...(article.title !== undefined && { title: article.title }),
    ...(article.outlet !== undefined && { outlet: article.outlet }),
    ...(article.published !== undefined && { published: article.published }),
    ...(at >= 0 && { match: { start: at, end: at + needle.length } }),
    snippet,
  };
}

function factMatches(fact: ReportFact, needle: string): boolean {
  const texts = [
    fact.what,
    fact.reason,
    fact.consensus?.text ?? '',
    ...fact.claims.flatMap((c) => [c.text, c.sentence]),
  ];
  return texts.some((t) => t.toLowerCase().includes(needle));
}
