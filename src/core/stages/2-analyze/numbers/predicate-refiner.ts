/**
 * @module predicate-refiner
 * Sets `predicate`, the lemmatised verb that says what happened to the counted thing: an event noun's verb
 * ("the evacuation of 4,200 people" → evacuate, "137 deaths" → die), the verb taking the figure as object
 * ("detained 6,412 people" → detain), a predicate adjective ("left 12 dead" → die) or the verb after the
 * counted phrase ("38 workers died" → die). Light verbs (be, have, say, report, rise, reach…) never
 * count: the figure moved or was reported, nothing happened to it.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import type { Token } from '../tokens/tokenize.js';
import { isHyphen, isQuote, matchBackward, nounLemma, tokenAt, wordAt, wordOf } from './token-helpers.js';

const FILLER_PHRASES: string[][] = [['a', 'total', 'of']];
const SKIPPED_AFTER = new Set(['AUX', 'ADV', 'PART']);
const SKIPPED_WORDS = new Set(['more', 'others', 'other']);
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const MAX_SCAN = 8;
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must']);

/**
 * The token's verb lemma, or undefined when it is no verb. After a modal the tokenizer sometimes tags the
 * bare verb as an adjective ("will close 120 stores").
 */
function verbLemma(scope: SentenceScope, index: number): string | undefined {
  const token = tokenAt(scope, index);
  if (token === undefined) return undefined;
  const isBareAfterModal = token.pos === 'ADJ' && MODALS.has(wordAt(scope, index - 1));
  if (token.pos !== 'VERB' && !isBareAfterModal) return undefined;
  return scope.lexicon.verbLemmaFixes.get(token.normal) ?? (isBareAfterModal ? token.normal : token.lemma);
}
const MAX_PHRASE = 6;

/** Whether an object noun phrase ends at `index` ("the airline"); returns its first index or -1. */
function startOfObject(scope: SentenceScope, index: number): number {
  let at = index;
  if (!OBJECT_POS.has(tokenAt(scope, at)?.pos ?? '')) return -1;
  while (at > index - MAX_PHRASE && OBJECT_POS.has(tokenAt(scope, at - 1)?.pos ?? '')) at -= 1;
  return at;
}

/**
 * The verb that takes the figure as its object: "detained 6,412", "raised $2.5bn", "killing at least 12",
 * "fined the airline €250,000", "offered a pay rise of 3%", "sentenced to 12 years". Undefined when the
 * figure is a level ("rose to 137", "put at 12").
 */
function readGoverningVerb(candidate: NumberCandidate, scope: SentenceScope): string | undefined {
  const { fillerWords, lightVerbs, ditransitiveVerbs, eventNouns, particles, currencyCounted } = scope.lexicon;
  const unit = candidate.unit;
  const isMeasure = unit !== undefined && candidate.counted === undefined;
  const isDuration = unit === 'duration';
  const isMoney = unit !== undefined && currencyCounted.has(unit);
  let at = candidate.firstToken - 1;
  let hasSkippedObject = false;
  // "raised rates by 0.25 points", "held without charge for 11 months", "sold at auction for £12,000":
  // after such a preposition an object or a phrase may stand between the verb and the figure.
  let isAfterPreposition = false;
  for (let steps = 0; steps < MAX_SCAN; steps += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined) return undefined;
    const word = wordOf(token);
    if (fillerWords.has(word) || token.pos === 'ADV') {
      at -= 1;
      continue;
    }
    const filler = FILLER_PHRASES.find((phrase) => matchBackward(scope, at, phrase) >= 0);
    if (filler !== undefined) {
      at -= filler.length;
      continue;
    }
    const isMeasurePreposition = (isMeasure || isDuration) && (word === 'for' || word === 'by');
    if (isMeasurePreposition || (isMoney && word === 'for') || (isDuration && word === 'to')) {
      isAfterPreposition = word !== 'to';
      at -= 1;
      continue;
    }
    // "cut off dozens of villages", "lay off 10% of staff"
    if (particles.has(word) && tokenAt(scope, at - 1)?.pos === 'VERB') {
      at -= 1;
      continue;
    }
    // "demanded a ransom of $4.5 million", "offered a pay rise of 3%": look past the noun to its verb.
    if (word === 'of' && tokenAt(scope, at - 1)?.pos === 'NOUN') {
      const start = startOfObject(scope, at - 1);
      if (start < 0 || eventNouns.has(nounLemma(tokenAt(scope, at - 1) as Token))) return undefined;
      at = start - 1;
      continue;
    }
    // "fined the airline €250,000": one object may stand between a giving verb and the figure.
    if (!hasSkippedObject && OBJECT_POS.has(token.pos)) {
      let start = startOfObject(scope, at);
      if (isAfterPreposition && tokenAt(scope, start - 1)?.pos === 'ADP') start -= 1;
      const verb = verbLemma(scope, start - 1);
      if (verb !== undefined && (isAfterPreposition || ditransitiveVerbs.has(verb))) {
        hasSkippedObject = true;
        at = start - 1;
        continue;
      }
    }
    const verb = verbLemma(scope, at) ?? readGerund(scope, at);
    return verb === undefined || lightVerbs.has(verb) ? undefined : verb;
  }
  return undefined;
}

/** "accused of poisoning seven patients": a gerund after a preposition, tagged as a noun. */
function readGerund(scope: SentenceScope, index: number): string | undefined {
  const token = tokenAt(scope, index);
  if (token?.pos !== 'NOUN' || !token.normal.endsWith('ing') || token.normal.length < 6) return undefined;
  if (tokenAt(scope, index - 1)?.pos !== 'ADP') return undefined;
  return token.normal.slice(0, -3);
}

