/**
 * @module find-clause-bounds
 * Where the clause around a token starts and ends, so a cue covers its own clause and not the next
 * one: "44 died, after retracting the statement that 164 had died" splits before "after".
 */
import type { Token } from '../tokens/tokenize.js';
import { modalityLexicon } from './modality-lexicon.js';

const HARD_STOPS = new Set([';', ':', '—', '–']);
const CLAUSE_TAGS = new Set(['VERB', 'AUX']);

/** True when `and`/`but` at `index` joins two clauses ("… and the post was deleted"), not two nouns. */
function opensClause(tokens: readonly Token[], index: number, end: number): boolean {
  for (let i = index + 1; i < end && i <= index + 5; i++) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT') return false;
    if (CLAUSE_TAGS.has(token.pos)) return true;
  }
  return false;
}

function isBoundary(tokens: readonly Token[], index: number, end: number): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (HARD_STOPS.has(token.normal)) return true;
  if (token.normal === ',') {
    const next = tokens[index + 1];
    return next !== undefined && modalityLexicon.clauseOpeners.has(next.normal);
  }
  if (token.pos === 'CCONJ' || token.pos === 'SCONJ') {
    const previous = tokens[index - 1];
    // ", and" / ", after" was already the boundary.
    if (previous?.normal === ',') return false;
    return modalityLexicon.clauseOpeners.has(token.normal) && opensClause(tokens, index, end);
  }
  return false;
}

/** First token of the clause holding `index` (the token after the boundary). */
export function findClauseStart(tokens: readonly Token[], index: number, first: number, end: number): number {
  for (let i = index - 1; i >= first; i--) {
    if (isBoundary(tokens, i, end)) return tokens[i]?.normal === ',' ? i + 2 : i + 1;
  }
  return first;
}

/** One past the last token of the clause holding `index`. */
export function findClauseEnd(tokens: readonly Token[], index: number, end: number): number {
  for (let i = index + 1; i < end; i++) if (isBoundary(tokens, i, end)) return i;
  return end;
}
