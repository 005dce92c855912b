/**
 * Local inputs end to end: folders, globs, JSON, JSONL, feeds, WARC archives and standard input.
 * No network: item links that would need fetching resolve through a fake DNS that knows no names.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { ingestInputs, type IngestOptions } from '../../src/adapters/ingest/ingest-inputs.js';
import { gzipPerRecord, page, requestRecord, responseRecord, warcinfoRecord } from './helpers/warc-builder.js';
import { RUSSIAN_TEXT } from './helpers/test-server.js';

const FIXTURES = 'test/fixtures/ingest';
const offline: IngestOptions = {
  resolveHost: (hostname) =>
    Promise.reject(Object.assign(new Error(`no DNS in tests (${hostname})`), { code: 'ENOTFOUND' })),
};

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder is walked recursively in name order; hidden and unsupported files are skipped silently', async () => {
  const result = await ingestInputs([`${FIXTURES}/articles`], offline);
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(
    result.documents.map((d) => [d.source, d.format]),
    [
      [`${FIXTURES}/articles/council-budget.txt`, 'text'],
      [`${FIXTURES}/articles/flood-roads.md`, 'markdown'],
      [`${FIXTURES}/articles/school-opening.html`, 'html'],
      [`${FIXTURES}/articles/sub/bus-strike.htm`, 'html'],
    ],
  );
  assert.match(result.documents[0]?.body ?? '', /voted 7 to 2 on Tuesday/);
});

test('a glob expands to the supported files it matches; one that matches nothing is an error', async () => {
  const result = await ingestInputs([`${FIXTURES}/articles/**/*.htm*`, `${FIXTURES}/nothing-here/*.txt`], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [`${FIXTURES}/articles/school-opening.html`, `${FIXTURES}/articles/sub/bus-strike.htm`],
  );
  assert.deepEqual(result.diagnostics, [
    { severity: 'error', source: `${FIXTURES}/nothing-here/*.txt`, message: 'no supported files match this pattern' },
  ]);
});

test('a JSONL file: one document per good line, source = url or FILE#LINE, bad lines named by line', async () => {
  const file = `${FIXTURES}/records/articles.jsonl`;
  const result = await ingestInputs([file], offline);
  assert.deepEqual(
    result.documents.map((d) => [d.source, d.format]),
    [
      ['https://metro.example/tram-line', 'text'],
      [`${file}#2`, 'html'],
    ],
  );
  assert.deepEqual(result.documents[0]?.hints, {
    url: 'https://metro.example/tram-line',
    outlet: 'Metro Daily',
    title: 'Tram line extension approved',
    published: '2025-04-02',
  });
  assert.deepEqual(
    result.diagnostics.map((d) => [d.severity, d.source, d.message.replace(/ \(.*$/, '')]),
    [
      ['error', `${file}#4`, 'invalid JSON'],
      ['error', `${file}#5`, 'missing text or html'],
      ['error', `${file}#6`, 'is not a JSON object'],
    ],
  );
});

test('a JSON file with an array of articles; items without url are FILE#N', async () => {
  const file = `${FIXTURES}/records/articles.json`;
  const result = await ingestInputs([file], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://coast.example/lighthouse', `${file}#2`],
  );
  assert.equal(result.documents[0]?.hints.byline, 'Sam Price');
  assert.deepEqual(result.diagnostics, [{ severity: 'error', source: `${file}#3`, message: 'missing text or html' }]);
});

test('a single JSON article object', async () => {
  const file = join(dir, 'one.json');
  writeFileSync(file, JSON.stringify({ title: 'Pier reopens', text: 'The pier reopened on Sunday after repairs.' }));
  const result = await ingestInputs([file], offline);
  assert.deepEqual(result.documents, [
    {
      source: file,
      format: 'text',
      body: 'The pier reopened on Sunday after repairs.',
      hints: { title: 'Pier reopens' },
    },
  ]);
});

test('feed files: RSS 2.0, Atom and RSS 1.0 items with full bodies become documents with hints', async () => {
  const result = await ingestInputs(
    [`${FIXTURES}/feeds/rss-full.xml`, `${FIXTURES}/feeds/atom.xml`, `${FIXTURES}/feeds/rdf.xml`],
    offline,
  );
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(
    result.documents.map((d) => [d.source, d.hints.outlet, d.hints.published]),
    [
      ['https://gazette.example/news/bridge-repairs', 'Valley Gazette', '2025-03-04T09:30:00.000Z'],
      ['https://gazette.example/news/farmers-market', 'Valley Gazette', '2025-03-05T08:00:00+01:00'],
      ['https://harbor.example/ferry-resumes', 'Harbor Times', '2025-02-10T07:15:00Z'],
      ['https://harbor.example/fish-prices', 'Harbor Times', '2025-02-09T18:00:00Z'],
      ['https://plains.example/grain-silo', 'Plains Courier', '2025-01-20'],
    ],
  );
  assert.equal(result.documents[1]?.hints.title, 'Farmers market moves & grows');
  assert.match(result.documents[1]?.body ?? '', /^<p>The weekly farmers market/);
});

test('a feed item with only a short teaser and a link is fetched (and fails here without DNS, alone)', async () => {
  const file = join(dir, 'teasers.xml');
  writeFileSync(
    file,
    `<rss version="2.0"><channel><title>T</title>
<item><title>Linked</title><link>https://teasers.example/a</link><description>Read more.</description></item>
<item><title>Whole</title><description>${'A full article body sentence that goes on. '.repeat(12)}</description></item>
</channel></rss>`,
  );
  const result = await ingestInputs([file], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [`${file}#item-2`],
  );
  assert.deepEqual(result.diagnostics, [
    { severity: 'error', source: 'https://teasers.example/a', message: 'host not found' },
  ]);
});

test('WARC: 2xx HTML responses become documents (charset from header or meta); other records are skipped', async () => {
  const records = [
    warcinfoRecord(),
    requestRecord('https://daily.example/a'),
    responseRecord('https://daily.example/a', page('Alpha', 'The alpha story, in UTF-8.')),
    responseRecord('https://daily.example/ru', iconv.encode(page('Совет', RUSSIAN_TEXT, ''), 'windows-1251'), {
      contentType: 'text/html; charset=windows-1251',
    }),
    responseRecord('https://daily.example/gone', page('Gone', 'Missing.'), { status: 404 }),
    responseRecord('https://daily.example/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), {
      contentType: 'image/png',
    }),
    responseRecord(
      'https://daily.example/meta',
      iconv.encode(page('Meta', RUSSIAN_TEXT, '<meta charset="windows-1251">'), 'windows-1251'),
      {
        contentType: 'text/html',
      },
    ),
  ];
  for (const [name, bytes] of [
    ['news.warc', Buffer.concat(records)],
    ['news.warc.gz', gzipPerRecord(records)],
  ] as const) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const result = await ingestInputs([file], offline);
    assert.deepEqual(result.diagnostics, [], name);
    assert.deepEqual(
      result.documents.map((d) => d.source),
      ['https://daily.example/a', 'https://daily.example/ru', 'https://daily.example/meta'],
    );
    assert.ok(result.documents[1]?.body.includes(RUSSIAN_TEXT));
    assert.ok(result.documents[2]?.body.includes(RUSSIAN_TEXT));
    assert.deepEqual(result.documents[0]?.hints, { url: 'https://daily.example/a' });
  }
});

test('WARC: chunked and gzip-coded stored bodies are decoded', async () => {
  const html = page('Chunked', 'A chunked story body.');
  const chunked = `${Buffer.byteLength(html).toString(16)}\r\n${html}\r\n0\r\n\r\n`;
  const { gzipSync } = await import('node:zlib');
  const file = join(dir, 'coded.warc');
  writeFileSync(
    file,
    Buffer.concat([
      responseRecord('https://daily.example/chunked', chunked, { headers: { 'Transfer-Encoding': 'chunked' } }),
      responseRecord('https://daily.example/gz', gzipSync(page('Zipped', 'A zipped story body.')), {
        headers: { 'Content-Encoding': 'gzip' },
      }),
    ]),
  );
  const result = await ingestInputs([file], offline);
  assert.deepEqual(result.diagnostics, []);
  assert.match(result.documents[0]?.body ?? '', /^<!doctype html>.*A chunked story body/);
  assert.match(result.documents[1]?.body ?? '', /A zipped story body/);
});

test('standard input: HTML and text are sniffed; - given twice is read once', async () => {
  const html = await ingestInputs(['-'], {
    ...offline,
    stdin: Readable.from([Buffer.from('<html><body><p>From a pipe.</p></body></html>')]),
  });
  assert.deepEqual(
    html.documents.map((d) => [d.source, d.format]),
    [['-', 'html']],
  );
  const text = await ingestInputs(['-', '-'], {
    ...offline,
    stdin: Readable.from([Buffer.from('The mayor spoke.\n')]),
  });
  assert.deepEqual(
    text.documents.map((d) => [d.source, d.format]),
    [['-', 'text']],
  );
  assert.match(text.diagnostics[0]?.message ?? '', /already read/);
});

test('documents keep input order even when inputs finish at different times', async () => {
  const result = await ingestInputs(
    [`${FIXTURES}/records/articles.json`, `${FIXTURES}/articles/council-budget.txt`, `${FIXTURES}/feeds/rdf.xml`],
    offline,
  );
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [
      'https://coast.example/lighthouse',
      `${FIXTURES}/records/articles.json#2`,
      `${FIXTURES}/articles/council-budget.txt`,
      'https://plains.example/grain-silo',
    ],
  );
});
