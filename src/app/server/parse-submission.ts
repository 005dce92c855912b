/**
 * @module parse-submission
 * A request body (API JSON or the web form's fields) → a validated Submission, or an HTTP 400 that
 * says exactly which field is wrong. Nothing is stored unless the whole body is valid.
 */
import { createHash } from 'node:crypto';
import { HTTPException } from 'hono/http-exception';
import type { SourceDocument, SourceHints } from '../../core/model/source-document.js';
import type { Submission } from './story-catalog.js';

export const MAX_URLS = 50;
export const MAX_ARTICLES = 100;
const MAX_FIELD_LENGTH = 500;
const ARTICLE_FIELDS = new Set(['text', 'html', 'url', 'outlet', 'title', 'published', 'byline']);
const TOP_FIELDS = new Set([...ARTICLE_FIELDS, 'urls', 'feeds', 'articles']);
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

/**
 * The API body: `{ text | html, url?, outlet?, title?, published? }`, `{ urls: [...] }`,
 * `{ feeds: [...] }`, `{ articles: [{ text | html, ... }] }`, or several of these at once.
 */
export function parseApiSubmission(body: unknown): Submission {
  const record = asObject(body, 'the body');
  for (const name of Object.keys(record)) {
    if (!TOP_FIELDS.has(name))
      throw badRequest(
        `unknown field "${name}" (expected text, html, url, outlet, title, published, urls, feeds or articles)`,
      );
  }
  const documents: SourceDocument[] = [];
  const hasArticle = record['text'] !== undefined || record['html'] !== undefined;
  if (hasArticle) documents.push(parseArticle(record, ''));
  else {
    for (const name of ['url', 'outlet', 'title', 'published', 'byline']) {
      if (record[name] !== undefined) throw badRequest(`"${name}" describes an article: give "text" or "html" with it`);
    }
  }
  if (record['articles'] !== undefined) {
    const list = asArray(record['articles'], 'articles', MAX_ARTICLES);
    list.forEach((item, i) => {
      const article = asObject(item, `articles[${i}]`);
      for (const name of Object.keys(article)) {
        if (!ARTICLE_FIELDS.has(name)) throw badRequest(`articles[${i}]: unknown field "${name}"`);
      }
      documents.push(parseArticle(article, `articles[${i}].`));
    });
  }
  const urls = [...parseUrls(record['urls'], 'urls'), ...parseUrls(record['feeds'], 'feeds')];
  if (urls.length > MAX_URLS) throw badRequest(`too many URLs (${urls.length}); send at most ${MAX_URLS} at once`);
  if (documents.length === 0 && urls.length === 0)
    throw badRequest('nothing to add: give "text" or "html", "articles", "urls" or "feeds"');
  return { documents, urls };
}

/** The web form: one pasted article (`text`, with optional metadata) and/or `urls`, one per line. */
export function parseFormSubmission(fields: Record<string, string>): Submission {
  const pasted = (fields['text'] ?? '').trim();
  const documents: SourceDocument[] = [];
  if (pasted) {
    const isHtml = /^</.test(pasted) && /<\/?(?:html|body|head|article|main|p|div|h1|h2)\b/i.test(pasted);
    const record: Record<string, unknown> = { [isHtml ? 'html' : 'text']: pasted };
    for (const name of ['url', 'outlet', 'title', 'published']) {
      const value = (fields[name] ?? '').trim();
      if (value) record[name] = value;
    }
    documents.push(parseArticle(record, ''));
  }
  const urls = (fields['urls'] ?? '')
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const checked = urls.map((url, i) => checkUrl(url, `URL ${i + 1}`));
  if (urls.length > MAX_URLS) throw badRequest(`too many URLs (${urls.length}); send at most ${MAX_URLS} at once`);
  if (documents.length === 0 && urls.length === 0)
    throw badRequest('Nothing to add: paste an article’s text, or give one or more URLs.');
  return { documents, urls: checked };
}

function parseArticle(record: Record<string, unknown>, prefix: string): SourceDocument {
  const html = optionalString(record['html'], `${prefix}html`, Infinity);
  const text = optionalString(record['text'], `${prefix}text`, Infinity);
  if (html !== undefined && text !== undefined) throw badRequest(`${prefix}text and ${prefix}html: give one, not both`);
  const body = html ?? text;
  if (body === undefined || body.trim() === '') throw badRequest(`${prefix}text or ${prefix}html must not be empty`);
  const url = optionalString(record['url'], `${prefix}url`, MAX_FIELD_LENGTH);
  if (url !== undefined) checkUrl(url, `${prefix}url`);
  const published = optionalString(record['published'], `${prefix}published`, 40);
  if (published !== undefined && (!DATE.test(published) || Number.isNaN(Date.parse(published.slice(0, 10)))))
    throw badRequest(`${prefix}published must be a date as YYYY-MM-DD (or an ISO date-time), got "${published}"`);
  const hints: SourceHints = {};
  if (url !== undefined) hints.url = url;
  for (const name of ['outlet', 'title', 'byline'] as const) {
    const value = optionalString(record[name], `${prefix}${name}`, MAX_FIELD_LENGTH);
    if (value !== undefined && value.trim()) hints[name] = value.trim();
  }
  if (published !== undefined) hints.published = published;
  return {
    source: url ?? submittedSource(hints, body),
    format: html !== undefined ? 'html' : 'text',
    body,
    hints,
  };
}

/**
 * A stable name for pasted text (no path or URL to name it by): the same paste gives the same name,
 * so it is recognised as already stored.
 */
function submittedSource(hints: SourceHints, body: string): string {
  const headline =
    /<title[^>]*>([^<]{1,200})/i.exec(body)?.[1] ?? (/^\s*</.test(body) ? '' : body.trim().split('\n')[0]);
  const words = [hints.outlet, hints.title].filter(Boolean).join(' ') || (headline ?? '').slice(0, 60);
  const slug =
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'article';
  return `submitted/${slug}-${createHash('sha256').update(body).digest('hex').slice(0, 8)}`;
}

function parseUrls(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  const list = asArray(value, name, MAX_URLS);
  return list.map((item, i) => {
    if (typeof item !== 'string') throw badRequest(`${name}[${i}] must be a string`);
    return checkUrl(item.trim(), `${name}[${i}]`);
  });
}

function checkUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest(`${name} is not a URL: "${value.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badRequest(`${name}: only http and https URLs can be fetched, got "${url.protocol}"`);
  // The normalised form: ingest tells URLs from file paths by a leading "http(s)://".
  return url.href;
}

function asObject(value: unknown, name: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw badRequest(`${name} must be a JSON object`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, name: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw badRequest(`${name} must be an array`);
  if (value.length === 0) throw badRequest(`${name} must not be empty`);
  if (value.length > max) throw badRequest(`${name} has ${value.length} items; send at most ${max} at once`);
  return value;
}

function optionalString(value: unknown, name: string, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be a string`);
  if (value.length > maxLength) throw badRequest(`${name} is longer than ${maxLength} characters`);
  return value;
}
