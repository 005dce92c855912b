/**
 * @module classify-chunk
 * Types a capitalised run as person, organisation or place from its cues, splitting off titles
 * ("Prime Minister Ana Costa") and employers ("Acme CEO Jan Park").
 */
import type { EntityType } from '../../../model/mention.js';
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import reporting from '../../../lexicons/quotes-reporting-verbs.json' with { type: 'json' };
import type { NameChunk } from './chunk-proper-nouns.js';
import type { EntityLexicon } from './entity-lexicon.js';

/** A typed name found in the text, before aliases are resolved. */
export interface EntityCandidate {
  first: number;
  end: number;
  sentence: number;
  type: EntityType;
  /** The type came from a weak cue ("in X") or none at all, so a stronger reading elsewhere wins. */
  isWeak: boolean;
  role?: string;
  isHeadline: boolean;
  /** Characters to leave off the last token: a possessive the tokenizer kept on it ("Biden’s."). */
  trimEnd?: number;
}

const GLUED_POSSESSIVE = /\p{L}['’]s$/u;

/** Where a candidate's text ends: its last token, less a possessive glued to a person's name. */
export function candidateEnd(tokens: readonly Token[], candidate: EntityCandidate): number {
  return (tokens[candidate.end - 1]?.end ?? 0) - (candidate.trimEnd ?? 0);
}

const REPORTING_LEMMAS: ReadonlySet<string> = new Set(reporting.verbs);
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,7}|(?:\p{Lu}\.){2,4})$/u;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

function lowerOf(token: Token | undefined): string {
  return token?.text.toLowerCase() ?? '';
}

function spanText(tokenized: TokenizedText, first: number, end: number): string {
  const a = tokenized.tokens[first];
  const b = tokenized.tokens[end - 1];
  return a && b ? tokenized.text.slice(a.start, b.end) : '';
}

function isTitleish(lower: string, lexicon: EntityLexicon): boolean {
  return (
    lexicon.governmentTitles.has(lower) ||
    lexicon.titleHeads.has(lower) ||
    lexicon.honorifics.has(lower) ||
    lexicon.demonyms.has(lower)
  );
}

/** A party, creed or nationality word ("Republican", "Sunni", "French") that may stand before a name. */
function isModifierWord(lower: string, lexicon: EntityLexicon): boolean {
  return lexicon.adjectives.has(lower) || lexicon.demonyms.has(lower);
}

/** Where a title block ends inside the run: `[blockStart, head]`, the last title head with a name after it. */
function findTitleBlock(
  tokens: readonly Token[],
  chunk: NameChunk,
  lexicon: EntityLexicon,
): { blockStart: number; head: number } | undefined {
  let found: { blockStart: number; head: number } | undefined;
  let blockStart = -1;
  for (let i = chunk.first; i < chunk.end - 1; i += 1) {
    const lower = lowerOf(tokens[i]);
    if (!isTitleish(lower, lexicon)) {
      // "Secretary of State": the connector belongs to the title, handled by the caller.
      if (found && i === found.head + 1 && (lower === 'of' || lower === 'for')) break;
      blockStart = -1;
      continue;
    }
    if (blockStart < 0) blockStart = i;
    if (lexicon.titleHeads.has(lower)) found = { blockStart, head: i };
  }
  return found;
}

/** The name part after "Secretary of State …": starts at the first given name, else keeps the last one or two words. */
function nameAfterOfClause(tokens: readonly Token[], from: number, end: number, lexicon: EntityLexicon): number {
  for (let i = from; i < end; i += 1) if (lexicon.givenNames.has(lowerOf(tokens[i]))) return i;
  const length = end - from;
  if (length >= 3) return end - 2;
  if (length === 2) return end - 1;
  return end;
}

function isPlaceName(text: string, lexicon: EntityLexicon): boolean {
  return lexicon.places.has(text.toLowerCase());
}

function hasOrgHead(tokens: readonly Token[], first: number, end: number, lexicon: EntityLexicon): boolean {
  for (let i = first; i < end; i += 1) if (lexicon.orgHeads.has(lowerOf(tokens[i]))) return true;
  return false;
}

