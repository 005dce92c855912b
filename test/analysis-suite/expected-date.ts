/**
 * @module expected-date
 * The suite's date convention (README.md) for weekdays and month-days, as code, so the format
 * test can recompute gold dates from the publication date.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Words that point a bare weekday or month-day forward. */
const FUTURE_CUE = /\b(will|could|until|forecast|due)\b/i;
/** A speech verb right before the date: the date is when it was said, in the past, whatever the clause said. */
const SPEECH_BEFORE = /\b(said|told \w+|announced|reported|added)\s*$/i;
/** A past-tense month-day more than this many days after publication belongs to the previous year. */
const FUTURE_SLACK_DAYS = 60;
const DAY_MS = 86_400_000;

function toIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The gold date the README's rules give `text` in `sentence`, published on `published`, or
 * undefined when the wording is not a weekday or month-day this checker knows.
 */
export function expectedDate(text: string, sentence: string, published: string): string | undefined {
  const reference = Date.parse(`${published}T00:00:00Z`);
  const position = sentence.indexOf(text);
  const isSpeechDate = position >= 0 && SPEECH_BEFORE.test(sentence.slice(0, position));
  const isFuture = FUTURE_CUE.test(sentence) && !isSpeechDate;
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\b(on|early|late|by|from|since|morning|afternoon|evening|night)\b/g, ' ')
    .trim()
    .split(/\s+/);
  if (words.length === 1 && WEEKDAYS.includes(words[0] ?? '')) {
    const weekday = WEEKDAYS.indexOf(words[0] ?? '');
    const current = new Date(reference).getUTCDay();
    const offset = isFuture ? (weekday - current + 7) % 7 || 7 : -((current - weekday + 7) % 7);
    return toIsoDay(reference + offset * DAY_MS);
  }
  const phrase = words.join(' ');
  const monthFirst = /^([a-z]+) (\d{1,2})$/.exec(phrase);
  const dayFirst = /^(\d{1,2}) ([a-z]+)$/.exec(phrase);
  const monthName = monthFirst?.[1] ?? dayFirst?.[2];
  const dayText = monthFirst?.[2] ?? dayFirst?.[1];
  if (monthName === undefined || dayText === undefined) return undefined;
  const month = MONTHS.indexOf(monthName);
  if (month < 0) return undefined;
  const year = new Date(reference).getUTCFullYear();
  const day = Number(dayText);
  let candidate = Date.UTC(year, month, day);
  if (isFuture && candidate < reference) candidate = Date.UTC(year + 1, month, day);
  if (!isFuture && candidate - reference > FUTURE_SLACK_DAYS * DAY_MS) candidate = Date.UTC(year - 1, month, day);
  return toIsoDay(candidate);
}
