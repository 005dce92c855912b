/**
 * @module read-noun-phrase
 * Reads the noun phrase that names a source, left or right of a cue, on part-of-speech tags:
 * "a spokesman for the Interior Ministry", "health and police authorities", "the daily".
 */
import type { Token } from '../tokens/tokenize.js';
import { attributionLexicon } from './attribution-lexicon.js';

/** Token range `[first, end)` of a phrase. */
export interface TokenRange {
  first: number;
  end: number;
}

const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'X']);
const MODIFIER_TAGS = new Set(['ADJ', 'NUM']);
const GLUE = new Set(['-', '&', '.']);
/** Determiners that cannot start a source ("no officials said" is a negation, not a source). */
const NEGATIVE_DETERMINERS = new Set(['no', 'neither']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function isDeterminer(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || POSSESSIVE_PRONOUNS.has(token.normal));
}

/** True when the token can be the head of a source phrase. */
export function isHeadToken(token: Token | undefined): boolean {
  return token !== undefined && (NOUN_TAGS.has(token.pos) || token.normal === 'police');
}

export function isTimeToken(token: Token | undefined): boolean {
  return (
    token !== undefined && token.pos !== 'VERB' && token.pos !== 'AUX' && attributionLexicon.timeWords.has(token.normal)
  );
}

/** "WHO", "NATO": two or more letters, all capitals. */
function isAcronym(token: Token): boolean {
  return token.text.length >= 2 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

function isCapitalized(token: Token | undefined): boolean {
  const initial = token?.text[0];
  return initial !== undefined && initial !== initial.toLowerCase();
}

/** "the Morning Wire", "the Evening Courier": a time word inside a name. */
function isNamePart(token: Token, next: Token | undefined): boolean {
  return isCapitalized(token) && next?.pos === 'PROPN' && isCapitalized(next);
}

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PART' && (token.normal === "'s" || token.normal === '’s');
}

/** A token that can sit inside a noun phrase (not counting links and conjunctions). */
function isPhraseToken(tokens: readonly Token[], index: number, first: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (isTimeToken(token)) return isNamePart(token, tokens[index + 1]);
  if (NOUN_TAGS.has(token.pos) || MODIFIER_TAGS.has(token.pos) || isPossessive(token)) return true;
  if (isMistaggedNoun(tokens, index, first)) return true;
  // wink sometimes tags a noun after a determiner as something else ("the daily" → ADV).
  const previous = index > first ? tokens[index - 1] : undefined;
  return isDeterminer(previous) && token.type === 'word' && token.pos !== 'VERB' && token.pos !== 'AUX';
}

/**
 * Words the tagger gets wrong inside names and noun phrases: "Red Cross" (Cross → VERB), "the
 * anti-doping agency" (anti-doping → VERB), "WHO" (→ PRON), "people" (→ VERB after "according to").
 */
function isMistaggedNoun(tokens: readonly Token[], index: number, first: number): boolean {
  const token = tokens[index];
  if (!token || token.type !== 'word') return false;
  if (attributionLexicon.alwaysNouns.has(token.normal)) return true;
  if (isAcronym(token)) return true;
  const previous = index > first ? tokens[index - 1] : undefined;
  if (token.pos === 'AUX') return false;
  if (isCapitalized(token) && previous?.pos === 'PROPN' && isCapitalized(previous)) return true;
  // A hyphenated modifier followed by a noun: "anti-doping agency", "long-term care".
  const next = tokens[index + 1];
  return token.text.includes('-') && next !== undefined && NOUN_TAGS.has(next.pos);
}

function isGlue(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    token !== undefined &&
    GLUE.has(token.text) &&
    before !== undefined &&
    after !== undefined &&
    before.end === token.start &&
    token.end === after.start
  );
}

/** The head of `range` is a time word or a document ("in a statement"), so the link before it ends the phrase. */
function isAdverbialObject(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.end - 1];
  if (!head) return true;
  return (
    isTimeToken(head) ||
    head.pos === 'NUM' ||
    attributionLexicon.documentNouns.has(head.lemma) ||
    head.lemma === 'interview' ||
    head.lemma === 'conference'
  );
}

/**
 * Reads a noun phrase starting at `from`, not past `limit`. A pronoun is a phrase on its own.
 * Trailing time words ("the ministry on Monday") and adverbial prepositional phrases
 * ("the ministry in a statement") are left out.
 */
