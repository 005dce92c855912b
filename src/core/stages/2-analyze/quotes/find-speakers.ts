/**
 * @module find-speakers
 * Who said it: reads the reporting frame around a quote ("X said", "said X", "according to X", "X said: “…”",
 * "reads the ministry’s statement") and resolves pronouns and descriptions through the discourse.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Certainty, Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import type { Gender, QuoteLexicon } from './quote-lexicon.js';

export interface Speaker {
  name: string;
  span: Span;
  type?: EntityType;
  /** `stated` when the frame names the speaker; `inferred` through a pronoun, a description or an author. */
  certainty: Certainty;
}

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NOUN_PHRASE_LINKS = new Set(['of', 'for', 'from', 'at', 'in']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose']);
const MAX_PHRASE_TOKENS = 8;
const MAX_APPOSITIVE_TOKENS = 40;
const GROUP_PRONOUNS = new Set(['they', 'we']);
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['she', 'female'],
]);
/** Sentences searched back for whom "he" or "she" stands; a description reaches less far. */
const PRONOUN_LOOKBACK = 6;
const DESCRIPTION_LOOKBACK = 3;
/** Names of the pronoun's own sentence weighed, nearest first. */
const MAX_OWN_CANDIDATES = 8;
/** A fronted clause ("While serving in the Senate, X said") ends at a comma within this many tokens. */
const MAX_FRONTED_TOKENS = 40;
const FRONTED_POS = new Set(['ADP', 'SCONJ', 'ADV', 'VERB', 'NUM', 'PART', 'CCONJ']);
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/u;
const HONORIFIC_GENDER: Record<string, Gender> = { Mr: 'male', Mrs: 'female', Ms: 'female', Miss: 'female' };
/** "R-Tex.", "D-Ore": a party and state tag after a lawmaker's name, never a speaker. */
const PARTY = new Set(['R', 'D', 'I']);
/** "said in a statement Wednesday": a day or month after the verb is when, never who. */
const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april may june july august september october november december week month year morning afternoon evening night'.split(
    ' ',
  ),
);
/** Marks after which a verb may come before its subject: "“…,” said Costa", ", said Costa,". */
const INVERSION_MARKS = new Set(['”', '"', '’', "'", ',', '—', '–', ':', '(']);
/** Spokespeople speak for their organisation: "the agency spokesman" is the agency when no one is named. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor']);
/** Plural groups the tagger may type as people: never the antecedent of "he" or "she". */
const GROUP_NAME_HEADS = new Set(
  'democrats republicans conservatives liberals progressives socialists independents lawmakers officials senators members leaders voters residents workers protesters'.split(
    ' ',
  ),
);
const PROGRESSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Last index in the sorted `values` that is < `value`, or -1. */
function lastBefore(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Last index in `people` (sorted by token) whose name starts before token `index`, or -1. */
function lastBeforeToken(people: readonly PersonMention[], index: number): number {
  let low = 0;
  let high = people.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((people[middle]?.firstToken ?? 0) < index) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export interface SpeakerFinder {
  /** Speaker of the reporting verb at token `verb`, or of "according to" at `verb`. */
  speakerOfVerb(verb: number): Speaker | undefined;
  isReportingVerb(index: number): boolean;
  isAccordingTo(index: number): boolean;
  speakerOfColonClause(colon: number): Speaker | undefined;
  /** The person or organisation a sentence is about, when it opens on one before `before` (a token index). */
  subjectOfSentence(sentence: number, before: number): Speaker | undefined;
}

interface PersonMention {
  /** Index into the sorted entity mentions. */
  mention: number;
  firstToken: number;
  /** The name stands in the possessive ("Odum’s staff"): a modifier more than an actor. */
  isPossessive: boolean;
}

/**
 * Builds the speaker finder for one article. Reporting verbs outside quotes are read in text order, so
 * "it said" can fall back on the organisation that last spoke and "he added" on the person who did.
 */
export function createSpeakerFinder(
  tokenized: TokenizedText,
  entities: readonly EntityMention[],
  inQuote: Uint8Array,
  lexicon: QuoteLexicon,
): SpeakerFinder {
  const { tokens, text, sentences } = tokenized;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const entityAt = new Int32Array(tokens.length).fill(-1);
  const firstTokenOf = new Int32Array(sorted.length).fill(-1);
  {
    let t = 0;
    sorted.forEach((mention, index) => {
      while (t < tokens.length && (tokens[t]?.end ?? 0) <= mention.start) t += 1;
      for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < mention.end; k += 1) {
        if (firstTokenOf[index] === -1) firstTokenOf[index] = k;
        entityAt[k] = index;
      }
    });
  }
  const organizations = sorted.filter((mention) => mention.entityType === 'organization');
  const organizationStarts = organizations.map((mention) => mention.start);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.firstToken, sentence.endToken));
  const genderOfName = readGenders();
  const peopleBySentence = readPeopleBySentence();
  const memo = new Map<number, Speaker | null>();
  const pronounMemo = new Map<number, Speaker | null>();
  const subjects: (Speaker | null)[] = [];
  const subjectTokens: number[] = [];
  // Speakers of reporting verbs, in text order, for "it said", "he added" and "the statement said".
  const spoke: { at: number; speaker: Speaker }[] = [];
  const spokeAt: number[] = [];
  let scanned = 0;
  let resolving = Infinity;

  const lower = (index: number): string => tokens[index]?.text.toLowerCase() ?? '';

  function fromEntity(index: number, certainty: Certainty = 'stated'): Speaker | undefined {
    const mention = sorted[index];
    if (!mention) return undefined;
    return {
      name: withoutPossessive(mention.canonical),
      span: { start: mention.start, end: mention.end },
      type: mention.entityType,
      certainty: mention.certainty === 'inferred' ? 'inferred' : certainty,
    };
  }

  function inferred(speaker: Speaker | undefined): Speaker | undefined {
    return speaker ? { ...speaker, certainty: 'inferred' } : undefined;
  }

  /** Gender of each person's canonical name: an honorific, a gendered role, or the given name. */
  function readGenders(): Map<string, Gender | null> {
    const genders = new Map<string, Gender | null>();
    for (const mention of sorted) {
      if (mention.entityType !== 'person') continue;
      const before = text.slice(Math.max(0, mention.start - 6), mention.start);
      const honorific = HONORIFIC.exec(before)?.[1] ?? /^(Mr|Mrs|Ms|Miss)\b/u.exec(mention.text)?.[1];
      const roleHead = mention.role?.toLowerCase().split(/\s+/u).pop() ?? '';
      const given = mention.canonical
        .split(/\s+/u)
        .find((word) => !/\.$/u.test(word))
        ?.toLowerCase();
      const gender =
        (honorific ? HONORIFIC_GENDER[honorific] : undefined) ??
        lexicon.personRoleNouns.get(roleHead) ??
        (given ? lexicon.givenNameGenders.get(given) : undefined);
      if (!gender) continue;
      const known = genders.get(mention.canonical);
      genders.set(mention.canonical, known === undefined || known === gender ? gender : null);
    }
    return genders;
  }

  function genderOf(mention: number): Gender | undefined {
    return genderOfName.get(sorted[mention]?.canonical ?? '') ?? undefined;
  }

  /** People named outside quotes, per sentence, in text order. */
  function readPeopleBySentence(): PersonMention[][] {
    const bySentence: PersonMention[][] = sentences.map(() => []);
    sorted.forEach((mention, index) => {
      const first = firstTokenOf[index] ?? -1;
      if (mention.entityType !== 'person' || first < 0 || inQuote[first] === 1) return;
      let after = first;
      while (entityAt[after] === index) after += 1;
      bySentence[sentenceOfToken[first] ?? -1]?.push({
        mention: index,
        firstToken: first,
        isPossessive: POSSESSIVE.has(tokens[after]?.text ?? ''),
      });
    });
    return bySentence;
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

  /** Token index of the party letter when a tag like "R-Tex." ends at `end`, else -1. */
  function partyTagEndingAt(end: number): number {
    let last = end;
    if (tokens[last]?.text === '.') last -= 1;
    if (tokens[last - 1]?.text === '-' && PARTY.has(tokens[last - 2]?.text ?? '')) return last - 2;
    return -1;
  }

  function isPartyTagAt(index: number): boolean {
    return PARTY.has(tokens[index]?.text ?? '') && tokens[index + 1]?.text === '-';
  }

  /** Steps back over asides between a name and its verb: "(D-Ore.)", ", R-Tex.,". */
  function skipAsidesBack(index: number, floor: number): number {
    let j = index;
    for (;;) {
      if (tokens[j]?.text === ')') {
        let k = j - 1;
        while (k > floor && j - k < 16 && tokens[k]?.text !== '(') k -= 1;
        if (tokens[k]?.text !== '(') return j;
        j = k - 1;
        continue;
      }
      if (tokens[j]?.text === ',') {
        const tag = partyTagEndingAt(j - 1);
        if (tag > floor && tokens[tag - 1]?.text === ',') {
          j = tag - 2;
          continue;
        }
      }
      // "Cornish, R-Tex., who …": reached from the relative clause, the tag itself ends the phrase.
      const tag = partyTagEndingAt(j);
      if (tag > floor && tokens[tag - 1]?.text === ',') {
        j = tag - 2;
        continue;
      }
      return j;
    }
  }

  function resolvePronoun(index: number): Speaker | undefined {
    const word = lower(index);
    const gender = PRONOUN_GENDER.get(word);
    if (gender) return resolvePerson(index, gender, PRONOUN_LOOKBACK);
    const at = tokens[index]?.start ?? 0;
    // Only verbs before the one being resolved may inform it, which also bounds the recursion.
    catchUp(Math.min(index, resolving));
    const isGroup = GROUP_PRONOUNS.has(word);
    for (let k = lastBefore(spokeAt, index); k >= 0; k -= 1) {
      const previous = spoke[k];
      if (!previous) continue;
      if (isGroup || previous.speaker.type === 'organization' || previous.speaker.type === 'person')
        return inferred(previous.speaker);
    }
    if (word === 'it') {
      const organization = organizations[lastBefore(organizationStarts, at)];
      if (organization) {
        return {
          name: organization.canonical,
          span: { start: organization.start, end: organization.end },
          type: 'organization',
          certainty: 'inferred',
        };
      }
    }
    return undefined;
  }

  /**
   * Whom "he"/"she" or "the chairman" at token `index` stands for: a person named earlier in its own sentence,
   * else, sentence by sentence back, whoever spoke there, the sentence's subject, then anyone else named,
   * skipping people of the other gender. The nearest name is often the wrong one ("Brink relied on Odum’s
   * staff. “…,” he said": Brink).
   */
  function resolvePerson(index: number, gender: Gender | undefined, lookback: number): Speaker | undefined {
    const cached = pronounMemo.get(index);
    if (cached !== undefined) return cached ?? undefined;
    pronounMemo.set(index, null);
    catchUp(Math.min(index, resolving));
    const sentence = sentenceOfToken[index] ?? -1;
    const isCompatible = (mention: number): boolean => {
      const known = genderOf(mention);
      return gender === undefined || known === undefined || known === gender;
    };
    // Only names shortly before it: a run-on "sentence" of a hostile page must not be rescanned per pronoun.
    const inSentence = peopleBySentence[sentence] ?? [];
    const own: PersonMention[] = [];
    for (let k = lastBeforeToken(inSentence, index); k >= 0 && own.length < MAX_OWN_CANDIDATES; k -= 1) {
      const person = inSentence[k];
      if (person && isCompatible(person.mention)) own.unshift(person);
    }
    let found: Speaker | undefined;
    const singular = own.filter((p) => !isGroupName(sorted[p.mention]?.canonical ?? ''));
    const ownChoice = singular.find((p) => !p.isPossessive) ?? singular[0];
    if (ownChoice) found = fromEntity(ownChoice.mention, 'inferred');
    ensureSubjects(sentence - 1);
    for (let back = 1; !found && back <= lookback && sentence - back >= 0; back += 1) {
      const earlier = sentence - back;
      const range = sentences[earlier];
      if (!range) break;
      const candidates: Speaker[] = [];
      for (let k = lastBefore(spokeAt, range.endToken); k >= 0 && (spoke[k]?.at ?? -1) >= range.firstToken; k -= 1) {
        const previous = spoke[k]?.speaker;
        // A name the tagger could not type ("other") that speaks is most likely a person.
        if (previous && (previous.type === 'person' || (previous.type === 'other' && /^\p{Lu}/u.test(previous.name))))
          candidates.push(previous);
      }
      const subject = subjects[earlier];
      if (subject?.type === 'person') candidates.push(subject);
      const people = peopleBySentence[earlier] ?? [];
      const named = [...people.filter((p) => !p.isPossessive), ...people.filter((p) => p.isPossessive)];
      for (const person of named.slice(0, MAX_OWN_CANDIDATES)) {
        const speaker = fromEntity(person.mention);
        if (speaker) candidates.push(speaker);
      }
      found = candidates.find((candidate) => isCompatibleName(candidate.name, gender) && !isGroupName(candidate.name));
    }
    const result = inferred(found);
    pronounMemo.set(index, result ?? null);
    return result;
  }

  function isCompatibleName(name: string, gender: Gender | undefined): boolean {
    const known = genderOfName.get(name);
    return gender === undefined || known === undefined || known === null || known === gender;
  }

  /** Subjects of every sentence up to `last`, in order, so a pronoun subject leans on the ones before it. */
  function ensureSubjects(last: number): void {
    while (subjects.length <= last) {
      const index = subjects.length;
      subjects.push(null);
      subjectTokens.push(-1);
      const subject = readSubject(index);
      subjects[index] = subject?.speaker ?? null;
      subjectTokens[index] = subject?.token ?? -1;
    }
  }

  /** First person (else organisation) named before the sentence's first verb, past a fronted clause. */
  function readSubject(index: number): { speaker: Speaker; token: number } | undefined {
    const sentence = sentences[index];
    if (!sentence) return undefined;
    let k = sentence.firstToken;
    while (k < sentence.endToken && inQuote[k] === 1) k += 1;
    if (FRONTED_POS.has(tokens[k]?.pos ?? '') && (entityAt[k] ?? -1) < 0) {
      for (let j = k; j < Math.min(sentence.endToken, k + MAX_FRONTED_TOKENS); j += 1) {
        if (inQuote[j] === 1) break;
        if (tokens[j]?.text === ',') {
          k = j + 1;
          break;
        }
      }
    }
    let organization: { speaker: Speaker; token: number } | undefined;
    for (let j = k; j < sentence.endToken; j += 1) {
      if (inQuote[j] === 1) continue;
      const named = entityAt[j] ?? -1;
      const mention = sorted[named];
      if (mention) {
        let after = j;
        while (entityAt[after] === named) after += 1;
        const isPossessive = POSSESSIVE.has(tokens[after]?.text ?? '');
        if (mention.entityType === 'person' && !isPossessive) {
          const speaker = fromEntity(named);
          return speaker ? { speaker, token: j } : undefined;
        }
        if (mention.entityType === 'organization' && !isPossessive && !organization && !isPartyTagAt(j)) {
          const speaker = fromEntity(named);
          if (speaker) organization = { speaker, token: j };
        }
        j = after - 1;
        continue;
      }
      const gender = PRONOUN_GENDER.get(lower(j));
      if (gender && tokens[j]?.pos === 'PRON') {
        const speaker = resolvePerson(j, gender, PRONOUN_LOOKBACK);
        return speaker ? { speaker, token: j } : organization;
      }
      const pos = tokens[j]?.pos;
      if (pos === 'VERB' || pos === 'AUX') break;
    }
    return organization;
  }

  function subjectOfSentence(sentence: number, before: number): Speaker | undefined {
    ensureSubjects(sentence);
    const token = subjectTokens[sentence] ?? -1;
    return token >= 0 && token < before ? (subjects[sentence] ?? undefined) : undefined;
  }

  /** The noun phrase ending at `last` (inclusive), as `[first, last]`, bounded by `floor`. */
  function phraseEndingAt(last: number, floor: number): number {
    let first = last;
    while (first - 1 >= floor && last - first < MAX_PHRASE_TOKENS && inQuote[first - 1] !== 1) {
      const token = tokens[first - 1];
      if (!token) break;
      const isLink = NOUN_PHRASE_LINKS.has(token.text.toLowerCase()) && first - 2 >= floor;
      // "the four-term congressman": a hyphen inside a compound modifier keeps the phrase going.
      const isHyphen = token.text === '-' && first - 2 >= floor && token.start === tokens[first - 2]?.end;
      if (NOUN_PHRASE_POS.has(token.pos) || POSSESSIVE.has(token.text) || isLink || isHyphen) first -= 1;
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
    if (lexicon.statementNouns.has(tokens[last]?.lemma ?? head)) return authorOfStatement(first, last);
    // The phrase's head ends before its first link word: "Joanna Pryce of the Safe Crossings campaign".
    let headEnd = last;
    for (let k = first + 1; k <= last; k += 1) {
      if (NOUN_PHRASE_LINKS.has(lower(k))) {
        headEnd = k - 1;
        break;
      }
    }
    // A person ending the head speaks ("Varga spokeswoman Pia Lund"); one that only modifies it
    // ("the Okafor campaign", "a Varga aide") or owns it ("Tom Brink's lawyer") does not.
    const headNamed = entityAt[headEnd] ?? -1;
    if (headNamed >= 0 && sorted[headNamed]?.entityType === 'person' && entityAt[headEnd + 1] !== headNamed) {
      return fromEntity(headNamed);
    }
    // "the committee chairman said": a definite description of someone the story has introduced, even when
    // an organisation modifies it (a spokesman still speaks for the organisation below).
    const headLemma = tokens[last]?.lemma ?? head;
    if (
      lower(first) === 'the' &&
      headEnd === last &&
      (entityAt[last] ?? -1) < 0 &&
      lexicon.personRoleNouns.has(headLemma) &&
      !SPOKESPEOPLE.has(headLemma)
    ) {
      const described = resolvePerson(first, lexicon.personRoleNouns.get(headLemma), DESCRIPTION_LOOKBACK);
      if (described) return described;
    }
    // Else the organisation the phrase names ("a spokesman for the agency"); but a place only locates the
    // speaker ("authorities in the capital"), who is then the phrase as written.
    for (let k = last; k >= first; k -= 1) {
      const named = entityAt[k] ?? -1;
      if (named < 0) continue;
      const mention = sorted[named];
      let entityFirst = k;
      while (entityFirst > first && entityAt[entityFirst - 1] === named) entityFirst -= 1;
      const type = mention?.entityType;
      const isLocated = type === 'place' && (mention?.start ?? 0) > (tokens[first]?.start ?? 0);
      if (isLocated) break;
      const isWhole = entityFirst <= first + (tokens[first]?.pos === 'DET' ? 1 : 0) && k === last;
      if (type === 'organization' || ((type === 'place' || type === 'other') && isWhole && !isPartyTagAt(entityFirst)))
        return fromEntity(named);
      k = entityFirst;
    }
    if (tokens[last]?.pos !== 'NOUN' && tokens[last]?.pos !== 'PROPN') return undefined;
    if (CALENDAR_WORDS.has(head)) return undefined;
    const endLemma = tokens[headEnd]?.lemma ?? '';
    if (lower(first) === 'the' && lexicon.personRoleNouns.has(endLemma)) {
      const described = resolvePerson(first, lexicon.personRoleNouns.get(endLemma), DESCRIPTION_LOOKBACK);
      if (described) return described;
    }
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    return { name: text.slice(start, end), span: { start, end }, certainty: 'stated' };
  }

  /** "the ministry’s statement", "a statement from the council", "X issued a statement", or the last speaker. */
  function authorOfStatement(first: number, last: number): Speaker | undefined {
    for (let k = first; k <= last; k += 1) {
      if (POSSESSIVE.has(tokens[k]?.text ?? '') && k > first) return inferred(speakerOfPhrase(first, k - 1));
    }
    const from = lower(last + 1);
    if ((from === 'from' || from === 'by' || from === 'of') && (entityAt[last + 2] ?? -1) >= 0) {
      return fromEntity(entityAt[last + 2] ?? -1, 'inferred');
    }
    const sentence = sentenceOfToken[first] ?? -1;
    const subject = subjectOfSentence(sentence, first);
    if (subject) return inferred(subject);
    return resolvePronoun(last) ?? undefined;
  }

  function subjectBefore(verb: number, floor: number): Speaker | undefined {
    let j = verb - 1;
    while (j >= floor && inQuote[j] !== 1 && (lexicon.adverbsBeforeVerb.has(lower(j)) || tokens[j]?.pos === 'ADV'))
      j -= 1;
    j = skipAsidesBack(j, floor);
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
        const before = skipAsidesBack(k - 1, floor);
        if ((entityAt[before] ?? -1) >= 0 || lexicon.subjectPronouns.has(lower(before)))
          return subjectBeforeComma(before, floor);
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

  function subjectBeforeComma(end: number, floor: number): Speaker | undefined {
    const last = skipAsidesBack(end, floor);
    const named = entityAt[last] ?? -1;
    if (named >= 0) {
      if (sorted[named]?.entityType === 'person') return fromEntity(named);
      return speakerOfPhrase(phraseEndingAt(last, floor), last);
    }
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
    const sentence = sentences[sentenceOfToken[index] ?? -1];
    return { floor: sentence?.firstToken ?? 0, ceiling: sentence?.endToken ?? tokens.length };
  }

  /** A reporting participle ("…, saying", "a statement calling", "while asking") has no subject of its own. */
  function isBareParticiple(verb: number, floor: number): boolean {
    if (!(tokens[verb]?.text.toLowerCase() ?? '').endsWith('ing')) return false;
    let j = verb - 1;
    while (j >= floor && tokens[j]?.pos === 'ADV') j -= 1;
    return j < floor || !PROGRESSIVE_AUX.has(lower(j));
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
      if (lexicon.closingOnlyVerbs.has(lemma)) speaker = subjectAfter(verb, ceiling);
      else if (isBareParticiple(verb, floor)) {
        const previous = tokens[verb - 1];
        const isAfterStatement = previous !== undefined && lexicon.statementNouns.has(previous.lemma);
        speaker =
          subjectOfSentence(sentenceOfToken[verb] ?? -1, verb) ??
          (isAfterStatement ? authorOfStatement(phraseEndingAt(verb - 1, floor), verb - 1) : undefined);
        if (speaker) speaker = inferred(speaker);
      } else if (lower(verb - 1) !== 'to') {
        // "to confirm the judge" names whom, not who: no subject is read after an infinitive.
        const canInvert = isInvertible && (verb === floor || INVERSION_MARKS.has(tokens[verb - 1]?.text ?? ''));
        speaker = subjectBefore(verb, floor) ?? (canInvert ? subjectAfter(verb, ceiling) : undefined);
        // "The judge read the file but cited “…”": a second verb shares the sentence's subject.
        if (!speaker && tokens[verb - 1]?.pos === 'CCONJ')
          speaker = inferred(subjectOfSentence(sentenceOfToken[verb] ?? -1, verb));
      }
    }
    resolving = outer;
    memo.set(verb, speaker ?? null);
    if (speaker) {
      spoke.push({ at: verb, speaker });
      spokeAt.push(verb);
    }
    return speaker;
  }

  /**
   * "Brink wrote that he and Odum differed:", "the coach smiled:": the reporting verb of the clause leading
   * into the colon, else the subject of the verb nearest it.
   */
  function speakerOfColonClause(colon: number): Speaker | undefined {
    const { floor } = sentenceBounds(colon);
    let nearestVerb = -1;
    for (let k = colon - 1; k >= floor && inQuote[k] !== 1; k -= 1) {
      // "Asked about the delay, the engineer shrugged:": a sentence-initial participle is not the frame.
      if (isReportingVerb(k) && k > floor) return speakerOfVerb(k);
      if (nearestVerb < 0 && tokens[k]?.pos === 'VERB') nearestVerb = k;
    }
    if (nearestVerb < 0) return undefined;
    return subjectBefore(nearestVerb, floor) ?? subjectOfSentence(sentenceOfToken[colon] ?? -1, nearestVerb);
  }

  return { speakerOfVerb, speakerOfColonClause, isReportingVerb, isAccordingTo, subjectOfSentence };
}

function isGroupName(name: string): boolean {
  return GROUP_NAME_HEADS.has(name.split(/\s+/u).pop()?.toLowerCase() ?? '');
}

function withoutPossessive(name: string): string {
  return name.replace(/(?:['’]s|['’])$/u, '');
}
