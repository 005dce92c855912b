/**
 * @module extraction-zyte
 * Main-text extraction on the Zyte benchmark pages: shingle precision/recall/F1 of our `text` and, in
 * the same run, of bare Readability.js on linkedom.
 */
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { extractArticle } from '../../src/core/stages/1-extract/extract-article.js';
import type { EvalSuite, SuiteResult } from '../suite.js';
import { extractWithBareReadability } from './extraction-bare-readability.js';
import { countShingles, pagePrecision, pageRecall, scorePages, type PageCounts } from './extraction-shingle-score.js';
import { loadZytePages } from './extraction-zyte-pages.js';

const WORST_PAGES_SHOWN = 8;

function score(): SuiteResult {
  const loaded = loadZytePages();
  if ('missing' in loaded) return { suite: 'extraction-zyte', scope: '0 pages', metrics: [], skipped: loaded.missing };
  const { pages } = loaded;
  const context = createContext({ now: new Date('2020-01-01T00:00:00Z') });
  const ours: PageCounts[] = [];
  const bare: PageCounts[] = [];
  const perPage: { id: string; url: string; f1: number; precision: number; recall: number }[] = [];
  for (const page of pages) {
    const article = extractArticle(
      { source: `${page.id}.html`, format: 'html', body: page.html, hints: { url: page.url } },
      page.id,
      context,
    );
    const counts = countShingles(page.goldBody, article.text);
    ours.push(counts);
    bare.push(countShingles(page.goldBody, extractWithBareReadability(page.html)));
    const precision = pagePrecision(counts);
    const recall = pageRecall(counts);
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perPage.push({ id: page.id.slice(0, 12), url: page.url, f1, precision, recall });
  }
  const score = scorePages(ours);
  const baseline = scorePages(bare);
  const worst = [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, WORST_PAGES_SHOWN);
  return {
    suite: 'extraction-zyte',
    scope: `${pages.length} pages`,
    metrics: [
      { name: 'f1', value: score.f1 },
      { name: 'precision', value: score.precision },
      { name: 'recall', value: score.recall },
      { name: 'readability-f1', value: baseline.f1 },
      { name: 'readability-precision', value: baseline.precision },
      { name: 'readability-recall', value: baseline.recall },
    ],
    details: [
      `ours: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}); ` +
        `bare Readability: F1 ${baseline.f1.toFixed(3)} (P ${baseline.precision.toFixed(3)}, R ${baseline.recall.toFixed(3)})`,
      ...worst.map(
        (p) => `worst: ${p.id} F1 ${p.f1.toFixed(2)} P ${p.precision.toFixed(2)} R ${p.recall.toFixed(2)} ${p.url}`,
      ),
    ],
  };
}

function run(): Promise<SuiteResult> {
  return Promise.resolve(score());
}

export const extractionZyteSuite: EvalSuite = { name: 'extraction-zyte', run };
