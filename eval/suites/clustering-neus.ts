/**
 * @module clustering-neus
 * Story clustering on the NeuS training stories, the way the hidden streams are scored: gold labels
 * stripped, one shuffled JSONL of `{title, text}` read by `corroborate report` (ingest, extract,
 * analyze, cluster, refine), each returned story one predicted cluster, scored with B-cubed and
 * pairwise precision/recall/F1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate } from '../../src/app/api.js';
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
  async run(): Promise<SuiteResult> {
    if (!existsSync(DATA)) {
      return {
        suite: 'clustering-neus',
        scope: 'none',
        metrics: [],
        skipped: `${DATA.pathname} is absent (../shared not mounted)`,
      };
    }
    const lines = readFileSync(DATA, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as NeusLine);
    const stream = shuffleSeeded(lines, SEED);
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-neus-'));
    const file = join(dir, 'stream.jsonl');
    try {
      writeFileSync(file, stream.map(({ title, text }) => JSON.stringify({ title, text })).join('\n') + '\n');
      const started = performance.now();
      const { value: reports } = await corroborate([file]);
      const seconds = (performance.now() - started) / 1000;

      // Records are named FILE#LINE; a line missing from every report counts as a singleton.
      const gold = new Map(stream.map((line, i) => [String(i + 1), line.cluster]));
      const predicted = new Map<string, string>();
      for (const report of reports) {
        for (const article of report.articles) {
          const line = /#(\d+)$/.exec(article.source)?.[1];
          if (line !== undefined) predicted.set(line, report.id);
        }
      }
      const score = scoreClustering(gold, predicted);
      const sizes = new Map<number, number>();
      for (const report of reports) sizes.set(report.articles.length, (sizes.get(report.articles.length) ?? 0) + 1);
      return {
        suite: 'clustering-neus',
        scope: `${lines.length} articles, ${new Set(gold.values()).size} gold stories, shuffled (seed ${SEED}), through corroborate report`,
        metrics: toClusteringMetrics(score),
        details: [
          `${reports.length} predicted stories; sizes ${[...sizes]
            .sort((a, b) => a[0] - b[0])
            .map(([size, count]) => `${size}:${count}`)
            .join(' ')}`,
          `${lines.length - predicted.size} lines in no report; ${(lines.length / seconds).toFixed(0)} articles/s end to end`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
