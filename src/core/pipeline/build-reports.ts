/**
 * @module build-reports
 * The default pipeline after extraction, in order: analyze → cluster → (per story) infer dates →
 * claims → reconcile. This file is the one place that states the order.
 */
import type { Article } from '../model/article.js';
import type { AnnotatedArticle } from '../model/annotated-article.js';
import type { StoryReport } from '../model/story-report.js';
import type { DateMention } from '../model/mention.js';
import type { PipelineContext } from './pipeline-context.js';
import { findDatesAt, resolveDates } from '../stages/2-analyze/analyze-article.js';
import { analyzeArticles } from '../stages/2-analyze/analyze-articles.js';
import { buildClaims } from '../stages/5-claims/build-claims.js';
import { groupStories } from './group-stories.js';
import { inferPublicationDates } from '../stages/4-date/infer-publication-dates.js';
import { reconcileStory } from '../stages/6-reconcile/reconcile-story.js';
import { buildRoster } from './build-roster.js';

export function buildReports(articles: Article[], context: PipelineContext): StoryReport[] {
  const annotated = analyzeArticles(articles, context);
  return groupStories(annotated).map((story, index) =>
    buildStoryReport(`story-${index + 1}`, story.articles, story.duplicates),
  );
}

/** Reconciles articles already known to be one story. */
export function buildStoryReport(id: string, story: AnnotatedArticle[], duplicates: string[][] = []): StoryReport {
  const dated = datePublications(story);
  const claims = dated.flatMap((article) => buildClaims(article));
  return reconcileStory({ id, articles: dated, claims, entities: buildRoster(dated), duplicates });
}

/** Undated articles get a date inferred from the story; their relative dates are then resolved. */
function datePublications(story: AnnotatedArticle[]): AnnotatedArticle[] {
  const inferred = inferPublicationDates(
    story.map((a) => ({
      id: a.article.id,
      ...(a.article.published !== undefined && { published: a.article.published }),
      dates: a.mentions.filter((m): m is DateMention => m.kind === 'date'),
      resolveAt: (day: string) => findDatesAt(a, day),
    })),
  );
  return story.map((a) => {
    const day = inferred.get(a.article.id);
    return day ? resolveDates({ ...a, article: { ...a.article, publishedHow: 'inferred' } }, day) : a;
  });
}
