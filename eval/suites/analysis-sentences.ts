/**
 * @module analysis-sentences
 * Scores the analyze stage on the hand-written gold sentences in test/analysis-suite/ (numbers,
 * dates, quotes, attribution, modality); conventions in test/analysis-suite/README.md.
 */
import type { EvalSuite, Metric, SuiteResult } from '../suite.js';
import type { Article } from '../../src/core/model/article.js';
import type { Span } from '../../src/core/model/span.js';
import type { AnnotatedArticle } from '../../src/core/model/annotated-article.js';
import type { PipelineContext } from '../../src/core/pipeline/pipeline-context.js';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { splitParagraphs } from '../../src/core/text/split-paragraphs.js';
import { locateAll, readGoldSentences } from './analysis-gold.js';
import type { GoldSentence } from './analysis-gold.js';
import {
  EXACT_TOLERANCE,
  isAgeUnit,
  isIntervalAccepted,
  isSameCounted,
  isSameName,
  isSamePredicate,
  overlapLength,
  overlaps,
  readPredictedMentions,
  scorePrecisionRecall,
} from './analysis-matching.js';
import type { PredictedMentions, PredictedNumber } from './analysis-matching.js';

const MAX_MISSES_SHOWN = 15;

/** Running totals over the suite. */
interface Tally {
  numbersGold: number;
  numbersPredicted: number;
  numbersMatched: number;
  numbersDetected: number;
  intervalsExact: number;
  countedScored: number;
  countedCorrect: number;
  predicateScored: number;
  predicateCorrect: number;
  datesGold: number;
  datesPredicted: number;
  datesMatched: number;
  quotesGold: number;
  quotesPredicted: number;
  quotesMatched: number;
  quotesDetected: number;
  attributionCorrect: number;
  modalityCorrect: number;
  sentences: number;
  crashes: number;
}

type MissKind =
  | 'numbers'
  | 'numbers-false'
  | 'counted'
  | 'predicate'
  | 'dates'
  | 'dates-false'
  | 'quotes'
  | 'attribution'
  | 'modality';

class MissLog {
  constructor(private readonly limit: number) {}

  readonly lines = new Map<MissKind, string[]>();
  readonly counts = new Map<MissKind, number>();

  add(kind: MissKind, line: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    const list = this.lines.get(kind) ?? [];
    if (list.length < this.limit) list.push(line);
    this.lines.set(kind, list);
  }
}

function emptyTally(): Tally {
  return {
    numbersGold: 0,
    numbersPredicted: 0,
    numbersMatched: 0,
    numbersDetected: 0,
    intervalsExact: 0,
    countedScored: 0,
    countedCorrect: 0,
    predicateScored: 0,
    predicateCorrect: 0,
    datesGold: 0,
    datesPredicted: 0,
    datesMatched: 0,
    quotesGold: 0,
    quotesPredicted: 0,
    quotesMatched: 0,
    quotesDetected: 0,
    attributionCorrect: 0,
    modalityCorrect: 0,
    sentences: 0,
    crashes: 0,
  };
}

export function toArticle(gold: GoldSentence): Article {
  return {
    id: gold.id,
    source: gold.id,
    text: gold.text,
    paragraphs: splitParagraphs(gold.text),
    removed: [],
    published: gold.published,
    publishedHow: 'explicit',
  };
}

function describeNumber(number: PredictedNumber): string {
  const extras = [number.counted, number.predicate, number.unit && `unit=${number.unit}`].filter(Boolean).join(' ');
  return `"${number.text}" [${number.low}, ${number.high}]${extras ? ` ${extras}` : ''}`;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text);
}

function isInsideAny(span: Span, spans: readonly (Span | undefined)[]): boolean {
  return spans.some((other) => other !== undefined && overlaps(span, other));
}

