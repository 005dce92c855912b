/**
 * @module find-dates
 * Date and time expressions in an article, resolved to calendar days against its publication date.
 * chrono finds candidates; the refiners below fix what chrono gets wrong for news prose.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from '../../../model/mention.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import cues from '../../../lexicons/dates-cues.json' with { type: 'json' };
import { addDays, toIsoDay, parseIsoDay } from '../../../text/calendar.js';
import { findHolidays, HOLIDAY_TRIGGER, type HolidayMatch } from './find-holidays.js';

const FUTURE_CUE = new RegExp(`(?:^|\\W)(?:${cues.futureCues.map(escapeRegExp).join('|')})(?:\\W|$)`, 'i');
const RELATIVE_DAY = new RegExp(`\\b(${[...cues.previousDay, ...cues.nextDay].map(escapeRegExp).join('|')})\\b`, 'gi');
const PREVIOUS_DAY = new Set(cues.previousDay);
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE_TRIGGERS = [
  // Capitalised month names and their abbreviations ("May" the month, not "may" the verb).
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/,
  new RegExp(`\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(${MONTHS})\\b|\\b(${MONTHS})\\s+\\d`, 'i'),
  /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/i,
  /\b(yesterday|today|tonight|tomorrow|ago|weekend)\b/i,
  /\b(last|next|this|past|previous|following|coming|same)\s+(week|month|year|day|night|morning|afternoon|evening)\b/i,
  /\bday\s+(before|after|earlier|later)\b/i,
  /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/,
];
const CLAUSE_BREAK = /[,;:\u2013\u2014\u2015]/;
/**
 * What may stand before a date that opens its clause: nothing but a preposition, also after a word
 * that opens a subordinate clause ("They hope that on March 3 the ferry will sail").
 */
const LEADING_PREPOSITIONS =
  /(?:^|\b(?:that|when|if|because|so|but|while|unless|once))\s*(?:on|by|from|until|till|since|before|after|next|this|last|late|early|and)?\s*$/i;

/**
 * Whether the clause holding a date speaks of the future: "who will be sworn in on December 2,
 * spent Monday meeting officials" is future for December 2 and past for Monday. The clause is read
 * back from the date to the last comma or semicolon; a date opening its clause ("On Friday, the
 * council will vote") takes the tense of the clause after it.
 */
