/**
 * @module cluster-bench
 * Story clustering on a synthetic 100,000-article stream, one core, ingested in batches of 1,000
 * (each closed by `refine`, as `corroborate ingest` does): time spent in `add` and `refine` and
 * memory at 10k, 25k, 50k and 100k articles, then B-cubed F1 against the generator's stories.
 */
import { createStoryClusterer } from '../../src/core/stages/3-cluster/create-story-clusterer.js';
import { scoreClustering } from '../../eval/suites/clustering-score.js';
import { generateSyntheticStream } from './cluster-synthetic-stream.js';
import type { Bench } from './index.js';

const TOTAL = 100_000;
const BATCH = 1_000;
const CHECKPOINTS = new Set([10_000, 25_000, 50_000, 100_000]);
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export const clusterBench: Bench = {
  name: 'cluster',
  run() {
    const lines = [
      `synthetic stream: ${TOTAL} articles, ~10 per story, seed 1; batches of ${BATCH} closed by refine(); time is add() + refine() (generation excluded)`,
      '| articles | cumulative s | articles/s (segment) | stories | heap used | RSS |',
      '|---|---|---|---|---|---|',
    ];
    const clusterer = createStoryClusterer();
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    let copies = 0;
    let copiesFound = 0;
    let seconds = 0;
    let refineSeconds = 0;
    let moves = 0;
    let segmentStart = 0;
    let segmentArticles = 0;
    let count = 0;
    for (const article of generateSyntheticStream({ articles: TOTAL, seed: 1 })) {
      const started = performance.now();
      const assignment = clusterer.add(article);
      seconds += (performance.now() - started) / 1000;
      count += 1;
      gold.set(article.id, String(article.story));
      predicted.set(article.id, assignment.storyId);
      if (count % BATCH === 0) {
        const refineStarted = performance.now();
        const batchMoves = clusterer.refine();
        const refineTime = (performance.now() - refineStarted) / 1000;
        seconds += refineTime;
        refineSeconds += refineTime;
        moves += batchMoves.length;
        for (const move of batchMoves) predicted.set(move.articleId, move.to);
      }
      if (article.copyOf !== undefined) {
        copies += 1;
        if (assignment.duplicateOf !== undefined) copiesFound += 1;
      }
      if (CHECKPOINTS.has(count)) {
        const memory = process.memoryUsage();
        const rate = (count - segmentArticles) / (seconds - segmentStart);
        lines.push(
          `| ${count} | ${seconds.toFixed(1)} | ${rate.toFixed(0)} | ${clusterer.stories().length} | ${megabytes(memory.heapUsed)} | ${megabytes(memory.rss)} |`,
        );
        segmentStart = seconds;
        segmentArticles = count;
      }
    }
    const score = scoreClustering(gold, predicted);
    lines.push(
      `quality on the synthetic stories: B-cubed P ${score.bcubedPrecision.toFixed(3)} R ${score.bcubedRecall.toFixed(3)} F1 ${score.bcubedF1.toFixed(3)}; pairwise F1 ${score.pairwiseF1.toFixed(3)}`,
      `refine(): ${refineSeconds.toFixed(1)} s of the total, ${moves} articles moved`,
      `syndicated copies found: ${copiesFound}/${copies}; duplicate groups: ${clusterer.duplicates().length}`,
      `peak RSS so far: ${megabytes(process.resourceUsage().maxRSS * 1024)} (target: 100k in < 60 s, < 1 GB)`,
    );
    return Promise.resolve(lines);
  },
};
