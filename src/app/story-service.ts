/**
 * @module story-service
 * The store-backed workflow: ingest into SQLite (each article once, by content hash), keep the story
 * clusterer's state beside the articles, rebuild a story's report on demand, and say what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '../core/model/diagnostic.js';
import type { SourceDocument } from '../core/model/source-document.js';
import type { StoryReport } from '../core/model/story-report.js';
import type { Claim } from '../core/model/claim.js';
import type { ArticleStore, DamagedRow, StorySummary } from '../core/ports/article-store.js';
import { createContext } from '../core/pipeline/pipeline-context.js';
import { createArticleIds } from '../core/stages/1-extract/article-id.js';
import { extractArticle } from '../core/stages/1-extract/extract-article.js';
import { analyzeArticle } from '../core/stages/2-analyze/analyze-article.js';
import { buildClaims } from '../core/stages/5-claims/build-claims.js';
import { createStoryClusterer, type StoryClusterer } from '../core/stages/3-cluster/create-story-clusterer.js';
import { buildStoryReport } from '../core/pipeline/build-reports.js';
import { toClusterInput } from '../core/pipeline/group-stories.js';
import { openSqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import { StoreError } from '../adapters/storage/store-error.js';
import { readStoredClusterState } from '../adapters/storage/stored-json.js';
import { stripUrlCredentials } from '../adapters/ingest/http-fetcher.js';
import { ingestInputs, type IngestOptions } from '../adapters/ingest/ingest-inputs.js';

export const DEFAULT_DB_PATH = '.corroborate/store.sqlite';
/** Clusterer state is saved every this many articles (and at the end of a batch); articles saved after it are replayed. */
const STATE_EVERY = 50;
/** How long a writer waits for another process to finish writing, by default. */
const DEFAULT_WRITER_WAIT_MS = 10 * 60_000;

export interface StorySessionOptions {
  /** What this process does, shown to another that has to wait for it to finish writing ("ingest", "serve"). */
  purpose?: string;
  /** Where the session's notices go (damaged rows, waiting for another writer); default: standard error. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** How long `write` waits for another process's writing to end before it gives up (default 10 minutes). */
  writerWaitMs?: number;
}

export interface StorySession {
  store: ArticleStore;
  /** The store's file. */
  path: string;
  /**
   * The clusterer as this session last saw it. Complete while the session writes; a reader's lacks
   * the articles saved after the writer last saved its state (they only miss their copy groups).
   */
  clusterer: StoryClusterer;
  /**
   * Catches up, reading only, with what another process (an `ingest`, a `watch`) committed: the
   * clusterer state is reloaded when a new one was saved. Never writes. True when something changed.
   */
  sync: () => boolean;
  /**
   * Runs `work` as the store's one writer: waits while another process writes, catches up with what
   * it wrote (replaying articles its saved state lacks, setting damaged rows aside), runs `work`, and
   * lets go. One call at a time per session; the store refuses writes made outside it.
   */
  write: <T>(work: () => T | Promise<T>) => Promise<T>;
  close: () => void;
}

