/**
 * @module find-modality-cues
 * The modality cues of one sentence ("did not confirm", "allegedly", "was later deleted", "an
 * estimated"), each with the tokens it covers and the phrase it acts on.
 */
import type { Modality } from '../../../model/mention.js';
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import { readNounPhraseLeft, readNounPhraseRight, type TokenRange } from '../attribution/read-noun-phrase.js';
import { findClauseEnd, findClauseStart } from './find-clause-bounds.js';
import { findNegation } from './find-negation.js';
import { modalityLexicon, type ModalityCue } from './modality-lexicon.js';

export interface ModalityCueMatch {
  modality: Modality;
  /** The cue as written, with its negation: "did not confirm", "was then deleted". */
  cue: string;
  /** Tokens of the cue words (and their negation). */
  range: TokenRange;
  /** Tokens whose figures the cue covers. */
  scope: TokenRange;
  /** The object (or passive subject) the cue acts on: "the figure" in "withdrew the figure". */
  target?: TokenRange;
  /** In a correction, figures from this token on are the new value and not covered. */
  newValueFrom?: number;
}

const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** How far back the comma opening an aside may sit. */
const ASIDE_WINDOW = 30;
/** How far a needed object may sit after its verb: "deleted the Facebook post". */
const OBJECT_WINDOW = 6;

/**
 * Finds every modality cue in sentence `sentenceIndex`, in text order.
 *
 * @example
 * findModalityCues(tokenize('The figure could not be independently verified.'), 0)
 * // → [{ modality: 'unconfirmed', cue: 'could not be independently verified', … }]
 */
export function findModalityCues(tokenized: TokenizedText, sentenceIndex: number): ModalityCueMatch[] {
  const sentence = tokenized.sentences[sentenceIndex];
  if (!sentence) return [];
  const { tokens, text } = tokenized;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const matches: ModalityCueMatch[] = [];
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (!token) continue;
    const cue = matchCueAt(tokens, i, end);
    if (!cue) continue;
    const cueEnd = i + cue.words.length;
    const match = interpretCue(tokens, cue, i, cueEnd, first, end);
    if (!match) continue;
    const startToken = tokens[match.range.first];
    const endToken = tokens[match.range.end - 1];
    if (startToken && endToken) match.cue = text.slice(startToken.start, endToken.end).toLowerCase();
    matches.push(match);
    i = cueEnd - 1;
  }
  return matches;
}

function wordMatches(token: Token | undefined, word: string): boolean {
  if (!token) return false;
  if (token.lemma === word || token.normal === word) return true;
  // The tagger leaves some sentence-initial plurals unlemmatised ("Projections show").
  return token.pos === 'PROPN' && token.normal.length === word.length + 1 && token.normal === `${word}s`;
}

function matchCueAt(tokens: readonly Token[], index: number, end: number): ModalityCue | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // Up to three lookups (lemma, form, singular of a mis-tagged plural); each list is longest first.
  let best = longestMatch(modalityLexicon.cuesByFirstWord.get(token.lemma), tokens, index, end);
  if (token.normal !== token.lemma)
    best = longer(best, longestMatch(modalityLexicon.cuesByFirstWord.get(token.normal), tokens, index, end));
  if (token.pos === 'PROPN' && token.normal.endsWith('s')) {
    best = longer(
      best,
      longestMatch(modalityLexicon.cuesByFirstWord.get(token.normal.slice(0, -1)), tokens, index, end),
    );
  }
  return best;
}

function longestMatch(
  cues: readonly ModalityCue[] | undefined,
  tokens: readonly Token[],
  index: number,
  end: number,
): ModalityCue | undefined {
  if (!cues) return undefined;
  for (const cue of cues) {
    if (index + cue.words.length > end) continue;
    if (cue.words.every((word, k) => wordMatches(tokens[index + k], word))) return cue;
  }
  return undefined;
}

function longer(a: ModalityCue | undefined, b: ModalityCue | undefined): ModalityCue | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.words.length > a.words.length ? b : a;
}

