/**
 * @module analyze-article
 * Article → AnnotatedArticle: sentences, then every analyzer in order over the one token store.
 */
import type { Article } from '../../model/article.js';
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';
import { tokenize } from './tokens/tokenize.js';

export function analyzeArticle(article: Article, _context: PipelineContext): AnnotatedArticle {
  const tokenized = tokenize(article.text, article.paragraphs);
  const sentences = tokenized.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  return {
    article,
    sentences,
    mentions: [],
    sentenceAnalyses: sentences.map((sentence) => ({
      sentence,
      attributions: [],
      modality: 'reported',
      modalityCues: [],
    })),
  };
}
