/**
 * @module analysis-gold
 * The gold sentence suite's line format (test/analysis-suite/sentences.jsonl) and its reader.
 */
import { readFileSync } from 'node:fs';
import type { Modality } from '../../src/core/model/mention.js';

export const GOLD_SENTENCES_URL = new URL('../../test/analysis-suite/sentences.jsonl', import.meta.url);

export const MODALITIES: readonly Modality[] = [
  'reported',
  'confirmed',
  'official',
  'alleged',
  'unconfirmed',
  'denied',
  'retracted',
  'estimated',
  'hedged',
];

export interface GoldNumber {
  /** Literal substring of the sentence; the k-th entry with the same text is its k-th occurrence. */
  text: string;
  low: number;
  high: number;
  counted: string | null;
  predicate: string | null;
  /** Only `age` today: a number that is an age, not a count. */
  unit?: string;
}

export interface GoldDate {
  text: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface GoldQuote {
  /** A few words that lie inside the quotation. */
  contains: string;
  speaker: string;
}

export interface GoldSentence {
  id: string;
  topic: string;
  /** YYYY-MM-DD: the article's publication date, the reference for relative dates. */
  published: string;
  text: string;
  numbers: GoldNumber[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  attribution: string | null;
  modality: Modality;
  /** Time expressions that are not day-precise ("last week", "in 2019"): never scored either way. */
  vagueDates?: string[];
  /** Vague quantities ("several", "a few"): never scored either way. */
  vagueNumbers?: string[];
}

/** Reads the suite; throws with the line number when a line is not JSON. */
export function readGoldSentences(url: URL = GOLD_SENTENCES_URL): GoldSentence[] {
  const lines = readFileSync(url, 'utf8').split('\n');
  const sentences: GoldSentence[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      sentences.push(JSON.parse(line) as GoldSentence);
    } catch (error) {
      throw new Error(`sentences.jsonl line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return sentences;
}

/** Where each gold text lies in the sentence: the k-th entry with a given text is its k-th occurrence. */
export function locateAll(text: string, needles: readonly string[]): ({ start: number; end: number } | undefined)[] {
  const seen = new Map<string, number>();
  return needles.map((needle) => {
    if (needle === '') return undefined;
    let from = 0;
    const occurrence = seen.get(needle) ?? 0;
    seen.set(needle, occurrence + 1);
    let start = -1;
    for (let k = 0; k <= occurrence; k++) {
      start = text.indexOf(needle, from);
      if (start < 0) return undefined;
      from = start + 1;
    }
    return { start, end: start + needle.length };
  });
}