/** Type of a run with no title in it, from the lexicons and the words around it. */
function typeOfName(
  tokenized: TokenizedText,
  first: number,
  end: number,
  lexicon: EntityLexicon,
): { type: EntityType; isWeak: boolean } | undefined {
  const { tokens } = tokenized;
  const text = spanText(tokenized, first, end);
  const lower = text.toLowerCase();
  const length = end - first;
  const firstLower = lowerOf(tokens[first]);
  const lastLower = lowerOf(tokens[end - 1]);
  if (lexicon.knownOrganizations.has(lower)) return { type: 'organization', isWeak: false };
  // "Route 9", "Category 4", "Room 12": a word naming a number, not an entity.
  if (length === 1 && /\d/u.test(tokens[end]?.text ?? '') && !isAcronym(text)) return undefined;
  if (length === 1 && /\d/u.test(tokens[first - 1]?.text ?? '')) return undefined;
  if (length > 1 && lexicon.eventHeads.has(firstLower)) return { type: 'other', isWeak: false };
  if (isPlaceName(text, lexicon)) return { type: 'place', isWeak: false };
  if (length === 1 && isAcronym(text)) return { type: 'organization', isWeak: false };
  if (length === 1 && (lexicon.orgHeads.has(lower) || lexicon.placeHeads.has(lower))) return undefined;
  if (length === 1 && (lexicon.demonyms.has(lower) || isTitleish(lower, lexicon))) return undefined;
  if (lexicon.adjectives.has(lower) || lexicon.demonyms.has(lower)) return undefined;
  if (length > 1 && lexicon.orgHeads.has(firstLower)) return { type: 'organization', isWeak: false };
  if (length > 1 && lexicon.placeHeads.has(lastLower)) return { type: 'place', isWeak: false };
  if (length > 1 && hasOrgHead(tokens, first, end, lexicon)) return { type: 'organization', isWeak: false };
  if (lexicon.givenNames.has(firstLower) && !lexicon.places.has(lower)) return { type: 'person', isWeak: false };
  const after = tokens[end];
  const afterNext = tokens[end + 1];
  if (after && afterNext && after.text === '-' && after.end === afterNext.start) {
    if (lexicon.placeSuffixCues.has(lowerOf(afterNext))) return { type: 'place', isWeak: false };
  }
  if (length >= 2 && length <= 3 && after && REPORTING_LEMMAS.has(after.lemma) && after.pos === 'VERB') {
    return { type: 'person', isWeak: false };
  }
  const before = tokens[first - 1];
  if (before && lexicon.placePrepositions.has(lowerOf(before)) && length <= 3 && !POSSESSIVE.has(after?.text ?? '')) {
    return { type: 'place', isWeak: true };
  }
  if (looksLikePersonalName(tokens, first, end, lexicon)) return { type: 'person', isWeak: true };
  // A lone capitalised word wink does not call a proper noun is a sentence-initial or headline word.
  if (length === 1 && tokens[first]?.pos !== 'PROPN') return undefined;
  return { type: 'other', isWeak: true };
}

const TITLE_CASE = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;

/** Two or three title-case words with no head word, place or demonym in them: most often a person in news. */
function looksLikePersonalName(tokens: readonly Token[], first: number, end: number, lexicon: EntityLexicon): boolean {
  const words: string[] = [];
  for (let i = first; i < end; i += 1) {
    const token = tokens[i];
    if (!token) return false;
    if (token.text === '-' || lexicon.nameParticles.has(token.text.toLowerCase())) continue;
    // Initials ("A. Lionel Marsh", "Robert W. Vance") stand in for names; they are not words of one.
    if (/^\p{Lu}\.$/u.test(token.text) && end - first >= 3) continue;
    if (token.pos !== 'PROPN') return false;
    words.push(token.text);
  }
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => {
    const lower = word.toLowerCase();
    return (
      TITLE_CASE.test(word) &&
      !lexicon.places.has(lower) &&
      !lexicon.demonyms.has(lower) &&
      !lexicon.orgHeads.has(lower) &&
      !lexicon.placeHeads.has(lower) &&
      !lexicon.commonCapitalised.has(lower)
    );
  });
}

