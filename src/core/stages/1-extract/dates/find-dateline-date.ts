/**
 * @module find-dateline-date
 * The date of a wire-style dateline opening the story: `LONDON, March 3 (Reuters) - …`,
 * `Paris, Jan. 10, 2022 — …`, `Jan. 10, 2022 — …`.
 */
import { parseVisibleDate, type ParsedDate } from './parse-date-value.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`;
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+\\p{Lu}[\\p{L}.'’-]*){0,4}";
const AGENCY = '(?:\\s*\\([^()]{2,40}\\))?';
const DASH = '\\s*[-–—]{1,2}\\s';
const DATELINE = new RegExp(`^(?:${PLACE},\\s+)?(${DATE})${AGENCY}${DASH}`, 'iu');

/** A year-less dateline date is the last such day on or before `now`. */
export function findDatelineDate(paragraph: string, now: Date): ParsedDate | undefined {
  const match = DATELINE.exec(paragraph);
  return match?.[1] ? parseVisibleDate(match[1], now) : undefined;
}
