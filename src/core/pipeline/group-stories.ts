/**
 * @module group-stories
 * Splits analysed articles into stories. PLACEHOLDER until the cluster stage lands: one story.
 */
import type { AnnotatedArticle } from '../model/annotated-article.js';

export interface StoryGroup {
  articles: AnnotatedArticle[];
  duplicates: string[][];
}

export function groupStories(articles: AnnotatedArticle[]): StoryGroup[] {
  return articles.length === 0 ? [] : [{ articles, duplicates: [] }];
}
