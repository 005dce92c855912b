/**
 * @module extraction-readability
 * Readability.js's own regression pages (../shared/data/extraction/readability-pages): body shingle F1
 * against the text of `expected.html`, and title, byline and publication-date accuracy against
 * `expected-metadata.json` (Readability's output: a strong reference, not human truth).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { createContext } from '../../src/core/pipeline/pipeline-context.js';
import { extractArticle } from '../../src/core/stages/1-extract/extract-article.js';
import { SHARED_DIR, type EvalSuite, type SuiteResult } from '../suite.js';
import { countShingles, scorePages, type PageCounts } from './extraction-shingle-score.js';

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

const PAGES_DIR = new URL('data/extraction/readability-pages/', SHARED_DIR);
const BLOCK_TAG =
  /<\/?(?:p|div|h[1-6]|li|tr|br|blockquote|pre|figcaption|figure|section|article|ul|ol|table|dd|dt|hr)\b[^>]*>/gi;
const MAX_MISMATCHES_SHOWN = 12;

/** Text of the expected article with a line break at every block boundary (textContent glues them). */
function expectedText(html: string): string {
  const spaced = html.replace(BLOCK_TAG, (tag) => `\n${tag}\n`);
  return parseHTML(`<!DOCTYPE html><html><body>${spaced}</body></html>`).document.body.textContent ?? '';
}

function normalizeTitle(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function normalizeByline(text: string): string {
  return normalizeTitle(text)
    .toLowerCase()
    .replace(/^(?:by|par|von|por)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when one title is the other plus a leading or trailing site/section segment
 * (`Quake hits coast | Daily Star` vs `Quake hits coast`): we strip those on purpose.
 */
function differsBySiteSegment(ours: string, theirs: string): boolean {
  if (ours === '' || ours === theirs) return false;
  const [longer, shorter] = ours.length > theirs.length ? [ours, theirs] : [theirs, ours];
  const separator = /^\s*[|\-–—·:_[(»/]/u;
  if (longer.startsWith(shorter)) return separator.test(longer.slice(shorter.length));
  if (longer.endsWith(shorter)) return /[|\-–—·:_)\]»/]\s*$/u.test(longer.slice(0, longer.length - shorter.length));
  return false;
}

/** YYYY-MM-DD of an expected `publishedTime` (ISO in every page that sets one). */
function expectedDay(value: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
}

function score(): SuiteResult {
  const dir = fileURLToPath(PAGES_DIR);
  if (!existsSync(dir))
    return { suite: 'extraction-readability', scope: '0 pages', metrics: [], skipped: `${dir} not found` };
  const context = createContext({ now: new Date('2025-01-01T00:00:00Z') });
  const bodies: PageCounts[] = [];
  const titles = { right: 0, total: 0, rightButSite: 0 };
  const bylines = { right: 0, total: 0 };
  const dates = { right: 0, total: 0 };
  const readerable = { nonEmpty: 0, total: 0 };
  const mismatches: string[] = [];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const sourcePath = `${dir}${name}/source.html`;
    const expectedPath = `${dir}${name}/expected.html`;
    const metadataPath = `${dir}${name}/expected-metadata.json`;
    if (!existsSync(sourcePath) || !existsSync(expectedPath) || !existsSync(metadataPath)) continue;
    const expected = JSON.parse(readFileSync(metadataPath, 'utf8')) as ExpectedMetadata;
    const article = extractArticle(
      { source: `${name}/source.html`, format: 'html', body: readFileSync(sourcePath, 'utf8'), hints: {} },
      name,
      context,
    );
    bodies.push(countShingles(expectedText(readFileSync(expectedPath, 'utf8')), article.text));

    if (expected.title) {
      titles.total++;
      const ours = normalizeTitle(article.title ?? '');
      const theirs = normalizeTitle(expected.title);
      if (ours === theirs) titles.right++;
      else if (differsBySiteSegment(ours, theirs)) titles.rightButSite++;
      else mismatches.push(`title ${name}: "${article.title ?? ''}" vs "${expected.title}"`);
    }
    if (expected.byline) {
      bylines.total++;
      const ours = normalizeByline(article.byline ?? '');
      const theirs = normalizeByline(expected.byline);
      if (ours !== '' && (ours === theirs || theirs.includes(ours) || ours.includes(theirs))) bylines.right++;
      else mismatches.push(`byline ${name}: "${article.byline ?? ''}" vs "${expected.byline.trim().slice(0, 60)}"`);
    }
    const day = expected.publishedTime ? expectedDay(expected.publishedTime) : undefined;
    if (day) {
      dates.total++;
      if (article.published === day) dates.right++;
      else mismatches.push(`published ${name}: ${article.published ?? 'none'} vs ${day}`);
    }
    if (expected.readerable) {
      readerable.total++;
      if (article.text.trim() !== '') readerable.nonEmpty++;
    }
  }
  const body = scorePages(bodies);
  const ratio = (right: number, total: number): number => (total === 0 ? 0 : right / total);
  return {
    suite: 'extraction-readability',
    scope: `${bodies.length} pages (${titles.total} titles, ${bylines.total} bylines, ${dates.total} dates)`,
    metrics: [
      { name: 'body-f1', value: body.f1 },
      { name: 'body-precision', value: body.precision },
      { name: 'body-recall', value: body.recall },
      { name: 'title-accuracy', value: ratio(titles.right, titles.total) },
      { name: 'title-accuracy-site-stripped', value: ratio(titles.right + titles.rightButSite, titles.total) },
      { name: 'byline-accuracy', value: ratio(bylines.right, bylines.total) },
      { name: 'published-accuracy', value: ratio(dates.right, dates.total) },
      { name: 'readerable-nonempty', value: ratio(readerable.nonEmpty, readerable.total) },
    ],
    details: [
      `titles ${titles.right}/${titles.total} (${titles.rightButSite} more differ only by a site-name segment), bylines ${bylines.right}/${bylines.total}, dates ${dates.right}/${dates.total}, ` +
        `non-empty on readerable pages ${readerable.nonEmpty}/${readerable.total}`,
      ...mismatches.slice(0, MAX_MISMATCHES_SHOWN),
    ],
  };
}

function run(): Promise<SuiteResult> {
  return Promise.resolve(score());
}

export const extractionReadabilitySuite: EvalSuite = { name: 'extraction-readability', run };
