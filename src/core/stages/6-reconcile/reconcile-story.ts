/**
 * @module reconcile-story
 * One story's analysed articles and claims → its StoryReport: facts with verdicts, matched quotes,
 * the merged timeline, coverage and framing. The roster of actors comes in ready-made.
 */
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { Claim } from '../../model/claim.js';
import type { DateMention, QuoteMention } from '../../model/mention.js';
import type { ReportEntity, ReportFact, StoryReport, Verdict } from '../../model/story-report.js';
import { REPORT_VERSION } from '../../model/story-report.js';
import { alignFacts } from './align-facts.js';
import { judgeFact, type StoryContext } from './judge-fact.js';
import { matchQuotes } from './match-quotes.js';
import { buildTimeline } from './build-timeline.js';
import { buildFraming } from './build-framing.js';

export interface StoryInput {
  id: string;
  articles: AnnotatedArticle[];
  claims: Claim[];
  entities: ReportEntity[];
  /** Groups of article ids that carry the same copy (syndication). */
  duplicates: string[][];
}

const VERDICT_ORDER: Verdict[] = ['conflicting', 'updated', 'retracted', 'corroborated', 'single-source'];

export function reconcileStory(input: StoryInput): StoryReport {
  const { articles, claims, duplicates } = input;
  const outletById = new Map(articles.map((a) => [a.article.id, a.article.outlet ?? a.article.id]));
  const originalById = new Map<string, string>();
  for (const group of duplicates) for (const id of group) originalById.set(id, group[0] ?? id);
  const context: StoryContext = {
    outletOf: (id) => outletById.get(id) ?? id,
    originalOf: (id) => originalById.get(id) ?? id,
  };

  const usedIds = new Set<string>();
  const facts: ReportFact[] = alignFacts(claims)
    .map((fact) => judgeFact(fact, uniqueId(fact.label, usedIds), context))
    .sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
        new Set(b.claims.map((c) => c.article)).size - new Set(a.claims.map((c) => c.article)).size,
    );

  const quotes = matchQuotes(
    articles.flatMap((a) =>
      a.mentions
        .filter((m): m is QuoteMention => m.kind === 'quote')
        .map((quote) => ({ articleId: a.article.id, outlet: context.outletOf(a.article.id), quote })),
    ),
  );

  const timeline = buildTimeline(
    articles.map((a) => ({
      articleId: a.article.id,
      text: a.article.text,
      sentences: a.sentences,
      dates: a.mentions.filter((m): m is DateMention => m.kind === 'date'),
    })),
  );

  const coverage: Record<string, string[]> = {};
  for (const fact of facts) coverage[fact.id] = [...new Set(fact.claims.map((c) => c.article))];

  const framing = buildFraming(articles.map((a) => ({ outlet: context.outletOf(a.article.id), tokens: a.tokens })));
  const title = pickTitle(articles);

  return {
    version: REPORT_VERSION,
    id: input.id,
    ...(title && { title }),
    articles: articles.map(({ article }) => ({
      id: article.id,
      source: article.source,
      ...(article.outlet !== undefined && { outlet: article.outlet }),
      ...(article.title !== undefined && { title: article.title }),
      ...(article.byline !== undefined && { byline: article.byline }),
      ...(article.published !== undefined && { published: article.published }),
      ...(article.publishedHow !== undefined && { publishedHow: article.publishedHow }),
      text: article.text,
      removed: article.removed,
    })),
    facts,
    quotes,
    timeline,
    entities: input.entities,
    coverage,
    framing,
    duplicates: duplicates.filter((g) => g.length > 1),
  };
}

function pickTitle(articles: AnnotatedArticle[]): string | undefined {
  const titles = articles.map((a) => a.article.title).filter((t): t is string => Boolean(t));
  return titles.sort((a, b) => a.length - b.length)[Math.floor(titles.length / 2)];
}

function uniqueId(label: string, used: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'fact';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
