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
  const titled = titledSpellings(articles);
  return merged
    .map((entity) => ({
      name: entity.canonical,
      type: entity.type,
      aliases: withDerivedAliases(entity.canonical, entity.type, entity.aliases, titled),
      articles: entity.articleIndexes.map((i) => articles[i]?.article.id ?? '').filter(Boolean),
    }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

const COURTESY_TITLE = /(?:^|[^\p{L}])((?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?)\s+$/u;

/** "Mr Smith" as written: the courtesy title before a name mention, keyed by the name. */
function titledSpellings(articles: AnnotatedArticle[]): Map<string, Set<string>> {
  const spellings = new Map<string, Set<string>>();
  for (const { article, mentions } of articles) {
    for (const mention of mentions) {
      if (mention.kind !== 'entity' || mention.entityType !== 'person') continue;
      const title = COURTESY_TITLE.exec(article.text.slice(Math.max(0, mention.start - 8), mention.start))?.[1];
      if (!title) continue;
      const set = spellings.get(mention.text) ?? new Set<string>();
      set.add(`${title} ${mention.text}`);
      spellings.set(mention.text, set);
    }
  }
  return spellings;
}

/** A person is also called by their surname, and by the courtesy-titled forms the outlets used. */
function withDerivedAliases(name: string, type: string, aliases: string[], titled: Map<string, Set<string>>): string[] {
  const all = new Set(aliases);
  for (const alias of aliases) for (const spelling of titled.get(alias) ?? []) all.add(spelling);
  const words = name.split(/\s+/);
  const surname = words.at(-1);
  if (type === 'person' && words.length >= 2 && surname && /^\p{Lu}/u.test(surname)) all.add(surname);
  return [...all];
}
