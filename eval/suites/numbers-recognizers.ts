/**
 * @module numbers-recognizers
 * Scores the analyze stage's number and date mentions on the news-like part of Microsoft
 * Recognizers-Text's English specs (../shared/data/numbers/recognizers-en).
 *
 * Which cases are used (the rest are counted as skipped, by reason, in the details):
 * - every case: no `NotSupported`/`NotSupportedByDesign` marker (hard even for the reference code);
 * - Number/NumberModel.json and Number/PercentModel.json: cardinals in digits or words, "a dozen",
 *   scaled "1.5 million", percentages. Cases are dropped when their input is not news prose:
 *   IP-like or space-grouped digits, exponents, slashes and fractions ("two thirds", "1/4", "⅔"),
 *   "over"/"out of" ratios, Indian lakh/crore, k/M/G/B suffixes, "point" decimals in words, minus
 *   signs, nought/naught, URLs. Negative cases (no result) are kept when the input has no digit.
 *   Every number in these inputs is annotated, so they count for precision as well as recall.
 * - NumberWithUnit/CurrencyModel.json: money amounts in common currencies (dollar, pound, euro, yen,
 *   yuan, franc, cents, pence…); compound "3 dollars 50 cents" and unresolved ("dollar") results
 *   are dropped. Other numbers in those sentences are not annotated, so currency cases count for
 *   recall only. Their wire-copy tokenisation ("$ 75 million", "4 . 8 %") is undone first, as news
 *   prose would print it, and the gold spans are carried over.
 * - DateTime/DateTimeModel.json (one `datetimeV2.date` result with one resolved value) and
 *   DateTime/DateParser.json (one result whose past and future resolutions agree): single calendar
 *   days. Times, durations, sets, ranges and periods are not used. Dropped as not news prose:
 *   compact or unusual numeric formats ("20161016", "2016 10 16", "05-aug-2016", two-digit years),
 *   "the day"/"my day"-style phrases, bare ordinal weekdays ("second Sunday"), "few … ago", and
 *   days the spec cannot resolve.
 *
 * Scoring: a gold number is found when a number mention overlaps its span and its value lies in
 * the mention's [low, high] (cents and pence may also be read as hundredths of the main unit); a
 * gold date is found when a date mention overlaps its span with the same day, resolved against the
 * case's ReferenceDateTime.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EvalSuite, Metric, SuiteResult } from '../suite.js';
import { SHARED_DIR } from '../suite.js';
import type { Article } from '../../src/core/model/article.js';
import type { Span } from '../../src/core/model/span.js';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { splitParagraphs } from '../../src/core/text/split-paragraphs.js';
import { overlaps, readPredictedMentions, scorePrecisionRecall } from './analysis-matching.js';
import type { PredictedMentions } from './analysis-matching.js';
import type { Analyze } from './analysis-sentences.js';

const DATA_DIR = new URL('data/numbers/recognizers-en/', SHARED_DIR);
const MAX_MISSES_SHOWN = 15;

interface GoldValue extends Span {
  text: string;
  /** Numbers: the value; also the value in the main unit for cents and pence. */
  values?: number[];
  /** Dates: YYYY-MM-DD. */
  date?: string;
}

export interface RecognizerCase {
  file: string;
  kind: 'number' | 'currency' | 'date';
  input: string;
  /** YYYY-MM-DD, for date cases. */
  reference?: string;
  golds: GoldValue[];
}

interface RawResult {
  Text?: unknown;
  Start?: unknown;
  End?: unknown;
  Length?: unknown;
  TypeName?: unknown;
  Type?: unknown;
  Resolution?: { value?: unknown; unit?: unknown; values?: unknown };
  Value?: { FutureResolution?: { date?: unknown }; PastResolution?: { date?: unknown } };
}

interface RawCase {
  Input?: unknown;
  Context?: { ReferenceDateTime?: unknown };
  Results?: RawResult[];
  NotSupported?: unknown;
  NotSupportedByDesign?: unknown;
}

/** Skip reasons counted per file, for the details. */
type SkipCounts = Map<string, number>;

function readSpec(relative: string): RawCase[] {
  const raw = readFileSync(new URL(relative, DATA_DIR), 'utf8').replace(/^\uFEFF/, '');
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? (parsed as RawCase[]) : [];
}

function skip(counts: SkipCounts, reason: string): undefined {
  counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return undefined;
}

