/**
 * @module api-routes
 * The JSON API under /api (documented in openapi.yaml): submit articles, list and read stories in
 * three formats, read, search and delete articles. Every failure is `{ error }` with a 4xx status.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { StoryCatalog } from '../story-catalog.js';
import { badRequest, parseApiSubmission } from '../parse-submission.js';
import { readIntegerParam } from './read-integer-param.js';
import { sendReport } from './send-report.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 200;

export function createApiRoutes(catalog: StoryCatalog): Hono {
  const api = new Hono();

  api.post('/articles', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type))
      throw new HTTPException(415, { message: `send the articles as application/json (got "${type || 'no type'}")` });
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (error) {
      if (error instanceof HTTPException) throw error;
      throw badRequest(`malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = await catalog.submit(parseApiSubmission(body));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.added === 0 && result.duplicates === 0 && errors.length > 0) {
      const first = errors[0];
      return c.json({ error: first ? `${first.source}: ${first.message}` : 'nothing could be added', ...result }, 400);
    }
    return c.json(result, result.added > 0 ? 201 : 200);
  });

  api.get('/stories', (c) => {
    const limit = readIntegerParam(c.req.query('limit'), 'limit', {
      min: 1,
      max: MAX_PAGE_SIZE,
      fallback: DEFAULT_PAGE_SIZE,
    });
    const offset = readIntegerParam(c.req.query('offset'), 'offset', {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      fallback: 0,
    });
    const stories = catalog.listStories();
    return c.json({ stories: stories.slice(offset, offset + limit), total: stories.length, limit, offset });
  });

  api.get('/stories/:id', (c) => sendReport(c, catalog, c.req.param('id'), 'json'));
  api.get('/stories/:id/report.md', (c) => sendReport(c, catalog, c.req.param('id'), 'md'));
  api.get('/stories/:id/report.html', (c) => sendReport(c, catalog, c.req.param('id'), 'html'));

  api.get('/articles/:key', (c) => {
    const key = readKey(c.req.param('key'));
    const stored = catalog.article(key);
    if (!stored) throw new HTTPException(404, { message: `no article with key ${key}` });
    const { text } = stored.article;
    const start = c.req.query('start');
    const end = c.req.query('end');
    if ((start === undefined) !== (end === undefined)) throw badRequest('give both start and end, or neither');
    let highlight: { start: number; end: number; text: string } | undefined;
    if (start !== undefined && end !== undefined) {
      const from = readIntegerParam(start, 'start', { min: 0, max: text.length, fallback: 0 });
      const to = readIntegerParam(end, 'end', { min: 0, max: text.length, fallback: 0 });
      if (from >= to) throw badRequest(`start (${from}) must be before end (${to})`);
      highlight = { start: from, end: to, text: text.slice(from, to) };
    }
    const { paragraphs: _paragraphs, ...article } = stored.article;
    return c.json({
      key: stored.key,
      storyId: stored.storyId,
      version: stored.version,
      ingestedAt: stored.ingestedAt,
      article,
      ...(highlight && { highlight }),
    });
  });

  api.delete('/articles/:key', async (c) => {
    const key = readKey(c.req.param('key'));
    const outcome = await catalog.deleteArticle(key);
    if (!outcome) throw new HTTPException(404, { message: `no article with key ${key}` });
    return c.json({ deleted: key, ...outcome });
  });

  api.get('/search', (c) => {
    const query = (c.req.query('q') ?? '').trim();
    if (query.length < 2) throw badRequest('give a search text of at least 2 characters as ?q=');
    if (query.length > MAX_QUERY_LENGTH)
      throw badRequest(`the search text is longer than ${MAX_QUERY_LENGTH} characters`);
    const limit = readIntegerParam(c.req.query('limit'), 'limit', {
      min: 1,
      max: MAX_PAGE_SIZE,
      fallback: DEFAULT_PAGE_SIZE,
    });
    return c.json({ query, ...catalog.search(query, limit) });
  });

  return api;
}

export function readKey(value: string | undefined): number {
  if (!value || !/^\d{1,15}$/.test(value))
    throw badRequest(`an article key is a positive whole number, got "${(value ?? '').slice(0, 40)}"`);
  return Number(value);
}
