/**
 * @module find-attributions
 * Who a sentence's statement is attributed to: "the ministry said", "said X", "according to X",
 * "X told state television", "citing X", "X was quoted as saying", relay chains, in order from the
 * original source outward.
 */
import type { Attribution } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import { attributionLexicon } from './attribution-lexicon.js';
import { findQuotedTokens } from './find-quoted-tokens.js';
import { readNounPhraseLeft, readNounPhraseRight, type TokenRange } from './read-noun-phrase.js';
import { isAudience, isIntermediary, skipAdverbialsLeft, skipAdverbialsRight } from './skip-adverbials.js';
import { findNegation } from '../modality/find-negation.js';

export { isOfficialSource } from './is-official-source.js';

interface SourcePart {
  range: TokenRange;
  cue: string;
  description?: TokenRange;
}

/**
 * One reporting clause: its sources (original first), where its cue sits, and which tokens it
 * covers. `placement` decides the scope: a clause after the verb (`complement`), the whole sentence
 * (`parenthetical`: "…, police said"), what follows (`fronted`: "According to X, …"), or the
 * clause of another record (`nested`: "citing X").
 */
interface AttributionRecord {
  sources: SourcePart[];
  cueIndex: number;
  clause: TokenRange;
  placement: 'complement' | 'parenthetical' | 'fronted' | 'nested' | 'local';
  complementStart: number;
  /** Verb before its source ("said the governor", "Reported the officials to …"). */
  isInverted?: boolean;
  scope: TokenRange;
}

interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  first: number;
  end: number;
  quoted: boolean[];
}

const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»']);
/** How far back the comma opening an aside may sit: relative clauses can be long. */
const ASIDE_WINDOW = 40;
const PARTICIPLE_ENDING = /(?:ed|en|wn)$/;
/** "say at least 80": "at" opens a quantity, not a value the verb is estimated at. */
const AT_QUANTIFIERS = new Set(['least', 'most']);
const EMBEDDED_QUESTION = new Set(['what', 'how', 'whether', 'if', 'why', 'when', 'where']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * Finds the attributions of sentence `sentenceIndex`, ordered from the original source outward:
 * "Officials told local media, the BBC reported" → officials, local media, the BBC.
 *
 * @example
 * findAttributions(tokenize('Five people died, the Interior Ministry said on Monday.'), 0)
 * // → [{ source: 'the Interior Ministry', cue: 'said', … }]
 */
export function findAttributions(tokenized: TokenizedText, sentenceIndex: number): Attribution[] {
  const sentence = tokenized.sentences[sentenceIndex];
  if (!sentence) return [];
  const { tokens, text } = tokenized;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const context: SentenceContext = { text, tokens, first, end, quoted: findQuotedTokens(text, tokens, first, end) };
  const records: AttributionRecord[] = [];
  for (let i = first; i < end; i++) {
    if (context.quoted[i - first]) continue;
    const record =
      matchPrepositionalCue(context, i) ??
      matchQuotedAs(context, i) ??
      matchReportingVerb(context, i) ??
      matchReportNoun(context, i);
    if (!record) continue;
    records.push(record);
    i = Math.max(i, record.cueIndex, record.clause.end - 1);
  }
  attachNestedRecords(records);
  assignScopes(context, records);
  return toAttributions(context, orderRecords(records));
}

function isQuoted(context: SentenceContext, index: number): boolean {
  return context.quoted[index - context.first] === true;
}

function tokenAt(context: SentenceContext, index: number): Token | undefined {
  return index >= context.first && index < context.end ? context.tokens[index] : undefined;
}

/** True when `index` opens a clause: sentence start, punctuation, or only conjunctions/adverbs before it. */
function isClauseStart(context: SentenceContext, index: number): boolean {
  for (let i = index - 1; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token) return true;
    if (CLAUSE_PUNCTUATION.has(token.normal) || CLOSING_MARKS.has(token.text)) return true;
    if (token.pos === 'CCONJ' || token.pos === 'ADV' || token.pos === 'SCONJ') continue;
    return false;
  }
  return true;
}

