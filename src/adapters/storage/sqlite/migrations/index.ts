/**
 * @module migrations
 * The ordered schema migrations; the store applies the ones a database has not seen yet.
 */
import { initial } from './001-initial.js';
import { claims } from './002-claims.js';
import { writerLock } from './003-writer-lock.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [initial, claims, writerLock];

/** The newest schema this code knows; a store at a higher version was written by newer code. */
export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