function isFutureClause(sentence: string, start: number, end: number): boolean {
  let from = clauseStart(sentence, start);
  // "is due to open on Friday, followed by the appeal court on Monday": a clause opening on a
  // participle has no tense of its own and takes the one before it.
  while (from > 1 && PARTICIPLE_OPENING.test(sentence.slice(from, start))) from = clauseStart(sentence, from - 1);
  if (FUTURE_CUE.test(sentence.slice(from, end))) return true;
  if (!LEADING_PREPOSITIONS.test(sentence.slice(from, start))) return false;
  let to = end;
  while (to < sentence.length && CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  return FUTURE_CUE.test(sentence.slice(end, to));
}

function clauseStart(sentence: string, at: number): number {
  let from = at;
  while (from > 0 && !CLAUSE_BREAK.test(sentence.charAt(from - 1))) from -= 1;
  return from;
}

const PARTICIPLE_OPENING = /^\s*(?:\p{L}+ed\s+by|\p{L}+ing)\b/u;

/** Sentences without any of these cannot hold a date chrono would find: skip them (chrono is the cost). */
function hasDateTrigger(sentence: string): boolean {
  return DATE_TRIGGERS.some((trigger) => trigger.test(sentence)) || HOLIDAY_TRIGGER.test(sentence);
}

/** A month-day more than this many days after the reference date is read as last year's. */
const FUTURE_SLACK_DAYS = 14;
/** In a future clause, a month-day more than this many days before the reference is next year's. */
const PAST_SLACK_DAYS = 60;
const WOULD = /\bwould\b/i;

/** The clause holding the character at `at`, between clause breaks. */
function clauseOf(sentence: string, at: number): string {
  let to = at;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  return sentence.slice(clauseStart(sentence, at), to);
}

/**
 * Finds every day-precise date expression. With `reference` (YYYY-MM-DD, the article's publication
 * date) relative expressions are resolved; without it they are kept with `isRelative` and no date,
 * so reconcile can resolve them once it has inferred the article's date.
 */
export function findDates(tokenized: TokenizedText, reference?: string): DateMention[] {
  const mentions: DateMention[] = [];
  const referenceDate = reference ? parseIsoDay(reference) : undefined;
  // chrono needs *some* instant; without a reference only absolute (year-stated) dates keep a date.
  const instant = referenceDate ?? new Date(Date.UTC(2000, 0, 1, 12));
  let lastResolved: Date | undefined;
  const narrative = new NarrativeYears();
  tokenized.sentences.forEach((sentence, sentenceIndex) => {
    const text = tokenized.text.slice(sentence.start, sentence.end);
    narrative.read(text, sentenceIndex);
    if (!hasDateTrigger(text)) return;
    const found: DateMention[] = [];
    if (HOLIDAY_TRIGGER.test(text)) {
      for (const holiday of findHolidays(text)) {
        const start = sentence.start + holiday.index;
        const isFuture = isFutureClause(text, holiday.index, holiday.index + holiday.text.length);
        found.push(holidayMention(holiday, start, referenceDate, isFuture));
      }
    }
    for (const parsed of chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
      const result = withoutLeadingCount(parsed, text, instant);
      if (!result || isNotAnEventDate(result, text)) continue;
      // "Black Friday" is the holiday, not a Friday.
      const at = sentence.start + result.index;
      if (found.some((m) => m.start < at + result.text.length && at < m.end)) continue;
      const isFuture = isFutureClause(text, result.index, result.index + result.text.length);
      const mention = toMention(result, sentence.start, referenceDate, isFuture, text, (month) =>
        narrative.yearFor(month, text, result, sentenceIndex),
      );
      if (mention) found.push(mention);
    }
    for (const match of text.matchAll(RELATIVE_DAY)) {
      const phrase = match[0];
      if (/^\s+yesterday/i.test(text.slice((match.index ?? 0) + phrase.length))) continue;
      const start = sentence.start + (match.index ?? 0);
      const anchor = lastResolved ?? referenceDate;
      const offset = PREVIOUS_DAY.has(phrase.toLowerCase()) ? -1 : 1;
      found.push({
        kind: 'date',
        text: phrase,
        start,
        end: start + phrase.length,
        isRelative: true,
        ...(anchor && { date: toIsoDay(addDays(anchor, offset)), certainty: 'inferred' as const }),
      });
    }
    found.sort((a, b) => a.start - b.start);
    for (const mention of found) {
      mentions.push(mention);
      if (mention.date) lastResolved = parseIsoDay(mention.date);
    }
  });
  return mentions;
}

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.split('|').flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
).set('sept', 9);
const YEAR = /(?<![$€£\d.,/-])\b(1[89]\d{2}|20\d{2})\b(?![\d%/-])/g;
const MONTH_YEAR = new RegExp(
  `\\b(${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(1[89]\\d{2}|20\\d{2})\\b`,
  'gi',
);
/** "July 22 that year", "that March 2 event": the year is the one the text last named. */
const YEAR_ANAPHOR_AFTER = /^\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
const YEAR_ANAPHOR_BEFORE = /\b(?:that|the\s+same)\s+$/i;
/** How many sentences back a named year still sets the scene for a month-day without one. */
const ANAPHOR_WINDOW = 3;
const SAME_MONTH_WINDOW = 6;

/**
 * The years the text has named so far, for month-days that go without one: "In August 2011, …
 * Later that month, on Aug. 9, …" is August 9, 2011, whatever the publication year.
 */
class NarrativeYears {
  private readonly years: { sentence: number; offset: number; year: number }[] = [];
  private readonly monthYears: { sentence: number; month: number; year: number }[] = [];

