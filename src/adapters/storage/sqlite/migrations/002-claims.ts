/**
 * @module 002-claims
 * Each stored article keeps its claims, so a new version of a page can be diffed against the old.
 */
export const claims = {
  version: 2,
  name: 'claims',
  sql: `ALTER TABLE articles ADD COLUMN claims_json TEXT NOT NULL DEFAULT '[]';`,
};