function scoreNumbers(gold: GoldSentence, predicted: PredictedMentions, tally: Tally, misses: MissLog): void {
  const goldNumbers = Array.isArray(gold.numbers) ? gold.numbers : [];
  const goldSpans = locateAll(
    gold.text,
    goldNumbers.map((number) => number.text),
  );
  const vagueSpans = locateAll(gold.text, gold.vagueNumbers ?? []);
  // Predictions on vague quantities ("several") are neither right nor wrong.
  const candidates = predicted.numbers.filter(
    (number) => !isInsideAny(number, vagueSpans) || isInsideAny(number, goldSpans),
  );
  tally.numbersGold += goldNumbers.length;
  tally.numbersPredicted += candidates.length;
  const used = new Set<PredictedNumber>();
  goldNumbers.forEach((goldNumber, index) => {
    const span = goldSpans[index];
    const isAge = goldNumber.unit === 'age';
    const isAccepted = (number: PredictedNumber): boolean =>
      isIntervalAccepted(number, goldNumber) && isAgeUnit(number.unit) === isAge;
    const overlapping = span ? candidates.filter((number) => !used.has(number) && overlaps(number, span)) : [];
    overlapping.sort(
      (a, b) => Number(isAccepted(b)) - Number(isAccepted(a)) || overlapLength(b, span!) - overlapLength(a, span!),
    );
    const best = overlapping[0];
    const goldText = `${gold.id} "${goldNumber.text}" gold [${goldNumber.low}, ${goldNumber.high}] ${goldNumber.counted ?? '-'}/${goldNumber.predicate ?? '-'}${isAge ? ' unit=age' : ''}`;
    if (!best) {
      misses.add('numbers', `${goldText}; not found`);
      return;
    }
    used.add(best);
    tally.numbersDetected += 1;
    if (isIntervalAccepted(best, goldNumber, EXACT_TOLERANCE) && isAgeUnit(best.unit) === isAge) {
      tally.intervalsExact += 1;
    }
    if (!isAccepted(best)) {
      misses.add('numbers', `${goldText}; got ${describeNumber(best)}`);
      return;
    }
    tally.numbersMatched += 1;
    if (goldNumber.counted) {
      tally.countedScored += 1;
      if (isSameCounted(best, goldNumber.counted)) tally.countedCorrect += 1;
      else misses.add('counted', `${goldText}; got ${describeNumber(best)}`);
    }
    if (goldNumber.predicate) {
      tally.predicateScored += 1;
      if (isSamePredicate(best.predicate, goldNumber.predicate)) tally.predicateCorrect += 1;
      else misses.add('predicate', `${goldText}; got ${describeNumber(best)}`);
    }
  });
  for (const number of candidates) {
    if (!used.has(number)) misses.add('numbers-false', `${gold.id} ${describeNumber(number)} in ${quoted(gold.text)}`);
  }
}

function scoreDates(gold: GoldSentence, predicted: PredictedMentions, tally: Tally, misses: MissLog): void {
  const goldDates = Array.isArray(gold.dates) ? gold.dates : [];
  const goldSpans = locateAll(
    gold.text,
    goldDates.map((date) => date.text),
  );
  const vagueSpans = locateAll(gold.text, gold.vagueDates ?? []);
  const candidates = predicted.dates.filter((date) => !isInsideAny(date, vagueSpans) || isInsideAny(date, goldSpans));
  tally.datesGold += goldDates.length;
  tally.datesPredicted += candidates.length;
  const used = new Set<(typeof candidates)[number]>();
  goldDates.forEach((goldDate, index) => {
    const span = goldSpans[index];
    const overlapping = span ? candidates.filter((date) => !used.has(date) && overlaps(date, span)) : [];
    const best = overlapping.find((date) => date.date === goldDate.date) ?? overlapping[0];
    if (best) used.add(best);
    if (best?.date === goldDate.date) {
      tally.datesMatched += 1;
      return;
    }
    const got = best ? `got "${best.text}" ${best.date}` : 'not found';
    misses.add('dates', `${gold.id} "${goldDate.text}" gold ${goldDate.date} (published ${gold.published}); ${got}`);
  });
  for (const date of candidates) {
    if (!used.has(date)) misses.add('dates-false', `${gold.id} "${date.text}" ${date.date} in ${quoted(gold.text)}`);
  }
}