  read(text: string, sentence: number): void {
    for (const match of text.matchAll(YEAR)) {
      this.years.push({ sentence, offset: match.index ?? 0, year: Number(match[1]) });
    }
    for (const match of text.matchAll(MONTH_YEAR)) {
      const month = MONTH_NUMBERS.get((match[1] ?? '').toLowerCase());
      if (month !== undefined) this.monthYears.push({ sentence, month, year: Number(match[2]) });
    }
  }

  /** The year a month-day (month 1–12) in this sentence takes from the text before it, if any. */
  yearFor(month: number, text: string, result: chrono.ParsedResult, sentence: number): number | undefined {
    const before = text.slice(0, result.index);
    const after = text.slice(result.index + result.text.length);
    if (YEAR_ANAPHOR_AFTER.test(after) || YEAR_ANAPHOR_BEFORE.test(before)) {
      const named = this.years.filter(
        (y) => y.sentence >= sentence - ANAPHOR_WINDOW && (y.sentence < sentence || y.offset < result.index),
      );
      if (named.length > 0) return named[named.length - 1]?.year;
    }
    const sameMonth = this.monthYears.filter(
      (y) => y.month === month && y.sentence < sentence && y.sentence >= sentence - SAME_MONTH_WINDOW,
    );
    return sameMonth[sameMonth.length - 1]?.year;
  }
}

/** A holiday's day: in the year stated, else the latest one on or before the reference day (the next one in a future clause). */
function holidayMention(
  holiday: HolidayMatch,
  start: number,
  reference: Date | undefined,
  isFuture: boolean,
): DateMention {
  const mention: DateMention = {
    kind: 'date',
    text: holiday.text,
    start,
    end: start + holiday.text.length,
    isRelative: holiday.year === undefined,
  };
  const dayOf = (year: number): Date => {
    const [month, day] = holiday.dayIn(year);
    return new Date(Date.UTC(year, month - 1, day, 12));
  };
  let date: Date | undefined;
  if (holiday.year !== undefined) date = dayOf(holiday.year);
  else if (reference) {
    const year = reference.getUTCFullYear();
    date = dayOf(year);
    if (isFuture && daysBetween(reference, date) < 0) date = dayOf(year + 1);
    else if (!isFuture && daysBetween(reference, date) > 0) date = dayOf(year - 1);
  }
  if (!date) return mention;
  return {
    ...mention,
    date: toIsoDay(date),
    precision: 'day',
    certainty: holiday.year !== undefined ? 'stated' : 'inferred',
  };
}

function toMention(
  result: chrono.ParsedResult,
  offset: number,
  reference: Date | undefined,
  isFuture: boolean,
  sentence: string,
  narrativeYear: (month: number) => number | undefined = () => undefined,
): DateMention | undefined {
  const { start } = result;
  const hasDay = start.isCertain('day');
  const hasWeekday = start.isCertain('weekday');
  const hasYear = start.isCertain('year');
  const isCasual = result.tags().has('parser/ENCasualDateParser') || result.tags().has('result/relativeDate');
  // Month-only ("in May") and "this month" are not day-precise: not calendar events.
  if (!hasDay && !hasWeekday) return undefined;
  const text = result.text.replace(/[\s,.;:]+$/, '');
  const mention: DateMention = {
    kind: 'date',
    text,
    start: offset + result.index,
    end: offset + result.index + text.length,
    isRelative: !hasYear,
  };
  if (!reference && !hasYear) return mention;
  let date = start.date();
  if (reference && !hasYear) {
    // "Friday next week", "Tuesday of last week", "next week on Friday": the week word must touch the day.
    const before = sentence.slice(Math.max(0, result.index - 25), result.index);
    const after = sentence.slice(result.index + result.text.length, result.index + result.text.length + 30);
    const weekShift = WEEK_QUALIFIER.exec(result.text) ?? WEEK_BEFORE.exec(before) ?? WEEK_AFTER.exec(after);
    if (hasWeekday && !hasDay && weekShift) {
      // "Friday next week", "Tuesday of last week": that weekday in the named week (weeks start on Monday).
      const direction = /next|following|coming/i.test(weekShift[0]) ? 1 : -1;
      date = weekdayInWeek(reference, start.get('weekday') ?? 0, direction);
    } else if (hasWeekday && !hasDay && !/\b(this|next|last|past|coming)\b/i.test(text)) {
      date = resolveWeekday(reference, start.get('weekday') ?? 0, isFuture);
    }
    const isMonthDay = hasDay && !isCasual;
    const year = isMonthDay ? narrativeYear(date.getUTCMonth() + 1) : undefined;
    // "would take place on June 12" looks ahead from the day it was written, as "will" does.
    const isProspective = isFuture || WOULD.test(clauseOf(sentence, result.index));
    if (year !== undefined) {
      date = new Date(Date.UTC(year, date.getUTCMonth(), date.getUTCDate(), 12));
    } else if (isMonthDay && !isProspective && daysBetween(reference, date) > FUTURE_SLACK_DAYS) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    } else if (isMonthDay && isProspective && daysBetween(reference, date) < -PAST_SLACK_DAYS) {
      // "the bridge will reopen on January 4", written in December: next year's.
      date = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate(), 12));
    }
  }
  mention.date = toIsoDay(date);
  mention.precision = /\bweeks?\b/i.test(text) && !/\bago\b/i.test(text) && !hasWeekday ? 'week' : 'day';
  mention.certainty = hasYear || (hasDay && !isCasual) ? 'stated' : 'inferred';
  return mention;
}

