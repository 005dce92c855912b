/**
 * @module detect-modality
 * How sure a sentence is about its statement (reported, confirmed, official, alleged, unconfirmed,
 * denied, retracted, estimated, hedged), for the whole sentence or for one figure in it.
 */
import type { Attribution, Modality } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import { isOfficialSource } from '../attribution/is-official-source.js';
import { findModalityCues, type ModalityCueMatch } from './find-modality-cues.js';
import { modalityLexicon, modalityRank } from './modality-lexicon.js';

const WORD = /[\p{L}]+/gu;

function isAllegingSource(source: string): boolean {
  return (source.toLowerCase().match(WORD) ?? []).some((word) => modalityLexicon.allegingSources.has(word));
}

export interface ModalityResult {
  modality: Modality;
  /** The words that set it: "did not confirm", "allegedly", or the official source. */
  cues: string[];
}

function rankOf(modality: Modality): number {
  return modalityRank.get(modality) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The sentence's modality: the strongest cue wins (retracted > denied > unconfirmed > alleged >
 * confirmed > estimated > hedged); with no cue, `alleged` when prosecutors speak, `official` when
 * the original source is official, else `reported`.
 *
 * Participles that qualify a noun do not set the sentence's modality: "100 confirmed cases" counts
 * confirmed cases, "the alleged attacker" names someone; the sentence is `reported`.
 */
export function detectModality(
  tokenized: TokenizedText,
  sentenceIndex: number,
  attributions: readonly Attribution[],
  cues: readonly ModalityCueMatch[] = findModalityCues(tokenized, sentenceIndex),
): ModalityResult {
  let best: Modality | undefined;
  for (const match of cues) if (best === undefined || rankOf(match.modality) < rankOf(best)) best = match.modality;
  if (best !== undefined) {
    const chosen = best;
    return { modality: chosen, cues: cues.filter((match) => match.modality === chosen).map((match) => match.cue) };
  }
  return modalityFromAttributions(attributions);
}

/**
 * The modality that applies to the figure at `span` ("44 died, after retracting the statement that
 * 164 had died": 44 → reported or official, 164 → retracted). The innermost cue whose scope holds
 * the figure wins; with none, the original source of the attribution covering the figure decides.
 */
export function detectModalityNear(
  tokenized: TokenizedText,
  sentenceIndex: number,
  span: Span,
  attributions: readonly Attribution[],
  cues: readonly ModalityCueMatch[] = findModalityCues(tokenized, sentenceIndex),
): ModalityResult {
  const tokens = tokenized.tokens;
  let best: ModalityCueMatch | undefined;
  let bestWidth = Infinity;
  for (const match of cues) {
    const scopeStart = tokens[match.scope.first]?.start ?? Infinity;
    const scopeEnd = tokens[match.scope.end - 1]?.end ?? -Infinity;
    if (span.start < scopeStart || span.start >= scopeEnd) continue;
    if (match.newValueFrom !== undefined && span.start >= (tokens[match.newValueFrom]?.start ?? Infinity)) continue;
    const width = scopeEnd - scopeStart;
    if (width < bestWidth || (width === bestWidth && best && rankOf(match.modality) < rankOf(best.modality))) {
      best = match;
      bestWidth = width;
    }
  }
  if (best) return { modality: best.modality, cues: [best.cue] };
  const covering = attributions.filter(
    (attribution) =>
      !attribution.scope || (span.start >= attribution.scope.start && span.start < attribution.scope.end),
  );
  return modalityFromAttributions(covering);
}

/** Attributions come original-first; the original source decides whether the statement is official. */
function modalityFromAttributions(attributions: readonly Attribution[]): ModalityResult {
  const original = attributions.find((attribution) => attribution.isOriginal !== false);
  // What prosecutors say is an accusation until a court rules.
  if (original && isAllegingSource(original.source)) return { modality: 'alleged', cues: [original.source] };
  if (original && isOfficialSource(original.source, original.description)) {
    return { modality: 'official', cues: [original.source] };
  }
  return { modality: 'reported', cues: [] };
}
