/**
 * @module build-reports
 * The default pipeline after extraction: analyze → claims → cluster → reconcile → StoryReport[].
 */
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story-report.js';
import { REPORT_VERSION } from '../model/story-report.js';
import type { PipelineContext } from './pipeline-context.js';

export function buildReports(articles: Article[], _context: PipelineContext): StoryReport[] {
  if (articles.length === 0) return [];
  return [
    {
      version: REPORT_VERSION,
      id: 'story-1',
      articles: articles.map(({ id, source, outlet, title, byline, published, publishedHow, text, removed }) => ({
        id,
        source,
        ...(outlet !== undefined && { outlet }),
        ...(title !== undefined && { title }),
        ...(byline !== undefined && { byline }),
        ...(published !== undefined && { published }),
        ...(publishedHow !== undefined && { publishedHow }),
        text,
        removed,
      })),
      facts: [],
      quotes: [],
      timeline: [],
      entities: [],
    },
  ];
}
