/**
 * @module story-service
 * The store-backed workflow: ingest into SQLite (each article once, by content hash), keep the story
 * clusterer's state beside the articles, rebuild a story's report on demand, and say what changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '../core/model/diagnostic.js';
import type { SourceDocument } from '../core/model/source-document.js';
import type { StoryReport } from '../core/model/story-report.js';
import type { Claim } from '../core/model/claim.js';
import type { ArticleStore, StorySummary } from '../core/ports/article-store.js';
import { createContext } from '../core/pipeline/pipeline-context.js';
import { createArticleIds } from '../core/stages/1-extract/article-id.js';
import { extractArticle } from '../core/stages/1-extract/extract-article.js';
import { analyzeArticle } from '../core/stages/2-analyze/analyze-article.js';
import { buildClaims } from '../core/stages/3-claims/build-claims.js';
import {
  createStoryClusterer,
  type StoryClusterer,
  type StoryClustererState,
} from '../core/stages/4-cluster/create-story-clusterer.js';
import { buildStoryReport } from '../core/pipeline/build-reports.js';
import { toClusterInput } from '../core/pipeline/group-stories.js';
import { openSqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import { ingestInputs, type IngestOptions } from '../adapters/ingest/ingest-inputs.js';

export const DEFAULT_DB_PATH = '.corroborate/store.sqlite';
/** Clusterer state is saved every this many articles (and at the end of a batch); articles saved after it are replayed. */
const STATE_EVERY = 50;

export interface StorySession {
  store: ArticleStore;
  /** Replaced by `sync` when another process has written to the store. */
  clusterer: StoryClusterer;
  /**
   * Catches up with writes from other processes (a `watch` beside a `serve`): reloads the saved
   * clusterer state and replays the articles it lacks. True when something had changed.
   */
  sync: () => boolean;
  close: () => void;
}

export function openStorySession(path: string = DEFAULT_DB_PATH): StorySession {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const store = openSqliteStore(path);
  let seenVersion = store.externalVersion();
  const session: StorySession = {
    store,
    clusterer: loadClusterer(store),
    sync() {
      const version = store.externalVersion();
      if (version === seenVersion) return false;
      session.clusterer = loadClusterer(store);
      seenVersion = store.externalVersion();
      return true;
    },
    close: () => store.close(),
  };
  return session;
}

// Two processes may each save a state that lacks the other's articles; the articles table is the
// truth, so whatever the saved state misses is replayed into it.
function loadClusterer(store: ArticleStore): StoryClusterer {
  const saved = store.loadClusterState();
  const clusterer = createStoryClusterer({}, saved ? (JSON.parse(saved) as StoryClustererState) : undefined);
  replayUnclustered(store, clusterer);
  return clusterer;
}

/** Articles committed after the last saved clusterer state (a crash in between) rejoin it. */
function replayUnclustered(store: ArticleStore, clusterer: StoryClusterer): void {
  const known = new Set(clusterer.toJSON().articles.map((a) => a.id));
  const all = store.allArticles();
  const missing = all.filter((stored) => !known.has(stored.article.id));
  if (missing.length === 0) return;
  const context = createContext();
  const storyOf = new Map<string, { key: number; storyId: string }>();
  for (const stored of missing) {
    const { storyId } = clusterer.add(toClusterInput(analyzeArticle(stored.article, context)));
    if (storyId !== stored.storyId) storyOf.set(stored.article.id, { key: stored.key, storyId });
  }
  const keyOf = new Map(all.map((stored) => [stored.article.id, stored.key]));
  for (const move of clusterer.refine()) {
    const key = keyOf.get(move.articleId);
    if (key !== undefined) storyOf.set(move.articleId, { key, storyId: move.to });
  }
  store.applyMoves([...storyOf.values()], JSON.stringify(clusterer.toJSON()));
}

export interface IngestSummary {
  added: number;
  duplicates: number;
  newVersions: number;
  stories: string[];
  /** Stories emptied by this batch's second look: their articles now sit in `into`. */
  merged: { from: string; into: string }[];
  diagnostics: Diagnostic[];
}

