/**
 * @module read-timestamp-line
 * Recognises lines made only of a date and time ("Updated: Nov. 3, 2021, 8:15 AM ET") and reads their dates.
 */
import words from '../../../lexicons/noise-timestamp-words.json' with { type: 'json' };
import { countWords } from '../lines/count-words.js';
import { parseVisibleDate, type ParsedDate } from '../dates/parse-date-value.js';

export interface TimestampLine {
  /** The date after a "Published"/"Posted" label. */
  published?: ParsedDate;
  /** The date after an "Updated"/"Modified" label. */
  updated?: ParsedDate;
  /** A date with no label ("Nov. 3, 2021"). */
  unlabeled?: ParsedDate;
}

const MAX_WORDS = 30;
const labelWords = [...words.publishedLabels, ...words.updatedLabels].flatMap((label) => label.split(' '));
const VOCABULARY = new Set([...labelWords, ...words.months, ...words.weekdays, ...words.timeWords, ...words.zones]);
const MONTHS = new Set(words.months);
const ZONE = new RegExp(words.zonePattern);
const ALLOWED_PUNCTUATION = new Set([',', '|', '/', '-', '–', '—', ':', ';', '.', '(', ')', '·', '•', '@', '[', ']']);
const TOKEN = /\p{L}+(?:['’]\p{L}+)?|\d+(?:[:.\-/]\d+)*|\S/gu;
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
const CLOCK_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

function labelPattern(labels: string[]): string {
  return [...labels].sort((a, b) => b.length - a.length).join('|');
}
const PUBLISHED_LABEL = labelPattern(words.publishedLabels);
const UPDATED_LABEL = labelPattern(words.updatedLabels);
const LABEL = new RegExp(`\\b(?:(${UPDATED_LABEL})|(${PUBLISHED_LABEL}))\\b`, 'giu');

/** Rewrites `8:54a.m.` and `2019Updated` so the tokens separate. */
function prepare(line: string): string {
  return line.replace(/\b([ap])\.\s?m\.?/giu, '$1m').replace(/(\d)(\p{L})/gu, '$1 $2');
}

/** True when every word is date vocabulary and the line carries an actual date or time. */
export function isTimestampLine(line: string, words = countWords(line)): boolean {
  // Every timestamp holds a digit; most story lines are rejected here without tokenising.
  if (words > MAX_WORDS || !/\d/.test(line)) return false;
  const tokens = prepare(line).match(TOKEN) ?? [];
  let hasMonth = false;
  let hasNumber = false;
  let hasNumericDate = false;
  let hasClock = false;
  let hasAgo = false;
  for (const token of tokens) {
    if (/^\p{L}/u.test(token)) {
      const lower = token.toLowerCase();
      const isZone = token === token.toUpperCase() && ZONE.test(lower);
      if (!VOCABULARY.has(lower) && !isZone) return false;
      if (MONTHS.has(lower)) hasMonth = true;
      if (lower === 'ago') hasAgo = true;
    } else if (/^\d/.test(token)) {
      hasNumber = true;
      if (NUMERIC_DATE.test(token)) hasNumericDate = true;
      if (CLOCK_TIME.test(token)) hasClock = true;
    } else if (!ALLOWED_PUNCTUATION.has(token)) {
      return false;
    }
  }
  return (hasMonth && hasNumber) || hasNumericDate || hasClock || (hasAgo && hasNumber);
}

/**
 * Reads a timestamp line's dates by label; undefined when the line is not a timestamp line.
 *
 * @example readTimestampLine('Published 9:02 AM ET Mar 4, 2021 | Updated Mar 5, 2021', now)
 *   // { published: { date: '2021-03-04', … }, updated: { date: '2021-03-05', … } }
 */
export function readTimestampLine(line: string, reference: Date): TimestampLine | undefined {
  if (!isTimestampLine(line)) return undefined;
  const text = prepare(line);
  const result: TimestampLine = {};
  let kind: keyof TimestampLine = 'unlabeled';
  let segmentStart = 0;
  const assign = (end: number): void => {
    if (result[kind]) return;
    const parsed = parseVisibleDate(text.slice(segmentStart, end), reference);
    if (parsed) result[kind] = parsed;
  };
  for (const match of text.matchAll(LABEL)) {
    assign(match.index);
    kind = match[1] !== undefined ? 'updated' : 'published';
    segmentStart = match.index + match[0].length;
  }
  assign(text.length);
  return result;
}