function interpretCue(
  tokens: readonly Token[],
  cue: ModalityCue,
  index: number,
  cueEnd: number,
  first: number,
  end: number,
): ModalityCueMatch | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (cue.isVerb && token.pos !== 'VERB') return undefined;
  if (cue.tags && !cue.tags.has(token.pos)) return undefined;
  // "could not name": an auxiliary followed by a negation states an ability, not a hedge.
  if (token.pos === 'AUX' && tokens[cueEnd]?.normal === 'not') return undefined;
  // "their earlier claim": a verb cue after a determiner is a noun the tagger mislabelled.
  if (cue.isVerb && followsDeterminer(tokens, index, first)) return undefined;
  if (cue.needsLater !== undefined && !hasLater(tokens, cueEnd, end, cue.needsLater)) return undefined;
  if (cue.isNotAttributive && isAttributive(tokens, index, first)) return undefined;
  const isPassive = cue.isVerb && isPassiveAt(tokens, index, first);
  if (isPassive && changesSenseInPassive(tokens, cueEnd)) return undefined;
  const negation = findNegation(tokens, index, first);
  let modality: Modality = cue.modality;
  if (negation !== undefined) {
    if (!cue.negatedAs) return undefined;
    modality = cue.negatedAs;
  } else if (cue.isOnlyNegated) {
    return undefined;
  }
  // The cue text carries its auxiliaries: "could not be verified", "was then deleted".
  const rangeStart =
    negation !== undefined
      ? auxiliaryStart(tokens, negation, first)
      : isPassive
        ? passiveStart(tokens, index, first)
        : index;
  const placement = placeCue(tokens, cue, index, cueEnd, first, end, isPassive);
  if (
    cue.needsObject &&
    !hasClaimNoun(tokens, placement.target) &&
    !hasClaimNounAfter(tokens, cueEnd, end) &&
    !hasFrontedClaim(tokens, index, first)
  )
    return undefined;
  const match: ModalityCueMatch = {
    modality,
    cue: '',
    range: { first: rangeStart, end: cueEnd },
    scope: placement.scope,
  };
  if (placement.target) match.target = placement.target;
  if (cue.newValueAfter !== undefined) {
    for (let k = cueEnd; k < placement.scope.end; k++) {
      if (tokens[k]?.normal === cue.newValueAfter) {
        match.newValueFrom = k;
        break;
      }
    }
  }
  return match;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function followsDeterminer(tokens: readonly Token[], index: number, first: number): boolean {
  for (let i = index - 1; i >= first && i >= index - 3; i--) {
    const token = tokens[i];
    if (!token) return false;
    if (token.pos === 'DET' || POSSESSIVE_DETERMINERS.has(token.normal)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'ADV') return false;
  }
  return false;
}

function hasLater(tokens: readonly Token[], from: number, end: number, word: string): boolean {
  for (let i = from; i < end; i++) if (tokens[i]?.normal === word) return true;
  return false;
}

/** "confirmed cases", "the alleged attacker": the participle qualifies a noun and says nothing of the sentence. */
function isAttributive(tokens: readonly Token[], index: number, first: number): boolean {
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  const isBeforeNoun =
    (next !== undefined && NOUN_TAGS.has(next.pos)) ||
    (next?.pos === 'ADJ' && afterNext !== undefined && NOUN_TAGS.has(afterNext.pos));
  if (!isBeforeNoun) return false;
  const previous = index > first ? tokens[index - 1] : undefined;
  return previous === undefined || ['DET', 'NUM', 'ADJ', 'ADP', 'PUNCT', 'CCONJ'].includes(previous.pos);
}

/** Index of the first auxiliary before `index` ("could not be" → "could"), for the cue text. */
function auxiliaryStart(tokens: readonly Token[], index: number, first: number): number {
  let i = index;
  // "was no confirmation": "no" negates the noun, the verb before it is not part of the cue.
  if (tokens[index]?.pos === 'DET') return index;
  while (i - 1 >= first && tokens[i - 1]?.pos === 'AUX') i--;
  return i;
}

function passiveStart(tokens: readonly Token[], index: number, first: number): number {
  let i = index;
  let start = index;
  while (i - 1 >= first && ['AUX', 'ADV', 'PART'].includes(tokens[i - 1]?.pos ?? '')) {
    i--;
    if (tokens[i]?.pos === 'AUX') start = i;
  }
  return start;
}

function isPassiveAt(tokens: readonly Token[], index: number, first: number): boolean {
  for (let i = index - 1; i >= first; i--) {
    const token = tokens[i];
    if (!token) return false;
    if (token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'get')) return true;
    if (token.pos !== 'ADV' && token.pos !== 'PART' && token.pos !== 'AUX') return false;
  }
  return false;
}

/** "was denied bail", "was confirmed as minister": a personal passive in another sense. */
function changesSenseInPassive(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (!next) return false;
  if (modalityLexicon.passiveFollowersThatChangeSense.has(next.normal)) return true;
  if (NOUN_TAGS.has(next.pos) || next.pos === 'DET') return true;
  // wink tags some nouns after a passive as verbs ("denied bail"); a participle ("confirmed killed") is fine.
  return next.pos === 'VERB' && !next.normal.endsWith('ed') && !next.normal.endsWith('en');
}

/** "…, a figure the ministry rejected": the claim stands before the subject, in the same stretch of words. */
function hasFrontedClaim(tokens: readonly Token[], index: number, first: number): boolean {
  for (let i = index - 1; i >= first && i >= index - 6; i--) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    if (modalityLexicon.claimNouns.has(token.lemma)) return true;
  }
  return false;
}

/** "withdrew her earlier claim": the tagger may split the object oddly, so look a few words on. */
function hasClaimNounAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 4; i++) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT' || token.normal === 'that' || token.pos === 'ADP') return false;
    if (modalityLexicon.claimNouns.has(token.lemma)) return true;
  }
  return false;
}

