/**
 * @module annotated-article
 * An article with everything the analyze stage found in it.
 */
import type { Article } from './article.js';
import type { Mention, Modality, Sentence, SentenceAnalysis } from './mention.js';
import type { Token } from './token.js';

export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  /** One per sentence, same order as `sentences`. */
  sentenceAnalyses: SentenceAnalysis[];
  /** Sentences that change the status of a figure given earlier ("the post was then deleted"). */
  modalityStatements: { sentenceIndex: number; modality: Modality; cues: string[]; refersBack: boolean }[];
  /** The token store every span was read from (not serialised in reports). */
  tokens: Token[];
  /** Sentence index of each token's first token, for context rules in later stages. */
  sentenceTokenRanges: { firstToken: number; endToken: number }[];
}
