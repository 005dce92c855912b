/**
 * @module same-origin-guard
 * Web form posts must come from this server's own pages (cross-site request forgery guard). Browsers
 * say where a request comes from in Sec-Fetch-Site, older ones in Origin; a client that sends neither
 * is not a browser a page could drive (curl, scripts) and is let through.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export function guardSameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && isForeign(c.req.header.bind(c.req), c.req.url))
      throw new HTTPException(403, { message: 'This form can only be sent from this site’s own pages.' });
    await next();
  };
}

function isForeign(header: (name: string) => string | undefined, url: string): boolean {
  const site = header('sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = header('origin');
  if (origin === undefined) return false;
  const host = (header('host') ?? new URL(url).host).toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    // "null" (a sandboxed or privacy-stripped origin) cannot be shown to be ours.
    return true;
  }
}
