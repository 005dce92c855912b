/**
 * @module noun-phrase-reader
 * Reads the noun phrase a figure counts: after it ("6,412 people", "180 pieces of military hardware",
 * "dozens of people") or, when the figure is a level, the subject before the verb ("the death toll rose to 137").
 */
import type { SentenceScope } from './number-candidate.js';
import { isAdjacent, isHyphen, isNounLike, isQuote, nounLemma, tokenAt, wordAt, wordOf } from './token-helpers.js';

export interface CountedRead {
  /** Lemmatised head noun. */
  lemma: string;
  /** Token index of the head noun. */
  index: number;
  /** A participle modifying the noun ("300 detained protesters"), lemmatised. */
  modifierVerb?: string;
}

export interface SubjectRead extends CountedRead {
  /** Verb inside the subject ("the number of people killed"), lemmatised. */
  innerVerb?: string;
  /** Read through a quantity noun: "the number of ministries". */
  isQuantified?: boolean;
  /** "the figure", "the total": the phrase refers back to a thing counted earlier; `lemma` is empty. */
  isAnaphoric?: boolean;
}

// "five of its last six matches": determiners and list positions before the whole.
const OF_DETERMINERS = new Set([
  'the',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'all',
  'a',
  'last',
  'first',
  'next',
  'past',
]);
const MAX_MODIFIERS = 4;
const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Index of the last noun of the noun run starting at `index` ("police officers" → "officers"). */
function endOfNounRun(scope: SentenceScope, index: number): number {
  let head = index;
  while (tokenAt(scope, head + 1)?.pos === 'NOUN') head += 1;
  return head;
}

/**
 * The thing counted by a figure ending just before `index`: skips quotes, adjectives and participles,
 * follows "of" ("dozens of people") and container nouns ("pieces of hardware").
 */
export function readCountedAfter(
  scope: SentenceScope,
  index: number,
  { isAfterDeterminer = false, depth = 0 }: { isAfterDeterminer?: boolean; depth?: number } = {},
): CountedRead | undefined {
  let at = index;
  if (isAfterDeterminer || wordAt(scope, at) === 'of') {
    if (wordAt(scope, at) === 'of') at += 1;
    while (OF_DETERMINERS.has(wordAt(scope, at))) at += 1;
    if (tokenAt(scope, at)?.pos === 'PRON') return undefined;
    // "312 of the 543 seats": the second figure names the whole.
    if (tokenAt(scope, at)?.pos === 'NUM') at += 1;
  }
  let modifiers = 0;
  let modifierVerb: string | undefined;
  for (;;) {
    const token = tokenAt(scope, at);
    if (token === undefined) return undefined;
    if (isQuote(token) || (isHyphen(token) && modifiers > 0)) {
      at += 1;
      continue;
    }
    if (token.pos === 'NOUN') {
      // "40 water-bombing aircraft": a noun joined by a hyphen modifies what follows.
      const next = tokenAt(scope, at + 1);
      if (!isHyphen(next) || !isAdjacent(token, next)) break;
      modifiers += 1;
      at += 2;
      continue;
    }
    // "41.2 million last year", "3,500 each day": a time, not a counted thing.
    if (scope.lexicon.temporalModifiers.has(wordOf(token))) return undefined;
    const isModifier =
      token.pos === 'ADJ' || token.pos === 'PROPN' || (token.pos === 'VERB' && /(ed|ing|en)$/.test(token.normal));
    if (!isModifier || modifiers >= MAX_MODIFIERS) return undefined;
    if (token.pos === 'VERB' && !scope.lexicon.lightVerbs.has(token.lemma)) modifierVerb = token.lemma;
    modifiers += 1;
    at += 1;
  }
  const head = endOfNounRun(scope, at);
  const headToken = tokenAt(scope, head);
  if (headToken === undefined) return undefined;
  const lemma = nounLemma(headToken);
  const { containers, quantityNouns } = scope.lexicon;
  const isContainer = containers.has(lemma) || quantityNouns.has(lemma);
  if (depth < 2 && isContainer && wordAt(scope, head + 1) === 'of') {
    const inner = readCountedAfter(scope, head + 1, { depth: depth + 1 });
    if (inner !== undefined) return inner;
  }
  const read: CountedRead = { lemma, index: head };
  if (modifierVerb !== undefined) read.modifierVerb = modifierVerb;
  return read;
}

