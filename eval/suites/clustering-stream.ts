/**
 * @module clustering-stream
 * Story clustering on an invented mixed stream (test/fixtures/streams): same-topic different
 * events, syndicated copies under another outlet's header, clashing figures inside a story.
 */
import { readFileSync } from 'node:fs';
import { createStoryClusterer } from '../../src/core/stages/3-cluster/create-story-clusterer.js';
import type { EvalSuite, SuiteResult } from '../suite.js';
import { scoreClustering, toClusteringMetrics } from './clustering-score.js';
import { shuffleSeeded } from './clustering-seeded-shuffle.js';

const STREAM = new URL('../../test/fixtures/streams/mixed-stream.jsonl', import.meta.url);

interface StreamLine {
  id: string;
  cluster: string;
  title: string;
  text: string;
  published: string;
  /** The article this one is a syndicated copy of. */
  copyOf?: string;
}

export const clusteringStreamSuite: EvalSuite = {
  name: 'clustering-stream',
  run(): Promise<SuiteResult> {
    const lines = readFileSync(STREAM, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as StreamLine);
    // Arrival order: by publication date, ties in a fixed shuffled order.
    const stream = shuffleSeeded(lines, 7).sort((a, b) => a.published.localeCompare(b.published));

    const run = (order: StreamLine[]) => {
      const clusterer = createStoryClusterer();
      const predicted = new Map<string, string>();
      const copies = new Map<string, string>();
      for (const line of order) {
        const assignment = clusterer.add({
          id: line.id,
          title: line.title,
          text: line.text,
          published: line.published,
        });
        predicted.set(line.id, assignment.storyId);
        if (assignment.duplicateOf !== undefined) copies.set(line.id, assignment.duplicateOf);
      }
      for (const move of clusterer.refine()) predicted.set(move.articleId, move.to);
      return { predicted, copies, stories: clusterer.stories() };
    };
    const gold = new Map(lines.map((line) => [line.id, line.cluster]));
    const inOrder = run(stream);
    const score = scoreClustering(gold, inOrder.predicted);
    const shuffledScore = scoreClustering(gold, run(shuffleSeeded(lines, 11)).predicted);

    // A copy counts as found when it is linked to its original or to another copy of it.
    const goldCopies = lines.filter((line) => line.copyOf !== undefined);
    const original = (id: string): string => lines.find((line) => line.id === id)?.copyOf ?? id;
    const foundCopies = goldCopies.filter((line) => {
      const linked = inOrder.copies.get(line.id) ?? [...inOrder.copies].find(([, to]) => to === line.id)?.[0];
      return linked !== undefined && original(linked) === original(line.id);
    });
    const falseCopies = [...inOrder.copies].filter(([from, to]) => original(from) !== original(to));

    const details = inOrder.stories
      .filter((story) => new Set(story.members.map((id) => gold.get(id))).size > 1)
      .map((story) => `mixed story ${story.id}: ${story.members.join(', ')}`);
    for (const cluster of new Set(gold.values())) {
      const storyIds = new Set(lines.filter((l) => l.cluster === cluster).map((l) => inOrder.predicted.get(l.id)));
      if (storyIds.size > 1) details.push(`split gold story ${cluster} over ${storyIds.size} stories`);
    }
    details.push(
      `copies: ${foundCopies.length}/${goldCopies.length} found, ${falseCopies.length} false`,
      `shuffled order: bcubed_f1 ${shuffledScore.bcubedF1.toFixed(3)}, pairwise_f1 ${shuffledScore.pairwiseF1.toFixed(3)}`,
    );

    return Promise.resolve({
      suite: 'clustering-stream',
      scope: `${lines.length} articles, ${new Set(gold.values()).size} gold stories, in publication order`,
      metrics: [
        ...toClusteringMetrics(score),
        { name: 'copy_recall', value: goldCopies.length > 0 ? foundCopies.length / goldCopies.length : 1 },
        {
          name: 'copy_precision',
          value: inOrder.copies.size > 0 ? (inOrder.copies.size - falseCopies.length) / inOrder.copies.size : 1,
        },
      ],
      details,
    });
  },
};
