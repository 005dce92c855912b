/**
 * The loopback API has limits like any other: request rates per client, submissions at once, body
 * size on every route, the wait for another writer, and deadlines for slow senders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { createApp } from '../../src/app/server/create-app.js';
import { startServer } from '../../src/app/server/node-main.js';
import { openStorySession } from '../../src/app/story-service.js';
import { openTempApp, postJson, tempDbPath } from './helpers/server-fixtures.js';

const ARTICLE = { text: 'The ferry resumed service on Monday after the storm, the operator said in a statement.' };

test('writes over the rate get a 429 with Retry-After, before any work; reads have their own budget', async () => {
  // The clock stands still: a slow machine must not refill the buckets between requests.
  const ctx = openTempApp({
    limits: { writes: { burst: 3, perSecond: 0.5 }, reads: { burst: 5, perSecond: 1 } },
    clock: () => 1_000_000,
  });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postJson(ctx.app, '/api/articles', { text: `${ARTICLE.text} Number ${i}.` })).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const refused = await postJson(ctx.app, '/api/articles', ARTICLE);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '2');
    assert.match(((await refused.json()) as { error: string }).error, /too many requests/);
    assert.equal(ctx.session.store.allArticles().length, 3, 'the refused ones did nothing');

    const reads: number[] = [];
    for (let i = 0; i < 6; i++) reads.push((await ctx.app.request('/api/stories')).status);
    assert.deepEqual(reads, [200, 200, 200, 200, 200, 429]);
  } finally {
    ctx.cleanup();
  }
});

test('the defaults limit too: a flood of requests is cut off', async () => {
  // "At once": the clock stands still, so a slow machine does not refill the buckets mid-flood.
  const ctx = openTempApp({ clock: () => 1_000_000 });
  try {
    let refused = 0;
    for (let i = 0; i < 400; i++) if ((await ctx.app.request('/assets/style.css')).status === 429) refused++;
    assert.ok(refused > 0, 'some of 400 requests at once were refused');
    let writesRefused = 0;
    for (let i = 0; i < 40; i++)
      if ((await ctx.app.request('/api/articles/999999', { method: 'DELETE' })).status === 429) writesRefused++;
    assert.ok(writesRefused > 0, 'some of 40 deletes at once were refused');
  } finally {
    ctx.cleanup();
  }
});

test('a body over the limit is a 413 on every route, not only where articles are posted', async () => {
  const ctx = openTempApp({ maxBodyBytes: 1000 });
  try {
    const big = 'x'.repeat(2000);
    for (const [method, path] of [
      ['POST', '/api/articles'],
      ['DELETE', '/api/articles/1'],
      ['POST', '/articles/1/delete'],
      ['POST', '/no-such-route'],
    ] as const) {
      const response = await ctx.app.request(path, {
        method,
        headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
        body: big,
      });
      assert.equal(response.status, 413, `${method} ${path}`);
    }
  } finally {
    ctx.cleanup();
  }
});

test('while another process writes, submissions wait; past the wait they get a 503; too many at once get a 503', async () => {
  const { dbPath, cleanup } = tempDbPath();
  const served = openStorySession(dbPath, { writerWaitMs: 300, onDiagnostic: () => {} });
  const other = openStorySession(dbPath, { purpose: 'ingest', onDiagnostic: () => {} });
  let release = (): void => {};
  try {
    const app = createApp({ session: served, logError: () => {}, limits: { concurrentSubmissions: 1 } });
    const holding = other.write(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const waiting = postJson(app, '/api/articles', ARTICLE);
    const second = await postJson(app, '/api/articles', { text: `${ARTICLE.text} Again.` });
    assert.equal(second.status, 503, 'one submission at a time');
    assert.ok(second.headers.get('retry-after'));

    const timedOut = await waiting;
    assert.equal(timedOut.status, 503);
    assert.match(((await timedOut.json()) as { error: string }).error, /is being written by ingest \(process \d+/);

    const afterRelease = postJson(app, '/api/articles', ARTICLE);
    release();
    await holding;
    assert.equal((await afterRelease).status, 201, 'once the other writer is done, the submission goes through');
  } finally {
    release();
    served.close();
    other.close();
    cleanup();
  }
});

test('a client that sends its headers too slowly is cut off', async () => {
  const { dbPath, cleanup } = tempDbPath();
  const server = await startServer({ db: dbPath, port: 0, headersTimeoutMs: 300, logError: () => {} });
  try {
    const closedAfter = await new Promise<number>((resolve) => {
      const started = Date.now();
      const socket = connect(server.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
      socket.on('data', () => {});
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => {});
    });
    assert.ok(closedAfter < 3000, `closed after ${closedAfter} ms`);
  } finally {
    await server.close();
    cleanup();
  }
});
