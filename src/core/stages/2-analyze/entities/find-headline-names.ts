/**
 * @module find-headline-names
 * In headline-cased sentences every word is capitalised, so only names already known (from the body,
 * the gazetteer or the known organisations) are taken, longest match first.
 */
import type { EntityType } from '../../../model/mention.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import type { NameChunk } from './chunk-proper-nouns.js';
import type { EntityLexicon } from './entity-lexicon.js';

export interface KnownName {
  canonical: string;
  type: EntityType;
  /** Group index when the name came from the article body. */
  group?: number;
}

export interface HeadlineName extends KnownName {
  first: number;
  end: number;
}

const MAX_NAME_TOKENS = 8;

export function findHeadlineNames(
  tokenized: TokenizedText,
  chunks: readonly NameChunk[],
  known: ReadonlyMap<string, KnownName>,
  lexicon: EntityLexicon,
): HeadlineName[] {
  const { tokens, text } = tokenized;
  const found: HeadlineName[] = [];
  for (const chunk of chunks) {
    if (!chunk.isHeadline) continue;
    let i = chunk.first;
    while (i < chunk.end) {
      let match: HeadlineName | undefined;
      const start = tokens[i]?.start ?? 0;
      for (let end = Math.min(chunk.end, i + MAX_NAME_TOKENS); end > i; end -= 1) {
        const last = tokens[end - 1];
        if (!last) continue;
        const lower = text.slice(start, last.end).toLowerCase();
        const name = known.get(lower) ?? fromLexicon(lower, lexicon);
        if (name) {
          match = { ...name, first: i, end };
          break;
        }
      }
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i += 1;
      }
    }
  }
  return found;
}

function fromLexicon(lower: string, lexicon: EntityLexicon): KnownName | undefined {
  const place = lexicon.places.get(lower);
  if (place !== undefined) return { canonical: place, type: 'place' };
  const organization = lexicon.knownOrganizations.get(lower);
  if (organization !== undefined) return { canonical: organization, type: 'organization' };
  return undefined;
}
