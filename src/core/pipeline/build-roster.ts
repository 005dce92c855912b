/**
 * @module build-roster
 * The story's actors, merged across articles. PLACEHOLDER until cross-article entity merging lands.
 */
import type { AnnotatedArticle } from '../model/annotated-article.js';
import type { ReportEntity } from '../model/story-report.js';

export function buildRoster(articles: AnnotatedArticle[]): ReportEntity[] {
  const byName = new Map<string, ReportEntity>();
  for (const { article, mentions } of articles) {
    for (const mention of mentions) {
      if (mention.kind !== 'entity') continue;
      const entity = byName.get(mention.canonical) ?? {
        name: mention.canonical,
        type: mention.entityType,
        aliases: [],
        articles: [],
      };
      if (!entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
      if (!entity.articles.includes(article.id)) entity.articles.push(article.id);
      byName.set(mention.canonical, entity);
    }
  }
  return [...byName.values()];
}
