/**
 * @module extract-html
 * An HTML page → classified text lines plus title, site name, byline and date candidates.
 */
import type { SourceDocument } from '../../../model/source-document.js';
import { collectLineDates } from '../dates/collect-line-dates.js';
import { parseDateValue } from '../dates/parse-date-value.js';
import { readBylineLine } from '../noise/is-byline-line.js';
import { removeNoise } from '../noise/remove-noise.js';
import type { DocumentExtraction } from '../document-extraction.js';
import type { ClassifiedLine, TextLine } from '../text-line.js';
import { chooseTitle } from './choose-title.js';
import { collectTextLines } from './collect-text-lines.js';
import { extractMainContent } from './extract-main-content.js';
import { flattenDeepHtml, MAX_NESTING_DEPTH, measureNestingDepth } from './flatten-deep-html.js';
import { parseHtml } from './parse-html.js';
import { readPageMetadata } from './read-page-metadata.js';

/** The headline is usually repeated at the top of the content: only the first lines are checked. */
const HEADLINE_SEARCH_LINES = 12;
const RANK_READABILITY_DATE = 38;

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Marks lines that only repeat the headline (a heading anywhere, other lines near the top) and
 * lines that are just the page's own address.
 */
function markPageEchoes(lines: TextLine[], headlines: readonly string[], urls: readonly string[]): ClassifiedLine[] {
  const keys = new Set(headlines.map(squash).filter((key) => key.length > 0));
  const addresses = new Set(urls.map((url) => url.replace(/\/+$/, '')));
  return lines.map((line, i) => {
    if ((i < HEADLINE_SEARCH_LINES || line.kind === 'heading') && keys.has(squash(line.text))) {
      return { ...line, reason: 'title', rule: 'headline' };
    }
    if (addresses.has(line.text.replace(/\/+$/, ''))) return { ...line, reason: 'link', rule: 'page-address' };
    return line;
  });
}

export function extractHtml(document: SourceDocument, now: Date): DocumentExtraction {
  const depth = measureNestingDepth(document.body);
  const html = depth > MAX_NESTING_DEPTH ? flattenDeepHtml(document.body) : document.body;
  const page = parseHtml(html);
  const metadata = readPageMetadata(page, now);
  const content = extractMainContent(page, html, metadata.maxDepth);
  const host = hostOf(document.hints.url ?? metadata.url);
  const siteName = metadata.siteName ?? content?.siteName;

  const titleInputs: Parameters<typeof chooseTitle>[0] = { metadata };
  if (content?.title) titleInputs.readabilityTitle = content.title;
  if (siteName) titleInputs.siteName = siteName;
  if (host) titleInputs.host = host;
  const title = document.hints.title ?? chooseTitle(titleInputs);

  const rawLines = content ? collectTextLines(content.root, { shouldSkipHidden: content.method === 'fallback' }) : [];
  const headlines = [title, ...metadata.titles, ...metadata.headings].filter((h): h is string => Boolean(h));
  const authors = [...metadata.bylines, ...(content?.byline ? [content.byline] : [])];
  const urls = [document.hints.url, metadata.url].filter((url): url is string => Boolean(url));
  const lines = removeNoise(markPageEchoes(rawLines, headlines, urls), { authors });

  const dates = [...metadata.dates];
  if (content?.publishedTime) {
    const parsed = parseDateValue(content.publishedTime, now);
    if (parsed) dates.push({ ...parsed, from: 'readability', rank: RANK_READABILITY_DATE });
  }
  dates.push(...collectLineDates(lines, now));

  const result: DocumentExtraction = { lines, dates };
  if (title) result.title = title;
  if (siteName) result.siteName = siteName;
  if (content) result.method = content.method;
  if (html !== document.body) result.flattenedDepth = depth;
  const byline =
    metadata.bylines[0] ??
    content?.byline ??
    metadata.authorLinks[0] ??
    lines.map((line) => (line.reason === 'byline' ? readBylineLine(line.text) : undefined)).find(Boolean);
  if (byline) result.byline = byline;
  return result;
}
