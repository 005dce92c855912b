/**
 * Fits the weights of the claim-pair scorer (src/core/stages/6-reconcile/align-features.ts) on the
 * real development stories: logistic regression on every pair the aligner would score, labelled by
 * the analysts' gold (two claims are one fact when they carry the same gold fact's figures). Prints
 * leave-stories-out figures (4 folds by story) before writing the weights fitted on all stories.
 *   npm run fit:align [-- --write]
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/app/api.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import { buildClaims } from '../../src/core/stages/5-claims/build-claims.js';
import type { Claim } from '../../src/core/model/claim.js';
import {
  FEATURE_NAMES,
  buildVocabulary,
  pairFeatures,
  type FeatureName,
} from '../../src/core/stages/6-reconcile/align-features.js';
import { scorePairs, type AlignWeights } from '../../src/core/stages/6-reconcile/align-facts.js';
import { basilAvailable, loadBasilStories, type BasilGoldStory } from './basil-stories.js';

interface Example {
  story: number;
  x: number[];
  y: number;
}

const WEIGHTS_PATH = fileURLToPath(new URL('../../src/core/lexicons/reconcile-align-weights.json', import.meta.url));

async function main(): Promise<void> {
  if (!basilAvailable()) {
    console.log('skipped: ../shared/data/facts/basil-dev is absent');
    return;
  }
  const examples: Example[] = [];
  const stories = loadBasilStories();
  // Score every pair with all weights at zero but the bias: scorePairs returns every candidate pair.
  const open = Object.fromEntries(FEATURE_NAMES.map((n) => [n, n === 'bias' ? 1 : 0])) as AlignWeights;
  for (const [storyIndex, { story, input }] of stories.entries()) {
    const claims = await claimsOf(input);
    const label = goldLabels(claims, story);
    const vocabulary = buildVocabulary(claims);
    for (const { a, b } of scorePairs(claims, vocabulary, open)) {
      if (a.articleId === b.articleId) continue;
      const features = pairFeatures(a, b, vocabulary);
      const la = label.get(a.id);
      const lb = label.get(b.id);
      examples.push({ story: storyIndex, x: FEATURE_NAMES.map((n) => features[n]), y: la && la === lb ? 1 : 0 });
    }
  }
  const positives = examples.filter((e) => e.y === 1).length;
  console.log(`${examples.length} candidate pairs, ${positives} linked in the gold, ${stories.length} stories`);

  if (process.argv.includes('--stats')) {
    FEATURE_NAMES.forEach((name, i) => {
      const mean = (y: number) => {
        const xs = examples.filter((e) => e.y === y).map((e) => e.x[i] ?? 0);
        return (xs.reduce((a, b) => a + b, 0) / (xs.length || 1)).toFixed(2);
      };
      console.log(`${name.padEnd(16)} linked ${mean(1)}  apart ${mean(0)}`);
    });
  }
  const folds = 4;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((e) => e.story % folds !== fold);
    const test = examples.filter((e) => e.story % folds === fold);
    const w = fit(train);
    for (const e of test) {
      const linked = dot(w, e.x) > 0;
      if (linked && e.y) tp++;
      else if (linked) fp++;
      else if (e.y) fn++;
    }
  }
  console.log(
    `leave-stories-out (${folds} folds): pair precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}`,
  );
  const current = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as { weights: Record<string, number> };
  const shipped = FEATURE_NAMES.map((n) => current.weights[n] ?? 0);
  const report = (name: string, w: number[]) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const e of examples) {
      const linked = dot(w, e.x) > 0;
      if (linked && e.y) tp++;
      else if (linked) fp++;
      else if (e.y) fn++;
    }
    console.log(
      `${name}: pair precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (all stories)`,
    );
  };
  report('shipped weights', shipped);
  const weights = fit(examples);
  report('fitted on all', weights);
  const named = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, Number(weights[i]!.toFixed(3))])) as Record<
    FeatureName,
    number
  >;
  console.log(named);
  if (process.argv.includes('--write')) {
    const file = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as { _about: string; weights: unknown };
    file.weights = named;
    writeFileSync(WEIGHTS_PATH, JSON.stringify(file, null, 2) + '\n');
    console.log(`wrote ${WEIGHTS_PATH}`);
  }
}

async function claimsOf(input: string): Promise<Claim[]> {
  const { value: articles } = await extract([input]);
  const context = createContext();
  return articles.flatMap((article) => buildClaims(analyzeArticle(article, context)));
}

/** Claim id → the gold fact it carries: same file, overlapping value, the gold wording in its sentence. */
function goldLabels(claims: Claim[], story: BasilGoldStory): Map<string, string> {
  const labels = new Map<string, string>();
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"');
  for (const claim of claims) {
    let best: { id: string; score: number } | undefined;
    for (const fact of story.facts) {
      for (const gc of fact.claims) {
        if (claim.articleId !== gc.file.replace(/\.txt$/, '')) continue;
        if (!(claim.low <= gc.high && claim.high >= gc.low)) continue;
        const worded = gc.text
          ? norm(claim.sentence).includes(norm(gc.text)) || norm(gc.text).includes(norm(claim.text))
          : false;
        const score = worded ? 2 : 1;
        if (!best || score > best.score) best = { id: fact.id, score };
      }
    }
    if (best) labels.set(claim.id, best.id);
  }
  return labels;
}

function dot(w: number[], x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (w[i] ?? 0) * (x[i] ?? 0);
  return s;
}

/** L2-regularised logistic regression by gradient descent. */
function fit(examples: Example[]): number[] {
  const dims = FEATURE_NAMES.length;
  const w = new Array<number>(dims).fill(0);
  // Classes unweighted: the linker needs p > 0.5 to mean "more likely one fact than not".
  const positiveWeight = 1;
  const rate = 0.5;
  const lambda = 1e-3;
  for (let epoch = 0; epoch < 400; epoch++) {
    const grad = new Array<number>(dims).fill(0);
    let total = 0;
    for (const e of examples) {
      const p = 1 / (1 + Math.exp(-dot(w, e.x)));
      const weight = e.y ? positiveWeight : 1;
      total += weight;
      for (let i = 0; i < dims; i++) grad[i]! += weight * (p - e.y) * (e.x[i] ?? 0);
    }
    for (let i = 0; i < dims; i++) w[i]! -= rate * (grad[i]! / total + lambda * w[i]!);
  }
  return w;
}

await main();
