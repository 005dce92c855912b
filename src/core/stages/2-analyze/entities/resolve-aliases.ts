/**
 * @module resolve-aliases
 * Groups an article's name candidates into entities: full name ↔ surname ↔ title + surname,
 * acronym ↔ expansion, organisation word-order variants, gazetteer aliases ("U.S." = "United States").
 */
import type { EntityType } from '../../../model/mention.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import type { EntityCandidate } from './classify-chunk.js';
import { candidateEnd, isAcronym } from './classify-chunk.js';
import type { EntityLexicon } from './entity-lexicon.js';
import {
  acronymKey,
  haveCompatibleGivenNames,
  initialsOf,
  nameWords,
  organizationKey,
  surnameKey,
} from './name-keys.js';

export interface EntityGroup {
  canonical: string;
  type: EntityType;
  /** Candidate indexes in text order. */
  members: number[];
}

export interface ResolvedEntities {
  groups: EntityGroup[];
  /** Candidate index → group index. */
  groupOf: number[];
  /** Candidate text as written. */
  texts: string[];
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The earlier candidate stays the root, so groups come out in order of first mention.
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
}

const TYPE_PRIORITY: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

function textOf(tokenized: TokenizedText, candidate: EntityCandidate): string {
  const a = tokenized.tokens[candidate.first];
  const b = tokenized.tokens[candidate.end - 1];
  return a && b ? tokenized.text.slice(a.start, candidateEnd(tokenized.tokens, candidate)) : '';
}

/** "Organization (RWSO)": the acronym defined in parentheses right after a name. */
function findAcronymDefinitions(tokenized: TokenizedText, candidates: readonly EntityCandidate[]): Map<string, number> {
  const definitions = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    const { tokens } = tokenized;
    const open = tokens[candidate.end];
    const acronym = tokens[candidate.end + 1];
    const close = tokens[candidate.end + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acronym || !isAcronym(acronym.text)) return;
    if (candidate.end - candidate.first < 2) return;
    definitions.set(acronymKey(acronym.text), index);
  });
  return definitions;
}

function chooseType(candidates: readonly EntityCandidate[], members: readonly number[]): EntityType {
  const strong = new Map<EntityType, number>();
  const weak = new Map<EntityType, number>();
  for (const member of members) {
    const candidate = candidates[member];
    if (!candidate || candidate.type === 'other') continue;
    const counts = candidate.isWeak ? weak : strong;
    counts.set(candidate.type, (counts.get(candidate.type) ?? 0) + 1);
  }
  for (const counts of [strong, weak]) {
    let best: EntityType | undefined;
    let bestCount = 0;
    for (const type of TYPE_PRIORITY) {
      const count = counts.get(type) ?? 0;
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    if (best) return best;
  }
  return 'other';
}

function chooseCanonical(
  texts: readonly string[],
  members: readonly number[],
  type: EntityType,
  lexicon: EntityLexicon,
): string {
  let best = '';
  let bestScore = -1;
  for (const member of members) {
    const text = texts[member] ?? '';
    if (type === 'place') {
      const gazetteer = lexicon.places.get(text.toLowerCase());
      if (gazetteer) return gazetteer;
    }
    // The fullest form wins: more words, then more letters; an acronym only when nothing else is known.
    const score = (isAcronym(text) ? 0 : 1000) + nameWords(text).length * 100 + text.length;
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

/** Groups candidates (in text order) into entities. Linear in the number of candidates. */
export function resolveAliases(
  tokenized: TokenizedText,
  candidates: readonly EntityCandidate[],
  lexicon: EntityLexicon,
): ResolvedEntities {
  const texts = candidates.map((candidate) => textOf(tokenized, candidate));
  const sets = new UnionFind(candidates.length);
  const surnames = new Map<string, number[]>();
  const lastSeen = new Map<number, number>();

  // Pass 1: full personal names, so a surname mentioned before the full name still finds it.
  candidates.forEach((candidate, index) => {
    const text = texts[index] ?? '';
    if (candidate.type !== 'person' || nameWords(text).length < 2) return;
    const surname = surnameKey(text);
    const known = surnames.get(surname) ?? [];
    const match = known.find((other) => haveCompatibleGivenNames(texts[other] ?? '', text));
    if (match !== undefined) sets.union(match, index);
    else surnames.set(surname, [...known, index]);
  });

  const acronymDefinitions = findAcronymDefinitions(tokenized, candidates);
  const byText = new Map<string, number>();
  const byInitials = new Map<string, number>();
  const byOrganizationKey = new Map<string, number>();
  const byPlace = new Map<string, number>();

  candidates.forEach((candidate, index) => {
    const text = texts[index] ?? '';
    const lower = text.toLowerCase();
    const words = nameWords(text);
    const known = byText.get(lower);
    if (known !== undefined) sets.union(known, index);
    else byText.set(lower, index);

    const acronym = words.length === 1 && isAcronym(text) && !lexicon.places.has(lower);
    if (acronym) {
      const key = acronymKey(text);
      const defined = acronymDefinitions.get(key) ?? byInitials.get(key);
      if (defined !== undefined) sets.union(defined, index);
    }
    if (candidate.type === 'organization' && words.length >= 2) {
      const initials = initialsOf(text);
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, index);
      const key = organizationKey(text);
      const variant = byOrganizationKey.get(key);
      if (variant !== undefined) sets.union(variant, index);
      else byOrganizationKey.set(key, index);
    }
    if (candidate.type === 'place') {
      const place = lexicon.places.get(lower);
      if (place !== undefined) {
        const same = byPlace.get(place);
        if (same !== undefined) sets.union(same, index);
        else byPlace.set(place, index);
      }
    }

    // Surname-only mentions ("Costa", "Mr Costa", "President Costa") join the person of that surname.
    const isNamePart = candidate.type === 'person' || candidate.type === 'other' || candidate.isWeak;
    const isFullName = candidate.type === 'person' && words.length >= 2;
    if (isNamePart && !isFullName && words.length <= 3) {
      const surname = surnameKey(text);
      const people = surnames.get(surname);
      if (people && people.length > 0) {
        const fullName = (texts[people[0] ?? 0] ?? '').toLowerCase();
        const isSuffix = words.length === 1 || fullName.endsWith(lower);
        if (isSuffix) sets.union(pickPerson(people, lastSeen, sets), index);
      } else if (candidate.type === 'person') {
        surnames.set(surname, [index]);
      }
    }
    lastSeen.set(sets.find(index), index);
  });

  const membersByRoot = new Map<number, number[]>();
  candidates.forEach((_, index) => {
    const root = sets.find(index);
    const members = membersByRoot.get(root);
    if (members) members.push(index);
    else membersByRoot.set(root, [index]);
  });
  const groups: EntityGroup[] = [];
  const groupOf: number[] = new Array<number>(candidates.length).fill(0);
  for (const members of membersByRoot.values()) {
    const type = chooseType(candidates, members);
    const canonical = chooseCanonical(texts, members, type, lexicon);
    for (const member of members) groupOf[member] = groups.length;
    groups.push({ canonical, type, members });
  }
  return { groups, groupOf, texts };
}

/** Among several people sharing a surname, the one mentioned last. */
function pickPerson(people: readonly number[], lastSeen: ReadonlyMap<number, number>, sets: UnionFind): number {
  let best = people[0] ?? 0;
  let bestSeen = -1;
  for (const person of people) {
    const seen = lastSeen.get(sets.find(person)) ?? -1;
    if (seen > bestSeen) {
      best = person;
      bestSeen = seen;
    }
  }
  return best;
}
