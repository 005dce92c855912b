/**
 * @module analysis-matching
 * Lenient comparisons the analysis suites share: spans, intervals with tolerance, lemmas, names.
 */
import type { Span } from '../../src/core/model/span.js';

/** A number the analyzer found, read defensively from whatever it returned. */
export interface PredictedNumber extends Span {
  text: string;
  low: number;
  high: number;
  counted?: string;
  predicate?: string;
  unit?: string;
}

export interface PredictedDate extends Span {
  text: string;
  date: string;
}

export interface PredictedQuote extends Span {
  text: string;
  speaker?: string;
}

export interface PredictedMentions {
  numbers: PredictedNumber[];
  dates: PredictedDate[];
  quotes: PredictedQuote[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Relative tolerance on each interval bound; never tighter than ±1 (see test/analysis-suite/README.md). */
export const BOUND_TOLERANCE = 0.1;
/** "Exact-ish" interval: bounds within 1% (or ±1). */
export const EXACT_TOLERANCE = 0.01;

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function isBoundClose(predicted: number, gold: number, tolerance = BOUND_TOLERANCE): boolean {
  return Math.abs(predicted - gold) <= Math.max(1, tolerance * Math.abs(gold));
}

/** The predicted interval overlaps the gold one and both its bounds are within tolerance. */
export function isIntervalAccepted(
  predicted: { low: number; high: number },
  gold: { low: number; high: number },
  tolerance = BOUND_TOLERANCE,
): boolean {
  const isOverlapping = predicted.low <= gold.high && predicted.high >= gold.low;
  return (
    isOverlapping &&
    isBoundClose(predicted.low, gold.low, tolerance) &&
    isBoundClose(predicted.high, gold.high, tolerance)
  );
}

export function scorePrecisionRecall(truePositives: number, predicted: number, gold: number): Scores {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// Currency and percent units as the analyzer may name them, mapped to the gold `counted` noun.
const UNIT_NOUNS: Record<string, string> = {
  usd: 'dollar',
  $: 'dollar',
  dollar: 'dollar',
  eur: 'euro',
  '€': 'euro',
  euro: 'euro',
  gbp: 'pound',
  '£': 'pound',
  pound: 'pound',
  jpy: 'yen',
  yen: 'yen',
  // Measurement units as abbreviations.
  km: 'kilometre',
  m: 'metre',
  cm: 'centimetre',
  mm: 'millimetre',
  kg: 'kilogram',
  t: 'tonne',
  l: 'litre',
  ha: 'hectare',
  c: 'degree',
  '°c': 'degree',
  percent: 'percent',
  '%': 'percent',
  'per cent': 'percent',
  'percentage-point': 'percentage point',
  'percentage point': 'percentage point',
};

/**
 * The forms a word may have before one inflection is taken off, for lenient lemma comparison:
 * "detained" ~ "detain", "troops" ~ "troop", "died" ~ "die", "casualties" ~ "casualty".
 */
export function inflectionStems(word: string): Set<string> {
  const lower = toBritishSpelling(word.toLowerCase().trim().replace(/\s+/g, ' '));
  if (lower === 'person' || lower === 'people' || lower === 'persons') return new Set(['people']);
  const stems = new Set([lower]);
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing']) {
    if (lower.length > suffix.length + 1 && lower.endsWith(suffix)) stems.add(lower.slice(0, -suffix.length));
  }
  if (/(ies|ied)$/.test(lower)) stems.add(lower.slice(0, -3) + 'y');
  if (lower.endsWith('ing')) stems.add(lower.slice(0, -3) + 'e');
  return stems;
}

/** US and British spellings compare equal: "kilometer" ~ "kilometre", "traveler" ~ "traveller", "offense" ~ "offence". */
function toBritishSpelling(word: string): string {
  return word
    .replace(/(met|lit)er(s?)$/, '$1re$2')
    .replace(/([^l])eler(s?)$/, '$1eller$2')
    .replace(/([fc])ense(s?)$/, '$1ence$2');
}

/** Derived forms share a long stem ("evacuation" ~ "evacuate"); shorter shared prefixes are chance. */
const SHARED_STEM_LENGTH = 7;

export function isSameLemma(a: string, b: string): boolean {
  const stemsOfB = inflectionStems(b);
  for (const stem of inflectionStems(a)) if (stemsOfB.has(stem)) return true;
  const lowerA = a.toLowerCase().trim();
  const lowerB = b.toLowerCase().trim();
  let shared = 0;
  while (shared < lowerA.length && lowerA[shared] === lowerB[shared]) shared += 1;
  return shared >= SHARED_STEM_LENGTH;
}

/** Whether the analyzer's counted noun (or its unit, for money and percentages) names the gold noun. */
export function isSameCounted(predicted: { counted?: string; unit?: string }, gold: string): boolean {
  const candidates = [predicted.counted, predicted.unit].filter((value): value is string => typeof value === 'string');
  return candidates.some((value) => {
    const lower = value.toLowerCase().trim();
    const noun = UNIT_NOUNS[lower] ?? lower;
    return isSameLemma(noun, gold) || isSameLemma(lastWord(noun), gold) || isSameLemma(noun, lastWord(gold));
  });
}

// Event nouns and the verb an analyzer may give instead ("death toll" ~ "die").
const EVENT_VERBS: Record<string, string> = {
  death: 'die',
  dead: 'die',
  injury: 'injure',
  loss: 'lose',
  sale: 'sell',
  detention: 'detain',
  growth: 'grow',
  theft: 'steal',
};

function toVerb(word: string): string {
  const lower = word.toLowerCase().trim();
  return EVENT_VERBS[lower] ?? lower;
}

export function isSamePredicate(predicted: string | undefined, gold: string): boolean {
  if (typeof predicted !== 'string' || predicted.trim() === '') return false;
  const candidates = [predicted, lastWord(predicted)].map(toVerb);
  return candidates.some((candidate) => isSameLemma(candidate, toVerb(gold)));
}

/** Ages are numbers with an age unit, however the analyzer spells it. */
export function isAgeUnit(unit: string | undefined): boolean {
  return typeof unit === 'string' && /^(age|years?[- ]old|year-olds?)$/i.test(unit.trim());
}

/** Quote text for comparison: straight quotes, single spaces, lower case, no outer punctuation. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Names compared by their words: the gold surname (or organisation) must appear in the prediction. */
export function isSameName(predicted: string | undefined, gold: string): boolean {
  if (typeof predicted !== 'string') return false;
  const predictedNorm = normalizeName(predicted);
  const goldNorm = normalizeName(gold);
  if (predictedNorm === '' || goldNorm === '') return false;
  if (predictedNorm === goldNorm) return true;
  const predictedWords = ` ${predictedNorm} `;
  const goldWords = ` ${goldNorm} `;
  return predictedWords.includes(goldWords) || goldWords.includes(predictedWords);
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1] ?? text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

function readNumber(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Number, date and quote mentions out of an analyzer result, skipping anything malformed, so
 * the suites keep scoring while the analyzer's output is still taking shape. Dates without a
 * resolved day, or marked as less precise than a day, are left out: they are not scored.
 */
export function readPredictedMentions(mentions: unknown): PredictedMentions {
  const result: PredictedMentions = { numbers: [], dates: [], quotes: [] };
  if (!Array.isArray(mentions)) return result;
  for (const mention of mentions as unknown[]) {
    if (!isRecord(mention)) continue;
    const start = readNumber(mention, 'start');
    const end = readNumber(mention, 'end');
    if (start === undefined || end === undefined) continue;
    const text = readString(mention, 'text') ?? '';
    const kind = readString(mention, 'kind');
    if (kind === 'number') {
      const low = readNumber(mention, 'low');
      const high = readNumber(mention, 'high');
      if (low === undefined || high === undefined) continue;
      const number: PredictedNumber = { start, end, text, low, high };
      const counted = readString(mention, 'counted');
      const predicate = readString(mention, 'predicate');
      const unit = readString(mention, 'unit');
      if (counted !== undefined) number.counted = counted;
      if (predicate !== undefined) number.predicate = predicate;
      if (unit !== undefined) number.unit = unit;
      result.numbers.push(number);
    } else if (kind === 'date') {
      const date = readString(mention, 'date');
      const precision = readString(mention, 'precision');
      if (date === undefined || (precision !== undefined && precision !== 'day')) continue;
      result.dates.push({ start, end, text, date: date.slice(0, 10) });
    } else if (kind === 'quote') {
      const quote: PredictedQuote = { start, end, text };
      const speaker = readString(mention, 'speaker');
      if (speaker !== undefined) quote.speaker = speaker;
      result.quotes.push(quote);
    }
  }
  return result;
}
