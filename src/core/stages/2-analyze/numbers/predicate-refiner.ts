/**
 * @module predicate-refiner
 * Sets `predicate`, the lemmatised verb that says what happened to the counted thing: an event noun's verb
 * ("164 deaths" → die), the verb taking the figure as object ("detained 7,939 people" → detain), a predicate
 * adjective ("left 12 dead" → die) or the verb after the counted phrase ("44 individuals died" → die).
 * Light verbs (be, have, say, report, rise, reach…) never count: the figure moved, nothing happened to it.
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { isQuote, matchBackward, tokenAt, wordOf } from './token-helpers.js';

// "paid a record $105m", "detained a further 300": words between a verb and its figure.
const FILLER_WORDS = new Set(['a', 'an', 'the', 'another', 'some', 'all', 'record']);
const FILLER_PHRASES: string[][] = [
  ['a', 'total', 'of'],
  ['a', 'further'],
];
const SKIPPED_AFTER = new Set(['AUX', 'ADV', 'PART']);
const SKIPPED_WORDS = new Set(['more', 'others', 'other']);
const MAX_SCAN = 8;
/** Shares of a whole can be what something happened to ("20% of voters backed"), as can money ("raised $2bn"). */
const SHARE_UNITS = new Set(['percent', 'percentage-point', 'fraction']);

/** The verb that takes the figure as its object: "detained 7,939", "raised $2.5bn", "killing at least 12". */
function readGoverningVerb(candidate: NumberCandidate, scope: SentenceScope): string | undefined {
  let at = candidate.firstToken - 1;
  for (let steps = 0; steps < MAX_SCAN; steps += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined) return undefined;
    const word = wordOf(token);
    if (FILLER_WORDS.has(word) || token.pos === 'ADV') {
      at -= 1;
      continue;
    }
    const filler = FILLER_PHRASES.find((phrase) => matchBackward(scope, at, phrase) >= 0);
    if (filler !== undefined) {
      at -= filler.length;
      continue;
    }
    // "rose to 164", "put at 12": the figure is a level; whatever verb came before did not happen to it.
    if (token.pos !== 'VERB') return undefined;
    return scope.lexicon.lightVerbs.has(token.lemma) ? undefined : token.lemma;
  }
  return undefined;
}

interface AfterRead {
  verb?: string;
  adjective?: string;
}

/** Verb or predicate adjective after the counted phrase: "people have been detained", "people who died", "12 dead". */
function readAfter(candidate: NumberCandidate, scope: SentenceScope): AfterRead {
  const { lightVerbs, predicateAdjectives, relatives } = scope.lexicon;
  let at = candidate.countedToken === undefined ? candidate.endToken : candidate.countedToken + 1;
  for (let steps = 0; steps < MAX_SCAN; steps += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined) return {};
    const word = wordOf(token);
    const adjective = predicateAdjectives.get(word);
    if (adjective !== undefined && (token.pos === 'ADJ' || token.pos === 'VERB')) return { adjective };
    if (token.pos === 'VERB') {
      if (!lightVerbs.has(token.lemma)) return { verb: token.lemma };
      // "are said to have died", "were reported killed"
      const next = tokenAt(scope, at + 1);
      if (next?.pos !== 'PART' && next?.pos !== 'VERB' && next?.pos !== 'AUX' && next?.pos !== 'ADJ') return {};
      at += 1;
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

function choosePredicate(candidate: NumberCandidate, scope: SentenceScope): string | undefined {
  const eventVerb = candidate.counted === undefined ? undefined : scope.lexicon.eventNouns.get(candidate.counted);
  if (eventVerb !== undefined) return eventVerb;
  const after = readAfter(candidate, scope);
  return (
    after.adjective ??
    readGoverningVerb(candidate, scope) ??
    after.verb ??
    candidate.modifierVerb ??
    candidate.subjectVerb
  );
}

export function refinePredicates(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  for (const candidate of candidates) {
    if (candidate.rejectedAs !== undefined || candidate.kind === 'multiplier') continue;
    // Ages, durations and measures describe; nothing happens to them. A share needs its whole ("15% of voters").
    const unit = candidate.unit;
    if (unit === 'age' || unit === 'duration') continue;
    if (unit !== undefined && candidate.counted === undefined) continue;
    if (unit !== undefined && !SHARE_UNITS.has(unit) && !scope.lexicon.currencyCounted.has(unit)) continue;
    const predicate = choosePredicate(candidate, scope);
    if (predicate !== undefined) candidate.predicate = predicate;
  }
  return candidates;
}