function hasClaimNoun(tokens: readonly Token[], range: TokenRange | undefined): boolean {
  if (!range) return false;
  for (let i = range.first; i < range.end; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (modalityLexicon.claimNouns.has(token.lemma)) return true;
    if (range.end - range.first === 1 && modalityLexicon.anaphoricPronouns.has(token.normal)) return true;
  }
  return false;
}

interface Placement {
  scope: TokenRange;
  target?: TokenRange;
}

function placeCue(
  tokens: readonly Token[],
  cue: ModalityCue,
  index: number,
  cueEnd: number,
  first: number,
  end: number,
  isPassive: boolean,
): Placement {
  const clauseEnd = findClauseEnd(tokens, cueEnd - 1, end);
  switch (cue.scope) {
    case 'clause':
      return { scope: { first: findClauseStart(tokens, index, first, end), end: clauseEnd } };
    case 'right':
      return withTarget({ first: cueEnd, end: clauseEnd }, readNounPhraseRight(tokens, cueEnd, end));
    case 'phrase':
      return { scope: { first: cueEnd, end: readFigurePhraseEnd(tokens, cueEnd, clauseEnd) } };
    case 'auto':
      return isPassive
        ? placePassive(tokens, index, cueEnd, first, end, clauseEnd)
        : placeActive(tokens, index, cueEnd, first, end, clauseEnd);
  }
}

function withTarget(scope: TokenRange, target: TokenRange | undefined): Placement {
  return target ? { scope, target } : { scope };
}

/** "the post was then deleted": the cue covers its subject, unless a "that" clause follows. */
function placePassive(
  tokens: readonly Token[],
  index: number,
  cueEnd: number,
  first: number,
  end: number,
  clauseEnd: number,
): Placement {
  let k = cueEnd;
  while (k < clauseEnd && tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.normal === 'that') return { scope: { first: k + 1, end: clauseEnd } };
  const clauseStart = findClauseStart(tokens, index, first, end);
  let subjectEnd = index - 1;
  while (subjectEnd >= clauseStart && ['AUX', 'ADV', 'PART'].includes(tokens[subjectEnd]?.pos ?? '')) subjectEnd--;
  // "The post, which claimed …, was later taken down": the subject stands before the aside.
  if (tokens[subjectEnd]?.normal === ',') subjectEnd = findAsideOpening(tokens, subjectEnd, clauseStart) - 1;
  const subject =
    readNounPhraseLeft(tokens, subjectEnd, clauseStart) ?? readAnyPhraseLeft(tokens, subjectEnd, clauseStart);
  return withTarget({ first: clauseStart, end: index }, subject);
}

/** Index of the comma that opens the aside closed by the comma at `closing`, or `closing` when there is none. */
function findAsideOpening(tokens: readonly Token[], closing: number, floor: number): number {
  for (let i = closing - 1; i >= floor && i >= closing - ASIDE_WINDOW; i--) {
    if (tokens[i]?.normal === ',') return i;
  }
  return closing;
}

/** "withdrew the figure", "confirmed 44 deaths"; with nothing after it ("…, police confirmed.") the cue covers what came before. */
function placeActive(
  tokens: readonly Token[],
  index: number,
  cueEnd: number,
  first: number,
  end: number,
  clauseEnd: number,
): Placement {
  let k = cueEnd;
  while (k < clauseEnd && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'ADP')) {
    // "walked back on", "took down": particles stay with the verb, but not "to 44".
    if (tokens[k]?.pos === 'ADP' && tokens[k]?.normal !== 'down' && tokens[k]?.normal !== 'back') break;
    k++;
  }
  const next = tokens[k];
  if (k >= clauseEnd || !next || next.pos === 'PUNCT') {
    return { scope: { first, end: index } };
  }
  if (next.normal === 'that' && next.pos === 'SCONJ') return { scope: { first: k + 1, end: clauseEnd } };
  const object = readNounPhraseRight(tokens, k, end) ?? readAnyPhraseRight(tokens, k, Math.min(end, k + OBJECT_WINDOW));
  return withTarget({ first: cueEnd, end: clauseEnd }, object);
}

/** Tokens up to the end of the phrase holding a figure: "an estimated 5,000 people". */
function readFigurePhraseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const token = tokens[i];
    if (!token || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') break;
    i++;
  }
  return i;
}

/** Fallback when the tagger gives no clean noun phrase: the words up to the next punctuation or verb. */
function readAnyPhraseRight(tokens: readonly Token[], from: number, limit: number): TokenRange | undefined {
  let i = from;
  while (i < limit && tokens[i] && tokens[i]?.pos !== 'PUNCT' && tokens[i]?.pos !== 'VERB') i++;
  return i > from ? { first: from, end: i } : undefined;
}

function readAnyPhraseLeft(tokens: readonly Token[], last: number, floor: number): TokenRange | undefined {
  let i = last;
  while (i >= floor && tokens[i] && tokens[i]?.pos !== 'PUNCT' && tokens[i]?.pos !== 'VERB') i--;
  return i < last ? { first: i + 1, end: last + 1 } : undefined;
}
