/**
 * @module clustering-real-mix
 * Story clustering on real full articles: the bundled stories (and the seeds, when mounted) mixed
 * into the 121 Zyte dev pages, whose same-event groups were labelled by hand
 * (eval/gold/zyte-dev-stories.json). Run through extraction and analysis as `corroborate report`
 * does, in several shuffled orders, each one batch closed by `refine()`.
 */
import { readFileSync } from 'node:fs';
import { ingestInputs } from '../../src/adapters/ingest/ingest-inputs.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { toClusterInput } from '../../src/core/pipeline/group-stories.js';
import { extractArticle } from '../../src/core/stages/1-extract/extract-article.js';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import type { ClusterInput } from '../../src/core/stages/3-cluster/cluster-input.js';
import { createStoryClusterer } from '../../src/core/stages/3-cluster/create-story-clusterer.js';
import type { EvalSuite, SuiteResult } from '../suite.js';
import { scoreClustering, toClusteringMetrics, type ClusteringScore } from './clustering-score.js';
import { shuffleSeeded } from './clustering-seeded-shuffle.js';
import { loadZytePages } from './extraction-zyte-pages.js';
import { bundledStoryDirs, storyFiles } from '../../test/support/bundled-stories.js';

const GOLD = new URL('../gold/zyte-dev-stories.json', import.meta.url);
const ORDERS = [1, 2, 3, 4, 5];

export interface Labelled {
  input: ClusterInput;
  story: string;
  title: string;
}

/** The labelled stream (bundled stories + Zyte pages), or why it cannot be built. */
export async function loadRealMix(): Promise<
  { items: Labelled[]; bundled: number; pages: number } | { missing: string }
> {
  const zyte = loadZytePages();
  if ('missing' in zyte) return zyte;
  const context = createContext();
  const items: Labelled[] = [];

  const files = bundledStoryDirs({ withSeeds: true }).flatMap(storyFiles);
  const { documents } = await ingestInputs(files);
  documents.forEach((document, i) => {
    const article = extractArticle(document, `bundled-${i}`, context);
    items.push({
      input: toClusterInput(analyzeArticle(article, context)),
      story: document.source.slice(0, document.source.lastIndexOf('/')),
      title: article.title ?? article.id,
    });
  });

  const groups = (JSON.parse(readFileSync(GOLD, 'utf8')) as { groups: Record<string, string[]> }).groups;
  const groupOf = new Map(Object.entries(groups).flatMap(([name, ids]) => ids.map((id) => [id, name] as const)));
  for (const page of zyte.pages) {
    const article = extractArticle(
      { source: page.url || page.id, body: page.html, format: 'html', hints: { url: page.url } },
      `zyte-${page.id.slice(0, 8)}`,
      context,
    );
    items.push({
      input: toClusterInput(analyzeArticle(article, context)),
      story: groupOf.get(page.id.slice(0, 8)) ?? `zyte-${page.id}`,
      title: article.title ?? article.id,
    });
  }
  return { items, bundled: documents.length, pages: zyte.pages.length };
}

export const clusteringRealMixSuite: EvalSuite = {
  name: 'clustering-real-mix',
  async run(): Promise<SuiteResult> {
    const loaded = await loadRealMix();
    if ('missing' in loaded) {
      return { suite: 'clustering-real-mix', scope: 'none', metrics: [], skipped: loaded.missing };
    }
    const { items } = loaded;
    const gold = new Map(items.map((item) => [item.input.id, item.story]));
    const titleOf = new Map(items.map((item) => [item.input.id, item.title]));
    const scores: ClusteringScore[] = [];
    const details: string[] = [];
    for (const seed of ORDERS) {
      const clusterer = createStoryClusterer();
      const predicted = new Map<string, string>();
      for (const item of shuffleSeeded(items, seed)) predicted.set(item.input.id, clusterer.add(item.input).storyId);
      for (const move of clusterer.refine()) predicted.set(move.articleId, move.to);
      scores.push(scoreClustering(gold, predicted));
      if (seed !== ORDERS[0]) continue;
      for (const story of clusterer.stories()) {
        if (new Set(story.members.map((id) => gold.get(id))).size < 2) continue;
        details.push(`mixed: ${story.members.map((id) => `“${(titleOf.get(id) ?? id).slice(0, 40)}”`).join(' + ')}`);
      }
      for (const name of new Set(gold.values())) {
        const members = [...gold].filter(([, story]) => story === name).map(([id]) => id);
        const stories = new Set(members.map((id) => predicted.get(id)));
        if (stories.size > 1) details.push(`split: ${name.split('/').at(-1)} over ${stories.size} stories`);
      }
    }
    const mean = (pick: (score: ClusteringScore) => number): number =>
      scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
    const average: ClusteringScore = {
      bcubedPrecision: mean((s) => s.bcubedPrecision),
      bcubedRecall: mean((s) => s.bcubedRecall),
      bcubedF1: mean((s) => s.bcubedF1),
      pairwisePrecision: mean((s) => s.pairwisePrecision),
      pairwiseRecall: mean((s) => s.pairwiseRecall),
      pairwiseF1: mean((s) => s.pairwiseF1),
    };
    return {
      suite: 'clustering-real-mix',
      scope: `${items.length} articles (${loaded.bundled} bundled, ${loaded.pages} Zyte pages), ${new Set(gold.values()).size} gold stories, mean of ${ORDERS.length} shuffled orders`,
      metrics: [
        ...toClusteringMetrics(average),
        { name: 'pairwise_f1_worst_order', value: Math.min(...scores.map((score) => score.pairwiseF1)) },
      ],
      details,
    };
  },
};
