/**
 * @module extract-article
 * SourceDocument → Article: main text and metadata, with every removed noise line kept aside with its
 * reason. HTML goes through Readability on linkedom; plain text and markdown are read line by line.
 * Hints from the container (JSONL, feeds) win over what the document itself suggests.
 */
import type { Article } from '../../model/article.js';
import type { SourceDocument } from '../../model/source-document.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';
import { assembleText } from './assemble-article.js';
import { choosePublicationDate } from './dates/choose-publication-date.js';
import type { DateCandidate } from './dates/date-candidate.js';
import { findUrlDate } from './dates/find-url-date.js';
import { parseDateValue } from './dates/parse-date-value.js';
import type { DocumentExtraction } from './document-extraction.js';
import { extractHtml } from './html/extract-html.js';
import { MAX_NESTING_DEPTH } from './html/flatten-deep-html.js';
import { extractPlainText } from './text/extract-plain-text.js';

const RANK_HINT = 0;
/** After dates the page states in its text, before modification dates. */
const RANK_URL = 75;

function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * @example extractArticle({ source: 'a.txt', format: 'text', body: 'Headline\n\nStory.', hints: {} }, 'a', context)
 *   // { id: 'a', title: 'Headline', text: 'Headline\n\nStory.', … }
 */
export function extractArticle(document: SourceDocument, id: string, context: PipelineContext): Article {
  const now = context.now();
  const hints = document.hints;
  const extraction: DocumentExtraction =
    document.format === 'html' ? extractHtml(document, now) : extractPlainText(document, now);
  const { text, paragraphs, removed } = assembleText(extraction.lines);

  const article: Article = { id, source: document.source, text, paragraphs, removed };
  const url = hints.url ?? (/^https?:\/\//i.test(document.source) ? document.source : undefined);
  if (url) article.url = url;
  const outlet = hints.outlet ?? extraction.siteName ?? outletFromUrl(url);
  if (outlet) article.outlet = outlet;
  const title = hints.title ?? extraction.title;
  if (title) article.title = title;
  const byline = hints.byline ?? extraction.byline;
  if (byline) article.byline = byline;

  const dates: DateCandidate[] = [...extraction.dates];
  const hinted = hints.published ? parseDateValue(hints.published, now) : undefined;
  if (hinted) dates.push({ ...hinted, from: 'hint', rank: RANK_HINT });
  const fromUrl = url ? findUrlDate(url) : undefined;
  if (fromUrl) dates.push({ date: fromUrl, from: 'url', rank: RANK_URL, isYearStated: true });
  const publication = choosePublicationDate(dates);
  if (publication) Object.assign(article, publication);

  if (extraction.flattenedDepth !== undefined) {
    context.report({
      severity: 'warning',
      source: document.source,
      message: `elements nest ${extraction.flattenedDepth.toLocaleString('en-US')} deep (more than ${MAX_NESTING_DEPTH.toLocaleString('en-US')}): the page's text was read without its layout`,
    });
  }
  if (extraction.method === 'fallback') {
    context.report({
      severity: 'info',
      source: document.source,
      message: 'Readability found too little text; used the largest text block',
    });
  }
  if (text === '') {
    context.report({ severity: 'warning', source: document.source, message: 'no article text found' });
  }
  return article;
}
