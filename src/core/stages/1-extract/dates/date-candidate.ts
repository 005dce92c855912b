/**
 * @module date-candidate
 * A publication date some finder proposed, with where it came from; the date finder picks one.
 */

export interface DateCandidate {
  /** YYYY-MM-DD as written by the source (no time-zone shifting). */
  date: string;
  /** e.g. `hint`, `json-ld`, `meta:article:published_time`, `time-element`, `published-line`, `dateline`. */
  from: string;
  /** Lower wins. Published dates beat updated ones; structured metadata beats visible text. */
  rank: number;
  /** False when the year was not written and had to be supplied. */
  isYearStated: boolean;
}
