/**
 * @module extract-main-content
 * The article element of a page: Readability (0.6, on linkedom) first, a simple fallback when it finds
 * nothing or too little. Readability edits the DOM it reads, so read metadata before calling this.
 */
import { Readability } from '@mozilla/readability';
import { findFallbackContent } from './find-fallback-content.js';
import { parseHtml } from './parse-html.js';

/** Below this many characters Readability's pick is compared with the fallback's. */
const MIN_TEXT_CHARS = 250;
/**
 * Readability's cost grows much faster than linearly with nesting depth (1,200 nested divs take
 * about 20 s); real pages stay far below this, so deeper trees go straight to the fallback.
 */
const MAX_READABILITY_DEPTH = 150;

export interface MainContent {
  root: Element;
  method: 'readability' | 'fallback';
  /** What Readability reported alongside the content. */
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

function textLength(element: Element | undefined): number {
  return element ? (element.textContent ?? '').trim().length : 0;
}

/**
 * `html` is re-parsed only when the fallback is needed, because Readability has edited `document`.
 * `depth` is the page's deepest element nesting.
 */
export function extractMainContent(document: Document, html: string, depth = 0): MainContent | undefined {
  if (depth > MAX_READABILITY_DEPTH) {
    const fallback = findFallbackContent(document);
    return fallback ? { root: fallback, method: 'fallback' } : undefined;
  }
  const reader = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true });
  let parsed: ReturnType<typeof reader.parse> = null;
  try {
    parsed = reader.parse();
  } catch {
    // Readability throws on a few malformed trees; the fallback still reads them.
  }
  const root = parsed?.content ? (parsed.content as Element) : undefined;
  const readabilityLength = textLength(root);
  if (root && readabilityLength >= MIN_TEXT_CHARS)
    return withReadabilityFields({ root, method: 'readability' }, parsed);

  const fallback = findFallbackContent(parseHtml(html));
  if (fallback && textLength(fallback) > readabilityLength) return { root: fallback, method: 'fallback' };
  return root ? withReadabilityFields({ root, method: 'readability' }, parsed) : undefined;
}

function withReadabilityFields(
  content: MainContent,
  parsed: {
    title?: string | null | undefined;
    byline?: string | null | undefined;
    siteName?: string | null | undefined;
    publishedTime?: string | null | undefined;
  } | null,
): MainContent {
  if (parsed?.title) content.title = parsed.title;
  if (parsed?.byline) content.byline = parsed.byline;
  if (parsed?.siteName) content.siteName = parsed.siteName;
  if (parsed?.publishedTime) content.publishedTime = parsed.publishedTime;
  return content;
}
