/**
 * @module find-subject
 * The source before a reporting verb: its subject, read across adverbials, appositives ("Karl
 * Odum, the defence minister,"), relative clauses ("officials, who …,") and coordinated verbs.
 */
import type { Token } from '../tokens/tokenize.js';
import { attributionLexicon } from './attribution-lexicon.js';
import {
  CLAUSE_PUNCTUATION,
  CLOSING_MARKS,
  isClauseStart,
  isDocumentPhrase,
  isPassiveVerb,
  isQuoted,
  tokenAt,
  toDocumentAuthor,
  type SentenceContext,
} from './attribution-context.js';
import { readNounPhraseLeft, type TokenRange } from './read-noun-phrase.js';
import { skipAdverbialsLeft } from './skip-adverbials.js';

/** How far back the comma opening an aside may sit: relative clauses can be long. */
const ASIDE_WINDOW = 40;

const PARTICIPLE_ENDING = /(?:ed|en|wn)$/;

// Subordinators that are also prepositions: "after officials said" or "missing after the disaster".
const PREPOSITIONAL = new Set(['after', 'before', 'since', 'until', 'following']);

const EMBEDDED_QUESTION = new Set(['what', 'how', 'whether', 'if', 'why', 'when', 'where']);

export interface SourceCandidate {
  range: TokenRange;
  description?: TokenRange;
  isDocument: boolean;
}

/**
 * The subject of the verb at `index`. Returns undefined when nothing stands before the verb (the
 * caller then tries the inverted order) and null when something does but it is not a source
 * ("the statement that said …", an object of another verb).
 */
export function findSubject(context: SentenceContext, index: number): SourceCandidate | undefined | null {
  const { tokens, first } = context;
  const last = skipAdverbialsLeft(tokens, index - 1, first);
  const lastToken = tokenAt(context, last);
  if (!lastToken) return undefined;
  if (isQuoted(context, last)) return CLOSING_MARKS.has(lastToken.text) ? undefined : null;
  // "The government pledged aid and said …", "The judge ordered a release, saying …": the subject of the first verb.
  const isGerundAside = lastToken.normal === ',' && context.tokens[index]?.normal.endsWith('ing') === true;
  if ((lastToken.pos === 'CCONJ' && lastToken.normal === 'and') || isGerundAside) {
    return findSubjectOfEarlierVerb(context, last);
  }
  if (lastToken.normal === ',') return findSubjectBeforeComma(context, last);
  if (CLAUSE_PUNCTUATION.has(lastToken.normal)) return undefined;
  // "Satellite images appeared to show …": the subject of the raising verb.
  if (lastToken.normal === 'to' && attributionLexicon.raisingVerbs.has(tokenAt(context, last - 1)?.lemma ?? '')) {
    return findSubject(context, last - 1);
  }
  // "official figures published on Thursday showed": step over the participle that qualifies the subject.
  if (isQualifyingParticiple(context, last)) return findSubject(context, last);
  if (attributionLexicon.relativePronouns.has(lastToken.text)) {
    // "officials, who said …" names people; "the statement that said …" quotes a text inside another clause.
    if (lastToken.normal !== 'who') return null;
    const antecedentEnd = tokenAt(context, last - 1)?.normal === ',' ? last - 2 : last - 1;
    return candidate(context, readNounPhraseLeft(tokens, antecedentEnd, first));
  }
  const phrase = readNounPhraseLeft(tokens, last, first);
  if (!phrase) return null;
  const before = tokenAt(context, phrase.first - 1);
  // "Economists polled by the agency expect …": the subject is the noun the participle qualifies.
  if (before?.normal === 'by' && isQualifyingParticiple(context, phrase.first - 2)) {
    return findSubject(context, phrase.first - 2);
  }
  const isSubordinator = before !== undefined && attributionLexicon.subordinators.has(before.normal);
  // "Relatives of those still missing after the bridge disaster said": with no finite verb before
  // it, "after" is a preposition inside the subject, whose head opens the clause.
  if (isSubordinator && PREPOSITIONAL.has(before.normal)) {
    const clauseStart = startOfClause(context, phrase.first - 1);
    if (!hasFiniteVerb(context, clauseStart, phrase.first - 1)) return clauseHead(context, clauseStart) ?? null;
  }
  if (before && !isSubordinator && (before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX')) {
    // "Protesters who spoke to AP said": the subject is the relative clause's antecedent.
    return findRelativeAntecedent(context, phrase.first - 1) ?? null;
  }
  // "what the report said" is an embedded question, not an attribution.
  if (before && EMBEDDED_QUESTION.has(before.normal)) return null;
  return candidate(context, phrase);
}

/** A past participle right after a noun, followed by a preposition or nothing: "detainees held in …". */
export function isQualifyingParticiple(context: SentenceContext, index: number): boolean {
  const token = tokenAt(context, index);
  const previous = tokenAt(context, index - 1);
  const next = tokenAt(context, index + 1);
  return (
    token?.pos === 'VERB' &&
    (PARTICIPLE_ENDING.test(token.normal) || attributionLexicon.irregularParticiples.has(token.normal)) &&
    previous !== undefined &&
    (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
    (next === undefined || next.pos === 'ADP' || next.pos === 'PUNCT')
  );
}

function findSubjectOfEarlierVerb(context: SentenceContext, from: number): SourceCandidate | null {
  for (let i = from - 1; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token || isQuoted(context, i)) return null;
    if (token.pos === 'VERB' && !isPassiveVerb(context, i) && !isQualifyingParticiple(context, i)) {
      return findSubject(context, i) ?? null;
    }
  }
  return null;
}

function candidate(context: SentenceContext, phrase: TokenRange | undefined): SourceCandidate | null {
  if (!phrase) return null;
  return { range: toDocumentAuthor(context.tokens, phrase), isDocument: isDocumentPhrase(context.tokens, phrase) };
}

function findRelativeAntecedent(context: SentenceContext, from: number): SourceCandidate | undefined {
  for (let i = from; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token || CLAUSE_PUNCTUATION.has(token.normal) || isQuoted(context, i)) return undefined;
    if (token.normal === 'who' || (token.normal === 'that' && token.pos === 'PRON')) {
      const antecedentEnd = tokenAt(context, i - 1)?.normal === ',' ? i - 2 : i - 1;
      return candidate(context, readNounPhraseLeft(context.tokens, antecedentEnd, context.first)) ?? undefined;
    }
  }
  return undefined;
}

