import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { StoryReport } from '../../src/core/model/story-report.js';
import { startServer, type RunningServer } from '../../src/app/server/node-main.js';
import { startTestServer, type TestServer } from '../ingest/helpers/test-server.js';
import { EXAMPLE_DIR, articlesOf, tempDbPath, withoutFile } from './helpers/server-fixtures.js';

const examples = articlesOf(EXAMPLE_DIR);

async function post(server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Sends a request whose body stops half-way through the declared length, then hangs up. */
function sendTruncated(server: RunningServer, path: string, body: string): Promise<void> {
  return new Promise((resolve) => {
    const request = httpRequest(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    });
    request.on('error', () => resolve());
    request.on('response', () => resolve());
    request.write(body.slice(0, Math.floor(body.length / 2)), () => {
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 50);
    });
  });
}

describe('over a real socket on 127.0.0.1', () => {
  let server: RunningServer;
  let cleanup: () => void;

  before(async () => {
    const db = tempDbPath();
    cleanup = db.cleanup;
    server = await startServer({ db: db.dbPath, port: 0, logError: () => {} });
  });
  after(async () => {
    await server.close();
    cleanup();
  });

  test('binds loopback on a random port', () => {
    assert.equal(server.host, '127.0.0.1');
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
  });

  test('submit, list, read in three formats, search and delete', async () => {
    const submitted = await post(server, '/api/articles', { articles: examples.map(withoutFile) });
    assert.equal(submitted.status, 201);
    const body = (await submitted.json()) as { added: number; articles: { key: number; storyId: string }[] };
    assert.equal(body.added, 5);

    const list = (await (await fetch(`${server.url}/api/stories`)).json()) as {
      stories: { id: string; articleCount: number }[];
    };
    const story = list.stories[0]!;
    const id = story.id;
    const report = (await (await fetch(`${server.url}/api/stories/${id}`)).json()) as StoryReport;
    assert.equal(report.articles.length, story.articleCount);
    const markdown = await fetch(`${server.url}/api/stories/${id}/report.md`);
    assert.match(await markdown.text(), /^# /);
    const html = await fetch(`${server.url}/api/stories/${id}/report.html`);
    assert.match(await html.text(), /<!DOCTYPE html>/);
    const page = await fetch(`${server.url}/stories/${id}`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);

    const search = (await (await fetch(`${server.url}/api/search?q=harbour`)).json()) as { articles: unknown[] };
    assert.ok(search.articles.length > 0);

    const key = body.articles[0]!.key;
    const deleted = await fetch(`${server.url}/api/articles/${key}`, { method: 'DELETE' });
    assert.equal(deleted.status, 200);
    assert.equal((await fetch(`${server.url}/api/articles/${key}`)).status, 404);
  });

  test('a request cut off mid-body stores nothing, loses nothing, and the server carries on', async () => {
    const before = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: { articleCount: number }[] };
    const count = (list: { stories: { articleCount: number }[] }) =>
      list.stories.reduce((n, s) => n + s.articleCount, 0);
    const body = JSON.stringify({ text: 'The harbour ferry was cancelled on Friday. '.repeat(2000) });
    await sendTruncated(server, '/api/articles', body);
    const afterwards = (await (await fetch(`${server.url}/api/stories`)).json()) as {
      stories: { articleCount: number }[];
    };
    assert.equal(count(afterwards), count(before));
  });

  test('refuses a Host header naming another site (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${server.url}/api/stories`,
        { headers: { host: 'attacker.example' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end();
    });
    assert.equal(status, 421);
  });

  test('refuses a form posted from another site', async () => {
    const response = await fetch(`${server.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://attacker.example' },
      body: 'text=Forged',
    });
    assert.equal(response.status, 403);
  });
});

describe('fetching submitted URLs', () => {
  let pages: TestServer;
  before(async () => {
    pages = await startTestServer();
  });
  after(() => pages.close());

  test('loopback pages are refused unless the server allows private addresses', async () => {
    const db = tempDbPath();
    const guarded = await startServer({ db: db.dbPath, port: 0 });
    try {
      const refused = await post(guarded, '/api/articles', { urls: [`${pages.base}/page`] });
      assert.equal(refused.status, 400);
      assert.match(((await refused.json()) as { error: string }).error, /loopback|private|refused/i);
    } finally {
      await guarded.close();
      db.cleanup();
    }
    const open = tempDbPath();
    const allowing = await startServer({ db: open.dbPath, port: 0, allowPrivateAddresses: true });
    try {
      const fetched = await post(allowing, '/api/articles', { urls: [`${pages.base}/page`] });
      assert.equal(fetched.status, 201);
      assert.equal(((await fetched.json()) as { added: number }).added, 1);
    } finally {
      await allowing.close();
      open.cleanup();
    }
  });
});

describe('a server on another address', () => {
  test('will not start without a long enough token', async () => {
    const db = tempDbPath();
    try {
      await assert.rejects(startServer({ db: db.dbPath, host: '0.0.0.0', port: 0 }), /give --token/);
      await assert.rejects(startServer({ db: db.dbPath, port: 0, token: 'short' }), /too short/);
    } finally {
      db.cleanup();
    }
  });

  test('with a token, /api needs the bearer and the pages need a sign-in', async () => {
    const db = tempDbPath();
    const token = 'correct-horse-battery-staple';
    const server = await startServer({ db: db.dbPath, port: 0, token });
    try {
      assert.equal((await fetch(`${server.url}/api/stories`)).status, 401);
      const wrong = await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer not-the-token' } });
      assert.equal(wrong.status, 401);
      assert.match(((await wrong.json()) as { error: string }).error, /bearer token/);
      const right = await fetch(`${server.url}/api/stories`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(right.status, 200);

      const page = await fetch(`${server.url}/`, { redirect: 'manual', headers: { accept: 'text/html' } });
      assert.equal(page.status, 303);
      assert.equal(page.headers.get('location'), '/login?next=%2F');
      const formPost = await fetch(`${server.url}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'text=Unsigned',
      });
      assert.equal(formPost.status, 401);

      const badLogin = await fetch(`${server.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: 'guess', next: '/' }).toString(),
        redirect: 'manual',
      });
      assert.equal(badLogin.status, 401);
      const login = await fetch(`${server.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, next: '//evil.example/' }).toString(),
        redirect: 'manual',
      });
      assert.equal(login.status, 303);
      assert.equal(login.headers.get('location'), '/', 'an off-site next is not followed');
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      assert.ok(!cookie.includes(token), 'the cookie does not hold the token itself');
      const signedIn = await fetch(`${server.url}/`, { headers: { cookie, accept: 'text/html' } });
      assert.equal(signedIn.status, 200);
      // The cookie is for pages only: the API still wants the bearer token.
      assert.equal((await fetch(`${server.url}/api/stories`, { headers: { cookie } })).status, 401);
    } finally {
      await server.close();
      db.cleanup();
    }
  });
});
