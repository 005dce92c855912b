/**
 * End-to-end fetching against a loopback server. The server lives on 127.0.0.1, which the guard refuses
 * by default, so these tests allow exactly that address (allowedAddresses) and prove every other
 * non-public address, reached by redirect or by DNS, is still refused before any connection.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestInputs, type IngestOptions } from '../../src/adapters/ingest/ingest-inputs.js';
import type { ResolvedAddress } from '../../src/adapters/ingest/http-fetcher.js';
import { FRENCH_TEXT, JAPANESE_TEXT, RUSSIAN_TEXT, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A fake DNS: the test names resolve as listed; anything else fails, so no real lookup ever happens. */
const fakeDns =
  (table: Record<string, string[]>) =>
  (hostname: string): Promise<ResolvedAddress[]> => {
    const addresses = table[hostname];
    if (!addresses) {
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    }
    return Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };

const loopbackOnly: IngestOptions = { allowedAddresses: ['127.0.0.1'], resolveHost: fakeDns({}) };

test('with default options, plain http://127.0.0.1 is refused before connecting', async () => {
  const before = server.requests.length;
  const url = `${server.base}/page`;
  const result = await ingestInputs([url], { resolveHost: fakeDns({}) });
  assert.equal(result.documents.length, 0);
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'error',
      source: url,
      message: 'refused: 127.0.0.1 is a loopback address (pass --allow-private-addresses to allow it)',
    },
  ]);
  assert.equal(server.requests.length, before, 'the server saw no request');
});

test('allowPrivateAddresses lets the loopback page through', async () => {
  const result = await ingestInputs([`${server.base}/page`], { allowPrivateAddresses: true });
  assert.equal(result.documents.length, 1);
});

test('a normal page: one html document, hints.url set, our User-Agent sent', async () => {
  const url = `${server.base}/page`;
  const result = await ingestInputs([url], loopbackOnly);
  assert.deepEqual(result.diagnostics, []);
  assert.equal(result.documents.length, 1);
  const [document] = result.documents;
  assert.equal(document?.source, url);
  assert.equal(document?.format, 'html');
  assert.equal(document?.hints.url, url);
  assert.match(document?.body ?? '', /The council voted on Tuesday/);
  assert.match(server.userAgents.at(-1) ?? '', /^corroborate\/\d+\.\d+\.\d+ \(\+news comparison tool\)$/);
});

test('a redirect chain within the limit is followed; hints.url is where it ended', async () => {
  const url = `${server.base}/redirect/5`;
  const result = await ingestInputs([url], loopbackOnly);
  assert.deepEqual(result.diagnostics, []);
  assert.equal(result.documents[0]?.source, url);
  assert.equal(result.documents[0]?.hints.url, `${server.base}/page`);
});

test('too many redirects are refused', async () => {
  const url = `${server.base}/redirect/6`;
  const result = await ingestInputs([url], loopbackOnly);
  assert.equal(result.documents.length, 0);
  assert.equal(result.diagnostics.length, 1);
  assert.equal(result.diagnostics[0]?.source, url);
  assert.match(result.diagnostics[0]?.message ?? '', /too many redirects \(more than 5\)/);
  const fewer = await ingestInputs([`${server.base}/redirect/3`], { ...loopbackOnly, maxRedirects: 2 });
  assert.match(fewer.diagnostics[0]?.message ?? '', /more than 2/);
});

test('a body over the cap is aborted while streaming (no Content-Length) and when declared', async () => {
  const streamed = await ingestInputs([`${server.base}/big`], { ...loopbackOnly, maxBytes: 256 * 1024 });
  assert.equal(streamed.documents.length, 0);
  assert.equal(streamed.diagnostics[0]?.message, 'body is over the 256 KB limit; stopped reading');
  const declared = await ingestInputs([`${server.base}/big-declared`], loopbackOnly);
  assert.equal(declared.diagnostics[0]?.message, 'body is 50.0 MB, over the 10 MB limit');
});

test('a slow response times out with a short timeout option', async () => {
  const result = await ingestInputs([`${server.base}/slow`], { ...loopbackOnly, timeoutMs: 200 });
  assert.equal(result.documents.length, 0);
  assert.equal(result.diagnostics[0]?.message, 'timed out after 0.2 s');
});

test('a feed URL with 3 items gives 3 documents, each page fetched through the server', async () => {
  const feedUrl = `${server.base}/feed.xml`;
  const result = await ingestInputs([feedUrl], loopbackOnly);
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [1, 2, 3].map((n) => `${server.base}/story/${n}`),
  );
  assert.match(result.documents[1]?.body ?? '', /Full text of story number 2/);
  assert.deepEqual(result.documents[0]?.hints, {
    url: `${server.base}/story/1`,
    title: 'Story 1',
    published: '2025-09-01T08:00:00.000Z',
    outlet: 'Loopback Ledger',
  });
  for (const n of [1, 2, 3]) assert.ok(server.requests.includes(`/story/${n}`));
});

test('feed item pages are fetched at most 2 at a time per host', async () => {
  server.peakStories = 0;
  const result = await ingestInputs([`${server.base}/feed6.xml`], loopbackOnly);
  assert.equal(result.documents.length, 6);
  assert.ok(server.peakStories >= 1 && server.peakStories <= 2, `peak ${server.peakStories}`);
});

