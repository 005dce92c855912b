/**
 * @module server-fixtures
 * Helpers for the server tests: an app over a fresh temp SQLite file, the bundled example story and
 * the XSS fixture as API submissions, and JSON requests.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../../src/app/server/create-app.js';
import { openStorySession, type StorySession } from '../../../src/app/story-service.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLE_DIR = join(ROOT, 'examples/harbour-bridge-collapse');
export const XSS_DIR = join(ROOT, 'test/fixtures/xss');

export interface TempApp {
  app: Hono;
  session: StorySession;
  dbPath: string;
  cleanup: () => void;
}

export function tempDbPath(): { dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
  return { dbPath: join(dir, 'store.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTempApp(options: Omit<AppOptions, 'session'> = {}): TempApp {
  const { dbPath, cleanup } = tempDbPath();
  const session = openStorySession(dbPath);
  const app = createApp({ session, logError: () => {}, ...options });
  return {
    app,
    session,
    dbPath,
    cleanup: () => {
      session.close();
      cleanup();
    },
  };
}

export type ArticleBody = { text: string } | { html: string };

/** The files of a story folder as API articles: HTML files as `html`, the rest as `text`. */
export function articlesOf(dir: string): (ArticleBody & { file: string })[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((file) => {
      const body = readFileSync(join(dir, file), 'utf8');
      return /\.html?$/.test(file) ? { file, html: body } : { file, text: body };
    });
}

export function withoutFile({ file: _file, ...article }: ArticleBody & { file: string }): ArticleBody {
  return article;
}

export function postJson(
  app: Hono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export async function json<T = Record<string, unknown>>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}
