/**
 * @module store-error
 * Failures of the store itself (not of one input), each naming the store's file, so a message such as
 * "disk is full" or "read-only" says which file it is about.
 */

export type StoreProblem =
  /** The file is newer than this code, not a store, or cannot be opened at all. */
  | 'unusable'
  /** Writing was refused: the file or its folder is read-only. */
  | 'read-only'
  /** The disk (or the file system's quota) is full. */
  | 'full'
  /** Another process is the store's writer and did not finish in time. */
  | 'busy'
  /** This process was the writer, but another took over (it seemed gone): nothing more is written. */
  | 'lost-lock'
  /** Any other failure to read or write the file. */
  | 'io';

export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

interface SqliteFailure {
  code?: unknown;
  message?: unknown;
}

/**
 * The StoreError for a SQLite or file-system failure on `path` while doing `doing` (e.g. "write to"),
 * or the error itself when it is not one (a bug should surface as it is).
 */
export function toStoreError(error: unknown, path: string, doing: string): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const { code } = error as SqliteFailure;
  if (typeof code !== 'string') return error;
  const reason = error.message;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new StoreError(path, 'full', `could not ${doing} the store ${path}: the disk is full`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new StoreError(path, 'read-only', `could not ${doing} the store ${path}: it is read-only (${reason})`);
  if (code === 'SQLITE_NOTADB')
    return new StoreError(path, 'unusable', `${path} is not a corroborate store (not an SQLite database)`);
  if (code === 'SQLITE_CORRUPT')
    return new StoreError(path, 'unusable', `the store ${path} is damaged (${reason}): restore it from a backup`);
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY'))
    return new StoreError(path, 'busy', `could not ${doing} the store ${path}: another process kept it locked`);
  if (code.startsWith('SQLITE_') || code.startsWith('E'))
    return new StoreError(path, 'io', `could not ${doing} the store ${path}: ${reason}`);
  return error;
}
