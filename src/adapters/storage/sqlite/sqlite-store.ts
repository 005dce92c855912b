/**
 * @module sqlite-store
 * The embedded store: one SQLite file (WAL mode), versioned migrations, one transaction per
 * article so a crash never leaves half an article behind.
 */
import Database from 'better-sqlite3';
import type { Article } from '../../../core/model/article.js';
import type { StoryReport } from '../../../core/model/story-report.js';
import type {
  ArticleStore,
  SaveArticleInput,
  SaveOutcome,
  StoredArticle,
  StorySummary,
} from '../../../core/ports/article-store.js';
import { migrations } from './migrations/index.js';

interface ArticleRow {
  key: number;
  article_json: string;
  content_hash: string;
  version: number;
  story_id: string;
  ingested_at: string;
  url: string | null;
  claims_json: string;
}

export function openSqliteStore(path: string, options: { now?: () => Date } = {}): ArticleStore {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const now = options.now ?? (() => new Date());

  const toStored = (row: ArticleRow): StoredArticle => ({
    key: row.key,
    article: JSON.parse(row.article_json) as Article,
    contentHash: row.content_hash,
    version: row.version,
    storyId: row.story_id,
    ingestedAt: row.ingested_at,
    claims: JSON.parse(row.claims_json) as unknown[],
  });

  const byHash = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE content_hash = ?');
  const latestOfUrl = db.prepare<[string], ArticleRow>(
    'SELECT * FROM articles WHERE url = ? ORDER BY version DESC LIMIT 1',
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (article_id, source, url, content_hash, version, format, raw, article_json, story_id, outlet, title, published, ingested_at, claims_json)
     VALUES (@article_id, @source, @url, @content_hash, @version, @format, @raw, @article_json, @story_id, @outlet, @title, @published, @ingested_at, @claims_json)`,
  );
  const byKey = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE key = ?');
  const ofStory = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE story_id = ? ORDER BY key');
  const all = db.prepare<[], ArticleRow>('SELECT * FROM articles ORDER BY key');
  const saveState = db.prepare(
    'INSERT INTO cluster_state (id, state_json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json',
  );

  const save = db.transaction((input: SaveArticleInput): SaveOutcome => {
    const existing = byHash.get(input.contentHash);
    if (existing) return { status: 'duplicate', existing: toStored(existing) };
    const url = input.article.url ?? (/^https?:\/\//.test(input.article.source) ? input.article.source : undefined);
    const previous = url ? latestOfUrl.get(url) : undefined;
    const version = previous ? previous.version + 1 : 1;
    const { article } = input;
    const result = insertArticle.run({
      article_id: article.id,
      source: article.source,
      url: url ?? null,
      content_hash: input.contentHash,
      version,
      format: input.format,
      raw: input.raw,
      article_json: JSON.stringify(article),
      story_id: input.storyId,
      outlet: article.outlet ?? null,
      title: article.title ?? null,
      published: article.published ?? null,
      ingested_at: now().toISOString(),
      claims_json: JSON.stringify(input.claims ?? []),
    });
    if (input.clusterState !== undefined) saveState.run(input.clusterState);
    const stored = byKey.get(Number(result.lastInsertRowid));
    if (!stored) throw new Error('the article row vanished right after insert');
    return { status: 'stored', stored: toStored(stored), ...(previous && { previousVersion: toStored(previous) }) };
  });

  return {
    saveArticle: (input) => save.immediate(input),
    findByHash: (hash) => {
      const row = byHash.get(hash);
      return row ? toStored(row) : undefined;
    },
    articlesOfStory: (storyId) => ofStory.all(storyId).map(toStored),
    allArticles: () => all.all().map(toStored),
    deleteArticle: (key) => db.prepare('DELETE FROM articles WHERE key = ?').run(key).changes > 0,
    findByKey: (key) => {
      const row = byKey.get(key);
      return row ? toStored(row) : undefined;
    },
    searchArticles: (query, limit) =>
      // instr() over lower(): a plain substring match (LIKE would treat % and _ in the query as wildcards).
      db
        .prepare<[string, number], ArticleRow>(
          `SELECT * FROM articles
           WHERE instr(lower(COALESCE(title, '') || ' ' || COALESCE(outlet, '') || ' ' || json_extract(article_json, '$.text')), lower(?)) > 0
           ORDER BY key DESC LIMIT ?`,
        )
        .all(query, limit)
        .map(toStored),
    externalVersion: () => db.pragma('data_version', { simple: true }) as number,
    loadClusterState: () =>
      db.prepare<[], { state_json: string }>('SELECT state_json FROM cluster_state WHERE id = 1').get()?.state_json,
    saveClusterState: (state) => {
      saveState.run(state);
    },
    applyMoves: (moves, clusterState) => {
      const update = db.prepare('UPDATE articles SET story_id = ? WHERE key = ?');
      db.transaction(() => {
        for (const move of moves) update.run(move.storyId, move.key);
        saveState.run(clusterState);
      })();
    },
    saveReport: (storyId: string, report: StoryReport) => {
      db.prepare(
        `INSERT INTO story_reports (story_id, report_json, title, disputed_count, saved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET report_json = excluded.report_json, title = excluded.title,
           disputed_count = excluded.disputed_count, saved_at = excluded.saved_at`,
      ).run(
        storyId,
        JSON.stringify(report),
        report.title ?? null,
        report.facts.filter((f) => f.verdict === 'conflicting').length,
        now().toISOString(),
      );
    },
    loadReport: (storyId) => {
      const row = db
        .prepare<[string], { report_json: string }>('SELECT report_json FROM story_reports WHERE story_id = ?')
        .get(storyId);
      return row ? (JSON.parse(row.report_json) as StoryReport) : undefined;
    },
    listStories: (): StorySummary[] => {
      const rows = db
        .prepare<
          [],
          {
            story_id: string;
            articles: number;
            outlets: string | null;
            last: string;
            title: string | null;
            disputed: number | null;
            first_title: string | null;
          }
        >(
          `SELECT a.story_id, COUNT(*) AS articles, GROUP_CONCAT(DISTINCT COALESCE(a.outlet, a.article_id)) AS outlets,
                  MAX(a.ingested_at) AS last, r.title AS title, r.disputed_count AS disputed, MIN(a.title) AS first_title
           FROM articles a LEFT JOIN story_reports r ON r.story_id = a.story_id
           GROUP BY a.story_id ORDER BY disputed DESC, last DESC`,
        )
        .all();
      return rows.map((row) => ({
        id: row.story_id,
        ...((row.title ?? row.first_title) && { title: row.title ?? row.first_title ?? '' }),
        outlets: (row.outlets ?? '').split(',').filter(Boolean),
        articleCount: row.articles,
        disputedCount: row.disputed ?? 0,
        updatedAt: row.last,
      }));
    },
    saveVersionDiff: (url, fromVersion, toVersion, diff) => {
      db.prepare(
        'INSERT OR REPLACE INTO version_diffs (url, from_version, to_version, diff_json) VALUES (?, ?, ?, ?)',
      ).run(url, fromVersion, toVersion, JSON.stringify(diff));
    },
    versionDiffs: (url) =>
      db
        .prepare<[string], { from_version: number; to_version: number; diff_json: string }>(
          'SELECT * FROM version_diffs WHERE url = ? ORDER BY to_version',
        )
        .all(url)
        .map((row) => ({
          fromVersion: row.from_version,
          toVersion: row.to_version,
          diff: JSON.parse(row.diff_json) as unknown,
        })),
    close: () => db.close(),
  };
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}
