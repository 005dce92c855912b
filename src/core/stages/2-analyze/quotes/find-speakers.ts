/**
 * @module find-speakers
 * Who said it: reads the reporting frame around a quote ("X said", "said X", "according to X", "X said: “…”",
 * "reads the ministry’s statement") and resolves pronouns and descriptions to the entities the text named.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import type { QuoteLexicon } from './quote-lexicon.js';

export interface Speaker {
  name: string;
  span: Span;
  type?: EntityType;
}

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NOUN_PHRASE_LINKS = new Set(['of', 'for', 'from', 'at', 'in']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose']);
const MAX_PHRASE_TOKENS = 8;
const MAX_APPOSITIVE_TOKENS = 40;
const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they', 'we']);

/** Last index in the sorted `starts` that is < `value`, or -1. */
function lastBefore(starts: readonly number[], value: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export interface SpeakerFinder {
  /** Speaker of the reporting verb at token `verb`, or of "according to" at `verb`. */
  speakerOfVerb(verb: number): Speaker | undefined;
  isReportingVerb(index: number): boolean;
  isAccordingTo(index: number): boolean;
  speakerOfColonClause(colon: number): Speaker | undefined;
}

/**
 * Builds the speaker finder for one article. Reporting verbs outside quotes are read in text order, so
 * "it said" can fall back on the organisation that last spoke.
 */
export function createSpeakerFinder(
  tokenized: TokenizedText,
  entities: readonly EntityMention[],
  inQuote: Uint8Array,
  lexicon: QuoteLexicon,
): SpeakerFinder {
  const { tokens, text } = tokenized;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const entityAt = new Int32Array(tokens.length).fill(-1);
  {
    let t = 0;
    sorted.forEach((mention, index) => {
      while (t < tokens.length && (tokens[t]?.end ?? 0) <= mention.start) t += 1;
      for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < mention.end; k += 1) entityAt[k] = index;
    });
  }
  const people = sorted.filter((mention) => mention.entityType === 'person');
  const peopleStarts = people.map((mention) => mention.start);
  const organizations = sorted.filter((mention) => mention.entityType === 'organization');
  const organizationStarts = organizations.map((mention) => mention.start);
  const memo = new Map<number, Speaker | null>();
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  tokenized.sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.firstToken, sentence.endToken));
  // Speakers of reporting verbs, in text order, for "it said" and "the statement said".
  const spoke: { at: number; speaker: Speaker }[] = [];
  let scanned = 0;
  let resolving = Infinity;

  const lower = (index: number): string => tokens[index]?.text.toLowerCase() ?? '';

  function fromEntity(index: number): Speaker | undefined {
    const mention = sorted[index];
    if (!mention) return undefined;
    return { name: mention.canonical, span: { start: mention.start, end: mention.end }, type: mention.entityType };
  }

  /** The person entity starting at token `index`, with the token index just after it. */
  function personStartingAt(index: number): { index: number; after: number } | undefined {
    const named = entityAt[index] ?? -1;
    if (named < 0 || sorted[named]?.entityType !== 'person') return undefined;
    if (index > 0 && entityAt[index - 1] === named) return undefined;
    let after = index;
    while (after < tokens.length && entityAt[after] === named) after += 1;
    return { index: named, after };
  }

  function isReportingVerb(index: number): boolean {
    const token = tokens[index];
    return token !== undefined && inQuote[index] !== 1 && token.pos === 'VERB' && lexicon.verbs.has(token.lemma);
  }

  function isAccordingTo(index: number): boolean {
    return lower(index) === 'according' && lower(index + 1) === 'to' && inQuote[index] !== 1;
  }

  /** Reads every reporting verb before `index` so `spoke` is complete up to there. */
  function catchUp(index: number): void {
    while (scanned < index) {
      const verb = scanned;
      scanned += 1;
      if (isReportingVerb(verb) || isAccordingTo(verb)) speakerOfVerb(verb);
    }
  }

  function resolvePronoun(index: number): Speaker | undefined {
    const word = lower(index);
    const at = tokens[index]?.start ?? 0;
    if (PERSON_PRONOUNS.has(word)) {
      const person = people[lastBefore(peopleStarts, at)];
      return person
        ? { name: person.canonical, span: { start: person.start, end: person.end }, type: 'person' }
        : undefined;
    }
    // Only verbs before the one being resolved may inform it, which also bounds the recursion.
    catchUp(Math.min(index, resolving));
    const isGroup = GROUP_PRONOUNS.has(word);
    for (let k = spoke.length - 1; k >= 0; k -= 1) {
      const previous = spoke[k];
      if (!previous || previous.at >= index) continue;
      if (isGroup || previous.speaker.type === 'organization' || previous.speaker.type === 'person')
        return previous.speaker;
    }
    if (word === 'it') {
      const organization = organizations[lastBefore(organizationStarts, at)];
      if (organization) {
        return {
          name: organization.canonical,
          span: { start: organization.start, end: organization.end },
          type: 'organization',
        };
      }
    }
    return undefined;
  }

  /** The noun phrase ending at `last` (inclusive), as `[first, last]`, bounded by `floor`. */
  function phraseEndingAt(last: number, floor: number): number {
    let first = last;
    while (first - 1 >= floor && last - first < MAX_PHRASE_TOKENS && inQuote[first - 1] !== 1) {
      const token = tokens[first - 1];
      if (!token) break;
      const isLink = NOUN_PHRASE_LINKS.has(token.text.toLowerCase()) && first - 2 >= floor;
      if (NOUN_PHRASE_POS.has(token.pos) || POSSESSIVE.has(token.text) || isLink) first -= 1;
      else break;
    }
    // A phrase cannot start on a link word or a possessive mark.
    while (first < last && (NOUN_PHRASE_LINKS.has(lower(first)) || POSSESSIVE.has(tokens[first]?.text ?? '')))
      first += 1;
    return first;
  }

  function phraseStartingAt(first: number, ceiling: number): number {
    let last = first;
    while (last + 1 < ceiling && last - first < MAX_PHRASE_TOKENS && inQuote[last + 1] !== 1) {
      const token = tokens[last + 1];
      if (!token) break;
      const isLink =
        NOUN_PHRASE_LINKS.has(token.text.toLowerCase()) && NOUN_PHRASE_POS.has(tokens[last + 2]?.pos ?? '');
      if (NOUN_PHRASE_POS.has(token.pos) || POSSESSIVE.has(token.text) || isLink) last += 1;
      else break;
    }
    while (last > first && (NOUN_PHRASE_LINKS.has(lower(last)) || tokens[last]?.pos === 'DET')) last -= 1;
    return last;
  }

  /** A speaker for the phrase `[first, last]`: its entity, a statement's author, or the phrase as written. */
  function speakerOfPhrase(first: number, last: number): Speaker | undefined {
    const head = lower(last);
    if (lexicon.statementNouns.has(tokens[last]?.lemma ?? head)) {
      // "the ministry’s statement", "a statement from the council", or a bare "the statement": its author.
      for (let k = first; k <= last; k += 1) {
        if (POSSESSIVE.has(tokens[k]?.text ?? '') && k > first) return speakerOfPhrase(first, k - 1);
      }
      const from = lower(last + 1);
      if ((from === 'from' || from === 'by' || from === 'of') && (entityAt[last + 2] ?? -1) >= 0) {
        return fromEntity(entityAt[last + 2] ?? -1);
      }
      return resolvePronoun(last) ?? undefined;
    }
    // "Joanna Pryce of the Safe Crossings campaign": the person heading the phrase speaks, not the
    // group after "of" ("Smith's lawyer" is not Smith).
    const leading = personStartingAt(first);
    if (leading !== undefined && leading.after <= last && !POSSESSIVE.has(tokens[leading.after]?.text ?? '')) {
      return fromEntity(leading.index);
    }
    // The entity the phrase ends on, else any entity inside it ("a spokesman for the agency"); but a place
    // only locates the speaker ("authorities in the capital"), who is then the phrase as written.
    for (let k = last; k >= first; k -= 1) {
      const named = entityAt[k] ?? -1;
      if (named < 0) continue;
      // "Tom Brink's lawyer": a person in the possessive is whose lawyer, not who spoke (an
      // organisation's spokesman does speak for it).
      if (sorted[named]?.entityType === 'person') {
        let after = k + 1;
        while (entityAt[after] === named) after += 1;
        if (POSSESSIVE.has(tokens[after]?.text ?? '')) {
          while (k > first && entityAt[k - 1] === named) k -= 1;
          continue;
        }
      }
      const isPlace = sorted[named]?.entityType === 'place';
      const isLocated = isPlace && (sorted[named]?.start ?? 0) > (tokens[first]?.start ?? 0);
      if (!isLocated) return fromEntity(named);
      break;
    }
    if (tokens[last]?.pos !== 'NOUN' && tokens[last]?.pos !== 'PROPN') return undefined;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    return { name: text.slice(start, end), span: { start, end } };
  }

  function subjectBefore(verb: number, floor: number): Speaker | undefined {
    let j = verb - 1;
    while (j >= floor && inQuote[j] !== 1 && (lexicon.adverbsBeforeVerb.has(lower(j)) || tokens[j]?.pos === 'ADV'))
      j -= 1;
    if (j < floor || inQuote[j] === 1) return undefined;
    const token = tokens[j];
    if (!token) return undefined;
    if ((entityAt[j] ?? -1) >= 0) {
      const phraseFirst = phraseEndingAt(j, floor);
      return speakerOfPhrase(phraseFirst, j);
    }
    if (lexicon.subjectPronouns.has(lower(j))) return resolvePronoun(j);
    if (RELATIVE_PRONOUNS.has(lower(j))) {
      // "Ana Costa, who said" / "a statement that said": the relative clause's antecedent.
      let k = j - 1;
      if (tokens[k]?.text === ',') k -= 1;
      return k >= floor && inQuote[k] !== 1 ? subjectBeforeComma(k, floor) : undefined;
    }
    if (token.text === ',' && isAppositiveName(j - 1)) {
      // "the defence minister, Karl Odum, said": the name in apposition is the speaker.
      return fromEntity(entityAt[j - 1] ?? -1);
    }
    if (token.text === ',') {
      // "Ana Costa, who leads the agency, said": the subject is the name before the first comma.
      for (let k = j - 1; k >= floor && j - k < MAX_APPOSITIVE_TOKENS; k -= 1) {
        if (inQuote[k] === 1) return undefined;
        if (tokens[k]?.text !== ',' || k - 1 < floor) continue;
        // A name or pronoun before any appositive; a plain noun phrase only before a relative clause
        // ("The officials, who …, said"), since "During the unrest, …, said" has no subject there.
        if ((entityAt[k - 1] ?? -1) >= 0 || lexicon.subjectPronouns.has(lower(k - 1)))
          return subjectBeforeComma(k - 1, floor);
        return RELATIVE_PRONOUNS.has(lower(k + 1)) ? subjectBeforeComma(k - 1, floor) : undefined;
      }
      return undefined;
    }
    if (NOUN_PHRASE_POS.has(token.pos)) return speakerOfPhrase(phraseEndingAt(j, floor), j);
    return undefined;
  }

  /** The entity ending at `last` stands between commas: ", Karl Odum,". */
  function isAppositiveName(last: number): boolean {
    const named = entityAt[last] ?? -1;
    const mention = sorted[named];
    if (named < 0 || !mention || mention.entityType !== 'person') return false;
    let first = last;
    while (first - 1 >= 0 && entityAt[first - 1] === named) first -= 1;
    return tokens[first - 1]?.text === ',';
  }

  /** The subject a sentence opens with: "Judge Amal Osei ordered …, saying …". */
  function sentenceSubject(verb: number, floor: number): Speaker | undefined {
    for (let k = floor; k < verb && inQuote[k] !== 1; k += 1) {
      const named = entityAt[k] ?? -1;
      const type = sorted[named]?.entityType;
      if (type === 'person' || type === 'organization') return fromEntity(named);
      if (lexicon.subjectPronouns.has(lower(k))) return resolvePronoun(k);
      if (tokens[k]?.pos === 'VERB') break;
    }
    return undefined;
  }

  function subjectBeforeComma(last: number, floor: number): Speaker | undefined {
    if ((entityAt[last] ?? -1) >= 0) return fromEntity(entityAt[last] ?? -1);
    if (lexicon.subjectPronouns.has(lower(last))) return resolvePronoun(last);
    if (NOUN_PHRASE_POS.has(tokens[last]?.pos ?? '')) return speakerOfPhrase(phraseEndingAt(last, floor), last);
    return undefined;
  }

  function subjectAfter(verb: number, ceiling: number): Speaker | undefined {
    let j = verb + 1;
    if (j >= ceiling || inQuote[j] === 1) return undefined;
    if (lexicon.subjectPronouns.has(lower(j))) return resolvePronoun(j);
    if ((entityAt[j] ?? -1) >= 0 || NOUN_PHRASE_POS.has(tokens[j]?.pos ?? '')) {
      // "said in a statement" has no subject after the verb; "said Ana Costa" does.
      while (j < ceiling && tokens[j]?.pos === 'DET' && (entityAt[j] ?? -1) < 0) j += 1;
      const last = Math.max(phraseStartingAt(verb + 1, ceiling), j);
      // "said the group's spokeswoman, Amira Haddad, whose brother…": the name in apposition speaks.
      const apposed = lower(last + 1) === ',' && inQuote[last + 2] !== 1 ? personStartingAt(last + 2) : undefined;
      if (apposed !== undefined) return fromEntity(apposed.index);
      return speakerOfPhrase(verb + 1, last);
    }
    return undefined;
  }

  function sentenceBounds(index: number): { floor: number; ceiling: number } {
    const sentence = tokenized.sentences[sentenceOfToken[index] ?? -1];
    return { floor: sentence?.firstToken ?? 0, ceiling: sentence?.endToken ?? tokens.length };
  }

  function speakerOfVerb(verb: number): Speaker | undefined {
    const cached = memo.get(verb);
    if (cached !== undefined) return cached ?? undefined;
    // Earlier verbs first, so "it said" here can lean on who spoke before.
    catchUp(verb);
    memo.set(verb, null);
    const outer = resolving;
    resolving = verb;
    const { floor, ceiling } = sentenceBounds(verb);
    let speaker: Speaker | undefined;
    if (isAccordingTo(verb)) speaker = subjectAfter(verb + 1, ceiling);
    else {
      const lemma = tokens[verb]?.lemma ?? '';
      const isInvertible = lexicon.invertibleVerbs.has(lemma);
      const isParticiple = (tokens[verb]?.text.toLowerCase() ?? '').endsWith('ing');
      if (lexicon.closingOnlyVerbs.has(lemma)) speaker = subjectAfter(verb, ceiling);
      else if (isParticiple && tokens[verb - 1]?.text === ',') speaker = sentenceSubject(verb, floor);
      else speaker = subjectBefore(verb, floor) ?? (isInvertible ? subjectAfter(verb, ceiling) : undefined);
    }
    resolving = outer;
    memo.set(verb, speaker ?? null);
    if (speaker) spoke.push({ at: verb, speaker });
    return speaker;
  }

  /** "the coach smiled: “…”": the subject of whatever verb leads into a colon before a quote. */
  function speakerOfColonClause(colon: number): Speaker | undefined {
    const { floor } = sentenceBounds(colon);
    for (let k = colon - 1; k >= floor && inQuote[k] !== 1; k -= 1) {
      if (isReportingVerb(k)) return speakerOfVerb(k);
      if (tokens[k]?.pos === 'VERB') return subjectBefore(k, floor);
    }
    return undefined;
  }

  return { speakerOfVerb, speakerOfColonClause, isReportingVerb, isAccordingTo };
}
