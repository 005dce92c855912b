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

/** What kind of quantity a figure is: figures of different classes are never one fact. */
export type FigureClass =
  'count' | 'money' | 'percent' | 'age' | 'year' | 'duration' | 'ordinal' | 'tally' | 'multiple' | 'measure';

/**
 * What a figure is about, read from its sentence: the thing it counts or measures, the words that
 * qualify it, the verb that says what happened, whose it is. Compared across outlets to align facts.
 */
export interface Referent {
  figureClass: FigureClass;
  /** Unit the value is in after conversion: `usd`, `percent`, `year` (durations), `km`… */
  unit?: string;
  /** Lemma of the noun the figure counts or measures (`troop`, `page`), or the event a year dates (`ban`). */
  head?: string;
  /** Lemmas qualifying the head (`american`, `active-duty`). */
  modifiers: string[];
  /** Lemma of the verb that says what happened to it (`withdraw`, `vote`). */
  verb?: string;
  /** Whose it is: the person whose age or term it is, the owner before a possessive. */
  owner?: string;
  /** For a tally ("passed 234-193"): which side of it this figure is. */
  side?: 'for' | 'against';
  /** Content lemmas of the figure's clause, nearest first: the fuzzy part of what it is about. */
  context: string[];
  /** Canonical names of the people and organisations in the sentence. */
  entities: string[];
  /** A time scope apart from the story's present ("2017", "a year earlier"). */
  scope?: string;
}

export interface Claim {
  id: string;
  articleId: string;
  slot: Slot;
  referent: Referent;
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