test('non-UTF-8 pages: windows-1251 by header, ISO-8859-1 by meta only, Shift_JIS undeclared and declared', async () => {
  const paths = ['/cp1251', '/latin1-meta', '/sjis', '/sjis-declared'];
  const result = await ingestInputs(
    paths.map((p) => server.base + p),
    loopbackOnly,
  );
  assert.deepEqual(result.diagnostics, []);
  const bodies = result.documents.map((d) => d.body);
  assert.ok(bodies[0]?.includes(RUSSIAN_TEXT));
  assert.ok(bodies[1]?.includes(FRENCH_TEXT));
  assert.ok(bodies[2]?.includes(JAPANESE_TEXT));
  assert.ok(bodies[3]?.includes(JAPANESE_TEXT));
});

test('an unknown declared charset gives a warning and the page is still decoded by detection', async () => {
  const url = `${server.base}/unknown-charset`;
  const result = await ingestInputs([url], loopbackOnly);
  assert.ok(result.documents[0]?.body.includes(RUSSIAN_TEXT));
  assert.equal(result.diagnostics.length, 1);
  assert.equal(result.diagnostics[0]?.severity, 'warning');
  assert.match(result.diagnostics[0]?.message ?? '', /unknown character set "x-martian"/);
});

test('gzip content coding is undone; text/plain is a text document', async () => {
  const result = await ingestInputs([`${server.base}/gzip`, `${server.base}/plain`], loopbackOnly);
  assert.deepEqual(result.diagnostics, []);
  assert.match(result.documents[0]?.body ?? '', /compressed page about road works/);
  assert.equal(result.documents[1]?.format, 'text');
});

test('a redirect to a private address is refused without the flag, naming the target', async () => {
  const url = `${server.base}/to-private`;
  const result = await ingestInputs([url], loopbackOnly);
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'error',
      source: url,
      message: 'http://10.0.0.5/x: refused: 10.0.0.5 is a private address (pass --allow-private-addresses to allow it)',
    },
  ]);
});

test('a redirect to the cloud metadata address is refused', async () => {
  const result = await ingestInputs([`${server.base}/to-metadata`], loopbackOnly);
  assert.match(
    result.diagnostics[0]?.message ?? '',
    /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/: refused: 169\.254\.169\.254 is a link-local address/,
  );
});

test('a host name is checked on the address it resolves to (custom lookup), also after a redirect', async () => {
  // The named host resolves to the allowed loopback address: fetched through the guarded lookup.
  const viaName = await ingestInputs([`http://news.test:${server.port}/page`], {
    allowedAddresses: ['127.0.0.1'],
    resolveHost: fakeDns({ 'news.test': ['127.0.0.1'] }),
  });
  assert.deepEqual(viaName.diagnostics, []);
  assert.equal(viaName.documents.length, 1);

  // Same name, but the default policy: refused at lookup time, reported as loopback.
  const refused = await ingestInputs([`http://news.test:${server.port}/page`], {
    resolveHost: fakeDns({ 'news.test': ['127.0.0.1'] }),
  });
  assert.match(refused.diagnostics[0]?.message ?? '', /^refused: 127\.0\.0\.1 is a loopback address/);

  // A redirect to a name that resolves to a private address (DNS rebinding style) is refused.
  const rebound = await ingestInputs([`${server.base}/to-named`], {
    allowedAddresses: ['127.0.0.1'],
    resolveHost: fakeDns({ 'intranet.test': ['10.1.2.3'] }),
  });
  assert.match(rebound.diagnostics[0]?.message ?? '', /intranet\.test.*: refused: 10\.1\.2\.3 is a private address/);

  // When a name resolves to a refused and an allowed address, only the allowed one is used.
  const mixed = await ingestInputs([`${server.base}/to-named`], {
    allowedAddresses: ['127.0.0.1'],
    resolveHost: fakeDns({ 'intranet.test': ['10.1.2.3', '127.0.0.1'] }),
  });
  assert.deepEqual(mixed.diagnostics, []);
  assert.equal(mixed.documents.length, 1);
});

test('a feed item linking to a private address fails alone; the good item comes through', async () => {
  const result = await ingestInputs([`${server.base}/feed-with-private-item`], loopbackOnly);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [`${server.base}/story/1`],
  );
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'error',
      source: 'http://10.9.8.7/secret',
      message: 'refused: 10.9.8.7 is a private address (pass --allow-private-addresses to allow it)',
    },
  ]);
});

test('HTTP errors, unsupported content types and non-http redirects are clear errors', async () => {
  const result = await ingestInputs(
    [`${server.base}/nowhere`, `${server.base}/pdf`, `${server.base}/to-ftp`],
    loopbackOnly,
  );
  assert.equal(result.documents.length, 0);
  assert.deepEqual(
    result.diagnostics.map((d) => d.message),
    [
      'HTTP 404 Not Found',
      'unsupported content type "application/pdf" (expected HTML, XML, an RSS/Atom feed or text)',
      'ftp://files.example/x: unsupported URL scheme "ftp:" (only http and https are fetched)',
    ],
  );
});

test('progress is reported as documents arrive', async () => {
  const events: { done: number; source: string }[] = [];
  await ingestInputs([`${server.base}/feed.xml`], { ...loopbackOnly, onProgress: (event) => events.push(event) });
  assert.deepEqual(
    events.map((e) => e.done),
    [1, 2, 3],
  );
});
