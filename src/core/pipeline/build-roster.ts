/**
 * @module build-roster
 * The story's actors: entities merged across its articles, with every alias and the articles naming them.
 */
import type { AnnotatedArticle } from '../model/annotated-article.js';
import type { EntityMention } from '../model/mention.js';
import type { ReportEntity } from '../model/story-report.js';
import { mergeEntitiesAcrossArticles } from '../stages/2-analyze/entities/merge-entities-across-articles.js';

export function buildRoster(articles: AnnotatedArticle[]): ReportEntity[] {
  const merged = mergeEntitiesAcrossArticles(
    articles.map((a) => a.mentions.filter((m): m is EntityMention => m.kind === 'entity')),
  );
  return merged
    .map((entity) => ({
      name: entity.canonical,
      type: entity.type,
      aliases: entity.aliases,
      articles: entity.articleIndexes.map((i) => articles[i]?.article.id ?? '').filter(Boolean),
    }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}
