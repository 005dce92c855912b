/**
 * @module writer-lock
 * The store's one-writer rule, kept in the file itself: a lease row naming the process that may write
 * (clustering is sequential, so two writers would each assign stories from their own stale view).
 * A lease whose process is gone (same host) or whose time ran out can be taken over.
 */
import type Database from 'better-sqlite3';

export interface WriterIdentity {
  /** Unique per store connection. */
  owner: string;
  pid: number;
  host: string;
  /** What the process is doing, shown to a process that has to wait ("ingest", "serve"). */
  purpose: string;
}

export type WriterClaim = { isAcquired: true } | { isAcquired: false; holder: string };

export interface WriterLock {
  /** Takes the lease when it is free, stale or already ours; otherwise says who holds it. */
  tryAcquire(): WriterClaim;
  /** Gives the lease up (if it is still ours). */
  release(): void;
  /**
   * Inside a write transaction: throws unless this connection holds the lease, and extends it. Every
   * write goes through this, so a process whose lease was taken over cannot write another row.
   */
  confirm(): void;
}

interface LockRow {
  owner: string;
  pid: number;
  host: string;
  purpose: string;
  acquired_at: string;
  expires_at: string;
}

export interface WriterLockOptions {
  identity: WriterIdentity;
  /** How long a lease lasts without a write renewing it. */
  leaseMs: number;
  now: () => Date;
  isProcessAlive?: (pid: number) => boolean;
}

export class WriterLockError extends Error {}

export function createWriterLock(
  db: Database.Database,
  { identity, leaseMs, now, isProcessAlive = isAlive }: WriterLockOptions,
): WriterLock {
  const read = db.prepare<[], LockRow>('SELECT * FROM writer_lock WHERE id = 1');
  const take = db.prepare(
    `INSERT INTO writer_lock (id, owner, pid, host, purpose, acquired_at, expires_at) VALUES (1, @owner, @pid, @host, @purpose, @now, @expires)
     ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,
       purpose = excluded.purpose, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`,
  );
  const renew = db.prepare('UPDATE writer_lock SET expires_at = ? WHERE id = 1 AND owner = ?');
  const drop = db.prepare('DELETE FROM writer_lock WHERE id = 1 AND owner = ?');
  const expiry = () => new Date(now().getTime() + leaseMs).toISOString();

  const isStale = (row: LockRow): boolean =>
    row.expires_at < now().toISOString() || (row.host === identity.host && !isProcessAlive(row.pid));

  const acquire = db.transaction((): WriterClaim => {
    const row = read.get();
    if (row && row.owner !== identity.owner && !isStale(row)) return { isAcquired: false, holder: describe(row) };
    if (row?.owner === identity.owner) renew.run(expiry(), identity.owner);
    else take.run({ ...identity, now: now().toISOString(), expires: expiry() });
    return { isAcquired: true };
  });

  return {
    // IMMEDIATE: the check and the take happen under SQLite's write lock, so two processes cannot both win.
    tryAcquire: () => acquire.immediate(),
    release: () => {
      drop.run(identity.owner);
    },
    confirm: () => {
      const row = read.get();
      if (row?.owner !== identity.owner)
        throw new WriterLockError(
          row
            ? `another process became the store's writer (${describe(row)}); this one stops writing`
            : 'this process is not the store’s writer',
        );
      renew.run(expiry(), identity.owner);
    },
  };
}

function describe(row: LockRow): string {
  return `${row.purpose} (process ${row.pid} on ${row.host}, since ${row.acquired_at.slice(0, 19).replace('T', ' ')} UTC)`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
