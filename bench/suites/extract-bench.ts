/**
 * @module extract-bench
 * The extract stage on the Zyte benchmark pages (decompressed in memory first): our extractArticle
 * against bare Readability.js on linkedom, in pages/s and MB/s of HTML on one core, in the same run.
 */
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { extractArticle } from '../../src/core/stages/1-extract/extract-article.js';
import { extractWithBareReadability } from '../../eval/suites/extraction-bare-readability.js';
import { loadZytePages, type ZytePage } from '../../eval/suites/extraction-zyte-pages.js';
import type { Bench } from './index.js';

const ROUNDS = 3;
const TARGET_RATIO = 0.8;

function runOurs(pages: readonly ZytePage[]): void {
  const context = createContext({ now: new Date('2020-01-01T00:00:00Z') });
  for (const page of pages) {
    extractArticle({ source: page.id, format: 'html', body: page.html, hints: { url: page.url } }, page.id, context);
  }
}

function runBare(pages: readonly ZytePage[]): void {
  for (const page of pages) extractWithBareReadability(page.html);
}

export const extractBench: Bench = {
  name: 'extract',
  run() {
    const loaded = loadZytePages();
    if ('missing' in loaded) return Promise.resolve([`skipped: ${loaded.missing}`]);
    const { pages } = loaded;
    const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 1e6;
    // Warm both paths (JIT, lazy module state), then alternate them so machine noise hits both alike.
    runBare(pages);
    runOurs(pages);
    let bareSeconds = 0;
    let ourSeconds = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let started = performance.now();
      runBare(pages);
      bareSeconds += (performance.now() - started) / 1000;
      started = performance.now();
      runOurs(pages);
      ourSeconds += (performance.now() - started) / 1000;
    }
    bareSeconds /= ROUNDS;
    ourSeconds /= ROUNDS;
    const ratio = bareSeconds / ourSeconds;
    const line = (label: string, seconds: number): string =>
      `${label} ${(pages.length / seconds).toFixed(1)} pages/s, ${(megabytes / seconds).toFixed(2)} MB/s`;
    return Promise.resolve([
      `${pages.length} real pages, ${megabytes.toFixed(1)} MB of HTML, ${ROUNDS} rounds after a warm-up`,
      line('bare Readability + linkedom:', bareSeconds),
      line('extractArticle (ours):      ', ourSeconds),
      `ratio ours/bare: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'OK' : 'BELOW TARGET'}`,
    ]);
  },
};
