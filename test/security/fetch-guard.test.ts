/**
 * Ways in through the fetcher: loopback reached through an IPv4-compatible IPv6 literal (directly
 * and by redirect), and credentials in URLs, which must never be sent, stored or shown.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createAddressPolicy } from '../../src/adapters/ingest/address-guard.js';
import { ingestInputs, type IngestOptions } from '../../src/adapters/ingest/ingest-inputs.js';
import { ingestIntoStore, openStorySession } from '../../src/app/story-service.js';
import { createApp } from '../../src/app/server/create-app.js';
import { tempStoreDir } from '../store/helpers/store-cli.js';

interface Seen {
  path: string;
  authorization?: string;
}

let base = '';
let port = 0;
const seen: Seen[] = [];
let server: http.Server;

before(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push({
      path,
      ...(request.headers.authorization !== undefined && { authorization: request.headers.authorization }),
    });
    if (path === '/to-compatible') {
      response.writeHead(302, { location: `http://[::127.0.0.1]:${port}/page` });
      return response.end();
    }
    if (path === '/to-credentials') {
      response.writeHead(302, { location: `http://admin:hunter2@127.0.0.1:${port}/page` });
      return response.end();
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><html><head><title>Council backs library</title></head><body><article><h1>Council backs library</h1>' +
        '<p>The council voted on Tuesday to keep the library open, the mayor said after the meeting.</p></article></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The test server is on 127.0.0.1: that address alone is allowed, as in the other fetch tests.
const loopbackOnly: IngestOptions = {
  allowedAddresses: ['127.0.0.1'],
  resolveHost: () => Promise.reject(Object.assign(new Error('no DNS in tests'), { code: 'ENOTFOUND' })),
};

test('IPv4-compatible IPv6 addresses (::/96) and the rest of ::/8 are refused; public IPv6 is not', () => {
  const policy = createAddressPolicy();
  // URL parsing turns [::127.0.0.1] into [::7f00:1]: both spellings, and the other private ranges inside.
  for (const address of [
    new URL('http://[::127.0.0.1]/').hostname,
    '::7f00:1',
    '::a00:5',
    '::a9fe:a9fe',
    '::c0a8:101',
    '::808:808',
    '::1:0:0:1',
    '100::1',
  ])
    assert.ok(policy(address), `${address} should be refused`);
  assert.match(policy('::7f00:1') ?? '', /IPv4-compatible address \(deprecated, standing for 127\.0\.0\.1\)/);
  const narrow = createAddressPolicy({ allowedAddresses: ['127.0.0.1'] });
  assert.ok(narrow('::7f00:1'), 'allowing 127.0.0.1 does not allow its IPv4-compatible form');
  for (const address of ['2606:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])
    assert.equal(policy(address), undefined, address);
});

test('http://[::127.0.0.1]/ is refused before connecting, directly and by redirect', async () => {
  const direct = `http://[::127.0.0.1]:${port}/page`;
  const before = seen.length;
  const first = await ingestInputs([direct], loopbackOnly);
  assert.equal(first.documents.length, 0);
  assert.match(first.diagnostics[0]?.message ?? '', /refused: ::7f00:1 is an IPv4-compatible address/);
  assert.equal(seen.length, before, 'nothing was requested');

  const redirected = await ingestInputs([`${base}/to-compatible`], loopbackOnly);
  assert.equal(redirected.documents.length, 0);
  assert.match(
    redirected.diagnostics[0]?.message ?? '',
    /^http:\/\/\[::7f00:1\]:\d+\/page: refused: ::7f00:1 is an IPv4-compatible/,
  );
  assert.deepEqual(
    seen.slice(before).map((s) => s.path),
    ['/to-compatible'],
  );
});

test('a user name and password in a URL are not sent, kept or shown: given directly', async () => {
  const before = seen.length;
  const result = await ingestInputs([`http://reader:secret-pass@127.0.0.1:${port}/page`], loopbackOnly);
  assert.equal(result.documents.length, 1);
  assert.deepEqual(seen.slice(before), [{ path: '/page' }], 'no Authorization header');
  const [document] = result.documents;
  assert.equal(document?.source, `${base}/page`);
  assert.equal(document?.hints.url, `${base}/page`);
  assert.ok(!JSON.stringify(result).includes('secret-pass'));
  assert.deepEqual(
    result.diagnostics.map((d) => [d.severity, d.source]),
    [['warning', `${base}/page`]],
  );
  assert.match(result.diagnostics[0]?.message ?? '', /user name or password in it: they were not sent/);
});

test('a user name and password in a redirect are not sent on, kept or shown', async () => {
  const before = seen.length;
  const result = await ingestInputs([`${base}/to-credentials`], loopbackOnly);
  assert.equal(result.documents.length, 1, JSON.stringify(result.diagnostics));
  assert.deepEqual(
    seen.slice(before),
    [{ path: '/to-credentials' }, { path: '/page' }],
    'no Authorization header on either hop',
  );
  assert.equal(result.documents[0]?.hints.url, `${base}/page`);
  assert.ok(!JSON.stringify(result).includes('hunter2'));
});

test('credentials never reach the store, through ingest or through the API', async () => {
  const { db, cleanup } = tempStoreDir('credentials');
  const session = openStorySession(db, { onDiagnostic: () => {} });
  try {
    const summary = await ingestIntoStore(session, [`http://reader:secret-pass@127.0.0.1:${port}/page`], loopbackOnly);
    assert.equal(summary.added, 1);
    const app = createApp({ session, ingestOptions: loopbackOnly, logError: () => {} });
    const response = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'The ferry resumed service on Monday after the storm, the operator said in a statement.',
        url: 'https://editor:top-secret@news.example/ferry',
      }),
    });
    assert.equal(response.status, 201);
    const body = await response.text();
    assert.ok(!body.includes('top-secret'), body);
    const urls = session.store.allArticles().map((stored) => [stored.article.source, stored.article.url]);
    assert.deepEqual(urls, [
      [`${base}/page`, `${base}/page`],
      ['https://news.example/ferry', 'https://news.example/ferry'],
    ]);
    session.close();
    const file = readFileSync(db).toString('latin1') + readFileSync(`${db}-wal`, { flag: 'a+' }).toString('latin1');
    assert.ok(!file.includes('secret-pass') && !file.includes('top-secret'), 'no credential anywhere in the file');
  } finally {
    cleanup();
  }
});