function scoreQuotes(gold: GoldSentence, predicted: PredictedMentions, tally: Tally, misses: MissLog): void {
  const goldQuotes = Array.isArray(gold.quotes) ? gold.quotes : [];
  const goldSpans = locateAll(
    gold.text,
    goldQuotes.map((quote) => quote.contains),
  );
  tally.quotesGold += goldQuotes.length;
  tally.quotesPredicted += predicted.quotes.length;
  const used = new Set<(typeof predicted.quotes)[number]>();
  goldQuotes.forEach((goldQuote, index) => {
    const span = goldSpans[index];
    const overlapping = span ? predicted.quotes.filter((quote) => !used.has(quote) && overlaps(quote, span)) : [];
    const best = overlapping.find((quote) => isSameName(quote.speaker, goldQuote.speaker)) ?? overlapping[0];
    if (best) {
      used.add(best);
      tally.quotesDetected += 1;
    }
    if (best && isSameName(best.speaker, goldQuote.speaker)) {
      tally.quotesMatched += 1;
      return;
    }
    const got = best
      ? `got speaker ${JSON.stringify(best.speaker ?? null)} for ${quoted(best.text)}`
      : 'quote not found';
    misses.add('quotes', `${gold.id} "${goldQuote.contains}" by ${goldQuote.speaker}; ${got}`);
  });
}

/** The sentence analysis that holds the end of the text: attribution and modality are gold for it. */
function lastSentenceAnalysis(
  gold: GoldSentence,
  analyses: unknown,
): { modality?: unknown; sources: string[] } | undefined {
  if (!Array.isArray(analyses)) return undefined;
  const lastCharacter = gold.text.trimEnd().length - 1;
  for (const analysis of analyses as unknown[]) {
    if (typeof analysis !== 'object' || analysis === null) continue;
    const record = analysis as { sentence?: Partial<Span>; attributions?: unknown; modality?: unknown };
    const { start, end } = record.sentence ?? {};
    if (typeof start !== 'number' || typeof end !== 'number' || lastCharacter < start || lastCharacter >= end) continue;
    const attributions = Array.isArray(record.attributions) ? (record.attributions as unknown[]) : [];
    const sources = attributions
      .map((attribution) => (attribution as { source?: unknown } | null)?.source)
      .filter((source): source is string => typeof source === 'string');
    return { modality: record.modality, sources };
  }
  return undefined;
}

