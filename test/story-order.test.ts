import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestInputs } from '../src/adapters/ingest/ingest-inputs.js';
import { createContext } from '../src/core/pipeline/pipeline-context.js';
import { toClusterInput } from '../src/core/pipeline/group-stories.js';
import { extractArticle } from '../src/core/stages/1-extract/extract-article.js';
import { analyzeArticle } from '../src/core/stages/2-analyze/analyze-article.js';
import type { ClusterInput } from '../src/core/stages/3-cluster/cluster-input.js';
import { createStoryClusterer } from '../src/core/stages/3-cluster/create-story-clusterer.js';
import { bundledStoryDirs, shuffleFixed, storyFiles } from './support/bundled-stories.js';

// The example story, every test story and (when mounted) the seeds, each folder one story.
const storyDirs = bundledStoryDirs({ withSeeds: true });
const ORDERS = 40;

async function loadInputs(): Promise<{ inputs: ClusterInput[]; storyOf: Map<string, string> }> {
  const { documents } = await ingestInputs(storyDirs.flatMap(storyFiles));
  const context = createContext();
  const storyOf = new Map<string, string>();
  const inputs = documents.map((document, i) => {
    const input = toClusterInput(analyzeArticle(extractArticle(document, `article-${i}`, context), context));
    storyOf.set(input.id, document.source.slice(0, document.source.lastIndexOf('/')));
    return input;
  });
  return { inputs, storyOf };
}

function misgrouped(stories: string[][], storyOf: Map<string, string>): string | undefined {
  const mixed = stories.find((members) => new Set(members.map((id) => storyOf.get(id))).size > 1);
  if (mixed) return `one story holds ${mixed.map((id) => storyOf.get(id)).join(', ')}`;
  if (stories.length !== storyDirs.length) return `${stories.length} stories for ${storyDirs.length} folders`;
  return undefined;
}

test('the bundled stories come out right in any arrival order, in one batch or one article at a time', async () => {
  const { inputs, storyOf } = await loadInputs();
  for (const perArticle of [false, true]) {
    for (let seed = 1; seed <= ORDERS; seed++) {
      const clusterer = createStoryClusterer();
      for (const input of shuffleFixed(inputs, seed)) {
        clusterer.add(input);
        if (perArticle) clusterer.refine();
      }
      clusterer.refine();
      const problem = misgrouped(
        clusterer.stories().map((story) => story.members),
        storyOf,
      );
      assert.equal(problem, undefined, `order ${seed}${perArticle ? ', one article per batch' : ''}: ${problem}`);
    }
  }
});

test('each bundled story on its own (what `corroborate report FOLDER` sees) is one story in any order', async () => {
  const { inputs, storyOf } = await loadInputs();
  for (const dir of storyDirs) {
    const mine = inputs.filter((input) => storyOf.get(input.id) === dir);
    for (let seed = 1; seed <= 12; seed++) {
      const clusterer = createStoryClusterer();
      for (const input of shuffleFixed(mine, seed)) clusterer.add(input);
      clusterer.refine();
      const sizes = clusterer.stories().map((story) => story.members.length);
      assert.deepEqual(sizes, [mine.length], `${dir}, order ${seed}: stories of ${sizes.join(' + ')}`);
    }
  }
});
