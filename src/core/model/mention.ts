/**
 * @module mention
 * What the analyze stage finds in an article's text, each with its span.
 */
import type { Certainty, Span } from './span.js';

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** How sure the text is about a statement. */
export type Modality =
  'reported' | 'confirmed' | 'official' | 'alleged' | 'unconfirmed' | 'denied' | 'retracted' | 'estimated' | 'hedged';

export interface NumberMention extends Span {
  kind: 'number';
  text: string;
  low: number;
  high: number;
  /** Unit when the number is money, a percentage, an age, a duration…: `usd`, `percent`, `years-old`. */
  unit?: string;
  /** Head noun of what is counted, lemmatised: `people`, `troop`, `hardware`. */
  counted?: string;
  /** Lemmatised verb or noun that says what happened to the counted thing: `detain`, `kill`. */
  predicate?: string;
  /** The wording that widened the interval: `nearly`, `dozens`, `more than`. */
  approximation?: string;
  /** Multiplier expressions ("doubled") carry a factor rather than a count. */
  factor?: number;
}

export interface DateMention extends Span {
  kind: 'date';
  text: string;
  /** YYYY-MM-DD when resolvable. */
  date?: string;
  /** Whether the day was stated ("January 2, 2022") or implied from the reference date ("on Tuesday"). */
  certainty?: 'stated' | 'inferred';
  /** True for relative expressions that need the article date. */
  isRelative: boolean;
  /** `week` for "last week"-style expressions: a date inside that week, not an event day. */
  precision?: 'day' | 'week';
}

export interface EntityMention extends Span {
  kind: 'entity';
  text: string;
  entityType: EntityType;
  /** The fullest name this mention was resolved to within the article. */
  canonical: string;
  /** Role or title the text states for a person: "President", "the former head of the water agency". */
  role?: string;
  /** `inferred` when the mention is a description ("the president") resolved to a name; absent when named. */
  certainty?: Certainty;
}

export interface QuoteMention extends Span {
  kind: 'quote';
  /** The quoted words, without the quotation marks. */
  text: string;
  speaker?: string;
  speakerSpan?: Span;
  /** `stated` when the frame names the speaker ("…," Costa said); `inferred` through "he said", "the chairman
   * said", a statement's author or an earlier quote of the same passage. */
  speakerCertainty?: Certainty;
  /** Partial quotes are a few words inside a sentence, not a whole utterance. */
  isPartial: boolean;
}

export type Mention = NumberMention | DateMention | EntityMention | QuoteMention;

/** Who a sentence's statement is attributed to, and how sure the sentence is about it. */
export interface Attribution extends Span {
  /** The source named: "the Health Ministry", "Channel 5 News". */
  source: string;
  /** Cue that introduced it: `said`, `according to`, `reported`. */
  cue: string;
  /** Appositive saying who the source is ("a spokesman for the ministry"), when the text gives one. */
  description?: string;
  /** In a relay chain ("officials told local media, the BBC reported"): true for the original source, false for
   * those who passed it on. Absent when the sentence's sources do not nest. */
  isOriginal?: boolean;
  /** The part of the sentence the attribution covers: the reported clause, or all of it for "…, police said". */
  scope?: Span;
}

export interface SentenceAnalysis {
  sentence: Sentence;
  attributions: Attribution[];
  modality: Modality;
  /** The cue words that set the modality, for explanation. */
  modalityCues: string[];
  /** Per-figure modality where a sentence holds figures of different status ("44 died, after retracting 164"). */
  numberModalities?: { start: number; modality: Modality; cues: string[] }[];
}
