/**
 * @module rate-limit
 * Requests a client may make: a token bucket per client address (on loopback every client shares one,
 * so it bounds the whole server), and a cap on requests doing heavy work at once. Over either, a 429
 * or 503 with Retry-After, before any work is done.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export interface RateLimit {
  /** Requests allowed at once after a quiet spell. */
  burst: number;
  /** Requests allowed per second, sustained. */
  perSecond: number;
}

export interface RateLimitSettings {
  now?: () => number;
  /** Buckets kept at most (the least recently seen client is forgotten first), so memory stays bounded. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The address of the client's socket; one shared key when there is none (in-process requests in tests). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'local';
}

export function limitRate(
  { burst, perSecond }: RateLimit,
  { now = Date.now, maxClients = 10_000 }: RateLimitSettings = {},
): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    const key = clientAddress(c);
    const time = now();
    const seen = buckets.get(key);
    const bucket: Bucket = seen
      ? { tokens: Math.min(burst, seen.tokens + ((time - seen.at) / 1000) * perSecond), at: time }
      : { tokens: burst, at: time };
    // Re-inserted so the Map's order runs from the least to the most recently seen client.
    buckets.delete(key);
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value ?? key);
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
      c.header('Retry-After', String(wait));
      throw new HTTPException(429, {
        message: `too many requests (at most ${perSecond} a second, ${burst} at once): try again in ${wait} s`,
      });
    }
    bucket.tokens -= 1;
    await next();
  };
}

/** At most `max` requests through here at once (submissions: fetching, analysis, the writer's turn). */
export function limitConcurrency(max: number, retryAfterSeconds = 5): MiddlewareHandler {
  let running = 0;
  return async (c, next) => {
    if (running >= max) {
      c.header('Retry-After', String(retryAfterSeconds));
      throw new HTTPException(503, {
        message: `the server is busy with ${running} submissions: try again in ${retryAfterSeconds} s`,
      });
    }
    running++;
    try {
      await next();
    } finally {
      running--;
    }
  };
}
