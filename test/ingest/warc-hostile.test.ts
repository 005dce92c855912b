/**
 * WARC archives that break the rules: records missing the headers a page needs are named, not lost
 * without a word, and junk between records costs only the junk.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../../src/adapters/ingest/ingest-inputs.js';
import { page, responseRecord, warcRecord } from './helpers/warc-builder.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-warc-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function httpBlock(body: string): string {
  return `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`;
}

test('WARC: a record without WARC-Type and a response without WARC-Target-URI are named, with their offsets', async () => {
  const first = responseRecord('https://harbour.example/a', page('Ferry', 'The ferry resumed on Monday.'));
  const untyped = warcRecord(
    { 'WARC-Target-URI': 'https://harbour.example/b', 'Content-Type': 'application/http; msgtype=response' },
    httpBlock(page('Pier', 'The pier reopened.')),
  );
  const nameless = warcRecord(
    { 'WARC-Type': 'response', 'Content-Type': 'application/http; msgtype=response' },
    httpBlock(page('Quay', 'The quay was repaired.')),
  );
  const last = responseRecord('https://harbour.example/d', page('Dock', 'The dock workers voted.'));
  const file = join(dir, 'missing-headers.warc');
  writeFileSync(file, Buffer.concat([first, untyped, nameless, last]));
  const result = await ingestInputs([file]);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://harbour.example/a', 'https://harbour.example/d'],
  );
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'warning',
      source: file,
      message: `a record has no WARC-Type header (record at offset ${first.length}); skipped`,
    },
    {
      severity: 'warning',
      source: file,
      message: `a response record has no WARC-Target-URI (the page has no address) (record at offset ${first.length + untyped.length}); skipped`,
    },
  ]);
});

test('WARC: junk between records keeps the good record before it and resynchronises on the next header', async () => {
  const first = responseRecord('https://harbour.example/a', page('Ferry', 'The ferry resumed on Monday.'));
  const junk = Buffer.from('<<< stray bytes left by a broken writer >>>\r\n');
  const second = responseRecord('https://harbour.example/b', page('Pier', 'The pier reopened.'));
  const file = join(dir, 'junk.warc');
  writeFileSync(file, Buffer.concat([first, junk, second]));
  const result = await ingestInputs([file]);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://harbour.example/a', 'https://harbour.example/b'],
  );
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'error',
      source: file,
      message: `corrupt WARC record at offset ${first.length}: does not start with a WARC/1.x version line (junk between records); skipped`,
    },
  ]);
});
