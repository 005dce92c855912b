/**
 * @module extraction-shingle-score
 * The article-extraction-benchmark metric: word 4-gram shingles, per-page TP/FP/FN normalised to sum 1,
 * precision averaged over pages with a prediction, recall over pages with a gold body, F1 of the averages.
 */

export interface PageCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

const NGRAM = 4;

/** Tokens are maximal runs of Unicode letters, digits and `_` (Python's `\w+`), case kept. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  // Like the benchmark: a text shorter than n tokens still yields one (shorter) shingle.
  const last = Math.max(1, tokens.length - NGRAM + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + NGRAM).join('\u0001');
    if (shingle === '') continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's TP/FP/FN over shingle multisets, divided by their sum so every page weighs the same. */
export function countShingles(gold: string, predicted: string): PageCounts {
  const goldShingles = shingles(gold);
  const predictedShingles = shingles(predicted);
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const key of new Set([...goldShingles.keys(), ...predictedShingles.keys()])) {
    const inGold = goldShingles.get(key) ?? 0;
    const inPredicted = predictedShingles.get(key) ?? 0;
    truePositive += Math.min(inGold, inPredicted);
    falsePositive += Math.max(0, inPredicted - inGold);
    falseNegative += Math.max(0, inGold - inPredicted);
  }
  const sum = truePositive + falsePositive + falseNegative;
  if (sum === 0) return { truePositive, falsePositive, falseNegative };
  return { truePositive: truePositive / sum, falsePositive: falsePositive / sum, falseNegative: falseNegative / sum };
}

export function pagePrecision({ truePositive, falsePositive, falseNegative }: PageCounts): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falsePositive === 0) return 0;
  return truePositive / (truePositive + falsePositive);
}

export function pageRecall({ truePositive, falsePositive, falseNegative }: PageCounts): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falseNegative === 0) return 0;
  return truePositive / (truePositive + falseNegative);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Averages as the benchmark does: precision over pages with TP+FP > 0, recall over pages with TP+FN > 0. */
export function scorePages(pages: readonly PageCounts[]): ShingleScore {
  const precision = mean(pages.filter((p) => p.truePositive + p.falsePositive > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.truePositive + p.falseNegative > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