/**
 * The noun phrase ending at `head`, as the thing a level describes: "put the death toll at 31" → death,
 * "cut the number of ministries from 22" → ministry, "put the magnitude at 5.8" → magnitude.
 */
export function readNounPhraseEndingAt(scope: SentenceScope, head: number): SubjectRead | undefined {
  let runStart = head;
  while (tokenAt(scope, runStart - 1)?.pos === 'NOUN') runStart -= 1;
  const quantity = tokenAt(scope, runStart - 2);
  if (wordAt(scope, runStart - 1) === 'of' && quantity?.pos === 'NOUN') {
    if (scope.lexicon.quantityNouns.has(nounLemma(quantity))) {
      const headToken = tokenAt(scope, head);
      return headToken === undefined ? undefined : { lemma: nounLemma(headToken), index: head, isQuantified: true };
    }
  }
  return resolveCountNoun(scope, runStart, head);
}

/** What a running-count noun counts: "death toll" → death, "the toll" → death, "the number of arrests" → arrest. */
function resolveCountNoun(scope: SentenceScope, runStart: number, head: number): SubjectRead | undefined {
  const headToken = tokenAt(scope, head);
  if (headToken === undefined) return undefined;
  const lemma = nounLemma(headToken);
  const tollDefault = scope.lexicon.tollNouns.get(lemma);
  if (tollDefault !== undefined) {
    const modifier = head > runStart ? tokenAt(scope, head - 1) : undefined;
    return { lemma: modifier === undefined ? tollDefault : nounLemma(modifier), index: head };
  }
  if (scope.lexicon.quantityNouns.has(lemma) && wordAt(scope, head + 1) === 'of') {
    const inner = readCountedAfter(scope, head + 1);
    if (inner === undefined) return undefined;
    const read: SubjectRead = { lemma: inner.lemma, index: inner.index };
    const after = tokenAt(scope, inner.index + 1);
    if (after?.pos === 'VERB' && !scope.lexicon.lightVerbs.has(after.lemma)) read.innerVerb = after.lemma;
    return read;
  }
  if (scope.lexicon.quantityNouns.has(lemma)) {
    // "passenger numbers" counts passengers; a bare "the figure" refers back.
    const modifier = head > runStart ? tokenAt(scope, head - 1) : undefined;
    if (modifier !== undefined) return { lemma: nounLemma(modifier), index: head };
    return { lemma: '', index: head, isAnaphoric: true };
  }
  return { lemma, index: head };
}

/**
 * The subject of the clause that ends at `verbIndex`: the first noun phrase not inside a prepositional
 * phrase ("detentions in the capital rose…" → detention).
 */
export function readSubjectBefore(scope: SentenceScope, verbIndex: number): SubjectRead | undefined {
  let start = verbIndex - 1;
  while (start >= scope.first && !CLAUSE_BOUNDARIES.has(tokenAt(scope, start)?.text ?? '')) start -= 1;
  start += 1;
  // "Officials said hospital admissions could peak at…": a later verb opens a new clause whose first
  // noun phrase is the subject; "the number of people killed has risen" has none after "killed".
  let subject: [number, number] | undefined;
  let isInPhrase = false;
  let isNewClause = true;
  for (let at = start; at < verbIndex; at += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined) break;
    if (token.pos === 'VERB' || token.pos === 'SCONJ') {
      isNewClause = true;
      isInPhrase = false;
      continue;
    }
    if (token.pos === 'ADP') {
      isInPhrase = wordOf(token) !== 'of';
      continue;
    }
    if (!isNounLike(token, scope, at)) continue;
    const head = endOfNounRun(scope, at);
    if (!isInPhrase && isNewClause) {
      subject = [at, head];
      isNewClause = false;
    }
    at = head;
  }
  return subject === undefined ? undefined : resolveCountNoun(scope, subject[0], subject[1]);
}
