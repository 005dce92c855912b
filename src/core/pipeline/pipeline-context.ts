/**
 * @module pipeline-context
 * What every stage receives besides its data: a clock, a diagnostics sink and options. No IO.
 */
import type { Diagnostic } from '../model/diagnostic.js';

export interface PipelineContext {
  /** The current time; tests pass a fixed clock. Used only as a last resort for undated articles. */
  now: () => Date;
  report: (diagnostic: Diagnostic) => void;
}

/** A context that collects diagnostics in an array, for tests and the library API. */
export function createContext(options: { now?: Date } = {}): PipelineContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fixed = options.now;
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    report: (diagnostic) => diagnostics.push(diagnostic),
    diagnostics,
  };
}
