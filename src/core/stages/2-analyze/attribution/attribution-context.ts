/**
 * @module attribution-context
 * The per-sentence working state of the attribution finders (records, token access) and the small
 * noun-phrase judgements they share.
 */
import type { Token } from '../tokens/tokenize.js';
import { attributionLexicon } from './attribution-lexicon.js';
import type { TokenRange } from './read-noun-phrase.js';
import { isAudience } from './skip-adverbials.js';

export interface SourcePart {
  range: TokenRange;
  cue: string;
  description?: TokenRange;
}

/**
 * One reporting clause: its sources (original first), where its cue sits, and which tokens it
 * covers. `placement` decides the scope: a clause after the verb (`complement`), the whole sentence
 * (`parenthetical`: "…, police said"), what follows (`fronted`: "According to X, …"), the
 * clause of another record (`nested`: "citing X"), or its own comma-delimited part (`local`:
 * "the toll published by the ministry is 64, …").
 */
export interface AttributionRecord {
  sources: SourcePart[];
  cueIndex: number;
  clause: TokenRange;
  placement: 'complement' | 'parenthetical' | 'fronted' | 'nested' | 'local';
  complementStart: number;
  /** Verb before its source ("said the governor", "Reported the officials to …"). */
  isInverted?: boolean;
  scope: TokenRange;
}

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  first: number;
  end: number;
  quoted: boolean[];
}

export const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»']);

export const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);

export function isQuoted(context: SentenceContext, index: number): boolean {
  return context.quoted[index - context.first] === true;
}

export function tokenAt(context: SentenceContext, index: number): Token | undefined {
  return index >= context.first && index < context.end ? context.tokens[index] : undefined;
}

/** True when `index` opens a clause: sentence start, punctuation, or only conjunctions/adverbs before it. */
export function isClauseStart(context: SentenceContext, index: number): boolean {
  for (let i = index - 1; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token) return true;
    if (CLAUSE_PUNCTUATION.has(token.normal) || CLOSING_MARKS.has(token.text)) return true;
    if (token.pos === 'CCONJ' || token.pos === 'ADV' || token.pos === 'SCONJ') continue;
    return false;
  }
  return true;
}

/** Where the auxiliaries before a passive participle start ("was later quoted" → "was"). */
export function passiveAuxiliaryStart(context: SentenceContext, index: number): number {
  let i = index - 1;
  while (i >= context.first) {
    const token = context.tokens[i];
    if (!token || (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART')) break;
    i--;
  }
  return i + 1;
}

export function isPassiveVerb(context: SentenceContext, index: number): boolean {
  for (let i = index - 1; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token) return false;
    if (token.pos === 'AUX') return token.lemma === 'be' || token.lemma === 'get';
    if (token.pos !== 'ADV') return false;
  }
  return false;
}

export function parentheticalRecord(
  context: SentenceContext,
  index: number,
  sources: SourcePart[],
  clause: TokenRange,
): AttributionRecord {
  return { sources, cueIndex: index, clause, placement: 'parenthetical', complementStart: clause.end, scope: clause };
}

/** "the images show a galaxy" depicts; only "images show that …" reports. */
export function isVisualPhrase(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.end - 1];
  return head !== undefined && attributionLexicon.visualNouns.has(head.lemma);
}

export function isDocumentPhrase(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.end - 1];
  return (
    head !== undefined &&
    (attributionLexicon.documentNouns.has(head.lemma) || attributionLexicon.documentNouns.has(head.normal))
  );
}

/** "the ministry's statement" is the ministry speaking; a document without an author stays the source. */
export function toDocumentAuthor(tokens: readonly Token[], range: TokenRange): TokenRange {
  if (!isDocumentPhrase(tokens, range)) return stripGenericPossessor(tokens, range);
  for (let i = range.end - 2; i > range.first; i--) {
    const token = tokens[i];
    if (token?.pos === 'PART' && (token.normal === "'s" || token.normal === '’s'))
      return { first: range.first, end: i };
  }
  return range;
}

/** "the country's local media" → "local media": a place possessor does not name a generic medium. */
export function stripGenericPossessor(tokens: readonly Token[], range: TokenRange): TokenRange {
  const head = tokens[range.end - 1];
  const isMedia =
    head !== undefined &&
    (attributionLexicon.mediaNouns.has(head.lemma) || attributionLexicon.mediaNouns.has(head.normal));
  if (!isMedia || isAudience(tokens, range)) return range;
  for (let i = range.first + 1; i < range.end - 1; i++) {
    const token = tokens[i];
    if (token?.pos === 'PART' && (token.normal === "'s" || token.normal === '’s')) {
      const possessor = tokens[i - 1];
      const isPlace = possessor !== undefined && attributionLexicon.placePossessors.has(possessor.lemma);
      // Only a generic medium loses it; a named body ("the country's Civil Defence Agency") keeps it.
      const rest = tokens.slice(i + 1, range.end);
      return isPlace && !rest.some((token) => token.pos === 'PROPN') ? { first: i + 1, end: range.end } : range;
    }
  }
  return range;
}