function isMarkedUnsupported(raw: RawCase): boolean {
  const marks = [raw.NotSupported, raw.NotSupportedByDesign];
  return marks.some((mark) => typeof mark === 'string' && mark.trim() !== '');
}

/** Half-open span of a result: `End` is inclusive in the model specs, `Length` is used by the parser specs. */
function resultSpan(result: RawResult): Span | undefined {
  if (typeof result.Start !== 'number') return undefined;
  if (typeof result.End === 'number') return { start: result.Start, end: result.End + 1 };
  if (typeof result.Length === 'number') return { start: result.Start, end: result.Start + result.Length };
  return undefined;
}

const ODD_NUMBER_INPUT = new RegExp(
  [
    /\d\.\d+\.\d|\d, \d|\d[\s\u00a0\u202f]\d{3}\b|\d,\d{2},\d/.source, // 192.168.1.2, 1 234 567, 12,34,567
    /\d\s*[eE][+-]?\d|\^|\/|[⅔¾⅙½]/.source, // exponents and fractions
    /\bover\b|\bout of\b|\b\d+ in \b/.source, // ratios
    /lakh|crore|\d\s*([kgmb]|mm|mil)\b|\bbln\b|\btln\b|\bnr\.|SCP-|\{/.source, // abbreviations, codes
    /\bpoint\b|(^|\s)-\s*\d|\bminus\b|\bnegative\b|nought|naught/.source,
    /https?:|\bdzs?\b|\bdozs\b|\d+ hundred\b|\bone last\b/.source,
    /per ?cents? of|percents|\bpercentage\b/.source, // "percent of 10", "100 percentage"
    /\S(\s{2,}|\s-\s)\S/.source, // "fifty - two", "half a  dozen"
  ].join('|'),
  'i',
);
const FRACTION_WORD =
  /\b(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|\w+ths|hundredths?|thousandths?|millionths?|billionths?|trillionths?)\b/i;

function readNumberValue(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const number = Number(String(value).replace(/%$/, ''));
  return Number.isFinite(number) ? number : undefined;
}

function toNumberCase(file: string, raw: RawCase, skipped: SkipCounts): RecognizerCase | undefined {
  const input = typeof raw.Input === 'string' ? raw.Input : '';
  if (isMarkedUnsupported(raw)) return skip(skipped, 'marked NotSupported');
  if (ODD_NUMBER_INPUT.test(input)) return skip(skipped, 'not news prose');
  const results = raw.Results ?? [];
  if (results.length === 0) {
    return /\d/.test(input)
      ? skip(skipped, 'negative case with digits (units)')
      : { file, kind: 'number', input, golds: [] };
  }
  const golds: GoldValue[] = [];
  for (const result of results) {
    const span = resultSpan(result);
    const value = readNumberValue(result.Resolution?.value);
    const text = typeof result.Text === 'string' ? result.Text : '';
    if (!span || value === undefined) return skip(skipped, 'unresolved result');
    if (FRACTION_WORD.test(input.replace(/dozens?/gi, ''))) return skip(skipped, 'fraction');
    if (value < 0 || (!Number.isInteger(value) && !/\d\.\d/.test(text))) return skip(skipped, 'fraction');
    golds.push({ ...span, text, values: [value] });
  }
  return { file, kind: 'number', input, golds };
}

const NEWS_CURRENCIES =
  /^(dollar|united states dollar|canadian dollar|australian dollar|hong kong dollar|new zealand dollar|pound|british pound|euro|japanese yen|chinese yuan|franc|swiss franc|cent|pence|penny|peseta|finnish markka|netherlands guilder)$/i;

function toCurrencyCase(file: string, raw: RawCase, skipped: SkipCounts): RecognizerCase | undefined {
  const input = typeof raw.Input === 'string' ? raw.Input : '';
  if (isMarkedUnsupported(raw)) return skip(skipped, 'marked NotSupported');
  // Singular "50 dollar" and non-Latin currency signs are spec edge cases, not news English.
  if (/lakh|crore|\d (us )?dollar\b(?!-)|[^ -~£€]/i.test(input)) return skip(skipped, 'not news prose');
  const golds: GoldValue[] = [];
  for (const result of raw.Results ?? []) {
    const span = resultSpan(result);
    const value = readNumberValue(result.Resolution?.value);
    const unit = typeof result.Resolution?.unit === 'string' ? result.Resolution.unit : '';
    const text = typeof result.Text === 'string' ? result.Text : '';
    if (!span || value === undefined) continue;
    if (!NEWS_CURRENCIES.test(unit)) return skip(skipped, 'uncommon currency');
    if (
      /\b(dollars?|usd|cents?)\b.*\b(\d+|and|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b/i.test(
        text,
      )
    ) {
      return skip(skipped, 'compound amount');
    }
    const values = /^(cent|pence|penny)$/i.test(unit) ? [value, value / 100] : [value];
    golds.push({ ...span, text, values });
  }
  if (golds.length === 0) return skip(skipped, 'no currency result');
  return { file, kind: 'currency', ...detokenize(input, golds) };
}

/**
 * Undoes wire-copy tokenisation ("$ 75 million", "4 . 8 %", "co . ,") the way the text would be
 * printed, moving the gold spans with it.
 */
export function detokenize(input: string, golds: GoldValue[]): { input: string; golds: GoldValue[] } {
  const removable = new Set<number>();
  for (const match of input.matchAll(
    /(?<=[$£€]) (?=\d)|(?<=\d) (?=\.\s?\d)|(?<=\d\.) (?=\d)|(?<=\S) (?=[.,;:%)]|'s\b|n't\b)|(?<=\() /g,
  )) {
    removable.add(match.index);
  }
  if (removable.size === 0) return { input, golds };
  // newIndex[i] = position of original character i in the new text (removed characters map forward).
  const newIndex: number[] = [];
  let output = '';
  for (let i = 0; i < input.length; i++) {
    newIndex.push(output.length);
    if (!removable.has(i)) output += input[i];
  }
  newIndex.push(output.length);
  const moved = golds.map((gold) => {
    const start = newIndex[gold.start] ?? gold.start;
    const end = newIndex[gold.end] ?? gold.end;
    return { ...gold, start, end, text: output.slice(start, end) };
  });
  return { input: output, golds: moved };
}

const ODD_DATE_TEXT = new RegExp(
  [
    /^\d{6,8}$/.source, // compact 20161016
    /^\d{4} \d{1,2} \d{1,2}$/.source, // 2016 10 16
    /[a-z]{3,}[-/]\d|\d[-/][a-z]{3,}/.source, // sep-23-2020, 05-aug-2016, friday-jun-15
    /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.source, // two-digit years
    /^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/.source, // 3-7-2017, 13.5.2015: ambiguous order
    /^\d{4}[/.]\d/.source, // 2015/08/12
    /\d\/\d{1,2},/.source, // 08/12,2015
    /\bfew\b|\btmrw\b|^otd$/.source,
    /^(the )?(my |this |past |last |next )?day$|^the day (before|after)$/.source,
    /\b0\d(st|nd|rd|th)\b|\d{4}-\d-|\d{4}-\d{2}-\d\b|^\d{1,2}\. /.source, // 04th, 2018-7-6, 16. Nov.
    /independence day|christmas|easter|new year|black friday|earth day|saint patrick/.source, // holidays
    /\bweek\s*-?\s*\w+day\b|\b(two|three|\d+) \w+days\b|\bthe fifteen$/.source, // "this week Monday", "two sundays"
    /^(first|second|third|fourth|fifth) \w+day$/.source,
  ].join('|'),
  'i',
);

function toDateCase(
  file: string,
  raw: RawCase,
  skipped: SkipCounts,
  readValue: (result: RawResult) => string | undefined,
): RecognizerCase | undefined {
  const input = typeof raw.Input === 'string' ? raw.Input : '';
  const reference =
    typeof raw.Context?.ReferenceDateTime === 'string' ? raw.Context.ReferenceDateTime.slice(0, 10) : '';
  if (isMarkedUnsupported(raw)) return skip(skipped, 'marked NotSupported');
  const results = raw.Results ?? [];
  const result = results[0];
  if (results.length !== 1 || !result) return skip(skipped, 'not a single result');
  const typeName =
    typeof result.TypeName === 'string' ? result.TypeName : typeof result.Type === 'string' ? result.Type : '';
  if (typeName !== 'datetimeV2.date' && typeName !== 'date') return skip(skipped, 'not a date');
  const date = readValue(result);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date.startsWith('0001'))
    return skip(skipped, 'no single resolved day');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) return skip(skipped, 'no reference date');
  const text = typeof result.Text === 'string' ? result.Text.trim() : '';
  if (ODD_DATE_TEXT.test(text)) return skip(skipped, 'not news prose');
  const span = resultSpan(result);
  if (!span) return skip(skipped, 'unresolved result');
  return { file, kind: 'date', input, reference, golds: [{ ...span, text, date }] };
}

