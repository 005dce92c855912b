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

export interface ArticleStore {
  saveArticle(input: SaveArticleInput): SaveOutcome;
  findByHash(contentHash: string): StoredArticle | undefined;
  articlesOfStory(storyId: string): StoredArticle[];
  allArticles(): StoredArticle[];
  deleteArticle(key: number): boolean;
  /** One article by store key (the web app's links and deletes); optional so other stores can omit it. */
  findByKey?(key: number): StoredArticle | undefined;
  /** Articles whose title, outlet or text contain `query` (case-insensitive), newest first. */
  searchArticles?(query: string, limit: number): StoredArticle[];
  loadClusterState(): string | undefined;
  /**
   * A number that changes whenever another connection or process commits to the store (this
   * connection's own writes leave it alone): how a long-running process learns that its clusterer
   * state and cached reports are stale.
   */
  externalVersion(): number;
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
