/**
 * @module parse-date-value
 * A date string as pages write it (ISO, RFC 2822, "Nov. 19, 2019 8:21 am ET", "19.11.2019") → YYYY-MM-DD.
 */
import * as chrono from 'chrono-node';

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string;
  isYearStated: boolean;
}

const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:T|$)/;
/** Day-first dotted dates are read by chrono, but only when the year has four digits. */
const LETTER_AFTER_DIGIT = /(\d)(\p{Lu})/gu;
/** A written calendar date names a month or writes it as a number; "2 hours ago" does neither. */
const CALENDAR_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,4}[./-]\d{1,2}/i;

/** Formats year, month and day as YYYY-MM-DD when they form a real calendar date. */
export function formatDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a machine date (meta tags, JSON-LD, `<time datetime>`): ISO first, then anything chrono reads.
 * The calendar date is taken as written, so `2019-11-20T01:00:00+09:00` stays the 20th.
 */
export function parseDateValue(value: string, reference: Date): ParsedDate | undefined {
  const iso = ISO_DATE.exec(value) ?? COMPACT_DATE.exec(value);
  if (iso) {
    const date = formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, isYearStated: true } : undefined;
  }
  return parseVisibleDate(value, reference);
}

/**
 * Reads the first date written in visible text ("Updated: March 4, 2021, 8:54 AM").
 * Without a year, the date is the last such day on or before `reference` (news looks back), and
 * `isYearStated` is false.
 *
 * @example parseVisibleDate('Posted Nov. 3, 2021 at 8:15 am', now) // { date: '2021-11-03', isYearStated: true }
 */
export function parseVisibleDate(text: string, reference: Date): ParsedDate | undefined {
  const spaced = text.replace(LETTER_AFTER_DIGIT, '$1 $2');
  for (const result of chrono.strict.parse(spaced, reference)) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day') || !CALENDAR_DATE.test(result.text)) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const isYearStated = start.isCertain('year');
    const latest = reference.toISOString().slice(0, 10);
    let date = formatDate(year, month, day);
    if (date && !isYearStated && date > latest) date = formatDate(year - 1, month, day);
    if (date) return { date, isYearStated };
  }
  return undefined;
}
