/**
 * @module find-entities
 * People, organisations and places in one article: a proper-noun chunker on wink's tokens, typed by cues,
 * with aliases resolved within the article ("Ana Costa" = "Costa" = "President Costa" = "the president").
 */
import type { EntityMention } from '../../../model/mention.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import { chunkProperNouns } from './chunk-proper-nouns.js';
import { candidateEnd, classifyChunk } from './classify-chunk.js';
import { entityLexicon } from './entity-lexicon.js';
import { findDescriptions } from './find-descriptions.js';
import type { KnownName } from './find-headline-names.js';
import { findHeadlineNames } from './find-headline-names.js';
import { findRoleAfter } from './find-roles.js';
import type { EntityGroup } from './resolve-aliases.js';
import { resolveAliases } from './resolve-aliases.js';

export { mergeEntitiesAcrossArticles } from './merge-entities-across-articles.js';
export type { MergedEntity } from './merge-entities-across-articles.js';

/**
 * Finds every entity mention in the article, in text order, each with the fullest name it resolves to.
 *
 * @example
 * findEntities(tokenize('Prime Minister Ana Costa spoke. Costa said the plan stands.'))
 * // → [{ text: 'Ana Costa', canonical: 'Ana Costa', entityType: 'person', role: 'Prime Minister', … },
 * //    { text: 'Costa', canonical: 'Ana Costa', entityType: 'person', … }]
 */
export function findEntities(tokenized: TokenizedText): EntityMention[] {
  const lexicon = entityLexicon;
  const { tokens, text } = tokenized;
  const chunks = chunkProperNouns(tokenized, lexicon);
  const candidates = chunks
    .filter((chunk) => !chunk.isHeadline)
    .flatMap((chunk) => classifyChunk(tokenized, chunk, lexicon));
  const roles = new Map<number, string>();
  candidates.forEach((candidate, index) => {
    if (candidate.type === 'organization' || candidate.type === 'place') return;
    const role = findRoleAfter(tokenized, candidate, lexicon);
    if (role !== undefined) roles.set(index, role);
  });
  const resolved = resolveAliases(tokenized, candidates, lexicon);
  const mentions: EntityMention[] = [];

  const spanOf = (first: number, end: number): { start: number; end: number } => ({
    start: tokens[first]?.start ?? 0,
    end: tokens[end - 1]?.end ?? 0,
  });

  candidates.forEach((candidate, index) => {
    const group = resolved.groups[resolved.groupOf[index] ?? -1];
    if (!group || (group.type === 'other' && isLoneCommonWord(resolved.texts[index] ?? ''))) return;
    const role = roles.get(index) ?? candidate.role;
    mentions.push({
      kind: 'entity',
      text: resolved.texts[index] ?? '',
      ...spanOf(candidate.first, candidate.end),
      end: candidateEnd(tokens, candidate),
      entityType: group.type,
      canonical: group.canonical,
      ...(role !== undefined && group.type === 'person' ? { role } : {}),
    });
  });

  const known = new Map<string, KnownName>();
  candidates.forEach((_, index) => {
    const groupIndex = resolved.groupOf[index] ?? -1;
    const group = resolved.groups[groupIndex];
    if (group) known.set((resolved.texts[index] ?? '').toLowerCase(), { ...group, group: groupIndex });
  });
  addSurnames(known, resolved.groups);
  for (const name of findHeadlineNames(tokenized, chunks, known, lexicon)) {
    const span = spanOf(name.first, name.end);
    mentions.push({
      kind: 'entity',
      text: text.slice(span.start, span.end),
      ...span,
      entityType: name.type,
      canonical: name.canonical,
    });
  }

  for (const description of findDescriptions(tokenized, candidates, resolved, roles, lexicon)) {
    const group = resolved.groups[description.group];
    if (!group) continue;
    const span = spanOf(description.first, description.end);
    mentions.push({
      kind: 'entity',
      text: text.slice(span.start, span.end),
      ...span,
      entityType: group.type,
      canonical: group.canonical,
      certainty: 'inferred',
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Headlines name people by surname: "Hart Warns …". A surname two people share is left out. */
function addSurnames(known: Map<string, KnownName>, groups: readonly EntityGroup[]): void {
  const owners = new Map<string, number>();
  groups.forEach((group, index) => {
    if (group.type !== 'person') return;
    const words = group.canonical.split(/\s+/u);
    const surname = words[words.length - 1]?.toLowerCase();
    if (words.length < 2 || surname === undefined) return;
    owners.set(surname, owners.has(surname) ? -1 : index);
  });
  for (const [surname, index] of owners) {
    const group = groups[index];
    if (group && !known.has(surname))
      known.set(surname, { canonical: group.canonical, type: group.type, group: index });
  }
}

/** A single capitalised word nothing else vouches for ("Storm", "Beta") is more likely noise than a name. */
function isLoneCommonWord(text: string): boolean {
  return text.length <= 2;
}
