/**
 * @module order-attributions
 * Turns a sentence's attribution records into Attributions: nested cues joined to their clause,
 * scopes set, and records ordered from the original source outward.
 */
import type { Attribution } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import { attributionLexicon } from './attribution-lexicon.js';
import { isQuoted, tokenAt, type AttributionRecord, type SentenceContext } from './attribution-context.js';
import type { TokenRange } from './read-noun-phrase.js';

/**
 * Joins "citing X" to its reporting clause, sets every scope and returns the attributions, original
 * source first ("officials told local media, the BBC reported" → officials, local media, the BBC).
 */
export function orderAttributions(context: SentenceContext, records: AttributionRecord[]): Attribution[] {
  attachNestedRecords(records);
  assignScopes(context, records);
  return toAttributions(context, orderRecords(records));
}

/** "Reuters reported, citing officials": the cited source is the original one of the nearest clause. */
function attachNestedRecords(records: AttributionRecord[]): void {
  for (let r = records.length - 1; r >= 0; r--) {
    const nested = records[r];
    if (!nested || nested.placement !== 'nested') continue;
    let host: AttributionRecord | undefined;
    let distance = Infinity;
    for (const other of records) {
      if (other === nested || other.placement === 'nested') continue;
      const gap = Math.abs(other.cueIndex - nested.cueIndex);
      if (gap < distance) {
        host = other;
        distance = gap;
      }
    }
    if (!host) {
      // "Citing security concerns, the airline cancelled flights": nothing reported, no source.
      records.splice(r, 1);
      continue;
    }
    host.sources.unshift(...nested.sources);
    host.clause = {
      first: Math.min(host.clause.first, nested.clause.first),
      end: Math.max(host.clause.end, nested.clause.end),
    };
    records.splice(r, 1);
  }
}

/** Sets each record's scope; complement scopes end at a contrast ("…, while …") or a later aside. */
function assignScopes(context: SentenceContext, records: AttributionRecord[]): void {
  for (const record of records) {
    switch (record.placement) {
      case 'parenthetical':
      case 'nested':
        // A reporting clause that opens the sentence and is followed by another reporter ("Reported X
        // to Y, the BBC revealed") covers only itself; elsewhere it covers the whole sentence.
        record.scope =
          record.isInverted === true &&
          record.clause.first === context.first &&
          records.some((other) => other.clause.first > record.clause.end)
            ? { first: context.first, end: record.clause.end }
            : { first: context.first, end: context.end };
        break;
      case 'local':
        record.scope = findCommaBounds(context, record.clause);
        break;
      case 'fronted':
        record.scope = { first: record.complementStart, end: findClauseEnd(context, record.complementStart, records) };
        break;
      case 'complement':
        record.scope = { first: record.complementStart, end: findClauseEnd(context, record.complementStart, records) };
        break;
    }
  }
}

/** "the tally released by the council is 38, …": a reduced relative covers its own comma-delimited part. */
function findCommaBounds(context: SentenceContext, clause: TokenRange): TokenRange {
  let first = clause.first;
  while (first > context.first && context.tokens[first - 1]?.normal !== ',') first--;
  let end = clause.end;
  while (end < context.end && context.tokens[end]?.normal !== ',') end++;
  return { first, end };
}

function findClauseEnd(context: SentenceContext, from: number, records: readonly AttributionRecord[]): number {
  let limit = context.end;
  for (const other of records) {
    if (other.placement === 'parenthetical' && other.clause.first > from && other.clause.first < limit) {
      limit = tokenAt(context, other.clause.first - 1)?.normal === ',' ? other.clause.first - 1 : other.clause.first;
    }
  }
  for (let i = from; i < limit; i++) {
    const token = context.tokens[i];
    if (!token || isQuoted(context, i)) continue;
    if (token.normal === ';') return i;
    const next = context.tokens[i + 1];
    if (token.normal === ',' && next && attributionLexicon.contrastLinks.has(next.normal)) return i;
  }
  return limit;
}

function contains(range: TokenRange, index: number): boolean {
  return index >= range.first && index < range.end;
}

/**
 * True when `inner`'s cue lies in `outer`'s scope. When each lies in the other's scope the narrower
 * scope is the inner one; on a tie the later reporter is the outer one ("five died, the ministry
 * said, according to AP").
 */
function isInside(inner: AttributionRecord, outer: AttributionRecord): boolean {
  if (inner === outer || !contains(outer.scope, inner.cueIndex)) return false;
  if (!contains(inner.scope, outer.cueIndex)) return true;
  const difference = width(inner.scope) - width(outer.scope);
  return difference < 0 || (difference === 0 && inner.cueIndex < outer.cueIndex);
}

/** Deeper records (inside more scopes) come first: they are closer to the original source. */
function orderRecords(records: AttributionRecord[]): { record: AttributionRecord; isInnermost: boolean }[] {
  const depth = new Map<AttributionRecord, number>();
  for (const record of records) depth.set(record, records.filter((other) => isInside(record, other)).length);
  return [...records]
    .sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0) || a.cueIndex - b.cueIndex)
    .map((record) => ({ record, isInnermost: !records.some((other) => isInside(other, record)) }));
}

function width(range: TokenRange): number {
  return range.end - range.first;
}

function toSpan(context: SentenceContext, range: TokenRange): Span {
  const start = context.tokens[range.first]?.start ?? 0;
  const end = context.tokens[range.end - 1]?.end ?? start;
  return { start, end };
}

function toAttributions(
  context: SentenceContext,
  ordered: { record: AttributionRecord; isInnermost: boolean }[],
): Attribution[] {
  const isChain =
    ordered.length > 1 && ordered.some(({ record, isInnermost }) => !isInnermost || record.sources.length > 1);
  const single = ordered.length === 1 && ordered[0]?.record.sources.length === 1;
  const attributions: Attribution[] = [];
  for (const { record, isInnermost } of ordered) {
    const hasChain = isChain || (!single && record.sources.length > 1);
    record.sources.forEach((part, k) => {
      const span = toSpan(context, part.range);
      const attribution: Attribution = {
        ...span,
        source: context.text.slice(span.start, span.end),
        cue: part.cue,
        scope: toSpan(context, record.scope),
      };
      if (part.description) {
        const described = toSpan(context, part.description);
        attribution.description = context.text.slice(described.start, described.end);
      }
      if (hasChain) attribution.isOriginal = k === 0 && isInnermost;
      attributions.push(attribution);
    });
  }
  return attributions;
}