export async function ingestIntoStore(
  session: StorySession,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { documents, diagnostics } = await ingestInputs(inputs, options);
  return ingestDocuments(session, documents, diagnostics);
}

/** An article this ingest stored: its store key, id and story. */
export interface IngestedArticle {
  key: number;
  id: string;
  storyId: string;
  title?: string;
  outlet?: string;
}

/**
 * Stores documents already decoded (e.g. text pasted into the web app), one transaction each, so a
 * failure part-way keeps the articles stored before it. `diagnostics` is extended, not copied.
 */
export function ingestDocuments(
  session: StorySession,
  documents: SourceDocument[],
  diagnostics: Diagnostic[] = [],
): IngestSummary & { articles: IngestedArticle[] } {
  session.sync();
  const { store, clusterer } = session;
  // Only stories readers have seen can be announced as merged; one begun and merged within this
  // batch was never shown.
  const storiesBefore = new Set(clusterer.stories().map((story) => story.id));
  const articles: IngestedArticle[] = [];
  const context = createContext();
  const ids = createArticleIds(documents.map((d) => d.source));
  const touched = new Set<string>();
  let added = 0;
  let duplicates = 0;
  let newVersions = 0;
  let sinceState = 0;
  documents.forEach((document, i) => {
    const contentHash = createHash('sha256')
      .update(document.source.startsWith('http') ? '' : document.source)
      .update('\u0000')
      .update(document.body)
      .digest('hex');
    if (store.findByHash(contentHash)) {
      duplicates++;
      return;
    }
    try {
      const article = extractArticle(document, `${ids[i] ?? 'article'}-${contentHash.slice(0, 6)}`, context);
      const annotated = analyzeArticle(article, context);
      const claims = buildClaims(annotated);
      const { storyId } = clusterer.add(toClusterInput(annotated));
      sinceState++;
      const saveState = sinceState >= STATE_EVERY || i === documents.length - 1;
      const outcome = store.saveArticle({
        article,
        raw: document.body,
        format: document.format,
        contentHash,
        storyId,
        claims,
        ...(saveState && { clusterState: JSON.stringify(clusterer.toJSON()) }),
      });
      if (saveState) sinceState = 0;
      if (outcome.status === 'duplicate') {
        duplicates++;
        return;
      }
      added++;
      touched.add(storyId);
      const { key, article: storedArticle } = outcome.stored;
      articles.push({
        key,
        id: storedArticle.id,
        storyId,
        ...(storedArticle.title !== undefined && { title: storedArticle.title }),
        ...(storedArticle.outlet !== undefined && { outlet: storedArticle.outlet }),
      });
      if (outcome.previousVersion) {
        newVersions++;
        const url = outcome.stored.article.url ?? outcome.stored.article.source;
        store.saveVersionDiff(
          url,
          outcome.previousVersion.version,
          outcome.stored.version,
          diffClaims(outcome.previousVersion.claims as Claim[], claims),
        );
      }
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        source: document.source,
        message: `could not store: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  // Reports that arrived before their story's vocabulary was known get a second look: members
  // move, stories started apart merge, lone reports join.
  const moves = added > 0 ? clusterer.refine() : [];
  const merged: { from: string; into: string }[] = [];
  if (moves.length > 0) {
    const keyOf = new Map(store.allArticles().map((stored) => [stored.article.id, stored.key]));
    const rows = moves.flatMap((move) => {
      const key = keyOf.get(move.articleId);
      return key === undefined ? [] : [{ key, storyId: move.to }];
    });
    store.applyMoves(rows, JSON.stringify(clusterer.toJSON()));
    for (const move of moves) touched.add(move.from).add(move.to);
    const movedTo = new Map(moves.map((move) => [move.articleId, move.to]));
    for (const article of articles) article.storyId = movedTo.get(article.id) ?? article.storyId;
    const remaining = new Set(clusterer.stories().map((story) => story.id));
    for (const id of touched) if (!remaining.has(id)) touched.delete(id);
    const lastInto = new Map(moves.map((move) => [move.from, move.to]));
    for (const [from, into] of lastInto) {
      if (!remaining.has(from) && storiesBefore.has(from)) merged.push({ from, into });
    }
  } else if (sinceState > 0) {
    store.saveClusterState(JSON.stringify(clusterer.toJSON()));
  }
  return { added, duplicates, newVersions, stories: [...touched], merged, diagnostics, articles };
}

/** What a publisher changed between two versions of a page, figure by figure. */
export function diffClaims(before: Claim[], after: Claim[]): { added: string[]; removed: string[]; changed: string[] } {
  const key = (c: Claim) => c.slot.key;
  const beforeByKey = new Map(before.map((c) => [key(c), c]));
  const afterByKey = new Map(after.map((c) => [key(c), c]));
  const added = after.filter((c) => !beforeByKey.has(key(c))).map((c) => `${c.slot.label}: ${c.text}`);
  const removed = before.filter((c) => !afterByKey.has(key(c))).map((c) => `${c.slot.label}: ${c.text}`);
  const changed = after.flatMap((c) => {
    const old = beforeByKey.get(key(c));
    return old && (old.low !== c.low || old.high !== c.high) ? [`${c.slot.label}: ${old.text} → ${c.text}`] : [];
  });
  return { added, removed, changed };
}

export function reportStory(session: StorySession, storyId: string): StoryReport | undefined {
  session.sync();
  const stored = session.store.articlesOfStory(storyId);
  if (stored.length === 0) return undefined;
  const context = createContext();
  const members = new Set(stored.map((s) => s.article.id));
  const duplicates = session.clusterer.duplicates().filter((group) => group.some((id) => members.has(id)));
  return buildStoryReport(
    storyId,
    stored.map((s) => analyzeArticle(s.article, context)),
    duplicates,
  );
}

export function listStories(session: StorySession): StorySummary[] {
  return session.store.listStories();
}

export interface StoryChanges {
  storyId: string;
  title?: string;
  lines: string[];
}

/** What changed in a story since the report last shown: new facts, new conflicts, updates, retractions. */
export function describeChanges(before: StoryReport | undefined, after: StoryReport): StoryChanges {
  const lines: string[] = [];
  const old = new Map((before?.facts ?? []).map((f) => [f.what, f]));
  if (!before) lines.push(`new story: ${after.articles.length} article(s), ${after.facts.length} fact(s)`);
  for (const fact of after.facts) {
    const previous = old.get(fact.what);
    if (!previous) {
      if (before) lines.push(`new fact (${fact.verdict}): ${fact.what}: ${fact.reason}`);
      else if (fact.verdict === 'conflicting') lines.push(`conflict: ${fact.what}: ${fact.reason}`);
    } else if (previous.verdict !== fact.verdict) {
      lines.push(
        `${fact.verdict === 'conflicting' ? 'new conflict' : fact.verdict === 'retracted' ? 'retraction' : fact.verdict === 'updated' ? 'update' : 'now ' + fact.verdict}: ${fact.what}: ${fact.reason}`,
      );
    } else if (previous.consensus?.text !== fact.consensus?.text && fact.consensus) {
      lines.push(`changed: ${fact.what}: ${previous.consensus?.text ?? '?'} → ${fact.consensus.text}`);
    }
  }
  const newArticles = after.articles.length - (before?.articles.length ?? 0);
  if (before && newArticles > 0) lines.unshift(`${newArticles} new article(s)`);
  return { storyId: after.id, ...(after.title && { title: after.title }), lines };
}

/** Rebuilds the reports of the given stories, returns what changed in each and saves the new reports. */
export function refreshStories(session: StorySession, storyIds: string[]): StoryChanges[] {
  const changes: StoryChanges[] = [];
  for (const storyId of storyIds) {
    const report = reportStory(session, storyId);
    if (!report) continue;
    const change = describeChanges(session.store.loadReport(storyId), report);
    session.store.saveReport(storyId, report);
    if (change.lines.length > 0) changes.push(change);
  }
  return changes;
}
