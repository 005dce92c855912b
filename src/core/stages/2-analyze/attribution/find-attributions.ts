/**
 * @module find-attributions
 * Who a sentence's statement is attributed to: "the ministry said", "said X", "according to X",
 * "X told state television", "citing X", "X was quoted as saying", relay chains, in order from the
 * original source outward.
 */
import type { Attribution } from '../../../model/mention.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import { findNegation } from '../modality/find-negation.js';
import { attributionLexicon } from './attribution-lexicon.js';
import {
  CLAUSE_PUNCTUATION,
  CLOSING_MARKS,
  isDocumentPhrase,
  isPassiveVerb,
  isVisualPhrase,
  parentheticalRecord,
  passiveAuxiliaryStart,
  stripGenericPossessor,
  tokenAt,
  toDocumentAuthor,
  isClauseStart,
  type AttributionRecord,
  type SentenceContext,
  type SourcePart,
} from './attribution-context.js';
import { findQuotedTokens } from './find-quoted-tokens.js';
import { findSubject, type SourceCandidate } from './find-subject.js';
import { orderAttributions } from './order-attributions.js';
import { readNounPhraseLeft, readNounPhraseRight, type TokenRange } from './read-noun-phrase.js';
import { isIntermediary, skipAdverbialsLeft, skipAdverbialsRight } from './skip-adverbials.js';

export { isOfficialSource } from './is-official-source.js';

/** "say at least 80": "at" opens a quantity, not a value the verb is estimated at. */
const AT_QUANTIFIERS = new Set(['least', 'most']);

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
  return orderAttributions(context, records);
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
