/**
 * @module same-origin-guard
 * Web form posts must come from this server's own pages (cross-site request forgery guard): the
 * browser's Origin header, or Sec-Fetch-Site when there is no Origin, must say so.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export function guardSameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      const site = c.req.header('sec-fetch-site');
      const isForeign =
        origin !== undefined && origin !== 'null'
          ? hostOf(origin) !== host.toLowerCase()
          : origin === 'null' || site === 'cross-site' || site === 'same-site';
      if (isForeign)
        throw new HTTPException(403, { message: 'This form can only be sent from this site’s own pages.' });
    }
    await next();
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
