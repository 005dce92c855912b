/**
 * @module 001-initial
 * Articles with their raw source, stories, saved reports and the clusterer's state.
 */
export const initial = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE articles (
  key INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL DEFAULT 1,
  format TEXT NOT NULL,
  raw TEXT NOT NULL,
  article_json TEXT NOT NULL,
  story_id TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  published TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_url ON articles (url, version);

CREATE TABLE story_reports (
  story_id TEXT PRIMARY KEY,
  report_json TEXT NOT NULL,
  title TEXT,
  disputed_count INTEGER NOT NULL DEFAULT 0,
  saved_at TEXT NOT NULL
);

CREATE TABLE version_diffs (
  url TEXT NOT NULL,
  from_version INTEGER NOT NULL,
  to_version INTEGER NOT NULL,
  diff_json TEXT NOT NULL,
  PRIMARY KEY (url, to_version)
);

CREATE TABLE cluster_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state_json TEXT NOT NULL
);
`,
};