export function readNounPhraseRight(tokens: readonly Token[], from: number, limit: number): TokenRange | undefined {
  const start = tokens[from];
  if (!start) return undefined;
  if (start.pos === 'PRON')
    return attributionLexicon.pronouns.has(start.normal) ? { first: from, end: from + 1 } : undefined;
  let i = from;
  if (start.pos === 'DET') {
    if (NEGATIVE_DETERMINERS.has(start.normal)) return undefined;
    i++;
  }
  let end = -1;
  while (i < limit) {
    const token = tokens[i];
    if (!token) break;
    if (isPhraseToken(tokens, i, from) || isGlue(tokens, i)) {
      if (!isPossessive(token) && !isGlue(tokens, i)) end = i + 1;
      i++;
      continue;
    }
    const isLink = attributionLexicon.phraseLinks.has(token.normal) && token.pos === 'ADP';
    const isAnd = token.pos === 'CCONJ' && (token.normal === 'and' || token.normal === '&');
    if ((isLink || isAnd) && end === i) {
      const rest = readNounPhraseRight(tokens, i + 1, limit);
      if (!rest || attributionLexicon.pronouns.has(tokens[rest.first]?.normal ?? '')) break;
      if (isLink && isAdverbialObject(tokens, rest)) break;
      end = rest.end;
      i = rest.end;
      continue;
    }
    break;
  }
  if (end < 0) return undefined;
  const range = { first: from, end };
  return hasHead(tokens, range) ? range : undefined;
}

/**
 * Reads a noun phrase that ends at `last` (inclusive), not before `floor`. Prepositional links are
 * followed leftwards ("a spokesman for the ministry"), determiners close the phrase.
 */
export function readNounPhraseLeft(tokens: readonly Token[], last: number, floor: number): TokenRange | undefined {
  const end = last + 1;
  const lastToken = tokens[last];
  if (!lastToken || last < floor) return undefined;
  if (lastToken.pos === 'PRON' && !isMistaggedNoun(tokens, last, floor))
    return attributionLexicon.pronouns.has(lastToken.normal) ? { first: last, end } : undefined;
  if (!isPhraseToken(tokens, last, floor) || isPossessive(lastToken)) return undefined;
  let first = last;
  let i = last - 1;
  while (i >= floor) {
    const token = tokens[i];
    if (!token) break;
    if (isDeterminer(token)) {
      if (!NEGATIVE_DETERMINERS.has(token.normal)) first = i;
      else return undefined;
      // A determiner opens the phrase, unless a link continues it leftwards ("the head of the agency").
      const link = tokens[i - 1];
      if (link && i - 1 >= floor && isLeftLink(tokens, i - 1, floor)) {
        const more = readNounPhraseLeft(tokens, i - 2, floor);
        if (more) first = more.first;
      }
      break;
    }
    if (isPhraseToken(tokens, i, floor) || isGlue(tokens, i)) {
      first = i;
      i--;
      continue;
    }
    if (isLeftLink(tokens, i, floor) || (token.pos === 'CCONJ' && token.normal === 'and')) {
      const more = readNounPhraseLeft(tokens, i - 1, floor);
      if (!more || more.end !== i) break;
      if (token.pos === 'CCONJ' && !hasHead(tokens, more)) break;
      first = more.first;
      break;
    }
    break;
  }
  const range = { first, end };
  return hasHead(tokens, range) ? range : undefined;
}

function isLeftLink(tokens: readonly Token[], index: number, floor: number): boolean {
  const token = tokens[index];
  if (!token || token.pos !== 'ADP' || !attributionLexicon.phraseLinks.has(token.normal)) return false;
  // "An official familiar with the matter": the link hangs on an adjective after a noun.
  const before = tokens[index - 1];
  return (
    index - 1 >= floor && before !== undefined && (isPhraseToken(tokens, index - 1, floor) || before.pos === 'ADJ')
  );
}

function hasHead(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i < range.end; i++) {
    const token = tokens[i];
    if (isHeadToken(token) || (token?.pos === 'PRON' && range.end - range.first === 1)) return true;
    // "the daily", "the latter": a word after a determiner heads the phrase even when mis-tagged.
    if (i > range.first && isDeterminer(tokens[i - 1]) && token?.type === 'word' && token.pos !== 'ADJ') return true;
    if (isMistaggedNoun(tokens, i, range.first)) return true;
  }
  return false;
}
