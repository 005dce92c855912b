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
const CLAUSE_BREAK = /[,;:\u2013\u2014]/;
const LEADING_PREPOSITIONS = /^\s*(?:on|by|from|until|till|since|before|after|next|this|last|late|early|and)?\s*$/i;

/**
 * Whether the clause holding a date speaks of the future: "who will be sworn in on December 2,
 * spent Monday meeting officials" is future for December 2 and past for Monday. The clause is read
 * back from the date to the last comma or semicolon; a date opening its clause ("On Friday, the
 * council will vote") takes the tense of the clause after it.
 */
function isFutureClause(sentence: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(sentence.charAt(from - 1))) from -= 1;
  if (FUTURE_CUE.test(sentence.slice(from, end))) return true;
  if (!LEADING_PREPOSITIONS.test(sentence.slice(from, start))) return false;
  let to = end;
  while (to < sentence.length && CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  return FUTURE_CUE.test(sentence.slice(end, to));
}

/** Sentences without any of these cannot hold a date chrono would find: skip them (chrono is the cost). */
function hasDateTrigger(sentence: string): boolean {
  return DATE_TRIGGERS.some((trigger) => trigger.test(sentence));
}

/** A month-day more than this many days after the reference date is read as last year's. */
const FUTURE_SLACK_DAYS = 14;

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
  for (const sentence of tokenized.sentences) {
    const text = tokenized.text.slice(sentence.start, sentence.end);
    if (!hasDateTrigger(text)) continue;
    const found: DateMention[] = [];
    for (const parsed of chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
      const result = withoutLeadingCount(parsed, text, instant);
      if (!result || isNotAnEventDate(result, text)) continue;
      const isFuture = isFutureClause(text, result.index, result.index + result.text.length);
      const mention = toMention(result, sentence.start, referenceDate, isFuture, text);
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
  }
  return mentions;
}

function toMention(
  result: chrono.ParsedResult,
  offset: number,
  reference: Date | undefined,
  isFuture: boolean,
  sentence: string,
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
    if (!(hasWeekday && !hasDay) && !isCasual && !isFuture && daysBetween(reference, date) > FUTURE_SLACK_DAYS) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
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

/** News weekdays point back: "said on Monday" is the latest Monday on or before the reference day. */
function resolveWeekday(reference: Date, weekday: number, isFuture: boolean): Date {
  const current = reference.getUTCDay();
  if (isFuture) return addDays(reference, (weekday - current + 7) % 7 || 7);
  return addDays(reference, -((current - weekday + 7) % 7));
}

function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
