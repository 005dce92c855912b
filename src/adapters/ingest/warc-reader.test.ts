import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readWarcRecords, type WarcItem } from './warc-reader.js';
import {
  page,
  requestRecord,
  responseRecord,
  warcinfoRecord,
  warcRecord,
} from '../../../test/ingest/helpers/warc-builder.js';

async function readAll(bytes: Buffer, chunkSize = 7, maxBlockBytes = 1 << 20): Promise<WarcItem[]> {
  // Small chunks make every boundary case (marks and header ends split across chunks) happen.
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const items: WarcItem[] = [];
  for await (const item of readWarcRecords(Readable.from(chunks), maxBlockBytes)) items.push(item);
  return items;
}

const uris = (items: WarcItem[]): string[] =>
  items.flatMap((item) =>
    item.kind === 'record'
      ? [item.record.headers.get('warc-target-uri') ?? item.record.headers.get('warc-type') ?? '']
      : [],
  );

test('reads every record of a well-formed file, whatever the chunking', async () => {
  const file = Buffer.concat([
    warcinfoRecord(),
    requestRecord('https://news.example/a'),
    responseRecord('https://news.example/a', page('A', 'Alpha story.')),
    responseRecord('https://news.example/b', page('B', 'Beta story.')),
  ]);
  for (const chunkSize of [1, 7, 4096]) {
    const items = await readAll(file, chunkSize);
    assert.deepEqual(uris(items), [
      'warcinfo',
      'https://news.example/a',
      'https://news.example/a',
      'https://news.example/b',
    ]);
  }
});

test('a record whose Content-Length is too long is reported with its offset; the next record survives', async () => {
  const first = responseRecord('https://news.example/a', page('A', 'Alpha.'));
  const bad = responseRecord('https://news.example/bad', page('Bad', 'Broken.'), { contentLength: 5000 });
  const last = responseRecord('https://news.example/c', page('C', 'Gamma.'));
  const items = await readAll(Buffer.concat([first, bad, last]));
  assert.deepEqual(uris(items), ['https://news.example/a', 'https://news.example/c']);
  const corrupt = items.find((item) => item.kind === 'corrupt');
  assert.equal(corrupt?.kind === 'corrupt' && corrupt.offset, first.length);
});

test('a record whose Content-Length is too short, and garbage between records, are reported and skipped', async () => {
  const first = responseRecord('https://news.example/a', page('A', 'Alpha.'));
  const short = responseRecord('https://news.example/short', page('Short', 'Cut.'), { contentLength: 20 });
  const garbage = Buffer.from('this is not a record\r\n\r\n');
  const last = responseRecord('https://news.example/c', page('C', 'Gamma.'));
  const items = await readAll(Buffer.concat([first, short, garbage, last]));
  assert.deepEqual(uris(items), ['https://news.example/a', 'https://news.example/c']);
  const offsets = items.flatMap((item) => (item.kind === 'corrupt' ? [item.offset] : []));
  assert.equal(offsets[0], first.length);
  assert.ok(offsets.length >= 1);
});

test('a file cut off in the middle of its last record keeps the records before it', async () => {
  const first = responseRecord('https://news.example/a', page('A', 'Alpha.'));
  const second = responseRecord('https://news.example/b', page('B', 'Beta.'));
  const items = await readAll(Buffer.concat([first, second.subarray(0, second.length - 40)]));
  assert.deepEqual(uris(items), ['https://news.example/a']);
  const reasons = items.flatMap((item) => (item.kind === 'corrupt' ? [item.reason] : []));
  assert.equal(reasons.length, 1);
  assert.match(reasons[0] ?? '', /cut short/);
});

test('blocks over the cap are skipped unread and reported as oversize', async () => {
  const big = warcRecord(
    { 'WARC-Type': 'resource', 'WARC-Target-URI': 'https://news.example/big' },
    Buffer.alloc(5000, 0x61),
  );
  const after = responseRecord('https://news.example/after', page('After', 'Still read.'));
  const items = await readAll(Buffer.concat([big, after]), 512, 1000);
  assert.equal(items[0]?.kind, 'oversize');
  assert.deepEqual(uris(items), ['https://news.example/after']);
});
