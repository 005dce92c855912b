/**
 * @module create-app
 * The web app as a Hono `fetch` function over one story session: JSON API under /api, reading pages
 * elsewhere. Tests drive it in-process with `app.request()`; node-main.ts puts it on a socket.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { setCookie, deleteCookie } from 'hono/cookie';
import { except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import type { IngestOptions } from '../../adapters/ingest/ingest-inputs.js';
import type { StorySession } from '../story-service.js';
import { StoreError } from '../../adapters/storage/store-error.js';
import {
  hasWebSession,
  isSameSecret,
  requireBearer,
  requireWebSession,
  SESSION_COOKIE,
  sessionCookieValue,
} from './middleware/access-token.js';
import { guardHost } from './middleware/host-guard.js';
import { limitConcurrency, limitRate, type RateLimit } from './middleware/rate-limit.js';
import { guardSameOrigin } from './middleware/same-origin-guard.js';
import { securityHeaders } from './middleware/security-headers.js';
import { renderErrorPage } from './pages/error-page.js';
import { renderLoginPage } from './pages/login-page.js';
import { createApiRoutes } from './routes/api-routes.js';
import { DEFAULT_MAX_BODY_BYTES, limitBody } from './routes/limit-body.js';
import { createWebRoutes, readForm } from './routes/web-routes.js';
import { toSameSitePath } from './routes/same-site-path.js';
import { createStoryCatalog } from './story-catalog.js';

export interface AppOptions {
  session: StorySession;
  /** Required on every /api route as `Authorization: Bearer <token>`, and to use the pages. */
  token?: string;
  /** Let submitted URLs reach loopback and private addresses (off: the fetcher refuses them). */
  allowPrivateAddresses?: boolean;
  /** More fetch settings (timeouts, a narrow address allow-list for tests). */
  ingestOptions?: IngestOptions;
  /** Largest request body (default 5 MB); larger is a 413. */
  maxBodyBytes?: number;
  /** Request rates and concurrent submissions allowed (defaults: DEFAULT_REQUEST_LIMITS). */
  limits?: Partial<RequestLimits>;
  /** Host names the Host header may carry (DNS-rebinding guard); any when absent. */
  allowedHostnames?: readonly string[];
  /** Where unexpected errors are written (default: standard error). */
  logError?: (error: unknown) => void;
  /** Milliseconds clock the rate limits refill by (default Date.now); tests hold it still. */
  clock?: () => number;
}

export interface RequestLimits {
  /** GET and HEAD requests per client; false for none. */
  reads: RateLimit | false;
  /** Every other request (submissions, deletes, sign-in attempts) per client; false for none. */
  writes: RateLimit | false;
  /** Submissions and deletes running at once (fetching, analysing, waiting to write); more get a 503. */
  concurrentSubmissions: number;
}

// Loopback is no reason to have none: a runaway script or a page on another site reaches 127.0.0.1 too.
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  reads: { burst: 300, perSecond: 150 },
  writes: { burst: 30, perSecond: 2 },
  concurrentSubmissions: 4,
};

/**
 * @example
 * const app = createApp({ session: openStorySession('store.sqlite') });
 * const response = await app.request('/api/stories');
 */
export function createApp({
  session,
  token,
  allowPrivateAddresses = false,
  ingestOptions = {},
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  limits: givenLimits = {},
  allowedHostnames,
  logError = (error) => console.error(error),
  clock = Date.now,
}: AppOptions): Hono {
  const catalog = createStoryCatalog(session, {
    ...ingestOptions,
    ...(allowPrivateAddresses && { allowPrivateAddresses: true }),
  });
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...givenLimits };
  const app = new Hono();
  app.use('*', securityHeaders());
  if (allowedHostnames) app.use('*', guardHost(allowedHostnames));
  // Limits come before sign-in, so guessing the token is as slow as any other write.
  const isRead = (c: Context) => c.req.method === 'GET' || c.req.method === 'HEAD';
  if (limits.reads) app.use('*', when(isRead, limitRate(limits.reads, { now: clock })));
  if (limits.writes)
    app.use(
      '*',
      when((c) => !isRead(c), limitRate(limits.writes, { now: clock })),
    );
  app.use('*', limitBody(maxBodyBytes));
  app.use(
    '*',
    when(
      (c) => !isRead(c) && /^\/(?:api\/)?articles(?:\/|$)/.test(c.req.path),
      limitConcurrency(limits.concurrentSubmissions),
    ),
  );
  if (token !== undefined) {
    app.use('/api/*', requireBearer(token));
    mountSignIn(app, token);
    app.use('*', except(['/api/*', '/assets/style.css'], requireWebSession(token)));
  }
  app.use('*', except('/api/*', guardSameOrigin()));
  app.route('/api', createApiRoutes(catalog));
  app.route('/', createWebRoutes(catalog));

  app.notFound((c) => {
    const message = `no route ${c.req.method} ${c.req.path}`;
    return wantsJson(c)
      ? c.json({ error: message }, 404)
      : c.html(renderErrorPage(404, 'There is no page at this address.'), 404);
  });
  app.onError((error, c) => {
    const status =
      error instanceof HTTPException ? error.status : error instanceof StoreError ? storeStatus(error) : 500;
    if (status >= 500 && status !== 503) logError(error);
    if (status === 503 && !c.res.headers.has('Retry-After')) c.header('Retry-After', '5');
    const message =
      error instanceof HTTPException
        ? error.message || 'request refused'
        : error instanceof StoreError
          ? error.message
          : 'internal error: the request could not be completed';
    return wantsJson(c) ? c.json({ error: message }, status) : c.html(renderErrorPage(status, message), status);
  });
  return app;
}

/** A store failure as a status: another writer busy, a read-only file, a full disk. */
function storeStatus(error: StoreError): ContentfulStatusCode {
  if (error.problem === 'busy') return 503;
  if (error.problem === 'read-only') return 403;
  if (error.problem === 'full') return 507;
  return 500;
}

/** The middleware only for requests `applies` picks. */
function when(applies: (c: Context) => boolean, middleware: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (applies(c) ? middleware(c, next) : next());
}

/** JSON for the API and for clients that do not ask for HTML; pages for browsers. */
function wantsJson(c: Context): boolean {
  return (
    c.req.path.startsWith('/api/') || c.req.path === '/api' || !(c.req.header('accept') ?? '').includes('text/html')
  );
}

function mountSignIn(app: Hono, token: string): void {
  app.get('/login', (c) => {
    if (hasWebSession(c, token)) return c.redirect(toSameSitePath(c.req.query('next')), 303);
    return c.html(renderLoginPage(toSameSitePath(c.req.query('next'))));
  });
  app.post('/login', guardSameOrigin(), async (c) => {
    const fields = await readForm(c);
    const next = toSameSitePath(fields['next']);
    if (!isSameSecret(fields['token'] ?? '', token))
      return c.html(renderLoginPage(next, 'That token is not right.'), 401);
    setCookie(c, SESSION_COOKIE, sessionCookieValue(token), { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect(next, 303);
  });
  app.post('/logout', guardSameOrigin(), (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
}
