/**
 * @module host-guard
 * Refuses requests whose Host header names another site: a page on the web cannot reach a loopback
 * server through DNS rebinding (its requests carry the attacker's host name).
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export function guardHost(allowedHostnames: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHostnames.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
    if (!allowed.has(hostname)) throw new HTTPException(421, { message: `unexpected Host "${host.slice(0, 100)}"` });
    await next();
  };
}
