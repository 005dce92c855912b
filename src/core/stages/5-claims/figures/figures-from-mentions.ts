/**
 * @module figures-from-mentions
 * The analyzer's number mentions as figures with a class: money, shares (fractions as percent),
 * ages, durations (in the unit written; decades as years), measurements, multiples and counts.
 */
import type { NumberMention } from '../../../model/mention.js';
import type { FigureClass } from '../../../model/claim.js';
import type { Figure } from './figure.js';

const CURRENCY = /^[a-z]{3}$/;
const MEASURE_UNITS = new Set([
  'km',
  'mile',
  'm',
  'cm',
  'mm',
  'foot',
  'inch',
  'kg',
  'g',
  'tonne',
  'lb',
  'litre',
  'gallon',
  'hectare',
  'acre',
  'mph',
  'kph',
  'degree',
  'magnitude',
  'mw',
  'gw',
  'kwh',
  'yard',
  'point',
  'percentage-point',
]);
const DURATION_UNITS = new Map([
  ['second', ['second', 1]],
  ['minute', ['minute', 1]],
  ['hour', ['hour', 1]],
  ['day', ['day', 1]],
  ['night', ['day', 1]],
  ['week', ['week', 1]],
  ['fortnight', ['week', 2]],
  ['month', ['month', 1]],
  ['year', ['year', 1]],
  ['decade', ['year', 10]],
  ['century', ['year', 100]],
] as const);

export function figureOfMention(mention: NumberMention): Figure {
  const base = {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    low: mention.low,
    high: mention.high,
    mention,
    ...(mention.counted !== undefined && { counted: mention.counted }),
    ...(mention.predicate !== undefined && { predicate: mention.predicate }),
    ...(mention.approximation !== undefined && { approximation: mention.approximation }),
  };
  if (mention.factor !== undefined) {
    return { ...base, low: mention.factor, high: mention.factor, figureClass: 'multiple', unit: 'times' };
  }
  const unit = mention.unit;
  if (unit === 'fraction') {
    // "half its troops", "two-thirds of the Senate": a share, compared as a percentage.
    return {
      ...base,
      low: round(mention.low * 100),
      high: round(mention.high * 100),
      figureClass: 'percent',
      unit: 'percent',
    };
  }
  if (unit === 'percent') return { ...base, figureClass: 'percent', unit };
  if (unit === 'age') return { ...base, figureClass: 'age', unit: 'year' };
  if (unit === 'duration') {
    const known = DURATION_UNITS.get((mention.counted ?? 'year') as never);
    const [written, scale] = known ?? ['year', 1];
    return {
      ...base,
      low: round(mention.low * scale),
      high: round(mention.high * scale),
      figureClass: 'duration',
      unit: written,
    };
  }
  if (unit !== undefined && MEASURE_UNITS.has(unit)) return { ...base, figureClass: 'measure', unit };
  if (unit !== undefined && CURRENCY.test(unit)) return { ...base, figureClass: 'money', unit };
  // News style writes counts of a thousand or more with a comma: a bare four-digit figure ("the 2012
  // attacks") is a year.
  if (/^(?:1[89]|20)\d\d$/.test(mention.text) && unit === undefined && mention.low === mention.high) {
    return { ...base, figureClass: 'year' };
  }
  const figureClass: FigureClass = 'count';
  return { ...base, figureClass, ...(unit !== undefined && { unit }) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
