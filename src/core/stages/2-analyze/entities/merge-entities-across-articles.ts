/**
 * @module merge-entities-across-articles
 * One roster for a story: merges the articles' entities when they name the same actor, allowing for a
 * misspelt given name ("Katherine"/"Catherine"), surname-only mentions, acronym ↔ expansion and word-order variants.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import { isAcronym } from './classify-chunk.js';
import { entityLexicon } from './entity-lexicon.js';
import {
  acronymKey,
  areCompatibleGivenNames,
  editDistance,
  foldName,
  givenNameKey,
  haveCompatibleGivenNames,
  initialsOf,
  nameWords,
  organizationKey,
  surnameKey,
} from './name-keys.js';

const COUNTRY_AFTER = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/iu;

/** The name without a country naming whose body it is, when the rest has an organisation's head word. */
function withoutCountry(name: string): { country: string; rest: string } | undefined {
  const lexicon = entityLexicon;
  const countryOf = (text: string): string | undefined => {
    const place = lexicon.places.get(text.toLowerCase());
    return place !== undefined && lexicon.countries.has(place) ? place : undefined;
  };
  const hasHead = (text: string): boolean => nameWords(text).some((word) => lexicon.orgHeads.has(word.toLowerCase()));
  const words = nameWords(name);
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const country = countryOf(words.slice(0, n).join(' '));
    const rest = words.slice(n).join(' ');
    if (country !== undefined && hasHead(rest)) return { country, rest };
  }
  const after = COUNTRY_AFTER.exec(name);
  const country = after ? countryOf(after[2] ?? '') : undefined;
  if (after && country !== undefined && hasHead(after[1] ?? '')) return { country, rest: after[1] ?? '' };
  return undefined;
}

export interface MergedEntity {
  canonical: string;
  type: EntityType;
  aliases: string[];
  articleIndexes: number[];
}

interface ArticleEntity {
  canonical: string;
  types: Map<EntityType, number>;
  aliases: Set<string>;
  article: number;
}

const TYPE_PRIORITY: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** Given names that differ by a typo or a transliteration still name one person when the surname matches. */
function areSimilarGivenNames(a: string | undefined, b: string | undefined): boolean {
  if (areCompatibleGivenNames(a, b)) return true;
  if (a === undefined || b === undefined) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3) return false;
  return editDistance(a, b, 2) <= (shorter >= 5 ? 2 : 1);
}

