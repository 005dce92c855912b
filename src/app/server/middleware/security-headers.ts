/**
 * @module security-headers
 * Headers on every response: no sniffing, no framing, no referrer to other sites, and a content policy that lets the
 * web pages load only this server's stylesheet (no scripts, no third-party requests).
 */
import type { MiddlewareHandler } from 'hono';

export const PAGE_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    // A route that serves a document with its own policy (the standalone report) sets it first.
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', PAGE_POLICY);
  };
}
