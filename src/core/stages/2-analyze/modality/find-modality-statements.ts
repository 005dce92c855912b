/**
 * @module find-modality-statements
 * Sentences that change the status of a figure given earlier: "authorities did not confirm the
 * figure", "the post was later deleted", "the agency withdrew the number".
 */
import type { Modality } from '../../../model/mention.js';
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import type { TokenRange } from '../attribution/read-noun-phrase.js';
import { detectModality } from './detect-modality.js';
import { findModalityCues, type ModalityCueMatch } from './find-modality-cues.js';
import { modalityLexicon } from './modality-lexicon.js';

export interface ModalityStatement {
  sentenceIndex: number;
  modality: Modality;
  /** Every cue of the sentence, in text order. */
  cues: string[];
  /** True when a cue acts on a figure named before ("the figure", "the post", "it"), not on one in this sentence. */
  refersBack: boolean;
}

/** Modalities a sentence can carry without any cue; they never make a modality statement. */
const DEFAULT_MODALITIES = new Set<Modality>(['reported', 'official']);

/**
 * Every sentence with a modality cue, and whether the cue points back to an earlier figure, so the
 * claims stage can mark that figure (the nearest earlier one of the same slot) retracted or unconfirmed.
 *
 * @example
 * findModalityStatements(tokenize('Rescuers said 38 were hurt. The ministry would not verify the number.'))
 * // → [{ sentenceIndex: 1, modality: 'unconfirmed', cues: ['did not confirm'], refersBack: true }]
 */
export function findModalityStatements(tokenized: TokenizedText): ModalityStatement[] {
  const statements: ModalityStatement[] = [];
  tokenized.sentences.forEach((_sentence, sentenceIndex) => {
    const cues = findModalityCues(tokenized, sentenceIndex);
    if (cues.length === 0) return;
    const { modality } = detectModality(tokenized, sentenceIndex, [], cues);
    if (DEFAULT_MODALITIES.has(modality)) return;
    statements.push({
      sentenceIndex,
      modality,
      cues: cues.map((match) => match.cue),
      refersBack: cues.some((match) => isAnaphoricTarget(tokenized.tokens, match)),
    });
  });
  return statements;
}

/** "the figure", "that number", "the earlier post", "it" — with no figure of its own in the cue's scope. */
function isAnaphoricTarget(tokens: readonly Token[], match: ModalityCueMatch): boolean {
  const target: TokenRange | undefined = match.target;
  if (!target) return false;
  for (let i = match.scope.first; i < match.scope.end; i++) if (tokens[i]?.pos === 'NUM') return false;
  let hasClaimHead = false;
  // The tagger sometimes leaves a demonstrative out of the phrase ("That/PRON claim").
  let hasAnaphor = modalityLexicon.anaphoricDeterminers.has(tokens[target.first - 1]?.normal ?? '');
  for (let i = target.first; i < target.end; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.pos === 'NUM') return false;
    if (modalityLexicon.claimNouns.has(token.lemma)) hasClaimHead = true;
    if (modalityLexicon.anaphoricDeterminers.has(token.normal)) hasAnaphor = true;
    if (target.end - target.first === 1 && modalityLexicon.anaphoricPronouns.has(token.normal)) return true;
  }
  return hasClaimHead && hasAnaphor;
}