/** "according to X", "as reported by X", "citing X". */
function matchPrepositionalCue(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = tokenAt(context, index);
  if (!token) return undefined;
  const candidates = attributionLexicon.prepositionalCues.get(token.normal);
  if (!candidates) return undefined;
  for (const words of candidates) {
    if (!words.every((word, k) => tokenAt(context, index + k)?.normal === word)) continue;
    const after = index + words.length;
    const phrase = readNounPhraseRight(context.tokens, after, context.end);
    if (!phrase) continue;
    const cue = words.join(' ');
    const description = readDescriptionRight(context, phrase.end);
    const source: SourcePart = { range: toDocumentAuthor(context.tokens, phrase), cue };
    if (description) source.description = description;
    const clauseEnd = description ? description.end : phrase.end;
    const isNested = attributionLexicon.nestedCues.has(cue);
    const isFronted = !isNested && isClauseStart(context, index) && tokenAt(context, clauseEnd)?.normal === ',';
    return {
      sources: [source],
      cueIndex: index,
      clause: { first: index, end: clauseEnd },
      placement: isNested ? 'nested' : isFronted ? 'fronted' : 'parenthetical',
      complementStart: clauseEnd + (isFronted ? 1 : 0),
      scope: { first: context.first, end: context.end },
    };
  }
  return undefined;
}

/** "X was quoted as saying", "X was quoted by Y as saying", "Y quoted X as saying". */
function matchQuotedAs(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = tokenAt(context, index);
  if (!token || token.pos !== 'VERB' || !attributionLexicon.quotedAsVerbs.has(token.lemma)) return undefined;
  const isPassive = isPassiveVerb(context, index);
  let k = index + 1;
  let relay: TokenRange | undefined;
  let quotedPerson: TokenRange | undefined;
  if (isPassive && tokenAt(context, k)?.normal === 'by') {
    relay = readNounPhraseRight(context.tokens, k + 1, context.end);
    if (!relay) return undefined;
    k = relay.end;
  } else if (!isPassive) {
    quotedPerson = readNounPhraseRight(context.tokens, k, context.end);
    if (!quotedPerson) return undefined;
    k = quotedPerson.end;
  }
  if (tokenAt(context, k)?.normal !== 'as' || tokenAt(context, k + 1)?.lemma !== 'say') return undefined;
  const subject = findSubject(context, isPassive ? passiveAuxiliaryStart(context, index) : index);
  if (!subject) return undefined;
  const cue = `${token.normal} as ${tokenAt(context, k + 1)?.normal ?? 'saying'}`;
  const sources: SourcePart[] = [];
  if (isPassive) {
    sources.push({ ...subject, cue });
    if (relay) sources.push({ range: relay, cue: `${token.normal} by` });
  } else if (quotedPerson) {
    sources.push({ range: quotedPerson, cue }, { ...subject, cue: token.normal });
  }
  const afterSaying = k + 2;
  const complementStart = tokenAt(context, afterSaying)?.normal === 'that' ? afterSaying + 1 : afterSaying;
  return {
    sources,
    cueIndex: index,
    clause: { first: subject.range.first, end: afterSaying },
    placement: 'complement',
    complementStart,
    scope: { first: complementStart, end: context.end },
  };
}

