/**
 * @module read-page-metadata
 * Title, site name, byline, description and publication-date candidates from the page head:
 * meta tags (Open Graph, Dublin Core, parsely, sailthru …), JSON-LD, `<title>`, `<h1>`, `<time>`, rel=author.
 */
import type { DateCandidate } from '../dates/date-candidate.js';
import { parseDateValue } from '../dates/parse-date-value.js';
import { normalizeLine } from '../lines/normalize-line.js';
import { readJsonLd } from './read-json-ld.js';
import { firstMeta, readMetaTags } from './read-meta-tags.js';
import { scanPageElements } from './scan-page-elements.js';

export interface PageMetadata {
  /** Headline candidates, best first (JSON-LD, og:title, twitter:title, Dublin Core …). */
  titles: string[];
  /** The `<title>` element's text. */
  documentTitle?: string;
  /** Texts of the page's `<h1>` elements. */
  headings: string[];
  siteName?: string;
  /** Author candidates from structured metadata, best first. */
  bylines: string[];
  /** Texts of rel=author links: weaker, they can sit in sidebars about other articles. */
  authorLinks: string[];
  description?: string;
  /** Canonical or og:url address of the page. */
  url?: string;
  dates: DateCandidate[];
  /** Deepest element nesting in the page. */
  maxDepth: number;
}

/** Readability's order, which its test pages bear out: Dublin Core, then Open Graph, then the rest. */
const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'title',
  'twitter:title',
  'parsely-title',
  'sailthru.title',
];
const SITE_KEYS = [
  'og:site_name',
  'application-name',
  'al:android:app_name',
  'al:iphone:app_name',
  'twitter:app:name:iphone',
];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru.author', 'byl'];
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description', 'dc:description'];
/** Meta keys that carry the publication date, best first; the rank keeps this order. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'dc.date.issued',
  'dcterms.issued',
  'dc:date',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'originalpublicationdate',
  'citation_publication_date',
  'citation_date',
  'og:pubdate',
  'pdate',
  'displaydate',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'lastmod'];

const TITLE_MATCH = 0.75;
const RANK_JSON_LD = 10;
const RANK_META = 11;
const RANK_JSON_LD_CREATED = 40;
const RANK_TIME_PUBLISHED = 45;
const RANK_TIME_FIRST = 55;
const RANK_MODIFIED = 80;

function clean(text: string | null | undefined): string | undefined {
  const value = normalizeLine(text ?? '');
  return value === '' ? undefined : value;
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `documentTitle`'s characters that are words of `candidate` (Readability's text similarity). */
function coverage(candidate: string, documentTitle: string): number {
  const candidateWords = new Set(tokens(candidate));
  const titleWords = tokens(documentTitle);
  const total = titleWords.join(' ').length;
  if (total === 0) return 0;
  const uncovered = titleWords.filter((word) => !candidateWords.has(word)).join(' ').length;
  return 1 - uncovered / total;
}

/**
 * JSON-LD `name` usually holds the headline and `headline` sometimes a summary; `headline` wins only when
 * it matches `<title>` and `name` does not.
 */
function chooseJsonLdTitle(
  headline: string | undefined,
  name: string | undefined,
  publisher: string | undefined,
  documentTitle: string,
): string | undefined {
  if (!headline || !name || headline === name) return name ?? headline;
  // A `name` that repeats the publisher is the site's name, not the article's.
  if (publisher && tokens(name).join(' ') === tokens(publisher).join(' ')) return headline;
  const isHeadlineMatch = coverage(headline, documentTitle) > TITLE_MATCH;
  const isNameMatch = coverage(name, documentTitle) > TITLE_MATCH;
  return isHeadlineMatch && !isNameMatch ? headline : name;
}

/** Reads everything the head and a few body elements say about the article. */
export function readPageMetadata(document: Document, reference: Date): PageMetadata {
  const elements = scanPageElements(document);
  const meta = readMetaTags(elements.metas);
  const jsonLd = readJsonLd(elements.jsonLdScripts);
  const dates: DateCandidate[] = [];
  const addDate = (value: string | undefined, from: string, rank: number): void => {
    if (!value) return;
    const parsed = parseDateValue(value, reference);
    if (parsed) dates.push({ date: parsed.date, from, rank, isYearStated: parsed.isYearStated });
  };

  const titles: string[] = [];
  const addTitle = (value: string | undefined): void => {
    const title = clean(value);
    if (title && !titles.includes(title)) titles.push(title);
  };
  addTitle(chooseJsonLdTitle(jsonLd?.headline, jsonLd?.name, jsonLd?.publisher, elements.title?.textContent ?? ''));
  for (const key of TITLE_KEYS) addTitle(meta.get(key)?.[0]);

  const bylines: string[] = [];
  const addByline = (value: string | undefined): void => {
    const byline = clean(value);
    if (byline && !/^https?:\/\//i.test(byline) && !bylines.includes(byline)) bylines.push(byline);
  };
  if (jsonLd && jsonLd.authors.length > 0) addByline(jsonLd.authors.join(', '));
  for (const key of AUTHOR_KEYS) addByline(meta.get(key)?.[0]);

  addDate(jsonLd?.datePublished, 'json-ld', RANK_JSON_LD);
  PUBLISHED_KEYS.forEach((key, i) => addDate(meta.get(key)?.[0], `meta:${key}`, RANK_META + i));
  addDate(jsonLd?.dateCreated, 'json-ld:dateCreated', RANK_JSON_LD_CREATED);
  const publishedTime = elements.times.find(
    (time) => time.hasAttribute('pubdate') || /datePublished/i.test(time.getAttribute('itemprop') ?? ''),
  );
  addDate(publishedTime?.getAttribute('datetime') ?? undefined, 'time-element', RANK_TIME_PUBLISHED);
  const firstTime = elements.times.find((time) => time.hasAttribute('datetime'));
  addDate(firstTime?.getAttribute('datetime') ?? undefined, 'time-element', RANK_TIME_FIRST);
  addDate(jsonLd?.dateModified, 'json-ld:dateModified', RANK_MODIFIED);
  MODIFIED_KEYS.forEach((key, i) => addDate(meta.get(key)?.[0], `meta:${key}`, RANK_MODIFIED + 1 + i));

  const result: PageMetadata = {
    titles,
    headings: elements.headings.map((h) => clean(h.textContent)).filter((h): h is string => h !== undefined),
    bylines,
    authorLinks: elements.authorLinks
      .map((link) => clean(link.textContent))
      .filter((a): a is string => a !== undefined),
    dates,
    maxDepth: elements.maxDepth,
  };
  const documentTitle = clean(elements.title?.textContent);
  if (documentTitle) result.documentTitle = documentTitle;
  const siteName = clean(firstMeta(meta, SITE_KEYS)?.value) ?? clean(jsonLd?.publisher);
  if (siteName) result.siteName = siteName;
  const description = clean(firstMeta(meta, DESCRIPTION_KEYS)?.value) ?? clean(jsonLd?.description);
  if (description) result.description = description;
  const url = clean(elements.canonical?.getAttribute('href')) ?? clean(meta.get('og:url')?.[0]);
  if (url) result.url = url;
  return result;
}