/**
 * "John Smith, a spokesman for the ministry, said" (appositive: the source is the first phrase,
 * described by the second) and "the ministry, which runs the police, said" (relative clause aside).
 */
function findSubjectBeforeComma(context: SentenceContext, comma: number): SourceCandidate | undefined | null {
  const { tokens, first } = context;
  let opening = -1;
  for (let i = comma - 1; i >= first && i >= comma - ASIDE_WINDOW; i--) {
    const token = tokens[i];
    if (!token || isQuoted(context, i)) return undefined;
    if (token.normal === ',') {
      opening = i;
      break;
    }
  }
  if (opening < 0) return undefined;
  const asideStart = tokens[opening + 1];
  if (asideStart && (asideStart.normal === 'who' || asideStart.normal === 'which')) {
    return candidateAtClauseStart(context, readNounPhraseLeft(tokens, opening - 1, first));
  }
  // "The statement, released late on Monday, said", "A diplomat, speaking on condition of anonymity,
  // said": a participle aside is stepped over; an agent inside it ("released by the agency") is a
  // source of its own, found by the main loop.
  if (asideStart?.pos === 'VERB' && (PARTICIPLE_ENDING.test(asideStart.normal) || asideStart.normal.endsWith('ing'))) {
    return candidateAtClauseStart(context, readNounPhraseLeft(tokens, opening - 1, first));
  }
  // "The senator, 71, said": an age in apposition is stepped over.
  if (comma - opening === 2 && asideStart?.pos === 'NUM') {
    return candidateAtClauseStart(context, readNounPhraseLeft(tokens, opening - 1, first));
  }
  const aside = readNounPhraseLeft(tokens, comma - 1, first);
  if (!aside || aside.first !== opening + 1) return undefined;
  const head = readNounPhraseLeft(tokens, opening - 1, first);
  if (!head || !isClauseStart(context, head.first)) return undefined;
  // "the defence minister, Karl Odum, said": the name is the source, the role describes it.
  if (isName(tokens, aside) && !isName(tokens, head)) {
    const named = candidate(context, aside);
    return named ? { ...named, description: head } : undefined;
  }
  const found = candidate(context, head);
  return found ? { ...found, description: aside } : undefined;
}

/** Every word is a capitalised proper noun: "Karl Odum", "Mr. Smith". */
function isName(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i < range.end; i++) {
    const token = tokens[i];
    if (!token || token.pos !== 'PROPN' || token.text[0] === token.text[0]?.toLowerCase()) return false;
  }
  return true;
}

function candidateAtClauseStart(context: SentenceContext, head: TokenRange | undefined): SourceCandidate | undefined {
  return head && isClauseStart(context, head.first) ? (candidate(context, head) ?? undefined) : undefined;
}

function startOfClause(context: SentenceContext, from: number): number {
  let i = from;
  while (i > context.first && !CLAUSE_PUNCTUATION.has(context.tokens[i - 1]?.normal ?? '')) i -= 1;
  return i;
}

// A verb that is not a participle ("missing", "held"): a clause of its own before the word.
function hasFiniteVerb(context: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = context.tokens[i];
    if (!token || (token.pos !== 'VERB' && token.pos !== 'AUX')) continue;
    // "those still missing after", "people injured by": participles, not a clause's verb.
    if (token.normal.endsWith('ing') || context.tokens[i + 1]?.normal === 'by') continue;
    return true;
  }
  return false;
}

/** The noun phrase opening a clause: its head is the subject ("Relatives of those …"). */
function clauseHead(context: SentenceContext, start: number): SourceCandidate | null {
  let first = start;
  while (context.tokens[first]?.pos === 'DET' || context.tokens[first]?.pos === 'ADJ') first += 1;
  let last = first;
  while (context.tokens[last + 1]?.pos === 'NOUN' || context.tokens[last + 1]?.pos === 'PROPN') last += 1;
  const head = context.tokens[last];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || isQuoted(context, last)) return null;
  return candidate(context, { first: start, end: last + 1 });
}
