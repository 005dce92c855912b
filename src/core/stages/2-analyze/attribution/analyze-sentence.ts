/**
 * @module analyze-sentence
 * One SentenceAnalysis per sentence: its attributions (pronouns resolved), its modality, and the
 * modality of each figure in it when that differs from the sentence's.
 */
import type { Attribution, SentenceAnalysis } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import { detectModality, detectModalityNear } from '../modality/detect-modality.js';
import { findModalityCues } from '../modality/find-modality-cues.js';
import { findAttributions } from './find-attributions.js';
import { resolvePronounSources } from './resolve-pronoun-sources.js';
import type { ArticleBudget } from '../article-budget.js';

/**
 * Analyzes every sentence, in order. `figures` (number mentions, any order) adds `numberModalities`
 * for the figures whose modality differs from their sentence's ("44 died, after retracting the
 * statement that 164 had died": the sentence is retracted, 44 is not). `budget` is checked sentence by
 * sentence.
 */
export function analyzeSentences(
  tokenized: TokenizedText,
  figures: readonly Span[] = [],
  budget?: ArticleBudget,
): SentenceAnalysis[] {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  let next = 0;
  const earlier: Attribution[][] = [];
  return tokenized.sentences.map((tokenizedSentence, sentenceIndex) => {
    budget?.check('attribution', sentenceIndex, tokenized.sentences.length);
    const { start, end, paragraph } = tokenizedSentence;
    const attributions = resolvePronounSources(
      tokenized,
      sentenceIndex,
      findAttributions(tokenized, sentenceIndex),
      earlier,
    );
    earlier.push(attributions);
    const cues = findModalityCues(tokenized, sentenceIndex);
    const { modality, cues: modalityCues } = detectModality(tokenized, sentenceIndex, attributions, cues);
    const analysis: SentenceAnalysis = { sentence: { start, end, paragraph }, attributions, modality, modalityCues };
    while (next < sorted.length && (sorted[next]?.start ?? Infinity) < start) next++;
    const numberModalities: NonNullable<SentenceAnalysis['numberModalities']> = [];
    while (next < sorted.length && (sorted[next]?.start ?? Infinity) < end) {
      const figure = sorted[next++];
      if (!figure) continue;
      const near = detectModalityNear(tokenized, sentenceIndex, figure, attributions, cues);
      if (near.modality !== modality) numberModalities.push({ start: figure.start, ...near });
    }
    if (numberModalities.length > 0) analysis.numberModalities = numberModalities;
    return analysis;
  });
}
