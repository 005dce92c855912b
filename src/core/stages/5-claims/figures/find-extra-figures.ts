/**
 * @module find-extra-figures
 * Figures a fact-checker tabulates that the analyzer does not give as counts: years of past events
 * ("in 2013", "the 2014 ban", "four years ago"), decades, vote tallies ("passed 234-193"), ranks and
 * ordinals ("the third adviser", "the No. 2 Republican"), odds ("a two-in-three chance") and time
 * spans it set aside as time frames ("in 40 years", "ten minutes later").
 */
import type { Token } from '../../../model/token.js';
import type { Figure } from './figure.js';
import { cardinalValue, ordinalValue } from './number-words.js';

export interface SentenceTokens {
  tokens: readonly Token[];
  first: number;
  end: number;
  text: string;
  /** Whether characters [start, end) already belong to a number mention or a dated day. */
  isCovered: (start: number, end: number) => boolean;
  /** Year of the article's publication, for "four years ago". */
  publishedYear?: number;
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_PAIR = /^(1[89]\d\d|20\d\d)[-–](\d\d|\d{4})$/;
const DECADE = /^(1[89]\d|20\d)0s$/;
const TALLY = /^(\d{1,3})[-–](\d{1,3})$/;
const TIME_UNITS = new Map([
  ['minute', 'minute'],
  ['hour', 'hour'],
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['decade', 'year'],
  ['century', 'year'],
]);
const UNIT_SCALE = new Map([
  ['decade', 10],
  ['century', 100],
]);
/** Words before a figure that widen it, with the interval they make of a value v. */
const WIDENERS: [string[], (v: number) => [number, number]][] = [
  [['more', 'than'], (v) => [v * 1.01, v * 1.5]],
  [['over'], (v) => [v * 1.01, v * 1.5]],
  [['less', 'than'], (v) => [v * 0.5, v * 0.99]],
  [['under'], (v) => [v * 0.5, v * 0.99]],
  [['nearly'], (v) => [v * 0.85, v * 0.99]],
  [['almost'], (v) => [v * 0.85, v * 0.99]],
  [['about'], (v) => [v * 0.9, v * 1.1]],
  [['around'], (v) => [v * 0.9, v * 1.1]],
  [['roughly'], (v) => [v * 0.9, v * 1.1]],
  [['some'], (v) => [v * 0.9, v * 1.1]],
  [['at', 'least'], (v) => [v, v * 1.5]],
];
/** "at first", "first of all": an ordinal that ranks nothing. */
const ORDINAL_IDIOMS_BEFORE = new Set(['at']);
const ORDINAL_IDIOMS_AFTER = new Set(['of', ',', 'and', 'or', '.', 'to', 'that']);
const TALLY_CUES = new Set([
  'vote',
  'voted',
  'votes',
  'passed',
  'pass',
  'approved',
  'approve',
  'confirmed',
  'rejected',
  'margin',
  'tally',
  'ruled',
  'ruling',
  'decision',
  'decisions',
  'split',
  'seats',
  'majority',
  'won',
  'defeated',
  'lost',
  'beat',
]);

export function findExtraFigures(sentence: SentenceTokens): Figure[] {
  const { tokens, first, end, text, isCovered } = sentence;
  const figures: Figure[] = [];
  // Indexed from the sentence's first token: an array indexed by article position would make every
  // scan of it cost the article's length, not the sentence's.
  const words: string[] = [];
  for (let i = first; i < end; i++) words.push(tokens[i]?.text.toLowerCase() ?? '');
  const word = (i: number): string => (i >= first && i < end ? (words[i - first] ?? '') : '');
  const hasTallyCue = words.some((w) => TALLY_CUES.has(w));
  const span = (from: number, to: number) => {
    const start = tokens[from]?.start ?? 0;
    const stop = tokens[to - 1]?.end ?? start;
    return { start, end: stop, text: text.slice(start, stop) };
  };

  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (!token) continue;
    const w = word(i);

    // Years and decades the analyzer left to the dates: "in 2013", "the 2014 ban", "the 1970s".
    if (YEAR.test(w) && !isCovered(token.start, token.end)) {
      const value = Number(w);
      figures.push({ ...span(i, i + 1), low: value, high: value, figureClass: 'year' });
      continue;
    }
    const pair = YEAR_PAIR.exec(w);
    if (pair && !isCovered(token.start, token.end)) {
      const from = Number(pair[1]);
      const to = pair[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(pair[2]) : Number(pair[2]);
      if (to > from) {
        figures.push({ ...span(i, i + 1), low: from, high: from, figureClass: 'year', side: 'for' });
        figures.push({ ...span(i, i + 1), low: to, high: to, figureClass: 'year', side: 'against' });
      }
      continue;
    }
    const decade = DECADE.exec(w);
    if (decade && !isCovered(token.start, token.end)) {
      const value = Number(decade[1]) * 10;
      figures.push({ ...span(i, i + 1), low: value, high: value + 9, figureClass: 'year' });
      continue;
    }

    // Tallies: "passed 234-193", "a 5-4 decision". Both sides are figures of their own.
    const tally = TALLY.exec(w);
    if (tally && hasTallyCue && !isCovered(token.start, token.end)) {
      const yes = Number(tally[1]);
      const no = Number(tally[2]);
      if (yes >= no) {
        figures.push({ ...span(i, i + 1), low: yes, high: yes, figureClass: 'tally', side: 'for' });
        figures.push({ ...span(i, i + 1), low: no, high: no, figureClass: 'tally', side: 'against' });
      }
      continue;
    }

    // Ranks: "the No. 2 Republican".
    if ((w === 'no.' || w === 'no') && tokens[i + 1]?.pos === 'NUM' && /^\d{1,2}$/.test(word(i + 1))) {
      const value = Number(word(i + 1));
      figures.push({ ...span(i, i + 2), low: value, high: value, figureClass: 'ordinal' });
      i++;
      continue;
    }

    // Ordinals that rank something: "the third adviser", "the first time", "his 21st race".
    const rank = ordinalValue(w);
    if (rank !== undefined && rank > 0 && isRankingOrdinal(i, sentence, word)) {
      figures.push({ ...span(i, i + 1), low: rank, high: rank, figureClass: 'ordinal' });
      continue;
    }

    // Odds: "a two-in-three chance", "one in three".
    const odds = readOdds(i, word);
    if (odds) {
      const share = Math.round((odds.value * 1000) / 10) / 100;
      figures.push({
        ...span(i, odds.endToken),
        low: share - 0.05,
        high: share + 0.05,
        figureClass: 'percent',
        unit: 'percent',
      });
      i = odds.endToken - 1;
      continue;
    }

    // Time spans the analyzer set aside: "in 40 years", "ten minutes later", "15 years after".
    const count = readCardinal(i, word);
    if (count) {
      const unitWord = tokens[count.endToken]?.lemma ?? '';
      const unit = TIME_UNITS.get(unitWord);
      if (unit && !isCovered(token.start, tokens[count.endToken]?.end ?? token.end)) {
        const scale = UNIT_SCALE.get(unitWord) ?? 1;
        const from = widenerStart(i, word);
        // "four years ago", "two years earlier than": a year of the past when the article is dated.
        if (unit === 'year' && word(count.endToken + 1) === 'ago' && sentence.publishedYear !== undefined) {
          const year = sentence.publishedYear - count.value * scale;
          figures.push({ ...span(from.index, count.endToken + 2), low: year, high: year, figureClass: 'year' });
        } else {
          const [low, high] = from.widen ? from.widen(count.value * scale) : [count.value * scale, count.value * scale];
          figures.push({
            ...span(from.index, count.endToken + 1),
            low: round(low),
            high: round(high),
            figureClass: 'duration',
            unit,
            counted: unit,
          });
        }
        i = count.endToken;
        continue;
      }
    }

    // "last year", "a year ago", "more than a year ago": a past year of a dated article.
    if (sentence.publishedYear !== undefined && w === 'year' && !isCovered(token.start, token.end)) {
      const before = word(i - 1);
      if (before === 'last' && word(i - 2) !== 'the') {
        const year = sentence.publishedYear - 1;
        figures.push({ ...span(i - 1, i + 1), low: year, high: year, figureClass: 'year' });
      } else if ((before === 'a' || before === 'one') && word(i + 1) === 'ago') {
        const widened = word(i - 2) === 'than' && word(i - 3) === 'more';
        const year = sentence.publishedYear - 1;
        figures.push({
          ...span(widened ? i - 3 : i - 1, i + 2),
          low: widened ? year - 1 : year,
          high: year,
          figureClass: 'year',
        });
      }
    }
  }
  return figures;
}

function isRankingOrdinal(i: number, sentence: SentenceTokens, word: (i: number) => string): boolean {
  const { tokens, first } = sentence;
  const token = tokens[i];
  if (!token) return false;
  if (ORDINAL_IDIOMS_BEFORE.has(word(i - 1)) || ORDINAL_IDIOMS_AFTER.has(word(i + 1))) return false;
  // "First Amendment", "Second Avenue", "the 12th Congress": part of a name.
  const next = tokens[i + 1];
  if (/^\p{Lu}/u.test(token.text) && i > first && next?.pos === 'PROPN') return false;
  if (
    next?.pos === 'PROPN' &&
    /^\p{Lu}/u.test(next.text) &&
    !/^(?:african|black|white|latino|hispanic|asian|female|woman|republican|democrat)/i.test(next.text)
  ) {
    return false;
  }
  // "First, …": a list marker opening the sentence.
  if (i === first && (word(i + 1) === ',' || word(i + 1) === ':')) return false;
  // It ranks a noun within a few words ("the second black senator", "the first time").
  for (let k = i + 1; k < Math.min(sentence.end, i + 4); k++) {
    const pos = tokens[k]?.pos;
    if (pos === 'NOUN' || pos === 'PROPN') return true;
    if (pos !== 'ADJ' && pos !== 'PUNCT' && pos !== 'ADV' && pos !== 'NOUN') return false;
  }
  return false;
}

function readCardinal(i: number, word: (i: number) => string): { value: number; endToken: number } | undefined {
  const w = word(i);
  // "twenty - three" arrives as three tokens.
  if (word(i + 1) === '-' && cardinalValue(`${w}-${word(i + 2)}`) !== undefined) {
    return { value: cardinalValue(`${w}-${word(i + 2)}`)!, endToken: i + 3 };
  }
  const value = cardinalValue(w);
  return value === undefined ? undefined : { value, endToken: i + 1 };
}

function readOdds(i: number, word: (i: number) => string): { value: number; endToken: number } | undefined {
  const top = cardinalValue(word(i));
  if (top === undefined) return undefined;
  let k = i + 1;
  if (word(k) === '-') k++;
  if (word(k) !== 'in') return undefined;
  k++;
  if (word(k) === '-') k++;
  const bottom = cardinalValue(word(k));
  if (bottom === undefined || bottom <= top || bottom > 100) return undefined;
  const after = word(k + 1);
  if (after !== 'chance' && after !== 'odds' && after !== 'probability' && after !== 'shot') return undefined;
  return { value: (top / bottom) * 100, endToken: k + 1 };
}

function widenerStart(
  i: number,
  word: (i: number) => string,
): { index: number; widen?: (v: number) => [number, number] } {
  for (const [cue, widen] of WIDENERS) {
    const from = i - cue.length;
    if (cue.every((c, k) => word(from + k) === c)) return { index: from, widen };
  }
  return { index: i };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
