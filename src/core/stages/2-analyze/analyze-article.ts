/**
 * @module analyze-article
 * Article → AnnotatedArticle: one token store, then every analyzer in a fixed order over it.
 * Order matters: dates first (their spans are not counts), then numbers, entities, quotes, sentences.
 */
import type { Article } from '../../model/article.js';
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { DateMention, Mention, SentenceAnalysis } from '../../model/mention.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';
import { tokenize, type TokenizedText } from './tokens/tokenize.js';
import { findDates } from './dates/find-dates.js';
import { findNumbers } from './numbers/find-numbers.js';
import { findEntities } from './entities/find-entities.js';
import { findQuotes } from './quotes/find-quotes.js';
import { analyzeSentences } from './attribution/analyze-sentence.js';
import { findModalityStatements } from './modality/find-modality-statements.js';
import { startArticleBudget } from './article-budget.js';

/**
 * Throws ArticleBudgetError (naming the article) when the article is over its size budget, or its
 * time runs out; `analyzeArticles` turns that into a diagnostic and goes on with the others.
 */
export function analyzeArticle(article: Article, context: PipelineContext): AnnotatedArticle {
  const budget = startArticleBudget(article, context);
  const tokenized = tokenize(article.text, article.paragraphs);
  budget.check('tokens');
  const dates = findDates(tokenized, article.published);
  budget.check('dates');
  const numbers = findNumbers(tokenized, { excluded: dates, budget });
  const entities = findEntities(tokenized);
  budget.check('entities');
  const quotes = findQuotes(tokenized, entities);
  budget.check('quotes');
  const mentions: Mention[] = [...dates, ...numbers, ...entities, ...quotes].sort((a, b) => a.start - b.start);
  const sentences = tokenized.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  const sentenceAnalyses: SentenceAnalysis[] = analyzeSentences(tokenized, numbers, budget);
  const modalityStatements = findModalityStatements(tokenized);
  budget.check('modality');
  return {
    article,
    sentences,
    mentions,
    sentenceAnalyses,
    modalityStatements,
    tokens: tokenized.tokens,
    sentenceTokenRanges: tokenized.sentences.map(({ firstToken, endToken }) => ({ firstToken, endToken })),
  };
}

/** Re-resolves relative dates once a publication date is known (e.g. inferred from the story). */
export function resolveDates(annotated: AnnotatedArticle, published: string): AnnotatedArticle {
  const dates = findDates(tokenizedOf(annotated), published);
  const others = annotated.mentions.filter((m) => m.kind !== 'date');
  return {
    ...annotated,
    article: { ...annotated.article, published, publishedHow: annotated.article.publishedHow ?? 'inferred' },
    mentions: [...others, ...dates].sort((a, b) => a.start - b.start),
  };
}

/**
 * The article's dates as if it were published on `day`, reading only the sentences that hold a
 * date: trying several candidate days for an undated article must stay cheap.
 */
export function findDatesAt(annotated: AnnotatedArticle, day: string): DateMention[] {
  const dated = annotated.mentions.filter((m) => m.kind === 'date');
  const tokenized = tokenizedOf(annotated);
  tokenized.sentences = tokenized.sentences.filter((s) => dated.some((d) => d.start >= s.start && d.end <= s.end));
  return findDates(tokenized, day);
}

/** The token store back in the shape the analyzers read. */
function tokenizedOf(annotated: AnnotatedArticle): TokenizedText {
  return {
    text: annotated.article.text,
    tokens: annotated.tokens,
    sentences: annotated.sentences.map((sentence, i) => ({
      ...sentence,
      firstToken: annotated.sentenceTokenRanges[i]?.firstToken ?? 0,
      endToken: annotated.sentenceTokenRanges[i]?.endToken ?? 0,
    })),
  };
}