export function openStorySession(path: string = DEFAULT_DB_PATH, options: StorySessionOptions = {}): StorySession {
  const report = options.onDiagnostic ?? printDiagnostic;
  const waitMs = options.writerWaitMs ?? DEFAULT_WRITER_WAIT_MS;
  if (path !== ':memory:' && !existsSync(dirname(path))) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreError(path, 'read-only', `cannot create the folder of the store ${path}: ${messageOf(error)}`);
    }
  }
  let isWriting = false;
  const store = openSqliteStore(path, {
    ...(options.purpose !== undefined && { purpose: options.purpose }),
    onDamaged: (row) => report(describeDamage(path, row, isWriting)),
  });
  let seenVersion = store.externalVersion();
  let seenGeneration = store.clusterStateGeneration();
  // Whether the clusterer holds every stored article as the rows have it (true after a writer's catch-up).
  let isCurrent = false;
  let queue: Promise<unknown> = Promise.resolve();

  const acquire = async (): Promise<void> => {
    const deadline = Date.now() + waitMs;
    let pause = 25;
    let hasSaid = false;
    for (;;) {
      const claim = store.tryAcquireWriter();
      if (claim.isAcquired) return;
      if (!hasSaid)
        report({ severity: 'info', source: path, message: `waiting for ${claim.holder} to finish writing` });
      hasSaid = true;
      if (Date.now() >= deadline)
        throw new StoreError(
          path,
          'busy',
          `the store ${path} is being written by ${claim.holder}; gave up waiting after ${Math.round(waitMs / 1000)} s`,
        );
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 500);
    }
  };

  // A writer starts from the store as it is: another process may have written (or crashed) since.
  const catchUp = (): void => {
    if (isCurrent && store.externalVersion() === seenVersion) return;
    session.clusterer = loadSavedClusterer(store);
    quarantine();
    replayUnclustered(store, session.clusterer);
    quarantine();
    isCurrent = true;
  };
  const quarantine = (): void => {
    for (const row of store.quarantineDamaged())
      report({ severity: 'warning', source: path, message: `${nameOf(row)} was moved to the quarantine table` });
  };

  const runAsWriter = async <T>(work: () => T | Promise<T>): Promise<T> => {
    await acquire();
    isWriting = true;
    try {
      catchUp();
      return await work();
    } catch (error) {
      // Whatever the work left half done in memory, the next writer reloads from the rows.
      isCurrent = false;
      throw error;
    } finally {
      isWriting = false;
      store.releaseWriter();
      seenVersion = store.externalVersion();
      seenGeneration = store.clusterStateGeneration();
    }
  };

  const session: StorySession = {
    store,
    path,
    clusterer: loadSavedClusterer(store),
    sync() {
      const version = store.externalVersion();
      if (version === seenVersion) return false;
      seenVersion = version;
      isCurrent = false;
      const generation = store.clusterStateGeneration();
      if (generation !== seenGeneration) {
        session.clusterer = loadSavedClusterer(store);
        seenGeneration = generation;
      }
      return true;
    },
    write(work) {
      const run = queue.then(() => runAsWriter(work));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => store.close(),
  };
  return session;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function printDiagnostic(diagnostic: Diagnostic): void {
  process.stderr.write(`corroborate: ${diagnostic.severity}: ${diagnostic.source}: ${diagnostic.message}\n`);
}

function nameOf(row: DamagedRow): string {
  if (row.table === 'articles') return `article row ${row.key}${row.label ? ` (${row.label})` : ''}`;
  if (row.table === 'articles.claims_json')
    return `the claims of article row ${row.key}${row.label ? ` (${row.label})` : ''}`;
  return row.label ?? `${row.table} row ${row.key}`;
}

function describeDamage(path: string, row: DamagedRow, isWriting: boolean): Diagnostic {
  const fate =
    row.table === 'cluster_state'
      ? 'the stories are rebuilt from the articles'
      : row.table === 'articles'
        ? isWriting
          ? 'it is left out and set aside'
          : 'it is left out (the next ingest sets it aside)'
        : 'it is left out';
  return { severity: 'warning', source: path, message: `${nameOf(row)} is damaged (${row.reason}); ${fate}` };
}

/** The saved clusterer state (checked), or an empty clusterer when none is saved or it is damaged. */
function loadSavedClusterer(store: ArticleStore): StoryClusterer {
  return createStoryClusterer({}, store.loadClusterState(readStoredClusterState));
}

/**
 * Brings the clusterer and the rows into step, as the writer: articles committed after the last saved
 * state (a crash in between, or a damaged state rebuilt from nothing) rejoin it in the order they were
 * stored, and a row whose story differs from the state's (written by an older version beside another
 * process) follows the state, which is what clustering goes on from.
 */
function replayUnclustered(store: ArticleStore, clusterer: StoryClusterer): void {
  const rows = store.articleLocations();
  const storyInState = new Map<string, string>();
  for (const story of clusterer.stories()) for (const id of story.members) storyInState.set(id, story.id);
  const moves = new Map<string, { key: number; storyId: string }>();
  for (const [id, row] of rows) {
    const storyId = storyInState.get(id);
    if (storyId !== undefined && storyId !== row.storyId) moves.set(id, { key: row.key, storyId });
  }
  const isMissing = [...rows.keys()].some((id) => !storyInState.has(id));
  if (isMissing) {
    const context = createContext();
    for (const stored of store.allArticles()) {
      if (storyInState.has(stored.article.id)) continue;
      const { storyId } = clusterer.add(toClusterInput(analyzeArticle(stored.article, context)));
      if (storyId !== stored.storyId) moves.set(stored.article.id, { key: stored.key, storyId });
    }
    for (const move of clusterer.refine()) {
      const row = rows.get(move.articleId);
      if (row) moves.set(move.articleId, { key: row.key, storyId: move.to });
    }
  }
  if (isMissing || moves.size > 0) store.applyMoves([...moves.values()], JSON.stringify(clusterer.toJSON()));
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
  return session.write(() => ingestDocuments(session, documents, diagnostics));
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
 * failure part-way keeps the articles stored before it. `diagnostics` is extended, not copied. Call
 * it inside `session.write`; a failure of the store itself (a full disk) stops the batch, naming the file.
 */
export function ingestDocuments(
  session: StorySession,
  given: SourceDocument[],
  diagnostics: Diagnostic[] = [],
): IngestSummary & { articles: IngestedArticle[] } {
  const { store, clusterer } = session;
  const documents = given.map(withoutCredentials);
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
    const identity = identityOf(document.source);
    const contentHash = hashDocument(identity, document.body);
    // Stores written before paths were made canonical hashed the path as it was typed.
    const typedHash =
      identity === document.source || identity === '' ? undefined : hashDocument(document.source, document.body);
    if (store.findByHash(contentHash) ?? (typedHash && store.findByHash(typedHash))) {
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
      // The store itself failing (disk full, read-only, another writer took over) fails every article after.
      if (error instanceof StoreError) throw error;
      diagnostics.push({ severity: 'error', source: document.source, message: `could not store: ${messageOf(error)}` });
    }
  });
  // Reports that arrived before their story's vocabulary was known get a second look: members
  // move, stories started apart merge, lone reports join.
  const moves = added > 0 ? clusterer.refine() : [];
  const merged: { from: string; into: string }[] = [];
  if (moves.length > 0) {
    const located = store.articleLocations();
    const rows = moves.flatMap((move) => {
      const key = located.get(move.articleId)?.key;
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

function hashDocument(identity: string, body: string): string {
  return createHash('sha256').update(identity).update('\u0000').update(body).digest('hex');
}

/**
 * What a document is known by besides its body: nothing for a web page (a new body at one URL is a
 * new version of it); for a local file its real path, so `dir/x.txt`, `dir/../dir/x.txt` and `./x.txt`
 * typed inside `dir` are one file (`FILE#LINE` and `FEED#item-N` keep their suffix); others as given.
 */
function identityOf(source: string): string {
  if (/^https?:\/\//i.test(source)) return '';
  const whole = realPathOf(source);
  if (whole !== undefined) return whole;
  const hash = source.lastIndexOf('#');
  const base = hash > 0 ? realPathOf(source.slice(0, hash)) : undefined;
  return base === undefined ? source : base + source.slice(hash);
}

function realPathOf(path: string): string | undefined {
  // Standard input, and names with a scheme (a WARC record's urn:…), are not files; C:\… is.
  if (path === '-' || (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path))) return undefined;
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** User names and passwords in a document's URL are never stored or shown. */
function withoutCredentials(document: SourceDocument): SourceDocument {
  const source = stripUrlCredentials(document.source);
  const url = document.hints.url === undefined ? undefined : stripUrlCredentials(document.hints.url);
  if (source === document.source && url === document.hints.url) return document;
  return { ...document, source, hints: { ...document.hints, ...(url !== undefined && { url }) } };
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

/** Rebuilds the reports of the given stories, returns what changed in each and saves the new reports (as the writer). */
export async function refreshStories(session: StorySession, storyIds: string[]): Promise<StoryChanges[]> {
  if (storyIds.length === 0) return [];
  return session.write(() => {
    const changes: StoryChanges[] = [];
    for (const storyId of storyIds) {
      const report = reportStory(session, storyId);
      if (!report) continue;
      const change = describeChanges(session.store.loadReport(storyId), report);
      session.store.saveReport(storyId, report);
      if (change.lines.length > 0) changes.push(change);
    }
    return changes;
  });
}
