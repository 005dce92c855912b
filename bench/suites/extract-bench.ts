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

const ROUNDS = 5;
const TARGET_RATIO = 0.8;

function extractOurs(page: ZytePage, context: ReturnType<typeof createContext>): void {
  extractArticle({ source: page.id, format: 'html', body: page.html, hints: { url: page.url } }, page.id, context);
}

export const extractBench: Bench = {
  name: 'extract',
  run() {
    const loaded = loadZytePages();
    if ('missing' in loaded) return Promise.resolve([`skipped: ${loaded.missing}`]);
    const { pages } = loaded;
    const context = createContext({ now: new Date('2020-01-01T00:00:00Z') });
    const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 1e6;
    // Warm both paths (JIT, lazy module state) first.
    for (const page of pages) {
      extractWithBareReadability(page.html);
      extractOurs(page, context);
    }
    // Page by page, alternating which goes first, so load from other processes hits both alike;
    // the best round of each is reported (the least disturbed by the machine).
    let bareSeconds = Number.POSITIVE_INFINITY;
    let ourSeconds = Number.POSITIVE_INFINITY;
    for (let round = 0; round < ROUNDS; round++) {
      let bare = 0;
      let ours = 0;
      pages.forEach((page, i) => {
        const runBare = (): void => {
          const started = performance.now();
          extractWithBareReadability(page.html);
          bare += performance.now() - started;
        };
        const runOurs = (): void => {
          const started = performance.now();
          extractOurs(page, context);
          ours += performance.now() - started;
        };
        if ((i + round) % 2 === 0) {
          runBare();
          runOurs();
        } else {
          runOurs();
          runBare();
        }
      });
      bareSeconds = Math.min(bareSeconds, bare / 1000);
      ourSeconds = Math.min(ourSeconds, ours / 1000);
    }
    const ratio = bareSeconds / ourSeconds;
    const line = (label: string, seconds: number): string =>
      `${label} ${(pages.length / seconds).toFixed(1)} pages/s, ${(megabytes / seconds).toFixed(2)} MB/s`;
    return Promise.resolve([
      `${pages.length} real pages, ${megabytes.toFixed(1)} MB of HTML, best of ${ROUNDS} rounds after a warm-up`,
      line('bare Readability + linkedom:', bareSeconds),
      line('extractArticle (ours):      ', ourSeconds),
      `ratio ours/bare: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'OK' : 'BELOW TARGET'}`,
    ]);
  },
};
