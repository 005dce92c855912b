/**
 * @module sqlite-store
 * The embedded store: one SQLite file (WAL mode), versioned migrations, one transaction per
 * article so a crash never leaves half an article behind; one writer at a time (a lease row),
 * everything read back checked, and what cannot be read set aside with a message naming it.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { StoryReport } from '../../../core/model/story-report.js';
import type {
  ArticleStore,
  DamagedRow,
  SaveArticleInput,
  SaveOutcome,
  StoredArticle,
  StorySummary,
} from '../../../core/ports/article-store.js';
import { StoreError, toStoreError } from '../store-error.js';
import {
  DamagedValueError,
  parseStoredJson,
  readStoredArticle,
  readStoredClaims,
  readStoredReport,
} from '../stored-json.js';
import { openDatabase } from './open-database.js';
import { createWriterLock, WriterLockError } from './writer-lock.js';

interface ArticleRow {
  key: number;
  article_json: string;
  content_hash: string;
  version: number;
  story_id: string;
  ingested_at: string;
  url: string | null;
  source: string;
  claims_json?: string;
}

export interface SqliteStoreOptions {
  now?: () => Date;
  /** Called once for each damaged row met while reading (the row is left out of the answer). */
  onDamaged?: (row: DamagedRow) => void;
  /** Shown to a process waiting for this one to finish writing, e.g. "ingest" (default "corroborate"). */
  purpose?: string;
  /** How long the writer lease lasts without a write renewing it (default 2 minutes). */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 2 * 60_000;

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): ArticleStore {
  const { db, isReadOnly, schemaVersion } = openDatabase(path);
  const now = options.now ?? (() => new Date());
  // Damaged rows met while reading; `row` is what quarantine keeps, absent for values only reported.
  const damaged = new Map<string, DamagedRow & { row?: unknown }>();
  const lock = isReadOnly
    ? undefined
    : createWriterLock(db, {
        identity: {
          owner: randomUUID(),
          pid: process.pid,
          host: hostname(),
          purpose: options.purpose ?? 'corroborate',
        },
        leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
        now,
      });

  const noteDamaged = (table: string, key: string, reason: string, row: unknown, label?: string): void => {
    const id = `${table}:${key}`;
    if (damaged.has(id)) return;
    const entry: DamagedRow = { table, key, reason, ...(label !== undefined && { label }) };
    damaged.set(id, { ...entry, ...(row !== undefined && { row }) });
    options.onDamaged?.(entry);
  };

  /** The stored article, or undefined (and a note) when its row cannot be read. */
  const toStored = (row: ArticleRow): StoredArticle | undefined => {
    let article;
    try {
      article = readStoredArticle(parseStoredJson(row.article_json, 'article_json'));
    } catch (error) {
      if (!(error instanceof DamagedValueError)) throw error;
      noteDamaged('articles', String(row.key), error.message, row, row.source);
      return undefined;
    }
    let claims: unknown[] = [];
    try {
      // Before migration 2 there was no claims column; its claims are simply unknown.
      if (row.claims_json !== undefined) claims = readStoredClaims(parseStoredJson(row.claims_json, 'claims_json'));
    } catch (error) {
      if (!(error instanceof DamagedValueError)) throw error;
      // Claims only serve version diffs: the article itself is intact, so it stays, without them.
      noteDamaged('articles.claims_json', String(row.key), error.message, undefined, row.source);
    }
    return {
      key: row.key,
      article,
      contentHash: row.content_hash,
      version: row.version,
      storyId: row.story_id,
      ingestedAt: row.ingested_at,
      claims,
    };
  };
  const readable = (rows: ArticleRow[]): StoredArticle[] =>
    rows.flatMap((row) => {
      const stored = toStored(row);
      return stored ? [stored] : [];
    });

  /** Runs one write transaction as the writer; failures name the file. */
  const write = <T>(work: () => T): T => {
    if (!lock) throw new StoreError(path, 'read-only', `cannot write to the store ${path}: it is read-only`);
    try {
      return db
        .transaction(() => {
          lock.confirm();
          return work();
        })
        .immediate();
    } catch (error) {
      if (error instanceof WriterLockError)
        throw new StoreError(path, 'lost-lock', `cannot write to the store ${path}: ${error.message}`);
      throw toStoreError(error, path, 'write to');
    }
  };
  const read = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw toStoreError(error, path, 'read');
    }
  };

  const byHash = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE content_hash = ?');
  const latestOfUrl = db.prepare<[string], ArticleRow>(
    'SELECT * FROM articles WHERE url = ? ORDER BY version DESC LIMIT 1',
  );
  const byKey = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE key = ?');
  const ofStory = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE story_id = ? ORDER BY key');
  const all = db.prepare<[], ArticleRow>('SELECT * FROM articles ORDER BY key');
  const stateRow = db.prepare<[], { state_json: string }>('SELECT state_json FROM cluster_state WHERE id = 1');
  // Statements that only exist from schema 3 on are prepared when first used (a read-only older file lacks them).
  const generationRow =
    schemaVersion >= 3
      ? db.prepare<[], { generation: number }>('SELECT generation FROM cluster_state WHERE id = 1')
      : undefined;

  const saveState = (state: string): void => {
    db.prepare(
      `INSERT INTO cluster_state (id, state_json, generation) VALUES (1, ?, 1)
       ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json, generation = cluster_state.generation + 1`,
    ).run(state);
  };
  /** Keeps the damaged row (as it was) in the quarantine table and takes it out of its own. */
  const quarantineRow = (table: string, key: string, reason: string, row: unknown): void => {
    db.prepare(
      'INSERT INTO quarantine (table_name, row_key, reason, row_json, quarantined_at) VALUES (?, ?, ?, ?, ?)',
    ).run(table, key, reason, JSON.stringify(row ?? null), now().toISOString());
    if (table === 'articles') db.prepare('DELETE FROM articles WHERE key = ?').run(Number(key));
    else if (table === 'cluster_state') db.prepare('DELETE FROM cluster_state WHERE id = 1').run();
    else db.prepare('DELETE FROM story_reports WHERE story_id = ?').run(key);
  };

  const saveArticle = (input: SaveArticleInput): SaveOutcome => {
    const existingRow = byHash.get(input.contentHash);
    if (existingRow) {
      const existing = toStored(existingRow);
      if (existing) return { status: 'duplicate', existing };
      // The same content arrives again while its row is unreadable: the new copy replaces it.
      const note = damaged.get(`articles:${existingRow.key}`);
      quarantineRow('articles', String(existingRow.key), note?.reason ?? 'unreadable', existingRow);
      damaged.delete(`articles:${existingRow.key}`);
    }
    const url = input.article.url ?? (/^https?:\/\//.test(input.article.source) ? input.article.source : undefined);
    const previousRow = url ? latestOfUrl.get(url) : undefined;
    const previous = previousRow && toStored(previousRow);
    const version = previousRow ? previousRow.version + 1 : 1;
    const { article } = input;
    const result = db
      .prepare(
        `INSERT INTO articles (article_id, source, url, content_hash, version, format, raw, article_json, story_id, outlet, title, published, ingested_at, claims_json)
         VALUES (@article_id, @source, @url, @content_hash, @version, @format, @raw, @article_json, @story_id, @outlet, @title, @published, @ingested_at, @claims_json)`,
      )
      .run({
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
    if (input.clusterState !== undefined) saveState(input.clusterState);
    const storedRow = byKey.get(Number(result.lastInsertRowid));
    const stored = storedRow && toStored(storedRow);
    if (!stored) throw new Error('the article row vanished right after insert');
    return { status: 'stored', stored, ...(previous && { previousVersion: previous }) };
  };

  return {
    location: path,
    isReadOnly,
    tryAcquireWriter: () => {
      if (!lock) throw new StoreError(path, 'read-only', `cannot write to the store ${path}: it is read-only`);
      try {
        return lock.tryAcquire();
      } catch (error) {
        throw toStoreError(error, path, 'write to');
      }
    },
    releaseWriter: () => {
      try {
        lock?.release();
      } catch {
        // A release that fails (disk full, file gone) leaves a lease that expires, or whose process is gone.
      }
    },
    quarantineDamaged: () => {
      const found = [...damaged.values()].filter((entry) => entry.row !== undefined);
      if (found.length === 0) return [];
      write(() => {
        for (const entry of found) quarantineRow(entry.table, entry.key, entry.reason, entry.row);
      });
      for (const entry of found) damaged.delete(`${entry.table}:${entry.key}`);
      return found.map(({ row: _row, ...entry }) => entry);
    },
    saveArticle: (input) => write(() => saveArticle(input)),
    findByHash: (hash) =>
      read(() => {
        const row = byHash.get(hash);
        return row ? toStored(row) : undefined;
      }),
    articlesOfStory: (storyId) => read(() => readable(ofStory.all(storyId))),
    allArticles: () => read(() => readable(all.all())),
    articleLocations: () =>
      read(
        () =>
          new Map(
            db
              .prepare<[], { article_id: string; key: number; story_id: string }>(
                'SELECT article_id, key, story_id FROM articles ORDER BY key',
              )
              .all()
              .map((row) => [row.article_id, { key: row.key, storyId: row.story_id }]),
          ),
      ),
    deleteArticle: (key) => write(() => db.prepare('DELETE FROM articles WHERE key = ?').run(key).changes > 0),
    findByKey: (key) =>
      read(() => {
        const row = byKey.get(key);
        return row ? toStored(row) : undefined;
      }),
    searchArticles: (query, limit) =>
      read(() =>
        // instr() over lower(): a plain substring match (LIKE would treat % and _ in the query as wildcards).
        // json_valid first: one damaged row must not fail every search.
        readable(
          db
            .prepare<[string, number], ArticleRow>(
              `SELECT * FROM articles
               WHERE instr(lower(COALESCE(title, '') || ' ' || COALESCE(outlet, '') || ' ' ||
                 CASE WHEN json_valid(article_json) THEN COALESCE(json_extract(article_json, '$.text'), '') ELSE '' END), lower(?)) > 0
               ORDER BY key DESC LIMIT ?`,
            )
            .all(query, limit),
        ),
      ),
    externalVersion: () => read(() => db.pragma('data_version', { simple: true }) as number),
    clusterStateGeneration: () =>
      read(() =>
        generationRow
          ? (generationRow.get()?.generation ?? 0)
          : (db.pragma('data_version', { simple: true }) as number),
      ),
    loadClusterState: (check) =>
      read(() => {
        const row = stateRow.get();
        if (!row) return undefined;
        try {
          return check(parseStoredJson(row.state_json, 'state_json'));
        } catch (error) {
          if (!(error instanceof DamagedValueError)) throw error;
          noteDamaged('cluster_state', '1', error.message, row, 'the clusterer state');
          return undefined;
        }
      }),
    saveClusterState: (state) => write(() => saveState(state)),
    applyMoves: (moves, clusterState) => {
      write(() => {
        const update = db.prepare('UPDATE articles SET story_id = ? WHERE key = ?');
        for (const move of moves) update.run(move.storyId, move.key);
        saveState(clusterState);
      });
    },
    saveReport: (storyId: string, report: StoryReport) => {
      write(() => {
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
      });
    },
    loadReport: (storyId) =>
      read(() => {
        const row = db
          .prepare<[string], { report_json: string }>('SELECT report_json FROM story_reports WHERE story_id = ?')
          .get(storyId);
        if (!row) return undefined;
        try {
          return readStoredReport(parseStoredJson(row.report_json, 'report_json'));
        } catch (error) {
          if (!(error instanceof DamagedValueError)) throw error;
          // A saved report is a cache of what was shown: without it the story reads as new.
          noteDamaged('story_reports', storyId, error.message, row, `the saved report of ${storyId}`);
          return undefined;
        }
      }),
    listStories: (): StorySummary[] =>
      read(() => {
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
      }),
    saveVersionDiff: (url, fromVersion, toVersion, diff) => {
      write(() => {
        db.prepare(
          'INSERT OR REPLACE INTO version_diffs (url, from_version, to_version, diff_json) VALUES (?, ?, ?, ?)',
        ).run(url, fromVersion, toVersion, JSON.stringify(diff));
      });
    },
    versionDiffs: (url) =>
      read(() =>
        db
          .prepare<[string], { from_version: number; to_version: number; diff_json: string }>(
            'SELECT * FROM version_diffs WHERE url = ? ORDER BY to_version',
          )
          .all(url)
          .flatMap((row) => {
            try {
              return [
                {
                  fromVersion: row.from_version,
                  toVersion: row.to_version,
                  diff: parseStoredJson(row.diff_json, 'diff_json'),
                },
              ];
            } catch (error) {
              if (!(error instanceof DamagedValueError)) throw error;
              noteDamaged('version_diffs', `${url} v${row.to_version}`, error.message, undefined, url);
              return [];
            }
          }),
      ),
    close: () => {
      // A lease left behind by a live process would make the next writer wait for it to expire.
      if (lock && db.open) {
        try {
          lock.release();
        } catch {
          // Nothing more can be done for a file that cannot be written; the lease expires.
        }
      }
      db.close();
    },
  };
}
