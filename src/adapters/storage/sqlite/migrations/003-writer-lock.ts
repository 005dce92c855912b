/**
 * @module 003-writer-lock
 * One writer at a time (the lease row), rows set aside because they could not be read, and a counter
 * that tells readers when the clusterer's saved state changed.
 */
export const writerLock = {
  version: 3,
  name: 'writer-lock',
  sql: `
CREATE TABLE writer_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  owner TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  purpose TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  row_json TEXT NOT NULL,
  quarantined_at TEXT NOT NULL
);

ALTER TABLE cluster_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
`,
};
