/**
 * @module open-database
 * Opens the store's SQLite file for writing when the file and its folder allow it, for reading only
 * when they do not, and refuses a file whose schema is newer than this code. Every failure names the file.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, toStoreError } from '../store-error.js';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.js';

export interface OpenedDatabase {
  db: Database.Database;
  isReadOnly: boolean;
  /** The schema version the file is at (older than the code's only when read-only). */
  schemaVersion: number;
}

/** Bytes 18 and 19 of an SQLite file: 2 marks WAL mode, 1 the rollback journal. */
const FORMAT_BYTES = [18, 19] as const;

export function openDatabase(path: string): OpenedDatabase {
  if (path !== ':memory:' && !existsSync(path) && !isWritable(dirname(path)))
    throw new StoreError(path, 'read-only', `cannot create the store ${path}: its folder is not writable`);
  const isReadOnly = path !== ':memory:' && existsSync(path) && !(isWritable(path) && isWritable(dirname(path)));
  let db: Database.Database;
  try {
    db = isReadOnly ? openForReading(path) : new Database(path);
  } catch (error) {
    throw toStoreError(error, path, 'open');
  }
  try {
    if (!isReadOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    }
    const schemaVersion = isReadOnly ? checkSchema(db, path) : migrate(db, path);
    return { db, isReadOnly, schemaVersion };
  } catch (error) {
    db.close();
    throw toStoreError(error, path, 'open');
  }
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A WAL-mode file needs its `-shm` index beside it; in a folder this process cannot write, SQLite
 * cannot make one, so the file is read into memory instead (a snapshot: this process only reads).
 */
function openForReading(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_CANTOPEN' && code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_IOERR_LOCK') throw error;
  }
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0)
    throw new StoreError(
      path,
      'read-only',
      `cannot read the store ${path}: its latest changes are in ${wal}, which can only be read with write access to the folder`,
    );
  const bytes = readFileSync(path);
  for (const at of FORMAT_BYTES) if (bytes[at] === 2) bytes[at] = 1;
  return new Database(bytes, { readonly: true });
}

function appliedVersions(db: Database.Database): number[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) return [];
  return db
    .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
    .all()
    .map((row) => row.version);
}

function refuseNewer(versions: number[], path: string): number {
  const current = Math.max(0, ...versions);
  if (current > LATEST_SCHEMA_VERSION)
    throw new StoreError(
      path,
      'unusable',
      `the store ${path} was written by a newer corroborate (schema version ${current}; this one knows up to ${LATEST_SCHEMA_VERSION}): upgrade corroborate to use it`,
    );
  return current;
}

/** A read-only file is read as it is: older schemas hold every table a reader needs. */
function checkSchema(db: Database.Database, path: string): number {
  const current = refuseNewer(appliedVersions(db), path);
  if (current === 0) throw new StoreError(path, 'unusable', `${path} is not a corroborate store (it has no schema)`);
  return current;
}

/**
 * Applies the migrations the file has not seen, in one IMMEDIATE transaction that checks again what
 * is applied (two processes opening a new store cannot both migrate); an up-to-date file is only read.
 */
function migrate(db: Database.Database, path: string): number {
  const seen = appliedVersions(db);
  refuseNewer(seen, path);
  if (migrations.every((m) => seen.includes(m.version))) return LATEST_SCHEMA_VERSION;
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = appliedVersions(db);
    refuseNewer(applied, path);
    for (const migration of migrations) {
      if (applied.includes(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
  return LATEST_SCHEMA_VERSION;
}
