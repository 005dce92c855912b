/**
 * @module annotated-article
 * An article with everything the analyze stage found in it.
 */
import type { Article } from './article.js';
import type { Mention, Sentence, SentenceAnalysis } from './mention.js';

export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  /** One per sentence, same order as `sentences`. */
  sentenceAnalyses: SentenceAnalysis[];
}