function mainType(entity: ArticleEntity): EntityType {
  let best: EntityType = 'other';
  let bestCount = 0;
  for (const type of TYPE_PRIORITY) {
    const count = entity.types.get(type) ?? 0;
    if (type !== 'other' && count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

function collectArticleEntities(perArticle: readonly EntityMention[][]): ArticleEntity[] {
  const entities: ArticleEntity[] = [];
  perArticle.forEach((mentions, article) => {
    const byCanonical = new Map<string, ArticleEntity>();
    for (const mention of mentions) {
      let entity = byCanonical.get(mention.canonical);
      if (!entity) {
        entity = { canonical: mention.canonical, types: new Map(), aliases: new Set([mention.canonical]), article };
        byCanonical.set(mention.canonical, entity);
        entities.push(entity);
      }
      entity.aliases.add(mention.text);
      entity.types.set(mention.entityType, (entity.types.get(mention.entityType) ?? 0) + 1);
    }
  });
  return entities;
}

/**
 * Merges per-article entity mentions into one list of actors for the story.
 * Linear in the number of distinct (article, entity) pairs apart from same-surname buckets.
 */
export function mergeEntitiesAcrossArticles(perArticle: EntityMention[][]): MergedEntity[] {
  const entities = collectArticleEntities(perArticle);
  const types = entities.map(mainType);
  const parent = entities.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };

  const byName = new Map<string, number>();
  const byOrganization = new Map<string, number>();
  const byAcronym = new Map<string, number[]>();
  const byInitials = new Map<string, number>();
  const surnameBuckets = new Map<string, number[]>();

  entities.forEach((entity, index) => {
    const type = types[index];
    // Same name, same entity: one article may have typed it where another could not.
    const key = foldName(entity.canonical);
    const same = byName.get(key);
    if (same !== undefined) union(same, index);
    else byName.set(key, index);
    if (type === 'organization' || type === 'other') {
      for (const alias of entity.aliases) {
        if (!isAcronym(alias)) continue;
        const list = byAcronym.get(acronymKey(alias)) ?? [];
        list.push(index);
        byAcronym.set(acronymKey(alias), list);
      }
    }
    if (type === 'organization' && !isAcronym(entity.canonical)) {
      const variant = organizationKey(entity.canonical);
      const other = byOrganization.get(variant);
      if (other !== undefined) union(other, index);
      else byOrganization.set(variant, index);
      const initials = initialsOf(entity.canonical);
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, index);
    }
    if (type === 'person' || (type === 'other' && nameWords(entity.canonical).length === 1)) {
      const surname = surnameKey(entity.canonical);
      const bucket = surnameBuckets.get(surname) ?? [];
      bucket.push(index);
      surnameBuckets.set(surname, bucket);
    }
  });

  for (const [acronym, indexes] of byAcronym) {
    for (let i = 1; i < indexes.length; i += 1) union(indexes[0] ?? 0, indexes[i] ?? 0);
    const expansion = byInitials.get(acronym);
    if (expansion !== undefined && indexes[0] !== undefined) union(expansion, indexes[0]);
  }

  for (const bucket of surnameBuckets.values()) mergeSurnameBucket(bucket);
  mergeCountryQualified();

  return buildMerged();

  /**
   * "U.K. High Court", "High Court of the Realm" and "High Court" are one body when
   * the story qualifies that name with a single country; with two ("U.S. Embassy", "Kenyan Embassy")
   * the bare name could be either and stays apart.
   */
  function mergeCountryQualified(): void {
    const qualified = new Map<string, { countries: Set<string>; members: number[] }>();
    entities.forEach((entity, index) => {
      if (types[index] !== 'organization') return;
      const stripped = withoutCountry(entity.canonical);
      if (!stripped) return;
      const key = organizationKey(stripped.rest);
      const entry = qualified.get(key) ?? { countries: new Set<string>(), members: [] };
      entry.countries.add(stripped.country);
      entry.members.push(index);
      qualified.set(key, entry);
    });
    for (const [key, { countries, members }] of qualified) {
      if (countries.size !== 1) continue;
      const bare = byOrganization.get(key);
      for (const member of [...members.slice(1), ...(bare === undefined ? [] : [bare])]) union(members[0] ?? 0, member);
    }
  }

  function mergeSurnameBucket(bucket: readonly number[]): void {
    const named = bucket.filter((index) => givenNameKey(entities[index]?.canonical ?? '') !== undefined);
    const bare = bucket.filter((index) => givenNameKey(entities[index]?.canonical ?? '') === undefined);
    for (let i = 0; i < named.length; i += 1) {
      for (let j = i + 1; j < named.length; j += 1) {
        const a = named[i] ?? 0;
        const b = named[j] ?? 0;
        if (
          haveCompatibleGivenNames(entities[a]?.canonical ?? '', entities[b]?.canonical ?? '', areSimilarGivenNames)
        ) {
          union(a, b);
        }
      }
    }
    // A surname alone joins only when the story has a single person of that surname.
    const people = new Set(named.map(find));
    const [person] = people;
    if (people.size === 1 && person !== undefined) for (const index of bare) union(person, index);
    else if (people.size === 0) for (let i = 1; i < bare.length; i += 1) union(bare[0] ?? 0, bare[i] ?? 0);
  }

  function buildMerged(): MergedEntity[] {
    const byRoot = new Map<number, number[]>();
    entities.forEach((_, index) => {
      const root = find(index);
      const list = byRoot.get(root) ?? [];
      list.push(index);
      byRoot.set(root, list);
    });
    const merged: MergedEntity[] = [];
    for (const members of byRoot.values()) {
      const typeCounts = new Map<EntityType, number>();
      const aliases = new Set<string>();
      const articles = new Set<number>();
      let canonical = '';
      let canonicalScore = -1;
      for (const member of members) {
        const entity = entities[member];
        if (!entity) continue;
        for (const [type, count] of entity.types) typeCounts.set(type, (typeCounts.get(type) ?? 0) + count);
        for (const alias of entity.aliases) aliases.add(alias);
        articles.add(entity.article);
        const score =
          (isAcronym(entity.canonical) ? 0 : 1000) + nameWords(entity.canonical).length * 100 + entity.canonical.length;
        if (score > canonicalScore) {
          canonical = entity.canonical;
          canonicalScore = score;
        }
      }
      const type = mainType({ canonical, types: typeCounts, aliases, article: 0 });
      merged.push({
        canonical,
        type,
        aliases: [...aliases].sort(),
        articleIndexes: [...articles].sort((a, b) => a - b),
      });
    }
    return merged;
  }
}