/** "the evacuation of 4,200 people", "the release of 38 detainees": an event noun right before "of". */
function readEventBeforeOf(candidate: NumberCandidate, scope: SentenceScope): string | undefined {
  if (wordAt(scope, candidate.firstToken - 1) !== 'of') return undefined;
  const noun = tokenAt(scope, candidate.firstToken - 2);
  if (noun?.pos !== 'NOUN') return undefined;
  return scope.lexicon.eventNouns.get(nounLemma(noun));
}

interface AfterRead {
  verb?: string;
  adjective?: string;
}

/** Skips a prepositional phrase after the counted noun ("people in the region", "observers from 32 countries"). */
function skipPhrase(scope: SentenceScope, at: number): number {
  let end = at + 1;
  while (end < at + MAX_PHRASE && PHRASE_POS.has(tokenAt(scope, end)?.pos ?? '')) end += 1;
  return end > at + 1 ? end : at;
}

/** Skips ", including four children," after the counted noun; returns the index after it, or `at`. */
function skipIncluding(scope: SentenceScope, at: number): number {
  if (wordAt(scope, at + 1) !== 'including') return at;
  for (let end = at + 2; end < at + 2 + MAX_PHRASE; end += 1) {
    const token = tokenAt(scope, end);
    if (token === undefined) return at;
    if (token.text === ',') return end + 1;
  }
  return at;
}

/**
 * Verb or predicate adjective after the counted phrase: "people have been detained", "people who died",
 * "12 dead", "ballots had gone missing", "19 million people in the region faced…".
 */
function readAfter(candidate: NumberCandidate, scope: SentenceScope): AfterRead {
  const { lightVerbs, linkingVerbs, predicateAdjectives, relatives } = scope.lexicon;
  let at = candidate.countedToken === undefined ? candidate.endToken : candidate.countedToken + 1;
  let phrases = 0;
  for (let steps = 0; steps < MAX_SCAN; steps += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined) return {};
    const word = wordOf(token);
    const adjective = predicateAdjectives.get(word);
    if (adjective !== undefined && (token.pos === 'ADJ' || token.pos === 'VERB')) return { adjective };
    if (token.pos === 'VERB') {
      if (linkingVerbs.has(token.lemma)) {
        at += 1;
        continue;
      }
      if (!lightVerbs.has(token.lemma)) return { verb: token.lemma };
      // "are said to have died", "were reported killed"
      const next = tokenAt(scope, at + 1);
      if (next?.pos !== 'PART' && next?.pos !== 'VERB' && next?.pos !== 'AUX' && next?.pos !== 'ADJ') return {};
      at += 1;
      continue;
    }
    if (token.text === ',') {
      const after = skipIncluding(scope, at);
      if (after !== at) {
        at = after;
        continue;
      }
      if (tokenAt(scope, at + 1)?.pos !== 'AUX') return {};
      at += 1;
      continue;
    }
    if (token.pos === 'ADP' && word !== 'to' && phrases < 2) {
      const after = skipPhrase(scope, at);
      if (after === at) return {};
      phrases += 1;
      at = after;
      continue;
    }
    const isSkippable =
      SKIPPED_AFTER.has(token.pos) ||
      isQuote(token) ||
      relatives.has(word) ||
      SKIPPED_WORDS.has(word) ||
      (token.pos === 'ADP' && word === 'to');
    if (!isSkippable) return {};
    at += 1;
  }
  return {};
}

/** "deployed 2,500 troops and 40 armoured vehicles": the second figure shares the first one's verb. */
function readCoordinated(candidate: NumberCandidate, previous: NumberCandidate | undefined, scope: SentenceScope) {
  if (previous?.predicate === undefined) return undefined;
  const joiner = wordAt(scope, candidate.firstToken - 1);
  if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') return undefined;
  const previousEnd = Math.max(previous.endToken, (previous.countedToken ?? -1) + 1, (previous.unitToken ?? -1) + 1);
  return previousEnd === candidate.firstToken - 1 ? previous.predicate : undefined;
}

function choosePredicate(
  candidate: NumberCandidate,
  previous: NumberCandidate | undefined,
  scope: SentenceScope,
): string | undefined {
  const eventBeforeOf = readEventBeforeOf(candidate, scope);
  if (eventBeforeOf !== undefined) return eventBeforeOf;
  const eventVerb = candidate.counted === undefined ? undefined : scope.lexicon.eventNouns.get(candidate.counted);
  if (eventVerb !== undefined) return eventVerb;
  const after = readAfter(candidate, scope);
  return (
    after.adjective ??
    readGoverningVerb(candidate, scope) ??
    after.verb ??
    readCoordinated(candidate, previous, scope) ??
    candidate.modifierVerb ??
    candidate.subjectVerb
  );
}

export function refinePredicates(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  let previous: NumberCandidate | undefined;
  for (const candidate of candidates) {
    // Ages describe a person and factors a change; nothing happens to either.
    if (candidate.rejectedAs !== undefined || candidate.kind === 'multiplier' || candidate.unit === 'age') continue;
    // "a 24-hour hotline", "the 100m sprint": a measure describing a noun is not what anything happened to.
    const isMeasure =
      candidate.unit !== undefined && (candidate.counted === undefined || candidate.unit === 'duration');
    const afterUnit = tokenAt(scope, Math.max(candidate.endToken, (candidate.unitToken ?? 0) + 1));
    if (isMeasure && (afterUnit?.pos === 'NOUN' || isHyphen(afterUnit))) continue;
    const predicate = choosePredicate(candidate, previous, scope);
    if (predicate !== undefined) candidate.predicate = predicate;
    previous = candidate;
  }
  return candidates;
}