/**
 * chrono reads "rose to 14 on Thursday" as the 14th; a bare number before "on <weekday>" is a count,
 * so the date is the weekday alone.
 */
function withoutLeadingCount(
  result: chrono.ParsedResult,
  sentence: string,
  instant: Date,
): chrono.ParsedResult | undefined {
  const leading = /^\d{1,2}\s+(?=on\s+\p{L})/u.exec(result.text);
  if (!leading) return result;
  const offset = result.index + leading[0].length;
  const rest = chrono.casual.parse(
    sentence.slice(offset, result.index + result.text.length),
    { instant, timezone: 0 },
    { forwardDate: false },
  )[0];
  if (!rest) return undefined;
  // chrono's typings mark `index` read-only; the result is a plain object we own, so shift it in place.
  (rest as { index: number }).index += offset;
  return rest;
}

/**
 * Durations ("for two weeks", "within 3 days"), offsets from an unnamed event ("three days later"),
 * "now", and weekdays that are part of a name ("the Sunday Times") are not calendar events.
 */
function isNotAnEventDate(result: chrono.ParsedResult, sentence: string): boolean {
  const text = result.text.trim();
  if (/^(for|within|in|over|during|after)\s/i.test(text) && result.tags().has('result/relativeDate')) return true;
  if (/\blater$/i.test(text) || /^now$/i.test(text)) return true;
  const after = sentence.slice(result.index + result.text.length);
  if (/^[A-Z][a-z]+day$/.test(text) && /^ [A-Z][a-z]/.test(after)) return true;
  return false;
}

const WEEK_QUALIFIER = /\b(?:of\s+)?(next|last|the\s+following|the\s+previous|the\s+coming)\s+week\b(?!['’])/i;
const WEEK_BEFORE = /\b(next|last|the\s+following|the\s+previous|the\s+coming)\s+week\s+(?:on\s+)?$/i;
const WEEK_AFTER = /^\s*(?:of\s+)?(next|last|the\s+following|the\s+previous|the\s+coming)\s+week\b(?!['’])/i;

function weekdayInWeek(reference: Date, weekday: number, direction: number): Date {
  const mondayOffset = (reference.getUTCDay() + 6) % 7;
  const monday = addDays(reference, -mondayOffset + 7 * direction);
  return addDays(monday, (weekday + 6) % 7);
}

/**
 * News weekdays point back: "said on Monday" is the latest Monday on or before the reference day;
 * in a future clause, the first one on or after it.
 */
function resolveWeekday(reference: Date, weekday: number, isFuture: boolean): Date {
  const current = reference.getUTCDay();
  // "The Senate will vote on Wednesday" dated Wednesday is written for that day's paper: that day.
  if (isFuture) return addDays(reference, (weekday - current + 7) % 7);
  return addDays(reference, -((current - weekday + 7) % 7));
}

function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