/** A lower-case title just before the run ("spokesman Jan Novak", "the company's chief, Ana Costa"). */
function titleBefore(tokenized: TokenizedText, first: number, lexicon: EntityLexicon): string | undefined {
  const { tokens } = tokenized;
  let i = first - 1;
  if (tokens[i]?.text === ',') i -= 1;
  const head = tokens[i];
  if (!head || !lexicon.titleHeads.has(lowerOf(head)) || lexicon.honorifics.has(lowerOf(head))) return undefined;
  let start = i;
  while (start - 1 >= 0 && isTitleish(lowerOf(tokens[start - 1]), lexicon)) start -= 1;
  return spanText(tokenized, start, i + 1);
}

/** Splits and types one run; returns 0–2 candidates (an employer and a person, or one name). */
export function classifyChunk(tokenized: TokenizedText, chunk: NameChunk, lexicon: EntityLexicon): EntityCandidate[] {
  return classifyRun(tokenized, chunk, lexicon).map((candidate) => {
    const last = tokenized.tokens[candidate.end - 1]?.text ?? '';
    // A person's name does not end in "’s"; the tokenizer at times keeps the possessive on it.
    return candidate.type === 'person' && GLUED_POSSESSIVE.test(last) ? { ...candidate, trimEnd: 2 } : candidate;
  });
}

function classifyRun(tokenized: TokenizedText, chunk: NameChunk, lexicon: EntityLexicon): EntityCandidate[] {
  const { tokens } = tokenized;
  const base = { sentence: chunk.sentence, isHeadline: chunk.isHeadline };
  const title = findTitleBlock(tokens, chunk, lexicon);
  if (title) {
    let nameStart = title.head + 1;
    let roleEnd = title.head + 1;
    const connector = lowerOf(tokens[nameStart]);
    if (connector === 'of' || connector === 'for') {
      nameStart = nameAfterOfClause(tokens, nameStart + 1, chunk.end, lexicon);
      roleEnd = nameStart;
    }
    const nameType = nameStart < chunk.end ? typeOfName(tokenized, nameStart, chunk.end, lexicon) : undefined;
    // "General Assembly", "Prince Edward Island": a title word that heads an organisation or place name.
    const isPersonName =
      nameType !== undefined && (nameType.type === 'person' || nameType.type === 'other' || nameType.isWeak);
    if (isPersonName) {
      const candidates: EntityCandidate[] = [];
      let roleStart = title.blockStart;
      if (title.blockStart > chunk.first) {
        const employer = typeOfName(tokenized, chunk.first, title.blockStart, lexicon);
        const isCorporate = lexicon.corporateTitles.has(lowerOf(tokens[title.head]));
        if (employer && (employer.type === 'organization' || employer.type === 'place' || isCorporate)) {
          const type = employer.type === 'place' ? 'place' : 'organization';
          candidates.push({ ...base, first: chunk.first, end: title.blockStart, type, isWeak: false });
        } else {
          roleStart = chunk.first;
        }
      }
      const role = spanText(tokenized, roleStart, roleEnd);
      const isHonorificOnly = roleEnd - roleStart === 1 && lexicon.honorifics.has(lowerOf(tokens[roleStart]));
      candidates.push({
        ...base,
        first: nameStart,
        end: chunk.end,
        type: 'person',
        isWeak: false,
        ...(isHonorificOnly ? {} : { role }),
      });
      return candidates;
    }
  }
  const typed = typeOfName(tokenized, chunk.first, chunk.end, lexicon);
  if (!typed) return [];
  // "Republican Mitt Romney", "Democrat Elizabeth Warren": a party or nationality word before a
  // person's name says who they are, like a title; the name starts after it.
  let nameStart = chunk.first;
  while (typed.type === 'person' && chunk.end - nameStart > 2 && isModifierWord(lowerOf(tokens[nameStart]), lexicon)) {
    nameStart += 1;
  }
  if (nameStart > chunk.first) {
    const role = spanText(tokenized, chunk.first, nameStart);
    return [{ ...base, first: nameStart, end: chunk.end, type: 'person', isWeak: typed.isWeak, role }];
  }
  const role =
    typed.type === 'organization' || typed.type === 'place' ? undefined : titleBefore(tokenized, chunk.first, lexicon);
  if (role !== undefined) return [{ ...base, first: chunk.first, end: chunk.end, type: 'person', isWeak: false, role }];
  return [{ ...base, first: chunk.first, end: chunk.end, type: typed.type, isWeak: typed.isWeak }];
}
