/**
 * @module counted-thing-refiner
 * Sets `counted`, the lemmatised head noun of what a figure counts: read after the figure, else the subject
 * of a level verb before it ("detentions rose to almost 10,000" → detention), else borrowed from the figure
 * it is coordinated with ("7 people were killed and 12 injured" → people).
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { readCountNounEndingAt, readCountedAfter, readSubjectBefore } from './noun-phrase-reader.js';
import type { SubjectRead } from './noun-phrase-reader.js';
import { nounLemma, tokenAt, wordOf } from './token-helpers.js';

/** Units whose figure is a ratio of something: the counted thing only follows "of" ("15% of voters"). */
const SHARE_UNITS = new Set(['percent', 'percentage-point', 'fraction', 'factor']);
const LEVEL_LINKS = new Set(['to', 'at', 'of']);
const SKIPPED_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const COORDINATION_GAP = 5;
const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/** "detentions rose to 10,000", "the toll stood at 12", "a toll of 12", "the toll is 164". */
function readLevelSubject(candidate: NumberCandidate, scope: SentenceScope): SubjectRead | undefined {
  const { movementVerbs, quantityNouns } = scope.lexicon;
  let at = candidate.firstToken - 1;
  const link = wordOf(tokenAt(scope, at));
  if (link === 'of') {
    const noun = tokenAt(scope, at - 1);
    if (noun?.pos !== 'NOUN' || !quantityNouns.has(nounLemma(noun))) return undefined;
    return readSubjectBefore(scope, at) ?? undefined;
  }
  if (LEVEL_LINKS.has(link)) {
    at -= 1;
    // "put the death toll at 31", "raised the toll to 50"
    const noun = tokenAt(scope, at);
    if (noun?.pos === 'NOUN' && quantityNouns.has(nounLemma(noun))) return readCountNounEndingAt(scope, at);
  }
  const verb = tokenAt(scope, at);
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || !movementVerbs.has(verb.lemma)) {
    return undefined;
  }
  while (SKIPPED_BEFORE_VERB.has(tokenAt(scope, at - 1)?.pos ?? '')) at -= 1;
  return readSubjectBefore(scope, at);
}

/** "Sales doubled" → sale; "doubled the number of troops" → troop. */
function readMultiplied(candidate: NumberCandidate, scope: SentenceScope): SubjectRead | undefined {
  if (tokenAt(scope, candidate.firstToken)?.pos === 'VERB') {
    let at = candidate.endToken;
    while (OBJECT_OPENERS.has(tokenAt(scope, at)?.pos ?? '')) at += 1;
    if (at > candidate.endToken) {
      const object = readCountedAfter(scope, at);
      if (object !== undefined) return object;
    }
  }
  let at = candidate.firstToken;
  while (SKIPPED_BEFORE_VERB.has(tokenAt(scope, at - 1)?.pos ?? '')) at -= 1;
  return readSubjectBefore(scope, at);
}

function borrowFromPrevious(
  candidate: NumberCandidate,
  previous: NumberCandidate | undefined,
  scope: SentenceScope,
): string | undefined {
  if (previous?.counted === undefined || previous.unit !== candidate.unit) return undefined;
  const from = previous.countedToken === undefined ? previous.endToken : previous.countedToken + 1;
  if (candidate.firstToken - from > COORDINATION_GAP) return undefined;
  let isJoined = false;
  let hasVerb = false;
  for (let at = from; at < candidate.firstToken; at += 1) {
    const token = tokenAt(scope, at);
    if (token === undefined || token.pos === 'NOUN' || token.pos === 'PROPN') return undefined;
    if (token.text === ',' || token.text === 'and') isJoined = true;
    if (token.pos === 'VERB') hasVerb = true;
  }
  // The figure stands for the same noun when a verb follows it ("and 12 injured") or came before it
  // ("and injured more than 5,000.").
  const next = tokenAt(scope, candidate.endToken);
  const isElliptic =
    next?.pos === 'VERB' || next?.pos === 'ADJ' || (hasVerb && (next === undefined || next.pos === 'PUNCT'));
  return isJoined && isElliptic ? previous.counted : undefined;
}

export function refineCountedThings(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  let previous: NumberCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate.rejectedAs !== undefined) continue;
    const unit = candidate.unit;
    const isShare = unit !== undefined && SHARE_UNITS.has(unit);
    const isMeasure = unit !== undefined && !isShare && candidate.counted === undefined;
    if (unit === 'age' || isMeasure || candidate.counted !== undefined) {
      previous = candidate;
      continue;
    }
    let read: SubjectRead | undefined;
    if (candidate.kind === 'multiplier') {
      read = readMultiplied(candidate, scope);
    } else if (!isShare || unit === 'fraction' || wordOf(tokenAt(scope, candidate.endToken)) === 'of') {
      // "one in five adults", "half the patients", "15% of voters"; but "a 15% rise" counts no rises.
      read = readCountedAfter(scope, candidate.endToken, { isAfterDeterminer: unit === 'fraction' });
    }
    if (read !== undefined && candidate.kind !== 'multiplier') {
      candidate.countedToken = read.index;
      if (read.modifierVerb !== undefined) candidate.modifierVerb = read.modifierVerb;
    }
    read ??= candidate.kind === 'multiplier' ? undefined : readLevelSubject(candidate, scope);
    if (read?.innerVerb !== undefined) candidate.subjectVerb = read.innerVerb;
    const counted = read?.lemma ?? (isShare ? undefined : borrowFromPrevious(candidate, previous, scope));
    if (counted !== undefined) candidate.counted = counted;
    previous = candidate;
  }
  return candidates;
}
