/**
 * @module counted-thing-refiner
 * Sets `counted`, the lemmatised head noun of what a figure counts: read after the figure, else the subject
 * of a level verb before it ("detentions rose to almost 12,000" → detention), else borrowed from the figure
 * it is coordinated with ("7 people were killed and 12 injured" → people).
 */
import type { NumberCandidate, SentenceScope } from './number-candidate.js';
import { readCountedAfter, readNounPhraseEndingAt, readSubjectBefore } from './noun-phrase-reader.js';
import type { SubjectRead } from './noun-phrase-reader.js';
import { nounLemma, tokenAt, wordAt } from './token-helpers.js';

/** Units whose figure is a ratio of something: the counted thing only follows "of" ("15% of voters"). */
const SHARE_UNITS = new Set(['percent', 'percentage-point', 'fraction', 'factor']);
const LEVEL_LINKS = new Set(['to', 'at', 'from']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'DET', 'ADJ', 'PRON']);
const SKIPPED_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/**
 * "detentions rose to 12,000", "the toll stood at 12", "a toll of 12", "the toll is 137",
 * "put the death toll at 31", "cut the number of ministries from 22 to 16".
 */
function readLevelSubject(candidate: NumberCandidate, scope: SentenceScope): SubjectRead | undefined {
  const { movementVerbs, quantityNouns } = scope.lexicon;
  let at = candidate.firstToken - 1;
  const link = wordAt(scope, at);
  if (link === 'of') {
    const noun = tokenAt(scope, at - 1);
    if (noun?.pos !== 'NOUN' || !quantityNouns.has(nounLemma(noun))) return undefined;
    return readSubjectBefore(scope, at) ?? undefined;
  }
  if (LEVEL_LINKS.has(link)) {
    at -= 1;
    const noun = tokenAt(scope, at);
    if (noun?.pos === 'NOUN') {
      const phrase = readNounPhraseEndingAt(scope, at);
      // A plain noun before "at"/"to" is the measured thing only after a verb that sets a level
      // ("put the magnitude at 5.8"), not in "shares to 137" or "votes to 97".
      if (phrase === undefined || phrase.isQuantified === true || nounLemma(noun) !== phrase.lemma) return phrase;
      if (quantityNouns.has(nounLemma(noun))) return phrase;
      let verbIndex = at - 1;
      while (NOUN_PHRASE_POS.has(tokenAt(scope, verbIndex)?.pos ?? '')) verbIndex -= 1;
      const verb = tokenAt(scope, verbIndex);
      return verb?.pos === 'VERB' && movementVerbs.has(verb.lemma) ? phrase : undefined;
    }
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

/**
 * An elided noun the sentence supplies earlier: "killed 7 people and injured 12", "up from 968",
 * "the correct number was 14".
 */
function borrowFromEarlier(candidate: NumberCandidate, earlier: readonly NumberCandidate[]): string | undefined {
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const other = earlier[i];
    if (other === undefined || other.kind === 'multiplier' || other.unit !== candidate.unit) continue;
    if (other.counted !== undefined) return other.counted;
  }
  return undefined;
}

export function refineCountedThings(candidates: NumberCandidate[], scope: SentenceScope): NumberCandidate[] {
  const earlier: NumberCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.rejectedAs !== undefined) continue;
    const unit = candidate.unit;
    const isShare = unit !== undefined && SHARE_UNITS.has(unit);
    const isMeasure = unit !== undefined && !isShare && candidate.counted === undefined;
    if (unit === 'age' || isMeasure || candidate.counted !== undefined) {
      earlier.push(candidate);
      continue;
    }
    let read: SubjectRead | undefined;
    if (candidate.kind === 'multiplier') {
      read = readMultiplied(candidate, scope);
    } else {
      // "one in five adults", "half the patients", "15% of voters"; but "a 15% rise" counts no rises.
      if (!isShare || unit === 'fraction' || wordAt(scope, candidate.endToken) === 'of') {
        read = readCountedAfter(scope, candidate.endToken, { isAfterDeterminer: unit === 'fraction' });
      }
      if (read !== undefined) {
        candidate.countedToken = read.index;
        if (read.modifierVerb !== undefined) candidate.modifierVerb = read.modifierVerb;
      }
      read ??= readLevelSubject(candidate, scope);
    }
    if (read?.innerVerb !== undefined) candidate.subjectVerb = read.innerVerb;
    let counted = read?.isAnaphoric === true ? undefined : read?.lemma;
    if (counted === undefined && candidate.kind !== 'multiplier' && !isShare) {
      counted = borrowFromEarlier(candidate, earlier);
    }
    if (counted !== undefined && counted !== '') candidate.counted = counted;
    earlier.push(candidate);
  }
  return candidates;
}
