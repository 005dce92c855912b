/**
 * @module judge-fact
 * Gives an aligned fact its verdict, a one-line reason, a consensus value and its independent origins.
 * Rules (DESIGN.md): overlap → corroborated; clash at one time → conflicting; values that grow across
 * as-of dates → updated; withdrawn or unconfirmed figures → retracted; one outlet → single-source.
 */
import type { Claim } from '../../model/claim.js';
import type { ReportFact, Verdict } from '../../model/story-report.js';
import { areCompatible, intersect } from './interval.js';
import type { AlignedFact } from './align-facts.js';

const INACTIVE = new Set(['retracted', 'unconfirmed', 'denied']);

export interface StoryContext {
  /** Article id → the outlet name to show (falls back to the id). */
  outletOf: (articleId: string) => string;
  /** Article id → a representative id of its copy group (syndicated copies count once). */
  originalOf: (articleId: string) => string;
}

export function judgeFact(fact: AlignedFact, id: string, context: StoryContext): ReportFact {
  // Ties fall to article order, so how the aligner happened to join a group never reorders a report.
  const claims = [...fact.claims].sort(
    (a, b) =>
      (a.asOf ?? '').localeCompare(b.asOf ?? '') ||
      a.low - b.low ||
      a.articleId.localeCompare(b.articleId) ||
      a.start - b.start,
  );
  const active = claims.filter((c) => !INACTIVE.has(c.modality));
  const inactive = claims.filter((c) => INACTIVE.has(c.modality));
  const independent = new Set(active.map((c) => context.originalOf(c.articleId)));
  const allOutlets = new Set(claims.map((c) => context.originalOf(c.articleId)));

  let verdict: Verdict;
  let reason: string;
  const clash = findClash(active, context);
  if (active.length === 0) {
    verdict = 'retracted';
    reason = `${describeGroup(inactive, context)}: ${describeModalities(inactive)}`;
  } else if (clash?.kind === 'conflict') {
    verdict = 'conflicting';
    reason = `${describeSides(active, context)}${inactive.length > 0 ? `; ${describeInactive(inactive, context)}` : ''}`;
  } else if (clash?.kind === 'update') {
    verdict = 'updated';
    reason = describeUpdates(active, context);
  } else if (allOutlets.size === 1) {
    verdict = inactive.length > 0 ? 'retracted' : 'single-source';
    reason =
      inactive.length > 0
        ? `${describeGroup(active, context)}; ${describeInactive(inactive, context)}`
        : `only ${context.outletOf(claims[0]?.articleId ?? '')} reports it: ${describeGroup(claims, context)}`;
  } else if (independent.size >= 2) {
    verdict = 'corroborated';
    reason = `${independent.size} outlets agree: ${describeGroup(active, context)}`;
    if (inactive.length > 0) reason += `; ${describeInactive(inactive, context)}`;
  } else {
    verdict = 'single-source';
    reason = `${describeGroup(active, context)}${inactive.length > 0 ? `; ${describeInactive(inactive, context)}` : ''}`;
  }

  const origins = originsOf(active.length > 0 ? active : claims, context);
  const copies = active.length - independent.size;
  if (verdict === 'corroborated' && origins.length === 1 && independent.size > 1) {
    reason += ` (${independent.size} outlets, 1 original source: ${origins[0]})`;
  } else if (
    copies > 0 &&
    verdict === 'corroborated' &&
    independent.size < new Set(active.map((c) => c.articleId)).size
  ) {
    reason += ' (some outlets carry the same copy)';
  }

  // Claims in other units were converted (acres → hectares, years → months) to compare them; show
  // the fact in the unit most of its outlets wrote.
  const displayScale = mostCommonScale(claims);
  const toDisplay = (value: number) => Math.round((value / displayScale) * 100) / 100;
  const canonicalConsensus = consensusOf(verdict, active.length > 0 ? active : claims);
  const consensus = canonicalConsensus && {
    ...canonicalConsensus,
    low: toDisplay(canonicalConsensus.low),
    high: toDisplay(canonicalConsensus.high),
  };
  return {
    id,
    what: fact.label,
    verdict,
    reason,
    ...(consensus && { consensus }),
    origins,
    claims: claims.map((c) => ({
      article: c.articleId,
      text: c.text,
      low: toDisplay(c.low),
      high: toDisplay(c.high),
      ...(c.asOf && { asOf: c.asOf }),
      ...(c.attributedTo && { attributedTo: c.attributedTo }),
      modality: c.modality,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      sentenceStart: c.sentenceStart,
      sentenceEnd: c.sentenceEnd,
    })),
  };
}

/**
 * A clash between claims of the same time is a conflict; clashes only across times, with values
 * that never go down as time passes, are updates.
 */
