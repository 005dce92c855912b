/**
 * @module group-stories
 * Splits analysed articles into stories with the cluster stage; copies of one text are kept
 * together and marked, so they count once as evidence.
 */
import type { AnnotatedArticle } from '../model/annotated-article.js';
import { clusterArticles } from '../stages/3-cluster/create-story-clusterer.js';
import type { ClusterInput } from '../stages/3-cluster/cluster-input.js';

export interface StoryGroup {
  articles: AnnotatedArticle[];
  duplicates: string[][];
}

export function toClusterInput(annotated: AnnotatedArticle): ClusterInput {
  const { article, mentions } = annotated;
  const entities = [...new Set(mentions.flatMap((m) => (m.kind === 'entity' ? [m.canonical] : [])))];
  return {
    id: article.id,
    ...(article.title !== undefined && { title: article.title }),
    text: article.text,
    ...(article.published !== undefined && { published: article.published }),
    ...(entities.length > 0 && { entities }),
  };
}

export function groupStories(articles: AnnotatedArticle[]): StoryGroup[] {
  if (articles.length === 0) return [];
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const { stories, duplicates } = clusterArticles(articles.map(toClusterInput));
  return stories.map((story) => {
    const members = new Set(story.members);
    return {
      articles: story.members.map((id) => byId.get(id)).filter((a): a is AnnotatedArticle => a !== undefined),
      duplicates: duplicates.filter((group) => group.some((id) => members.has(id))),
    };
  });
}