function scoreSentence(gold: GoldSentence, analyses: unknown, tally: Tally, misses: MissLog): void {
  const analysis = lastSentenceAnalysis(gold, analyses);
  const sources = analysis?.sources ?? [];
  const isAttributionRight =
    gold.attribution === null ? sources.length === 0 : sources.some((source) => isSameName(source, gold.attribution!));
  if (isAttributionRight) tally.attributionCorrect += 1;
  else misses.add('attribution', `${gold.id} gold ${JSON.stringify(gold.attribution)}; got ${JSON.stringify(sources)}`);
  if (analysis?.modality === gold.modality) tally.modalityCorrect += 1;
  else
    misses.add(
      'modality',
      `${gold.id} gold ${gold.modality}; got ${JSON.stringify(analysis?.modality ?? null)} in ${quoted(gold.text)}`,
    );
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function toMetrics(tally: Tally): Metric[] {
  const numbers = scorePrecisionRecall(tally.numbersMatched, tally.numbersPredicted, tally.numbersGold);
  const detection = scorePrecisionRecall(tally.numbersDetected, tally.numbersPredicted, tally.numbersGold);
  const dates = scorePrecisionRecall(tally.datesMatched, tally.datesPredicted, tally.datesGold);
  const quotes = scorePrecisionRecall(tally.quotesMatched, tally.quotesPredicted, tally.quotesGold);
  return [
    { name: 'numbers.precision', value: numbers.precision },
    { name: 'numbers.recall', value: numbers.recall },
    { name: 'numbers.f1', value: numbers.f1 },
    { name: 'numbers.detection-f1', value: detection.f1 },
    { name: 'numbers.interval-exact', value: ratio(tally.intervalsExact, tally.numbersDetected) },
    { name: 'numbers.counted-accuracy', value: ratio(tally.countedCorrect, tally.countedScored) },
    { name: 'numbers.predicate-accuracy', value: ratio(tally.predicateCorrect, tally.predicateScored) },
    { name: 'dates.precision', value: dates.precision },
    { name: 'dates.recall', value: dates.recall },
    { name: 'dates.f1', value: dates.f1 },
    { name: 'quotes.precision', value: quotes.precision },
    { name: 'quotes.recall', value: quotes.recall },
    { name: 'quotes.f1', value: quotes.f1 },
    { name: 'quotes.detection-recall', value: ratio(tally.quotesDetected, tally.quotesGold) },
    { name: 'attribution.accuracy', value: ratio(tally.attributionCorrect, tally.sentences) },
    { name: 'modality.accuracy', value: ratio(tally.modalityCorrect, tally.sentences) },
  ];
}

const MISS_TITLES: Record<MissKind, string> = {
  numbers: 'numbers missed or wrong interval',
  'numbers-false': 'numbers reported but not gold',
  counted: 'counted noun wrong',
  predicate: 'predicate wrong',
  dates: 'dates missed or wrong day',
  'dates-false': 'dates reported but not gold',
  quotes: 'quotes missed or wrong speaker',
  attribution: 'attribution wrong (last sentence)',
  modality: 'modality wrong (last sentence)',
};

/** What is scored: the analyze stage, or any function with its shape (to try a variant). */
export type Analyze = (
  article: Article,
  context: PipelineContext,
) => Pick<AnnotatedArticle, 'mentions' | 'sentenceAnalyses'>;

/** Runs the analyzer on every gold sentence and scores it. */
export function scoreAnalysisSentences(
  golds: readonly GoldSentence[],
  analyze: Analyze = analyzeArticle,
  { maxMissesShown = MAX_MISSES_SHOWN }: { maxMissesShown?: number } = {},
): SuiteResult {
  const tally = emptyTally();
  const misses = new MissLog(maxMissesShown);
  const crashes: string[] = [];
  for (const gold of golds) {
    tally.sentences += 1;
    let mentions: unknown = [];
    let analyses: unknown = [];
    try {
      const annotated = analyze(toArticle(gold), createContext({ now: new Date(`${gold.published}T12:00:00Z`) }));
      mentions = annotated.mentions;
      analyses = annotated.sentenceAnalyses;
    } catch (error) {
      tally.crashes += 1;
      if (crashes.length < MAX_MISSES_SHOWN)
        crashes.push(`${gold.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const predicted = readPredictedMentions(mentions);
    scoreNumbers(gold, predicted, tally, misses);
    scoreDates(gold, predicted, tally, misses);
    scoreQuotes(gold, predicted, tally, misses);
    scoreSentence(gold, analyses, tally, misses);
  }
  const details = [
    `gold: ${tally.numbersGold} numbers, ${tally.datesGold} dates, ${tally.quotesGold} quotes; predicted: ${tally.numbersPredicted} numbers, ${tally.datesPredicted} dates, ${tally.quotesPredicted} quotes`,
  ];
  if (tally.crashes > 0)
    details.push(`analyzer threw on ${tally.crashes} sentences:`, ...crashes.map((line) => `  ${line}`));
  for (const [kind, lines] of misses.lines) {
    details.push(`${MISS_TITLES[kind]} (${misses.counts.get(kind) ?? 0}, first ${lines.length}):`);
    details.push(...lines.map((line) => `  ${line}`));
  }
  return {
    suite: 'analysis-sentences',
    scope: `${golds.length} gold sentences`,
    metrics: toMetrics(tally),
    details,
  };
}

export const analysisSentencesSuite: EvalSuite = {
  name: 'analysis-sentences',
  run: () => Promise.resolve(scoreAnalysisSentences(readGoldSentences())),
};
