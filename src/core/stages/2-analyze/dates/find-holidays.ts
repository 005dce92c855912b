/**
 * @module find-holidays
 * Named days that are dates ("New Year's Day 2014", "on Thanksgiving", "after Labor Day"), which
 * chrono does not read: fixed ones on their month and day, floating ones on the nth weekday of
 * their month, in the year the text names or the one the publication date implies.
 */
import cues from '../../../lexicons/dates-cues.json' with { type: 'json' };

interface Holiday {
  pattern: RegExp;
  /** The holiday's day in a given year, as [month (1–12), day]. */
  dayIn: (year: number) => [number, number];
}

export interface HolidayMatch {
  /** Offsets into the searched text, the name and any year right after it included. */
  index: number;
  text: string;
  month: number;
  day: number;
  /** The year stated with the name ("New Years Day 2014"), if any. */
  year?: number;
  /** The holiday's [month, day] in any year, to resolve it against a reference date. */
  dayIn: (year: number) => [number, number];
}

const STATED_YEAR = /^,?\s+(?:of\s+)?(1[89]\d{2}|20\d{2})\b/;
/**
 * A holiday is a day in the story only where the text places something on it ("on Thanksgiving",
 * "before Labor Day", "New Year's Day 2014"); "make Election Day a holiday" names no day.
 */
const TEMPORAL_BEFORE =
  /\b(?:on|since|before|after|until|till|by|through|over|around|during|from|this|last|next|ahead\s+of|following)\s+(?:the\s+)?$/i;

function namePattern(names: readonly string[]): RegExp {
  const alternatives = names.map((name) =>
    name
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['’]?")
      .replace(/ /g, '\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'gu');
}

/** The nth (1-based; -1 = last) `weekday` (0 = Sunday) of `month` in `year`, as a day of the month. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1);
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

const HOLIDAYS: readonly Holiday[] = [
  ...cues.holidays.fixed.map((h) => ({
    pattern: namePattern(h.names),
    dayIn: (): [number, number] => [h.month, h.day],
  })),
  ...cues.holidays.floating.map((h) => ({
    pattern: namePattern(h.names),
    dayIn: (year: number): [number, number] => {
      const date = new Date(Date.UTC(year, h.month - 1, nthWeekday(year, h.month, h.weekday, h.nth) + (h.after ?? 0)));
      return [date.getUTCMonth() + 1, date.getUTCDate()];
    },
  })),
];

/** Whether the text names a holiday at all: a cheap test before the full search. */
export const HOLIDAY_TRIGGER = new RegExp(HOLIDAYS.map((h) => h.pattern.source).join('|'), 'u');

/** Every holiday named in the text, in text order, with the year stated beside it when there is one. */
export function findHolidays(text: string): HolidayMatch[] {
  const found: HolidayMatch[] = [];
  for (const holiday of HOLIDAYS) {
    for (const match of text.matchAll(holiday.pattern)) {
      const index = match.index ?? 0;
      if (found.some((f) => index < f.index + f.text.length && f.index < index + match[0].length)) continue;
      const stated = STATED_YEAR.exec(text.slice(index + match[0].length));
      if (!stated && !TEMPORAL_BEFORE.test(text.slice(0, index))) continue;
      const year = stated ? Number(stated[1]) : undefined;
      const [month, day] = holiday.dayIn(year ?? 2000);
      found.push({
        index,
        text: stated ? match[0] + stated[0] : match[0],
        month,
        day,
        ...(year !== undefined && { year }),
        dayIn: holiday.dayIn,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
