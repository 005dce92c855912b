/**
 * @module analyze-bench
 * The whole analyze stage on real article bodies (the Zyte benchmark's gold texts), in tokens/s and
 * articles/s on one core, beside wink-nlp's bare tokenising speed in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { splitParagraphs } from '../../src/core/text/split-paragraphs.js';
import type { Article } from '../../src/core/model/article.js';
import type { Bench } from './index.js';

const GROUND_TRUTH = new URL('../../../shared/data/extraction/zyte-dev/ground-truth.json', import.meta.url);
const ROUNDS = 3;

export const analyzeBench: Bench = {
  name: 'analyze',
  run() {
    const path = fileURLToPath(GROUND_TRUTH);
    if (!existsSync(path)) return Promise.resolve(['skipped: ../shared/data/extraction/zyte-dev is absent']);
    const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody: string }>;
    const articles: Article[] = Object.entries(truth).map(([id, { articleBody }]) => ({
      id,
      source: id,
      text: articleBody,
      paragraphs: splitParagraphs(articleBody),
      removed: [],
      published: '2020-01-15',
      publishedHow: 'explicit',
    }));
    const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;

    const nlp = winkNLP(model);
    let tokens = 0;
    for (const article of articles) tokens += nlp.readDoc(article.text).tokens().length();

    const time = (job: () => void): number => {
      job(); // warm-up
      const started = performance.now();
      for (let i = 0; i < ROUNDS; i++) job();
      return (performance.now() - started) / 1000 / ROUNDS;
    };
    const bare = time(() => {
      for (const article of articles) nlp.readDoc(article.text).tokens().out();
    });
    const context = createContext({ now: new Date('2020-01-15T12:00:00Z') });
    const ours = time(() => {
      for (const article of articles) analyzeArticle(article, context);
    });
    return Promise.resolve([
      `${articles.length} real articles, ${tokens} tokens, ${megabytes.toFixed(2)} MB`,
      `wink-nlp bare tokenising: ${(tokens / bare).toFixed(0)} tokens/s, ${(articles.length / bare).toFixed(0)} articles/s`,
      `analyze stage (ours):     ${(tokens / ours).toFixed(0)} tokens/s, ${(articles.length / ours).toFixed(0)} articles/s`,
      `ratio ours/bare: ${(bare / ours).toFixed(2)} (target ≥ 0.5)`,
    ]);
  },
};
