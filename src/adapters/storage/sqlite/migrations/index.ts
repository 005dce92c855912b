/**
 * @module migrations
 * The ordered schema migrations; the store applies the ones a database has not seen yet.
 */
import { initial } from './001-initial.js';
import { claims } from './002-claims.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [initial, claims];