function findClash(active: Claim[], context: StoryContext): { kind: 'conflict' | 'update' } | undefined {
  let hasCrossTimeClash = false;
  for (let i = 0; i < active.length; i++) {
    for (let j = i + 1; j < active.length; j++) {
      const a = active[i];
      const b = active[j];
      if (!a || !b || a.articleId === b.articleId || areCompatible(a, b)) continue;
      if (!a.asOf || !b.asOf || a.asOf === b.asOf || a.slot.isFixed === true) {
        // Two pieces by one outlet giving different figures at one time are about different things
        // (two cars' horsepower, two deals' prices): sources disagree only across outlets.
        if (context.outletOf(a.articleId) === context.outletOf(b.articleId)) continue;
        return { kind: 'conflict' };
      }
      const [earlier, later] = a.asOf < b.asOf ? [a, b] : [b, a];
      // Deaths or arrests never go down: a lower later count contradicts. Evacuees or the missing can.
      if (later.high < earlier.low && a.slot.isCumulative === true) return { kind: 'conflict' };
      hasCrossTimeClash = true;
    }
  }
  return hasCrossTimeClash ? { kind: 'update' } : undefined;
}

function mostCommonScale(claims: Claim[]): number {
  const counts = new Map<number, number>();
  for (const claim of claims) counts.set(claim.slot.scale ?? 1, (counts.get(claim.slot.scale ?? 1) ?? 0) + 1);
  // Ties go to the comparison unit itself (scale 1).
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || Math.abs(a[0] - 1) - Math.abs(b[0] - 1))[0]?.[0] ?? 1;
}

function formatValue(claim: Claim): string {
  return claim.text;
}

function describeClaim(claim: Claim, context: StoryContext): string {
  const parts = [context.outletOf(claim.articleId)];
  if (claim.attributedTo) parts.push(`citing ${claim.attributedTo}`);
  if (claim.asOf) parts.push(claim.asOf);
  return `${formatValue(claim)} (${parts.join(', ')})`;
}

function describeGroup(claims: Claim[], context: StoryContext): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const claim of claims) {
    const key = `${claim.text}|${claim.articleId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(describeClaim(claim, context));
    if (parts.length === 4) break;
  }
  const more = claims.length - parts.length;
  return parts.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** Splits claims into groups of mutually compatible values and shows them as "A vs B". */
function describeSides(claims: Claim[], context: StoryContext): string {
  const sides: Claim[][] = [];
  for (const claim of claims) {
    const side = sides.find((group) => group.every((other) => areCompatible(other, claim)));
    if (side) side.push(claim);
    else sides.push([claim]);
  }
  return sides.map((side) => describeGroup(side, context)).join(' vs ');
}

function describeUpdates(claims: Claim[], context: StoryContext): string {
  const byDate = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claim.asOf ?? 'undated';
    byDate.set(key, [...(byDate.get(key) ?? []), claim]);
  }
  return [...byDate.entries()]
    .map(
      ([date, group]) =>
        `${date}: ${[...new Set(group.map((c) => c.text))].join(' / ')} (${[...new Set(group.map((c) => context.outletOf(c.articleId)))].join(', ')})`,
    )
    .join(' → ');
}

function describeInactive(claims: Claim[], context: StoryContext): string {
  return claims.map((c) => `${c.text} ${c.modality} (${context.outletOf(c.articleId)})`).join(', ');
}

function describeModalities(claims: Claim[]): string {
  return [...new Set(claims.map((c) => c.modality))].join(', ');
}

function originsOf(claims: Claim[], context: StoryContext): string[] {
  const origins = new Map<string, string>();
  for (const claim of claims) {
    const name = claim.attributedTo ?? context.outletOf(claim.articleId);
    const key = normaliseSource(name);
    if (!origins.has(key)) origins.set(key, name.replace(/^the\s+/i, ''));
  }
  return [...origins.values()];
}

/** "the country's Interior Ministry" and "interior ministry" are one origin. */
function normaliseSource(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/^[\w-]+(’s|'s)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function consensusOf(verdict: Verdict, claims: Claim[]): ReportFact['consensus'] {
  if (claims.length === 0) return undefined;
  if (verdict === 'updated') {
    const latest = claims.reduce((a, b) => ((b.asOf ?? '') > (a.asOf ?? '') ? b : a));
    const sameTime = claims.filter((c) => c.asOf === latest.asOf);
    const range = intersect(sameTime) ?? [latest.low, latest.high];
    return { low: Math.round(range[0]), high: Math.round(range[1]), text: latest.text };
  }
  if (verdict === 'conflicting') {
    // The value most outlets carry, never hiding the dissent (which the reason lists).
    const support = claims.map((claim) => ({
      claim,
      outlets: new Set(claims.filter((o) => areCompatible(o, claim)).map((o) => o.articleId)).size,
    }));
    support.sort((a, b) => b.outlets - a.outlets || a.claim.high - a.claim.low - (b.claim.high - b.claim.low));
    const best = support[0]?.claim;
    return best ? { low: best.low, high: best.high, text: best.text } : undefined;
  }
  const range = intersect(claims);
  const exact = claims.find((c) => c.low === c.high);
  if (range) {
    const low = Math.max(range[0], Math.min(...claims.map((c) => c.low)));
    const high = Math.min(range[1], Math.max(...claims.map((c) => c.high)));
    return { low, high, text: exact?.text ?? claims[0]?.text ?? '' };
  }
  return undefined;
}
