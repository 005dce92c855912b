/**
 * @module figure
 * A figure the claims stage may turn into a claim: a value interval, its class and where it is.
 * Figures come from the analyzer's number mentions and from the readers of this folder (years,
 * tallies, ordinals, odds, durations the analyzer leaves aside as "not a count").
 */
import type { FigureClass } from '../../../model/claim.js';
import type { NumberMention } from '../../../model/mention.js';

export interface Figure {
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  figureClass: FigureClass;
  /** Unit of low/high: `usd`, `percent`, `year` for durations in years, `km`… */
  unit?: string;
  /** Lemma of what is counted, when the reader knows it. */
  counted?: string;
  predicate?: string;
  approximation?: string;
  /** For a tally: which side this figure is. */
  side?: 'for' | 'against';
  /** The analyzer's mention this figure came from (the slot classifier reads it). */
  mention?: NumberMention;
}