/** "local media reports that 52 miners were trapped", "claims that the vote was rigged". */
function matchReportNoun(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = tokenAt(context, index);
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return undefined;
  // The tagger leaves a sentence-initial "Reports" unlemmatised.
  const singular = token.normal.endsWith('s') ? token.normal.slice(0, -1) : token.normal;
  if (!attributionLexicon.reportNouns.has(token.lemma) && !attributionLexicon.reportNouns.has(singular))
    return undefined;
  const marker = tokenAt(context, index + 1);
  const afterMarker = tokenAt(context, index + 2);
  // "the statement that said …" is a relative clause; "reports that the count was halted" is the content.
  if (marker?.normal !== 'that' || !afterMarker || afterMarker.pos === 'VERB' || afterMarker.pos === 'AUX')
    return undefined;
  const phrase = readNounPhraseLeft(context.tokens, index, context.first) ?? { first: index, end: index + 1 };
  const complementStart = index + 2;
  return {
    sources: [{ range: phrase, cue: `${token.normal} that` }],
    cueIndex: index,
    clause: { first: phrase.first, end: complementStart },
    placement: 'complement',
    complementStart,
    scope: { first: complementStart, end: context.end },
  };
}

/** Where the auxiliaries before a passive participle start ("was later quoted" → "was"). */
function passiveAuxiliaryStart(context: SentenceContext, index: number): number {
  let i = index - 1;
  while (i >= context.first) {
    const token = context.tokens[i];
    if (!token || (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART')) break;
    i--;
  }
  return i + 1;
}

function isPassiveVerb(context: SentenceContext, index: number): boolean {
  for (let i = index - 1; i >= context.first; i--) {
    const token = context.tokens[i];
    if (!token) return false;
    if (token.pos === 'AUX') return token.lemma === 'be' || token.lemma === 'get';
    if (token.pos !== 'ADV') return false;
  }
  return false;
}

/** "the Interior Ministry said", "said the governor", "X told state television", "the statement reads". */
function matchReportingVerb(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = tokenAt(context, index);
  if (!token) return undefined;
  if (attributionLexicon.provenanceVerbs.has(token.lemma)) return matchProvenanceAgent(context, index);
  if (!attributionLexicon.reportingVerbs.has(token.lemma)) return undefined;
  const next = tokenAt(context, index + 1);
  if (!isVerbLike(context, index) || isPassiveVerb(context, index)) return undefined;
  // A gerund reports only as an aside after a comma ("…, saying that …"), not in "kept adding".
  if (token.normal.endsWith('ing') && tokenAt(context, index - 1)?.normal !== ',') return undefined;
  // "winds estimated at 270 km/h": a participle qualifying a noun; "reported for duty" reports nothing.
  const isAtValue = next?.normal === 'at' && !AT_QUANTIFIERS.has(tokenAt(context, index + 2)?.normal ?? '');
  if (next?.pos === 'ADP' && (isAtValue || next.normal === 'for')) return undefined;
  if (findNegation(context.tokens, index, context.first) !== undefined) return undefined;
  const cue = token.normal;
  // "the figures reported by the ministry": the agent follows "by".
  if (tokenAt(context, index + 1)?.normal === 'by') {
    const agent = readNounPhraseRight(context.tokens, index + 2, context.end);
    if (!agent) return undefined;
    const clause = { first: index, end: agent.end };
    return { ...parentheticalRecord(context, index, [{ range: agent, cue: `${cue} by` }], clause), placement: 'local' };
  }
  const subject = findSubject(context, index);
  if (subject === null) return undefined;
  if (subject) return recordWithSubject(context, index, subject);
  return recordInverted(context, index);
}

/** "figures released by the statistics agency": data verbs name a source only through their agent. */
function matchProvenanceAgent(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = tokenAt(context, index);
  if (!token || token.pos !== 'VERB' || tokenAt(context, index + 1)?.normal !== 'by') return undefined;
  const agent = readNounPhraseRight(context.tokens, index + 2, context.end);
  if (!agent) return undefined;
  const clause = { first: index, end: agent.end };
  return {
    ...parentheticalRecord(context, index, [{ range: agent, cue: `${token.normal} by` }], clause),
    placement: 'local',
  };
}

/**
 * The tagger reads some reporting verbs as adjectives or nouns: "the opposition alleged that",
 * "the government estimates that", "analysts estimate the service lost …".
 */
function isVerbLike(context: SentenceContext, index: number): boolean {
  const token = tokenAt(context, index);
  if (!token) return false;
  if (token.pos === 'VERB') return true;
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  const next = tokenAt(context, index + 1);
  if (next?.normal === 'that' && next.pos === 'SCONJ') return true;
  const previous = tokenAt(context, index - 1);
  if (token.pos !== 'NOUN' || !next || !previous) return false;
  // "Analysts estimate the …", "The figures, released on Monday, show exports fell …".
  const isAfterSubject =
    previous.pos === 'PROPN' || (previous.pos === 'NOUN' && previous.normal.endsWith('s')) || previous.normal === ',';
  const isBeforeClause = next.pos === 'DET' || (next.pos === 'NOUN' && previous.normal === ',');
  return isAfterSubject && isBeforeClause;
}

/** The reporting clause's source sits before the verb. */
function recordWithSubject(
  context: SentenceContext,
  index: number,
  subject: SourceCandidate,
): AttributionRecord | undefined {
  const token = context.tokens[index];
  if (!token) return undefined;
  const isDocumentVerb = attributionLexicon.documentVerbs.has(token.lemma);
  if (isDocumentVerb && !subject.isDocument) return undefined;
  const sources: SourcePart[] = [{ range: subject.range, cue: token.normal }];
  if (subject.description) sources[0] = { ...sources[0]!, description: subject.description };
  let k = index + 1;
  // "withdrew their claim that …" reports only with a claim as object; "troops withdrew" does not.
  if (attributionLexicon.claimObjectVerbs.has(token.lemma) || attributionLexicon.putAtVerbs.has(token.lemma)) {
    const object = attributionLexicon.putAtVerbs.has(token.lemma)
      ? findEstimateObject(context, k)
      : findDocumentObject(context, k);
    if (!object) return undefined;
    if (attributionLexicon.putAtVerbs.has(token.lemma)) {
      return {
        sources,
        cueIndex: index,
        clause: { first: subject.range.first, end: index + 1 },
        placement: 'complement',
        complementStart: index + 1,
        scope: object,
      };
    }
    k = object.end;
  }
  if (attributionLexicon.relayVerbs.has(token.lemma)) {
    const listener = readNounPhraseRight(context.tokens, k, context.end);
    if (listener) {
      if (isIntermediary(context.tokens, listener))
        sources.push({ range: stripGenericPossessor(context.tokens, listener), cue: token.normal });
      k = listener.end;
    }
  }
  const adverbials = skipAdverbialsRight(context.tokens, k, context.end);
  for (const medium of adverbials.intermediaries)
    sources.push({ range: stripGenericPossessor(context.tokens, medium.range), cue: medium.cue });
  k = adverbials.next;
  const next = tokenAt(context, k);
  const clause = { first: subject.range.first, end: k };
  if (!next || next.pos === 'PUNCT') {
    return { sources, cueIndex: index, clause, placement: 'parenthetical', complementStart: k, scope: clause };
  }
  // "the figures reported earlier were too low": a participle after its noun, not a reporting verb.
  if (next.pos === 'AUX' || (next.pos === 'VERB' && k > index + 1)) return undefined;
  // "Police found 3 bodies" reports nothing; "the inquiry found that …" and "data showed 5 …" do.
  if (
    attributionLexicon.complementVerbs.has(token.lemma) &&
    !attributionLexicon.complementMarkers.has(next.normal) &&
    (!subject.isDocument || isVisualPhrase(context.tokens, subject.range))
  )
    return undefined;
  const complementStart = attributionLexicon.complementMarkers.has(next.normal) ? k + 1 : k;
  return { sources, cueIndex: index, clause, placement: 'complement', complementStart, scope: clause };
}

/** "…, said the regional governor." / "Reported the officials to local media, …". */
function recordInverted(context: SentenceContext, index: number): AttributionRecord | undefined {
  const token = context.tokens[index];
  if (!token || token.normal.endsWith('ing') || attributionLexicon.complementVerbs.has(token.lemma)) return undefined;
  const left = skipAdverbialsLeft(context.tokens, index - 1, context.first);
  const before = tokenAt(context, left);
  if (before && !CLAUSE_PUNCTUATION.has(before.normal) && !CLOSING_MARKS.has(before.text)) return undefined;
  const phrase = readNounPhraseRight(context.tokens, index + 1, context.end);
  if (!phrase) return undefined;
  const isDocument = isDocumentPhrase(context.tokens, phrase);
  if (attributionLexicon.documentVerbs.has(token.lemma) && !isDocument) return undefined;
  const sources: SourcePart[] = [{ range: toDocumentAuthor(context.tokens, phrase), cue: token.normal }];
  const description = readDescriptionRight(context, phrase.end);
  let k = description?.end ?? phrase.end;
  if (description) sources[0] = { ...sources[0]!, description };
  const adverbials = skipAdverbialsRight(context.tokens, k, context.end);
  for (const medium of adverbials.intermediaries)
    sources.push({ range: stripGenericPossessor(context.tokens, medium.range), cue: medium.cue });
  k = adverbials.next;
  // An inverted source is followed by the end of its clause; "said five people died" is not inverted.
  const next = tokenAt(context, k);
  if (next && next.pos !== 'PUNCT') return undefined;
  return { ...parentheticalRecord(context, index, sources, { first: index, end: k }), isInverted: true };
}

function parentheticalRecord(
  context: SentenceContext,
  index: number,
  sources: SourcePart[],
  clause: TokenRange,
): AttributionRecord {
  return { sources, cueIndex: index, clause, placement: 'parenthetical', complementStart: clause.end, scope: clause };
}

interface SourceCandidate {
  range: TokenRange;
  description?: TokenRange;
  isDocument: boolean;
}

/**
 * The subject of the verb at `index`. Returns undefined when nothing stands before the verb (the
 * caller then tries the inverted order) and null when something does but it is not a source
 * ("the statement that said …", an object of another verb).
 */
function findSubject(context: SentenceContext, index: number): SourceCandidate | undefined | null {
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
  if (before && !isSubordinator && (before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX')) {
    // "Protesters who spoke to AP said": the subject is the relative clause's antecedent.
    return findRelativeAntecedent(context, phrase.first - 1) ?? null;
  }
  // "what the report said" is an embedded question, not an attribution.
  if (before && EMBEDDED_QUESTION.has(before.normal)) return null;
  return candidate(context, phrase);
}

/** "put the toll at 40": the words up to "at" and the figure after it. */
function findEstimateObject(context: SentenceContext, from: number): TokenRange | undefined {
  for (let i = from + 1; i < context.end && i < from + 8; i++) {
    const token = context.tokens[i];
    if (!token || token.pos === 'VERB' || (token.pos === 'PUNCT' && token.text !== '-')) return undefined;
    if (token.normal === 'at') return { first: from, end: context.end };
  }
  return undefined;
}

/** "their earlier claim": a claim or document noun within the next few words (the tagger often mislabels them). */
function findDocumentObject(context: SentenceContext, from: number): TokenRange | undefined {
  for (let i = from; i < context.end && i < from + 4; i++) {
    const token = context.tokens[i];
    if (!token || token.pos === 'PUNCT' || token.normal === 'that') return undefined;
    if (attributionLexicon.documentNouns.has(token.lemma) || attributionLexicon.documentNouns.has(token.normal))
      return { first: from, end: i + 1 };
  }
  return undefined;
}

/** A past participle right after a noun, followed by a preposition or nothing: "detainees held in …". */
function isQualifyingParticiple(context: SentenceContext, index: number): boolean {
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

/** ", a spokesman for the ministry," after a source read rightwards. */
function readDescriptionRight(context: SentenceContext, after: number): TokenRange | undefined {
  if (tokenAt(context, after)?.normal !== ',') return undefined;
  const start = tokenAt(context, after + 1);
  if (!start || start.pos !== 'DET') return undefined;
  const phrase = readNounPhraseRight(context.tokens, after + 1, context.end);
  if (!phrase) return undefined;
  const next = tokenAt(context, phrase.end);
  return !next || next.pos === 'PUNCT' ? phrase : undefined;
}

/** "the images show a galaxy" depicts; only "images show that …" reports. */
function isVisualPhrase(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.end - 1];
  return head !== undefined && attributionLexicon.visualNouns.has(head.lemma);
}

function isDocumentPhrase(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.end - 1];
  return (
    head !== undefined &&
    (attributionLexicon.documentNouns.has(head.lemma) || attributionLexicon.documentNouns.has(head.normal))
  );
}

/** "the ministry's statement" is the ministry speaking; a document without an author stays the source. */
function toDocumentAuthor(tokens: readonly Token[], range: TokenRange): TokenRange {
  if (!isDocumentPhrase(tokens, range)) return stripGenericPossessor(tokens, range);
  for (let i = range.end - 2; i > range.first; i--) {
    const token = tokens[i];
    if (token?.pos === 'PART' && (token.normal === "'s" || token.normal === '’s'))
      return { first: range.first, end: i };
  }
  return range;
}

/** "the country's local media" → "local media": a place possessor does not name a generic medium. */
function stripGenericPossessor(tokens: readonly Token[], range: TokenRange): TokenRange {
  const head = tokens[range.end - 1];
  const isMedia =
    head !== undefined &&
    (attributionLexicon.mediaNouns.has(head.lemma) || attributionLexicon.mediaNouns.has(head.normal));
  if (!isMedia || isAudience(tokens, range)) return range;
  for (let i = range.first + 1; i < range.end - 1; i++) {
    const token = tokens[i];
    if (token?.pos === 'PART' && (token.normal === "'s" || token.normal === '’s')) {
      const possessor = tokens[i - 1];
      const isPlace = possessor !== undefined && attributionLexicon.placePossessors.has(possessor.lemma);
      // Only a generic medium loses it; a named body ("the country's Civil Defence Agency") keeps it.
      const rest = tokens.slice(i + 1, range.end);
      return isPlace && !rest.some((token) => token.pos === 'PROPN') ? { first: i + 1, end: range.end } : range;
    }
  }
  return range;
}

/** "Reuters reported, citing officials": the cited source is the original one of the nearest clause. */
function attachNestedRecords(records: AttributionRecord[]): void {
  for (let r = records.length - 1; r >= 0; r--) {
    const nested = records[r];
    if (!nested || nested.placement !== 'nested') continue;
    let host: AttributionRecord | undefined;
    let distance = Infinity;
    for (const other of records) {
      if (other === nested || other.placement === 'nested') continue;
      const gap = Math.abs(other.cueIndex - nested.cueIndex);
      if (gap < distance) {
        host = other;
        distance = gap;
      }
    }
    if (!host) {
      // "Citing security concerns, the airline cancelled flights": nothing reported, no source.
      records.splice(r, 1);
      continue;
    }
    host.sources.unshift(...nested.sources);
    host.clause = {
      first: Math.min(host.clause.first, nested.clause.first),
      end: Math.max(host.clause.end, nested.clause.end),
    };
    records.splice(r, 1);
  }
}

/** Sets each record's scope; complement scopes end at a contrast ("…, while …") or a later aside. */
function assignScopes(context: SentenceContext, records: AttributionRecord[]): void {
  for (const record of records) {
    switch (record.placement) {
      case 'parenthetical':
      case 'nested':
        // A reporting clause that opens the sentence and is followed by another reporter ("Reported X
        // to Y, the BBC revealed") covers only itself; elsewhere it covers the whole sentence.
        record.scope =
          record.isInverted === true &&
          record.clause.first === context.first &&
          records.some((other) => other.clause.first > record.clause.end)
            ? { first: context.first, end: record.clause.end }
            : { first: context.first, end: context.end };
        break;
      case 'local':
        record.scope = findCommaBounds(context, record.clause);
        break;
      case 'fronted':
        record.scope = { first: record.complementStart, end: findClauseEnd(context, record.complementStart, records) };
        break;
      case 'complement':
        record.scope = { first: record.complementStart, end: findClauseEnd(context, record.complementStart, records) };
        break;
    }
  }
}

/** "the toll published by the government is 164, …": a reduced relative covers its own comma-delimited part. */
function findCommaBounds(context: SentenceContext, clause: TokenRange): TokenRange {
  let first = clause.first;
  while (first > context.first && context.tokens[first - 1]?.normal !== ',') first--;
  let end = clause.end;
  while (end < context.end && context.tokens[end]?.normal !== ',') end++;
  return { first, end };
}

function findClauseEnd(context: SentenceContext, from: number, records: readonly AttributionRecord[]): number {
  let limit = context.end;
  for (const other of records) {
    if (other.placement === 'parenthetical' && other.clause.first > from && other.clause.first < limit) {
      limit = tokenAt(context, other.clause.first - 1)?.normal === ',' ? other.clause.first - 1 : other.clause.first;
    }
  }
  for (let i = from; i < limit; i++) {
    const token = context.tokens[i];
    if (!token || isQuoted(context, i)) continue;
    if (token.normal === ';') return i;
    const next = context.tokens[i + 1];
    if (token.normal === ',' && next && attributionLexicon.contrastLinks.has(next.normal)) return i;
  }
  return limit;
}

function contains(range: TokenRange, index: number): boolean {
  return index >= range.first && index < range.end;
}

/**
 * True when `inner`'s cue lies in `outer`'s scope. When each lies in the other's scope the narrower
 * scope is the inner one; on a tie the later reporter is the outer one ("five died, the ministry
 * said, according to AP").
 */
function isInside(inner: AttributionRecord, outer: AttributionRecord): boolean {
  if (inner === outer || !contains(outer.scope, inner.cueIndex)) return false;
  if (!contains(inner.scope, outer.cueIndex)) return true;
  const difference = width(inner.scope) - width(outer.scope);
  return difference < 0 || (difference === 0 && inner.cueIndex < outer.cueIndex);
}

/** Deeper records (inside more scopes) come first: they are closer to the original source. */
function orderRecords(records: AttributionRecord[]): { record: AttributionRecord; isInnermost: boolean }[] {
  const depth = new Map<AttributionRecord, number>();
  for (const record of records) depth.set(record, records.filter((other) => isInside(record, other)).length);
  return [...records]
    .sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0) || a.cueIndex - b.cueIndex)
    .map((record) => ({ record, isInnermost: !records.some((other) => isInside(other, record)) }));
}

