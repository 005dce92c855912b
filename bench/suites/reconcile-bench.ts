/**
 * @module reconcile-bench
 * Time to reconcile one story after analysis, from 10 to 200 articles (target: 50 in < 200 ms).
 * The story is the bundled example's articles and the test stories', repeated under new ids.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/app/api.js';
import { analyzeArticle } from '../../src/core/stages/2-analyze/analyze-article.js';
import { buildStoryReport } from '../../src/core/pipeline/build-reports.js';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import type { AnnotatedArticle } from '../../src/core/model/annotated-article.js';
import type { Bench } from './index.js';

const SIZES = [10, 25, 50, 100, 200];

export const reconcileBench: Bench = {
  name: 'reconcile',
  async run() {
    const example = fileURLToPath(new URL('../../examples/', import.meta.url));
    const folders = readdirSync(example, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${example}${d.name}`);
    const { value: articles } = await extract(folders);
    const context = createContext({ now: new Date('2030-01-01T00:00:00Z') });
    const analysed = articles.map((a) => analyzeArticle(a, context));
    const lines = [`story built from ${analysed.length} distinct articles, repeated`];
    for (const size of SIZES) {
      const story: AnnotatedArticle[] = Array.from({ length: size }, (_, i) => {
        const base = analysed[i % analysed.length] as AnnotatedArticle;
        return { ...base, article: { ...base.article, id: `${base.article.id}-${i}` } };
      });
      buildStoryReport('warm-up', story);
      const rounds = size <= 50 ? 10 : 3;
      const started = performance.now();
      for (let r = 0; r < rounds; r++) buildStoryReport('bench', story);
      const ms = (performance.now() - started) / rounds;
      lines.push(`${String(size).padStart(4)} articles: ${ms.toFixed(1)} ms${size === 50 ? ' (target < 200 ms)' : ''}`);
    }
    return lines;
  },
};
