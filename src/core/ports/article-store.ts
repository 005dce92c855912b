/**
 * @module article-store
 * What the app needs from storage. SQLite implements it today; a PostgreSQL store can implement the
 * same interface without touching the core.
 */
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story-report.js';

export interface StoredArticle {
  /** Row id in the store: stable across runs. */
  key: number;
  article: Article;
  contentHash: string;
  /** 1 for the first version of a URL, then 2, 3 … when the publisher changes the page. */
  version: number;
  storyId: string;
  ingestedAt: string;
  claims: unknown[];
}

export interface SaveArticleInput {
  article: Article;
  /** The raw body as ingested (HTML or text), kept so extraction can be re-run. */
  raw: string;
  format: string;
  contentHash: string;
  storyId: string;
  /** Serialised clusterer state after this article joined, saved in the same transaction. */
  clusterState?: string;
  /** The article's claims (JSON-serialisable), kept to diff versions of one URL. */
  claims?: unknown[];
}

export type SaveOutcome =
  | { status: 'duplicate'; existing: StoredArticle }
  | { status: 'stored'; stored: StoredArticle; previousVersion?: StoredArticle };

export interface StorySummary {
  id: string;
  title?: string;
  outlets: string[];
  articleCount: number;
  disputedCount: number;
  updatedAt: string;
}

/** A row that could not be read back (bad JSON, wrong shape): left out of every answer. */
export interface DamagedRow {
  table: string;
  /** The row's key in its table. */
  key: string;
  /** What is wrong, e.g. "article_json is not valid JSON". */
  reason: string;
  /** What the row was, for people (an article's source). */
  label?: string;
}

export type WriterClaim = { isAcquired: true } | { isAcquired: false; holder: string };

/**
 * Reading is open to any number of processes; writing to one at a time, the holder of the writer
 * lease: every write method throws unless `tryAcquireWriter` succeeded (clustering is sequential,
 * so two writers would each assign stories from a view the other has changed).
 */
export interface ArticleStore {
  /** The file the store lives in, for messages. */
  readonly location: string;
  /** True when the file could only be opened for reading: every write throws. */
  readonly isReadOnly: boolean;
  /** Takes the writer lease when it is free (or its holder is gone); never waits. */
  tryAcquireWriter(): WriterClaim;
  releaseWriter(): void;
  /** Moves the damaged rows read so far to the quarantine table (the writer only); returns them. */
  quarantineDamaged(): DamagedRow[];
  saveArticle(input: SaveArticleInput): SaveOutcome;
  findByHash(contentHash: string): StoredArticle | undefined;
  articlesOfStory(storyId: string): StoredArticle[];
  allArticles(): StoredArticle[];
  /** Article id → its store key and story, for every article (without reading the articles). */
  articleLocations(): Map<string, { key: number; storyId: string }>;
  deleteArticle(key: number): boolean;
  /** One article by store key (the web app's links and deletes); optional so other stores can omit it. */
  findByKey?(key: number): StoredArticle | undefined;
  /** Articles whose title, outlet or text contain `query` (case-insensitive), newest first. */
  searchArticles?(query: string, limit: number): StoredArticle[];
  /**
   * The clusterer's saved state, parsed and handed to `read`, which checks it (and throws when it is
   * damaged); undefined when none is saved or it is damaged (then reported like a damaged row).
   */
  loadClusterState<T>(read: (value: unknown) => T): T | undefined;
  /**
   * A number that changes whenever another connection or process commits to the store (this
   * connection's own writes leave it alone): how a long-running process learns that its clusterer
   * state and cached reports are stale.
   */
  externalVersion(): number;
  /** Changes whenever a new clusterer state is saved: a reader reloads the state only then. */
  clusterStateGeneration(): number;
  saveClusterState(state: string): void;
  /**
   * Moves articles between stories and saves the clusterer state that made the moves, in one
   * transaction: a crash never leaves a story half-merged or the state out of step with the rows.
   */
  applyMoves(moves: { key: number; storyId: string }[], clusterState: string): void;
  /** The last report shown for a story, to tell what changed since. */
  saveReport(storyId: string, report: StoryReport): void;
  loadReport(storyId: string): StoryReport | undefined;
  listStories(): StorySummary[];
  /** Claim differences between versions of one URL (what a publisher changed). */
  saveVersionDiff(url: string, fromVersion: number, toVersion: number, diff: unknown): void;
  versionDiffs(url: string): { fromVersion: number; toVersion: number; diff: unknown }[];
  close(): void;
}
