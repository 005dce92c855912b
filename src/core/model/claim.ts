/**
 * @module claim
 * A comparable statement: a value for a slot (what is counted and what happened to it), with provenance.
 */
import type { Modality } from './mention.js';

export interface Slot {
  /** Lemmatised predicate group, e.g. `detain`, `kill`, `deploy`. */
  measure: string;
  /** Lemmatised head noun group, e.g. `people`, `troop`. */
  counted: string;
  unit?: string;
  /** Identity of the slot across outlets: claims with equal keys are about the same quantity. */
  key: string;
  /** How the slot reads to a person: "people killed", "revenue (usd)". */
  label: string;
  /** Multiplier from the figure as written to the slot's unit (acres → hectares, years → months). */
  scale?: number;
  /** Whether the quantity only grows over time (deaths, arrests): a later lower figure then clashes. */
  isCumulative?: boolean;
  /** A one-off amount (a fee, a fine, a sentence): figures that differ clash whatever their dates. */
  isFixed?: boolean;
}

export interface Claim {
  id: string;
  articleId: string;
  slot: Slot;
  /** The number's wording as written, e.g. `nearly 8,000`. */
  text: string;
  low: number;
  high: number;
  /** YYYY-MM-DD: when the count was made or announced. */
  asOf?: string;
  attributedTo?: string;
  modality: Modality;
  /** The whole sentence the claim came from. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Span of the number mention itself. */
  start: number;
  end: number;
}
