/**
 * @module access-token
 * The one secret a non-loopback server requires: `Authorization: Bearer <token>` on /api routes, and
 * for the web pages a session cookie set by the sign-in form (browsers cannot add the header to forms).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';

export const SESSION_COOKIE = 'corroborate_session';

/** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
export function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the cookie holds: derived from the token, so the token itself never sits in the browser. */
export function sessionCookieValue(token: string): string {
  return createHmac('sha256', token).update('corroborate web session').digest('base64url');
}

function bearerOf(c: Context): string | undefined {
  const header = c.req.header('authorization') ?? '';
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
}

function hasBearer(c: Context, token: string): boolean {
  const given = bearerOf(c);
  return given !== undefined && isSameSecret(given, token);
}

export function hasWebSession(c: Context, token: string): boolean {
  const cookie = getCookie(c, SESSION_COOKIE);
  return (cookie !== undefined && isSameSecret(cookie, sessionCookieValue(token))) || hasBearer(c, token);
}

/** /api/*: a missing or wrong bearer token is a 401 JSON error. */
export function requireBearer(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!hasBearer(c, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="corroborate"');
      throw new HTTPException(401, { message: 'missing or wrong bearer token (send Authorization: Bearer <token>)' });
    }
    await next();
  };
}

/** Web pages: without a session, GETs go to the sign-in page and form posts are refused. */
export function requireWebSession(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (hasWebSession(c, token)) return next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      const target = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(target.pathname + target.search)}`, 303);
    }
    throw new HTTPException(401, { message: 'Sign in with the access token first.' });
  };
}
