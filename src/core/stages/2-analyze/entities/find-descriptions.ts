/**
 * @module find-descriptions
 * Resolves definite descriptions to named entities where the article licenses it: "the president" → the one
 * person introduced with that title so far; "the ministry" → the last-named organisation headed "Ministry".
 */
import type { TokenizedText } from '../tokens/tokenize.js';
import type { EntityCandidate } from './classify-chunk.js';
import { isCapitalisedWord } from './chunk-proper-nouns.js';
import type { EntityLexicon } from './entity-lexicon.js';
import type { ResolvedEntities } from './resolve-aliases.js';

export interface Description {
  first: number;
  end: number;
  group: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ROLE_NOISE = /\b(?:acting|interim|current|incumbent|new)\s+/gu;
const FORMER = /\b(?:former|ex-|then|late|outgoing)\b/u;
// "Vice President" is not "the president"; "Prime Minister" is not "the minister".
const NARROWING = new Set(['vice', 'deputy', 'prime', 'assistant', 'under', 'junior', 'associate']);

function roleMatches(role: string, phrase: string): boolean {
  const lower = role.toLowerCase();
  // "the president" is the sitting one, never "the former president".
  if (FORMER.test(lower)) return false;
  const normalised = lower.replace(ROLE_NOISE, '').trim();
  if (normalised === phrase) return true;
  if (!normalised.endsWith(` ${phrase}`)) return false;
  const before = normalised.slice(0, normalised.length - phrase.length - 1).split(/\s+/u);
  return !NARROWING.has(before[before.length - 1] ?? '');
}

/** Token index whose end is `charEnd`, scanning forward from `from`; -1 when the phrase ends mid-token. */
function tokenEndingAt(tokenized: TokenizedText, from: number, charEnd: number): number {
  for (let j = from; j < tokenized.tokens.length; j += 1) {
    const token = tokenized.tokens[j];
    if (!token || token.start >= charEnd) return -1;
    if (token.end === charEnd) return j + 1;
  }
  return -1;
}

export function findDescriptions(
  tokenized: TokenizedText,
  candidates: readonly EntityCandidate[],
  resolved: ResolvedEntities,
  roles: ReadonlyMap<number, string>,
  lexicon: EntityLexicon,
): Description[] {
  const { tokens, text } = tokenized;
  const descriptions: Description[] = [];
  const peopleByTitle = new Map<string, Set<number>>();
  const organizationByHead = new Map<string, number>();
  const covered = new Uint8Array(tokens.length);
  for (const candidate of candidates) covered.fill(1, candidate.first, candidate.end);
  let next = 0;

  for (let i = 0; i < tokens.length; i += 1) {
    // Learn from every name that precedes this token, so a description only looks backwards.
    while (next < candidates.length && (candidates[next]?.first ?? Infinity) < i) {
      learn(next);
      next += 1;
    }
    const token = tokens[i];
    const after = tokens[i + 1];
    if (!token || !after || covered[i] === 1 || covered[i + 1] === 1) continue;
    if (token.text.toLowerCase() !== 'the') continue;
    const description = matchPerson(i) ?? matchOrganization(i);
    if (description) {
      descriptions.push(description);
      i = description.end - 1;
    }
  }
  return descriptions;

  function learn(index: number): void {
    const candidate = candidates[index];
    const group = resolved.groups[resolved.groupOf[index] ?? -1];
    if (!candidate || !group) return;
    const groupIndex = resolved.groupOf[index] ?? 0;
    const role = roles.get(index) ?? candidate.role;
    if (group.type === 'person' && role !== undefined) {
      for (const phrase of lexicon.describableTitles) {
        if (!roleMatches(role, phrase)) continue;
        const people = peopleByTitle.get(phrase) ?? new Set<number>();
        people.add(groupIndex);
        peopleByTitle.set(phrase, people);
      }
    }
    if (group.type === 'organization') {
      for (const word of group.canonical.toLowerCase().split(/\s+/u)) {
        if (lexicon.describableOrgHeads.has(word)) organizationByHead.set(word, groupIndex);
      }
    }
  }

  function isFollowedByName(end: number): boolean {
    const following = tokens[end];
    if (!following) return false;
    const lower = following.text.toLowerCase();
    return lower === 'of' || isCapitalisedWord(following, lexicon) || covered[end] === 1;
  }

  function matchPerson(the: number): Description | undefined {
    const start = tokens[the + 1]?.start ?? 0;
    for (const phrase of lexicon.describableTitles) {
      const people = peopleByTitle.get(phrase);
      if (!people || people.size !== 1) continue;
      const charEnd = start + phrase.length;
      if (text.slice(start, charEnd).toLowerCase() !== phrase) continue;
      if (LETTER_OR_DIGIT.test(text[charEnd] ?? '')) continue;
      const end = tokenEndingAt(tokenized, the + 1, charEnd);
      if (end < 0 || isFollowedByName(end)) continue;
      const [group] = people;
      if (group !== undefined) return { first: the, end, group };
    }
    return undefined;
  }

  function matchOrganization(the: number): Description | undefined {
    const head = tokens[the + 1];
    if (!head) return undefined;
    const group = organizationByHead.get(head.text.toLowerCase());
    if (group === undefined || isFollowedByName(the + 2)) return undefined;
    return { first: the, end: the + 2, group };
  }
}