function width(range: TokenRange): number {
  return range.end - range.first;
}

function toSpan(context: SentenceContext, range: TokenRange): Span {
  const start = context.tokens[range.first]?.start ?? 0;
  const end = context.tokens[range.end - 1]?.end ?? start;
  return { start, end };
}

function toAttributions(
  context: SentenceContext,
  ordered: { record: AttributionRecord; isInnermost: boolean }[],
): Attribution[] {
  const isChain =
    ordered.length > 1 && ordered.some(({ record, isInnermost }) => !isInnermost || record.sources.length > 1);
  const single = ordered.length === 1 && ordered[0]?.record.sources.length === 1;
  const attributions: Attribution[] = [];
  for (const { record, isInnermost } of ordered) {
    const hasChain = isChain || (!single && record.sources.length > 1);
    record.sources.forEach((part, k) => {
      const span = toSpan(context, part.range);
      const attribution: Attribution = {
        ...span,
        source: context.text.slice(span.start, span.end),
        cue: part.cue,
        scope: toSpan(context, record.scope),
      };
      if (part.description) {
        const described = toSpan(context, part.description);
        attribution.description = context.text.slice(described.start, described.end);
      }
      if (hasChain) attribution.isOriginal = k === 0 && isInnermost;
      attributions.push(attribution);
    });
  }
  return attributions;
}
