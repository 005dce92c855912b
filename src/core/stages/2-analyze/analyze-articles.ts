/**
 * @module analyze-articles
 * Many articles → their analyses, in order: an article over its budget is reported (an error naming
 * it) and left out, and the others go on.
 */
import type { Article } from '../../model/article.js';
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';
import { analyzeArticle } from './analyze-article.js';
import { ArticleBudgetError } from './article-budget.js';

export function analyzeArticles(articles: readonly Article[], context: PipelineContext): AnnotatedArticle[] {
  const annotated: AnnotatedArticle[] = [];
  for (const article of articles) {
    try {
      annotated.push(analyzeArticle(article, context));
    } catch (error) {
      if (!(error instanceof ArticleBudgetError)) throw error;
      context.report({ severity: 'error', source: error.source, message: error.message });
    }
  }
  return annotated;
}
