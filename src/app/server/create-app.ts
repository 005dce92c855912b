/**
 * @module create-app
 * The web app as a Hono `fetch` function over one story session: JSON API under /api, reading pages
 * elsewhere. Tests drive it in-process with `app.request()`; node-main.ts puts it on a socket.
 */
import { Hono, type Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import type { IngestOptions } from '../../adapters/ingest/ingest-inputs.js';
import type { StorySession } from '../story-service.js';
import {
  hasWebSession,
  isSameSecret,
  requireBearer,
  requireWebSession,
  SESSION_COOKIE,
  sessionCookieValue,
} from './middleware/access-token.js';
import { guardHost } from './middleware/host-guard.js';
import { guardSameOrigin } from './middleware/same-origin-guard.js';
import { securityHeaders } from './middleware/security-headers.js';
import { renderErrorPage } from './pages/error-page.js';
import { renderLoginPage } from './pages/login-page.js';
import { createApiRoutes } from './routes/api-routes.js';
import { DEFAULT_MAX_BODY_BYTES, limitBody } from './routes/limit-body.js';
import { createWebRoutes, readForm } from './routes/web-routes.js';
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
  /** Host names the Host header may carry (DNS-rebinding guard); any when absent. */
  allowedHostnames?: readonly string[];
  /** Where unexpected errors are written (default: standard error). */
  logError?: (error: unknown) => void;
}

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
  allowedHostnames,
  logError = (error) => console.error(error),
}: AppOptions): Hono {
  const catalog = createStoryCatalog(session, {
    ...ingestOptions,
    ...(allowPrivateAddresses && { allowPrivateAddresses: true }),
  });
  const app = new Hono();
  app.use('*', securityHeaders());
  if (allowedHostnames) app.use('*', guardHost(allowedHostnames));
  if (token !== undefined) {
    app.use('/api/*', requireBearer(token));
    mountSignIn(app, token, maxBodyBytes);
    app.use('*', except(['/api/*', '/assets/style.css'], requireWebSession(token)));
  }
  app.use('*', except('/api/*', guardSameOrigin()));
  app.route('/api', createApiRoutes(catalog, maxBodyBytes));
  app.route('/', createWebRoutes(catalog, maxBodyBytes));

  app.notFound((c) => {
    const message = `no route ${c.req.method} ${c.req.path}`;
    return wantsJson(c)
      ? c.json({ error: message }, 404)
      : c.html(renderErrorPage(404, 'There is no page at this address.'), 404);
  });
  app.onError((error, c) => {
    const status = error instanceof HTTPException ? error.status : 500;
    if (status >= 500) logError(error);
    const message =
      error instanceof HTTPException
        ? error.message || 'request refused'
        : 'internal error: the request could not be completed';
    return wantsJson(c) ? c.json({ error: message }, status) : c.html(renderErrorPage(status, message), status);
  });
  return app;
}

/** JSON for the API and for clients that do not ask for HTML; pages for browsers. */
function wantsJson(c: Context): boolean {
  return (
    c.req.path.startsWith('/api/') || c.req.path === '/api' || !(c.req.header('accept') ?? '').includes('text/html')
  );
}

function mountSignIn(app: Hono, token: string, maxBodyBytes: number): void {
  const safeNext = (value: string | undefined) =>
    value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
  app.get('/login', (c) => {
    if (hasWebSession(c, token)) return c.redirect(safeNext(c.req.query('next')), 303);
    return c.html(renderLoginPage(safeNext(c.req.query('next'))));
  });
  app.post('/login', guardSameOrigin(), limitBody(maxBodyBytes), async (c) => {
    const fields = await readForm(c);
    const next = safeNext(fields['next']);
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
