/**
 * @module scorer.test
 * The analysis-sentences scorer: a perfect analyzer built from the gold scores 1 everywhere, a
 * broken one scores 0 without crashing the suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateAll, readGoldSentences } from '../../eval/suites/analysis-gold.js';
import type { GoldSentence } from '../../eval/suites/analysis-gold.js';
import { scoreAnalysisSentences } from '../../eval/suites/analysis-sentences.js';
import type { Analyze } from '../../eval/suites/analysis-sentences.js';
import { isIntervalAccepted, isSameCounted, isSameName, isSamePredicate } from '../../eval/suites/analysis-matching.js';
import type { Mention, SentenceAnalysis } from '../../src/core/model/mention.js';

const golds = readGoldSentences();

/** An analyzer that returns exactly the gold annotations of the sentence it is given. */
function createGoldAnalyzer(sentences: readonly GoldSentence[]): Analyze {
  const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  return (article) => {
    const gold = byId.get(article.id);
    if (!gold) throw new Error(`no gold for ${article.id}`);
    const mentions: Mention[] = [];
    const numberSpans = locateAll(
      gold.text,
      gold.numbers.map((number) => number.text),
    );
    gold.numbers.forEach((number, index) => {
      const span = numberSpans[index]!;
      mentions.push({
        kind: 'number',
        text: number.text,
        ...span,
        low: number.low,
        high: number.high,
        ...(number.unit === 'age' && { unit: 'years-old' }),
        ...(number.counted !== null && { counted: number.counted }),
        ...(number.predicate !== null && { predicate: number.predicate }),
      });
    });
    const dateSpans = locateAll(
      gold.text,
      gold.dates.map((date) => date.text),
    );
    gold.dates.forEach((date, index) => {
      mentions.push({ kind: 'date', text: date.text, ...dateSpans[index]!, date: date.date, isRelative: true });
    });
    const quoteSpans = locateAll(
      gold.text,
      gold.quotes.map((quote) => quote.contains),
    );
    gold.quotes.forEach((quote, index) => {
      mentions.push({
        kind: 'quote',
        text: quote.contains,
        ...quoteSpans[index]!,
        speaker: quote.speaker,
        isPartial: false,
      });
    });
    const sentence = { start: 0, end: gold.text.length, paragraph: 0 };
    const analysis: SentenceAnalysis = {
      sentence,
      attributions: gold.attribution === null ? [] : [{ source: gold.attribution, cue: 'said', start: 0, end: 1 }],
      modality: gold.modality,
      modalityCues: [],
    };
    return { mentions, sentenceAnalyses: [analysis] };
  };
}

test('a perfect analyzer scores 1 on every metric', () => {
  const result = scoreAnalysisSentences(golds, createGoldAnalyzer(golds));
  for (const metric of result.metrics) assert.equal(metric.value, 1, `${metric.name} = ${metric.value}`);
});

test('malformed or throwing analyzers score 0 and never crash the suite', () => {
  const sample = golds.slice(0, 20);
  const malformed: Analyze = () =>
    // Deliberately wrong shapes, as an analyzer under construction might return.
    ({
      mentions: [null, { kind: 'number' }, { kind: 'date', start: 'x' }, { kind: 'quote', start: 0 }],
      sentenceAnalyses: [null, {}, { sentence: { start: 'a' } }],
    }) as unknown as ReturnType<Analyze>;
  const broken = scoreAnalysisSentences(sample, malformed);
  assert.ok(broken.metrics.every((metric) => metric.value <= 1));
  assert.equal(broken.metrics.find((metric) => metric.name === 'numbers.recall')?.value, 0);
  const throwing = scoreAnalysisSentences(sample, () => {
    throw new Error('not ready');
  });
  assert.ok(throwing.details?.some((line) => line.includes('analyzer threw on 20 sentences')));
});

test('a wrong interval, an age read as a count, or a false number is not a match', () => {
  const gold = golds.find((sentence) => sentence.numbers.some((number) => number.unit === 'age'))!;
  const perfect = createGoldAnalyzer([gold]);
  const skewed: Analyze = (article, context) => {
    const result = perfect(article, context);
    const mentions = result.mentions.map((mention) =>
      mention.kind === 'number'
        ? { ...mention, low: mention.low * 3 + 10, high: mention.high * 3 + 10, unit: 'count' }
        : mention,
    );
    return { ...result, mentions };
  };
  const result = scoreAnalysisSentences([gold], skewed);
  assert.equal(result.metrics.find((metric) => metric.name === 'numbers.recall')?.value, 0);
  assert.equal(result.metrics.find((metric) => metric.name === 'numbers.detection-f1')?.value, 1);
});

test('lenient comparisons accept forms of the same thing and refuse different things', () => {
  assert.ok(isIntervalAccepted({ low: 7200, high: 8000 }, { low: 7200, high: 7999 }));
  assert.ok(!isIntervalAccepted({ low: 8000, high: 8000 }, { low: 0, high: 2000 }));
  assert.ok(!isIntervalAccepted({ low: 1000, high: 2000 }, { low: 0, high: 2000 }));
  assert.ok(isSameCounted({ counted: 'troops' }, 'troop'));
  assert.ok(isSameCounted({ unit: 'usd' }, 'dollar'));
  assert.ok(isSameCounted({ counted: 'kilometer' }, 'square kilometre'));
  assert.ok(isSameCounted({ counted: 'persons' }, 'people'));
  assert.ok(!isSameCounted({ counted: 'year' }, 'passenger'));
  assert.ok(isSamePredicate('detained', 'detain'));
  assert.ok(isSamePredicate('die', 'death'));
  assert.ok(isSamePredicate('evacuate', 'evacuation'));
  assert.ok(!isSamePredicate('plead', 'poison'));
  assert.ok(isSameName('Interior Ministry', 'the interior ministry'));
  assert.ok(isSameName('the defence minister', 'the defence minister, Karl Odum'));
  assert.ok(isSameName('Maria Lopez', 'Lopez'));
  assert.ok(!isSameName('she', 'Delgado'));
  assert.ok(!isSameName(undefined, 'police'));
});
