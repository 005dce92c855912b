/**
 * @module clustering-neus
 * Story clustering on the NeuS training stories: gold labels stripped, one shuffled stream of
 * title + lead, scored with B-cubed and pairwise precision/recall/F1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createStoryClusterer } from '../../src/core/stages/4-cluster/create-story-clusterer.js';
import type { EvalSuite, SuiteResult } from '../suite.js';
import { SHARED_DIR } from '../suite.js';
import { scoreClustering, toClusteringMetrics } from './clustering-score.js';
import { shuffleSeeded } from './clustering-seeded-shuffle.js';

const DATA = new URL('data/clustering/neus-train/train.jsonl', SHARED_DIR);
const SEED = 42;

interface NeusLine {
  cluster: string;
  title: string;
  text: string;
}

export const clusteringNeusSuite: EvalSuite = {
  name: 'clustering-neus',
  run(): Promise<SuiteResult> {
    if (!existsSync(DATA)) {
      return Promise.resolve({
        suite: 'clustering-neus',
        scope: 'none',
        metrics: [],
        skipped: `${DATA.pathname} is absent (../shared not mounted)`,
      });
    }
    const lines = readFileSync(DATA, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => ({ id: `neus-${i}`, ...(JSON.parse(line) as NeusLine) }));
    const stream = shuffleSeeded(lines, SEED);

    const clusterer = createStoryClusterer();
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    const started = performance.now();
    for (const line of stream) {
      gold.set(line.id, line.cluster);
      predicted.set(line.id, clusterer.add({ id: line.id, title: line.title, text: line.text }).storyId);
    }
    // As `corroborate report` does at the end of a batch: lone reports get a second look.
    for (const move of clusterer.refine()) predicted.set(move.articleId, move.to);
    const seconds = (performance.now() - started) / 1000;
    const score = scoreClustering(gold, predicted);
    const stories = clusterer.stories();
    const sizes = new Map<number, number>();
    for (const story of stories) sizes.set(story.members.length, (sizes.get(story.members.length) ?? 0) + 1);

    return Promise.resolve({
      suite: 'clustering-neus',
      scope: `${lines.length} articles, ${new Set(gold.values()).size} gold stories, shuffled (seed ${SEED})`,
      metrics: toClusteringMetrics(score),
      details: [
        `${stories.length} predicted stories; sizes ${[...sizes]
          .sort((a, b) => a[0] - b[0])
          .map(([size, count]) => `${size}:${count}`)
          .join(' ')}`,
        `${clusterer.duplicates().length} near-duplicate groups; ${(lines.length / seconds).toFixed(0)} articles/s`,
      ],
    });
  },
};
