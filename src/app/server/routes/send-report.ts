/**
 * @module send-report
 * A story's report as a response in one of its three formats, from the catalog's cache. Shared by the
 * API and by the pages' download links (which a signed-in browser can follow without a bearer token).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { StoryCatalog } from '../story-catalog.js';

export type ReportFormat = 'json' | 'md' | 'html';

export function sendReport(c: Context, catalog: StoryCatalog, id: string, format: ReportFormat): Response {
  const output =
    format === 'json' ? catalog.reportJson(id) : format === 'md' ? catalog.reportMarkdown(id) : catalog.reportHtml(id);
  if (output === undefined) throw new HTTPException(404, { message: `no story "${id}"` });
  if (format === 'json') return c.body(output, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  if (format === 'md') return c.body(output, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  // The standalone report pins its own style and script by hash; the header repeats its policy.
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(output)?.[1];
  return c.body(output, 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy ?? "default-src 'none'; style-src 'unsafe-inline'",
  });
}