function readModelDate(result: RawResult): string | undefined {
  const values = result.Resolution?.values;
  if (!Array.isArray(values) || values.length !== 1) return undefined;
  const value = (values[0] as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
}

function readParserDate(result: RawResult): string | undefined {
  const future = result.Value?.FutureResolution?.date;
  const past = result.Value?.PastResolution?.date;
  return typeof future === 'string' && future === past ? future.slice(0, 10) : undefined;
}

/** The selected cases, and how many of each file were skipped and why. */
export function loadRecognizerCases(): { cases: RecognizerCase[]; skipped: Map<string, SkipCounts> } {
  const cases: RecognizerCase[] = [];
  const skipped = new Map<string, SkipCounts>();
  // DateParser repeats some DateTimeModel inputs: each sentence is scored once.
  const seen = new Set<string>();
  const load = (
    name: string,
    path: string,
    toCase: (name: string, raw: RawCase, counts: SkipCounts) => RecognizerCase | undefined,
  ): void => {
    const counts: SkipCounts = new Map();
    skipped.set(name, counts);
    for (const raw of readSpec(path)) {
      const selected = toCase(name, raw, counts);
      if (!selected) continue;
      const key = `${selected.kind}|${selected.reference ?? ''}|${selected.input}`;
      if (seen.has(key)) {
        skip(counts, 'duplicate of an earlier case');
        continue;
      }
      seen.add(key);
      cases.push(selected);
    }
  };
  load('NumberModel', 'Number/English/NumberModel.json', toNumberCase);
  load('PercentModel', 'Number/English/PercentModel.json', toNumberCase);
  load('CurrencyModel', 'NumberWithUnit/English/CurrencyModel.json', toCurrencyCase);
  load('DateTimeModel', 'DateTime/English/DateTimeModel.json', (name, raw, counts) =>
    toDateCase(name, raw, counts, readModelDate),
  );
  load('DateParser', 'DateTime/English/DateParser.json', (name, raw, counts) =>
    toDateCase(name, raw, counts, readParserDate),
  );
  return { cases, skipped };
}

function analyzeCase(testCase: RecognizerCase, index: number, analyze: Analyze): PredictedMentions {
  const article: Article = {
    id: `recognizers-${index}`,
    source: `${testCase.file}#${index}`,
    text: testCase.input,
    paragraphs: splitParagraphs(testCase.input),
    removed: [],
    ...(testCase.reference !== undefined && { published: testCase.reference, publishedHow: 'explicit' as const }),
  };
  const now = new Date(`${testCase.reference ?? '2020-01-01'}T12:00:00Z`);
  return readPredictedMentions(analyze(article, createContext({ now })).mentions);
}

interface Counts {
  gold: number;
  found: number;
  detected: number;
  predicted: number;
  truePositives: number;
}

function emptyCounts(): Counts {
  return { gold: 0, found: 0, detected: 0, predicted: 0, truePositives: 0 };
}

/** Scores `analyze` (the analyze stage by default) on the selected cases. */
export function scoreRecognizerCases(
  cases: readonly RecognizerCase[],
  analyze: Analyze = analyzeArticle,
): { metrics: Metric[]; details: string[] } {
  const numbers = emptyCounts();
  const currency = emptyCounts();
  const dates = emptyCounts();
  const misses: Record<'numbers' | 'currency' | 'dates' | 'false', string[]> = {
    numbers: [],
    currency: [],
    dates: [],
    false: [],
  };
  const note = (list: string[], line: string): void => {
    if (list.length < MAX_MISSES_SHOWN) list.push(line);
  };
  let crashes = 0;
  cases.forEach((testCase, index) => {
    let predicted: PredictedMentions;
    try {
      predicted = analyzeCase(testCase, index, analyze);
    } catch (error) {
      crashes += 1;
      note(
        misses.false,
        `analyzer threw on ${JSON.stringify(testCase.input)}: ${error instanceof Error ? error.message : String(error)}`,
      );
      predicted = { numbers: [], dates: [], quotes: [] };
    }
    if (testCase.kind === 'date') {
      const gold = testCase.golds[0];
      dates.gold += 1;
      dates.predicted += predicted.dates.length;
      const hit = gold ? predicted.dates.find((date) => overlaps(date, gold) && date.date === gold.date) : undefined;
      if (hit) {
        dates.found += 1;
        dates.truePositives += 1;
      } else {
        const got = predicted.dates.map((date) => `"${date.text}" ${date.date}`).join(', ') || 'nothing';
        note(
          misses.dates,
          `${JSON.stringify(testCase.input)} (ref ${testCase.reference}): gold "${gold?.text}" ${gold?.date}; got ${got}`,
        );
      }
      for (const date of predicted.dates) {
        if (date !== hit) note(misses.false, `date "${date.text}" ${date.date} in ${JSON.stringify(testCase.input)}`);
      }
      return;
    }
    const counts = testCase.kind === 'currency' ? currency : numbers;
    const used = new Set<(typeof predicted.numbers)[number]>();
    for (const gold of testCase.golds) {
      counts.gold += 1;
      const overlapping = predicted.numbers.filter((number) => !used.has(number) && overlaps(number, gold));
      const isInside = (number: (typeof overlapping)[number]): boolean =>
        (gold.values ?? []).some((value) => number.low <= value && value <= number.high);
      const best = overlapping.find(isInside) ?? overlapping[0];
      if (best) {
        used.add(best);
        counts.detected += 1;
      }
      if (best && isInside(best)) {
        counts.found += 1;
        counts.truePositives += 1;
      } else {
        const got = best ? `"${best.text}" [${best.low}, ${best.high}]` : 'nothing';
        note(
          testCase.kind === 'currency' ? misses.currency : misses.numbers,
          `${JSON.stringify(testCase.input)}: gold "${gold.text}" = ${gold.values?.[0]}; got ${got}`,
        );
      }
    }
    // Currency sentences annotate money only: their other numbers are neither right nor wrong.
    if (testCase.kind === 'number') {
      numbers.predicted += predicted.numbers.length;
      for (const number of predicted.numbers) {
        if (!used.has(number))
          note(
            misses.false,
            `number "${number.text}" [${number.low}, ${number.high}] in ${JSON.stringify(testCase.input)}`,
          );
      }
    }
  });
  const numberScores = scorePrecisionRecall(numbers.truePositives, numbers.predicted, numbers.gold);
  const dateScores = scorePrecisionRecall(dates.truePositives, dates.predicted, dates.gold);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const metrics: Metric[] = [
    { name: 'numbers.precision', value: numberScores.precision },
    { name: 'numbers.recall', value: numberScores.recall },
    { name: 'numbers.f1', value: numberScores.f1 },
    {
      name: 'numbers.detection-recall',
      value: ratio(numbers.detected + currency.detected, numbers.gold + currency.gold),
    },
    { name: 'currency.recall', value: ratio(currency.found, currency.gold) },
    { name: 'dates.precision', value: dateScores.precision },
    { name: 'dates.recall', value: dateScores.recall },
    { name: 'dates.f1', value: dateScores.f1 },
  ];
  const details: string[] = [
    `gold: ${numbers.gold} numbers, ${currency.gold} amounts, ${dates.gold} dates; predicted: ${numbers.predicted} numbers (number cases), ${dates.predicted} dates`,
  ];
  if (crashes > 0) details.push(`analyzer threw on ${crashes} cases`);
  const sections: [string, string[]][] = [
    ['numbers missed or value outside [low, high]', misses.numbers],
    ['amounts missed or value outside [low, high]', misses.currency],
    ['dates missed or wrong day', misses.dates],
    ['reported but not gold', misses.false],
  ];
  for (const [title, lines] of sections) {
    if (lines.length === 0) continue;
    details.push(`${title} (first ${lines.length}):`, ...lines.map((line) => `  ${line}`));
  }
  return { metrics, details };
}

export async function runNumbersRecognizers(): Promise<SuiteResult> {
  if (!existsSync(DATA_DIR)) {
    return { suite: 'numbers-recognizers', scope: '0 cases', metrics: [], skipped: `${DATA_DIR.pathname} is absent` };
  }
  const { cases, skipped } = loadRecognizerCases();
  const { metrics, details } = scoreRecognizerCases(cases);
  const selection = [...skipped].map(([file, counts]) => {
    const kept = cases.filter((testCase) => testCase.file === file).length;
    const reasons = [...counts].map(([reason, count]) => `${reason} ${count}`).join(', ');
    return `${file}: ${kept} used; skipped ${reasons || 'none'}`;
  });
  return Promise.resolve({
    suite: 'numbers-recognizers',
    scope: `${cases.length} spec cases`,
    metrics,
    details: [...selection, ...details],
  });
}

export const numbersRecognizersSuite: EvalSuite = {
  name: 'numbers-recognizers',
  run: runNumbersRecognizers,
};
