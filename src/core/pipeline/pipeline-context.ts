/**
 * @module pipeline-context
 * What every stage receives besides its data: a clock, a diagnostics sink and options. No IO.
 */
import type { Diagnostic } from '../model/diagnostic.js';

export interface PipelineContext {
  /** The current time; tests pass a fixed clock. Used only as a last resort for undated articles. */
  now: () => Date;
  report: (diagnostic: Diagnostic) => void;
  /** Milliseconds on a monotonic clock, for the per-article time budget; absent, time is not limited. */
  elapsedMs?: () => number;
  /** What one article may cost to analyse (defaults in 2-analyze/article-budget.ts). */
  articleBudget?: { ms?: number; chars?: number };
}

/** A context that collects diagnostics in an array, for tests and the library API. */
export function createContext(
  options: { now?: Date; elapsedMs?: () => number; articleBudget?: { ms?: number; chars?: number } } = {},
): PipelineContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fixed = options.now;
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    report: (diagnostic) => diagnostics.push(diagnostic),
    ...(options.elapsedMs && { elapsedMs: options.elapsedMs }),
    ...(options.articleBudget && { articleBudget: options.articleBudget }),
    diagnostics,
  };
}
