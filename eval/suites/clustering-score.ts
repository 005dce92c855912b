/**
 * @module clustering-score
 * B-cubed and pairwise precision/recall/F1 of predicted clusters against gold labels.
 */

export interface ClusteringScore {
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
}

/**
 * `gold` and `predicted` map every item to a cluster label; an item absent from `predicted`
 * counts as a singleton.
 */
export function scoreClustering(gold: Map<string, string>, predicted: Map<string, string>): ClusteringScore {
  const label = (item: string): string => predicted.get(item) ?? `singleton:${item}`;
  const goldSizes = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const jointSizes = new Map<string, number>();
  for (const [item, goldLabel] of gold) {
    const predictedLabel = label(item);
    goldSizes.set(goldLabel, (goldSizes.get(goldLabel) ?? 0) + 1);
    predictedSizes.set(predictedLabel, (predictedSizes.get(predictedLabel) ?? 0) + 1);
    const joint = `${goldLabel}\u0000${predictedLabel}`;
    jointSizes.set(joint, (jointSizes.get(joint) ?? 0) + 1);
  }

  let precisionSum = 0;
  let recallSum = 0;
  for (const [item, goldLabel] of gold) {
    const predictedLabel = label(item);
    const joint = jointSizes.get(`${goldLabel}\u0000${predictedLabel}`)!;
    precisionSum += joint / predictedSizes.get(predictedLabel)!;
    recallSum += joint / goldSizes.get(goldLabel)!;
  }
  const pairs = (size: number): number => (size * (size - 1)) / 2;
  const sumPairs = (sizes: Map<string, number>): number => [...sizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  const truePairs = sumPairs(jointSizes);
  const predictedPairs = sumPairs(predictedSizes);
  const goldPairs = sumPairs(goldSizes);

  const bcubedPrecision = gold.size > 0 ? precisionSum / gold.size : 1;
  const bcubedRecall = gold.size > 0 ? recallSum / gold.size : 1;
  const pairwisePrecision = predictedPairs > 0 ? truePairs / predictedPairs : 1;
  const pairwiseRecall = goldPairs > 0 ? truePairs / goldPairs : 1;
  return {
    bcubedPrecision,
    bcubedRecall,
    bcubedF1: harmonicMean(bcubedPrecision, bcubedRecall),
    pairwisePrecision,
    pairwiseRecall,
    pairwiseF1: harmonicMean(pairwisePrecision, pairwiseRecall),
  };
}

function harmonicMean(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/** The six scores as suite metrics, in a fixed order. */
export function toClusteringMetrics(score: ClusteringScore): { name: string; value: number }[] {
  return [
    { name: 'bcubed_precision', value: score.bcubedPrecision },
    { name: 'bcubed_recall', value: score.bcubedRecall },
    { name: 'bcubed_f1', value: score.bcubedF1 },
    { name: 'pairwise_precision', value: score.pairwisePrecision },
    { name: 'pairwise_recall', value: score.pairwiseRecall },
    { name: 'pairwise_f1', value: score.pairwiseF1 },
  ];
}
