/**
 * @module span
 * Character spans into an article's extracted text: the unit of provenance everywhere.
 */

/** Half-open character range `[start, end)` into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Whether a value was read off the text or implied by the pipeline from context. */
export type Certainty = 'stated' | 'inferred';
