/**
 * @module suite
 * The shape every evaluation suite returns, so one runner can print, save and check them all.
 */

export interface Metric {
  /** e.g. `f1`, `precision`, `recall`, `accuracy`; higher is better for every metric. */
  name: string;
  value: number;
}

export interface SuiteResult {
  suite: string;
  /** What was scored, e.g. "121 pages". */
  scope: string;
  metrics: Metric[];
  /** Set when the suite's data is absent: the reason it was skipped. */
  skipped?: string;
  /** Extra lines to print (per-item failures, notes). */
  details?: string[];
}

export interface EvalSuite {
  name: string;
  run: () => Promise<SuiteResult>;
}

/** `../shared` beside the project: where the evaluation data lives. */
export const SHARED_DIR = new URL('../../shared/', import.meta.url);
