/**
 * @module article-budget
 * What one article may cost to analyse: a text size and a time, checked between analyzers and in
 * the per-sentence loops, so a pathological article stops with a message naming it instead of
 * holding up every article after it.
 */
import type { Article } from '../../model/article.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';

/**
 * Analysis runs at about 0.5–1 MB of text per second per core, so an article under the 10 MiB input
 * cap takes well under a minute; the time budget is only reached when something has gone
 * super-linear. Texts past the size budget are not started at all.
 */
export const DEFAULT_ARTICLE_BUDGET = { ms: 120_000, chars: 16_000_000 } as const;

export interface ArticleBudget {
  /** Throws ArticleBudgetError once the article's time is up; `where` names the analyzer running. */
  check: (where: string, done?: number, total?: number) => void;
}

/** An article left out because analysing it would cost more than the budget allows. */
export class ArticleBudgetError extends Error {
  override name = 'ArticleBudgetError';
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

const UNLIMITED: ArticleBudget = { check: () => undefined };

/** Starts the budget of `article`: checks its size now, and its time on every `check`. */
export function startArticleBudget(article: Article, context: PipelineContext): ArticleBudget {
  const { ms = DEFAULT_ARTICLE_BUDGET.ms, chars = DEFAULT_ARTICLE_BUDGET.chars } = context.articleBudget ?? {};
  if (article.text.length > chars) {
    throw new ArticleBudgetError(
      article.source,
      `not analysed: its text of ${formatCount(article.text.length)} characters is over the per-article budget of ${formatCount(chars)}`,
    );
  }
  const clock = context.elapsedMs;
  if (!clock || !Number.isFinite(ms)) return UNLIMITED;
  const started = clock();
  return {
    check(where, done, total) {
      const elapsed = clock() - started;
      if (elapsed <= ms) return;
      const at = done !== undefined && total !== undefined ? `, at ${formatCount(done)} of ${formatCount(total)}` : '';
      throw new ArticleBudgetError(
        article.source,
        `analysis stopped after ${formatSeconds(elapsed)}, over the per-article budget of ${formatSeconds(ms)} (in ${where}${at}); the article is left out`,
      );
    },
  };
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
