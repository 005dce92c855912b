/**
 * Bad inputs, generated into a temp folder: each gets one clear diagnostic naming it, and the rest of
 * the batch still comes through.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../../src/core/model/diagnostic.js';
import { ingestInputs, type IngestOptions, type IngestResult } from '../../src/adapters/ingest/ingest-inputs.js';
import { gzipPerRecord, page, responseRecord } from './helpers/warc-builder.js';
import { RUSSIAN_TEXT } from './helpers/test-server.js';

const offline: IngestOptions = {
  resolveHost: (hostname) =>
    Promise.reject(Object.assign(new Error(`no DNS in tests (${hostname})`), { code: 'ENOTFOUND' })),
};

let dir: string;
const file = (name: string): string => join(dir, name);
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-input-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function diagnosticsFor(result: IngestResult, source: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.source === source);
}

function onlyError(result: IngestResult, source: string): string {
  const found = diagnosticsFor(result, source);
  assert.equal(found.length, 1, `${source}: ${JSON.stringify(found)}`);
  assert.equal(found[0]?.severity, 'error');
  return found[0]?.message ?? '';
}

test('a batch of bad inputs: each named with a clear error, the good article still comes through', async () => {
  writeFileSync(file('good.txt'), 'The harbor reopened on Monday after the storm, officials said.\n');
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('blank.md'), '  \n\n\t\n');
  writeFileSync(file('binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x00, 0xff, 0x3c]));
  writeFileSync(file('photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  writeFileSync(file('not-a-feed.xml'), '<?xml version="1.0"?><sitemap><url>x</url></sitemap>');
  writeFileSync(file('bad.json'), '{"title": "Unclosed", ');
  mkdirSync(file('no-articles'));
  writeFileSync(file('no-articles/data.csv'), 'a,b\n1,2\n');
  const missing = file('does-not-exist.html');

  const inputs = [
    'good.txt',
    'empty.txt',
    'blank.md',
    'binary.html',
    'photo.jpg',
    'not-a-feed.xml',
    'bad.json',
    'no-articles',
  ].map(file);
  const result = await ingestInputs([...inputs, missing, 'gopher://old.example/1'], offline);

  assert.deepEqual(
    result.documents.map((d) => d.source),
    [file('good.txt')],
  );
  assert.equal(onlyError(result, file('empty.txt')), 'is empty');
  assert.equal(onlyError(result, file('blank.md')), 'is empty (only whitespace)');
  assert.equal(onlyError(result, file('binary.html')), 'looks binary (not text or HTML)');
  assert.equal(onlyError(result, file('photo.jpg')), 'looks binary (not text or HTML)');
  assert.equal(onlyError(result, file('not-a-feed.xml')), 'is XML but not an RSS or Atom feed');
  assert.match(onlyError(result, file('bad.json')), /^invalid JSON \(/);
  assert.match(onlyError(result, file('no-articles')), /^is a folder with no supported files \(\.txt, \.text, \.md/);
  assert.equal(onlyError(result, missing), 'no such file or folder');
  assert.match(onlyError(result, 'gopher://old.example/1'), /unsupported URL scheme "gopher:"/);
  assert.equal(result.diagnostics.length, 9);
});

test('a 50 MB file is refused by size without being read (default 10 MB cap)', async () => {
  const big = file('huge.html');
  // A sparse file: 50 MB on paper, nothing written, so the test costs no disk or time.
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  assert.equal(statSync(big).size, 50 * 1024 * 1024);
  try {
    const result = await ingestInputs([big, file('good.txt')], offline);
    assert.equal(onlyError(result, big), 'is 50.0 MB, over the 10 MB limit');
    assert.equal(result.documents.length, 1);
  } finally {
    rmSync(big, { force: true });
  }
});

test('truncated HTML is still extracted, with at most a warning', async () => {
  writeFileSync(
    file('cut.html'),
    '<html><head><title>Cut</title></head><body><p>The council met on Monday and agreed to',
  );
  const result = await ingestInputs([file('cut.html')], offline);
  assert.equal(result.documents.length, 1);
  assert.match(result.documents[0]?.body ?? '', /agreed to$/);
  assert.ok(result.diagnostics.every((d) => d.severity === 'warning'));
  assert.match(diagnosticsFor(result, file('cut.html'))[0]?.message ?? '', /looks truncated/);
});

test('an unknown declared encoding falls back to detection with a warning', async () => {
  const name = file('martian.html');
  writeFileSync(
    name,
    iconv.encode(
      `<html><head><meta charset="x-martian"></head><body><p>${RUSSIAN_TEXT}</p></body></html>`,
      'windows-1251',
    ),
  );
  const result = await ingestInputs([name], offline);
  assert.ok(result.documents[0]?.body.includes(RUSSIAN_TEXT));
  assert.deepEqual(
    result.diagnostics.map((d) => [d.severity, d.source]),
    [['warning', name]],
  );
  assert.match(result.diagnostics[0]?.message ?? '', /unknown character set "x-martian"; detecting it instead/);
});

test('local HTML honours its meta charset; undeclared non-UTF-8 text files are detected, with a warning', async () => {
  writeFileSync(
    file('meta-1251.html'),
    iconv.encode(
      `<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN_TEXT}</p></body></html>`,
      'windows-1251',
    ),
  );
  writeFileSync(file('plain-1251.txt'), iconv.encode(RUSSIAN_TEXT, 'windows-1251'));
  const result = await ingestInputs([file('meta-1251.html'), file('plain-1251.txt')], offline);
  // A page can declare its charset; a text file cannot, so the guess is said out loud.
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'warning',
      source: file('plain-1251.txt'),
      message: 'is not UTF-8: read as windows-1251 (detected); save it as UTF-8 to be sure it reads right',
    },
  ]);
  assert.ok(result.documents[0]?.body.includes(RUSSIAN_TEXT));
  assert.equal(result.documents[1]?.body, RUSSIAN_TEXT);
});

test('a corrupt WARC record is skipped with an error naming the file and offset; good records are kept', async () => {
  const first = responseRecord('https://daily.example/one', page('One', 'First good story.'));
  const broken = responseRecord('https://daily.example/broken', page('Broken', 'Bad framing.'), {
    contentLength: 99999,
  });
  const last = responseRecord('https://daily.example/three', page('Three', 'Last good story.'));
  const name = file('archive.warc');
  writeFileSync(name, Buffer.concat([first, broken, last]));
  const result = await ingestInputs([name], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://daily.example/one', 'https://daily.example/three'],
  );
  assert.equal(result.diagnostics.length, 1);
  assert.equal(result.diagnostics[0]?.severity, 'error');
  assert.equal(result.diagnostics[0]?.source, name);
  assert.match(
    result.diagnostics[0]?.message ?? '',
    new RegExp(`^corrupt WARC record at offset ${first.length}: .*; skipped$`),
  );
});

test('a .warc.gz with corrupt compressed data keeps the records before the damage', async () => {
  const good = gzipPerRecord([responseRecord('https://daily.example/one', page('One', 'First good story.'))]);
  const name = file('damaged.warc.gz');
  writeFileSync(
    name,
    Buffer.concat([good, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x03, 0x01, 0x02])]),
  );
  const result = await ingestInputs([name], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://daily.example/one'],
  );
  assert.match(onlyError(result, name), /^compressed data is corrupt \(.*\); stopped after 1 records$/);
});

test('a feed with one bad item: the others still come through', async () => {
  const feed = 'test/fixtures/ingest/feeds/bad-item.xml';
  const result = await ingestInputs([feed], offline);
  assert.deepEqual(
    result.documents.map((d) => d.source),
    [`${feed}#item-1`, `${feed}#item-3`],
  );
  assert.equal(onlyError(result, `${feed}#item-2`), 'feed item has no content and no link');
});

test('bad JSONL lines are FILE#LINE errors; an over-long line is refused without buffering it', async () => {
  const name = file('lines.jsonl');
  writeFileSync(
    name,
    [
      JSON.stringify({ url: 'https://metro.example/a', text: 'A good line about the tram.' }),
      '{"text": "broken',
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ text: 'x'.repeat(5000) }),
      JSON.stringify({ text: 'Another good line.' }),
    ].join('\n'),
  );
  const result = await ingestInputs([name], { ...offline, maxBytes: 1000 });
  assert.deepEqual(
    result.documents.map((d) => d.source),
    ['https://metro.example/a', `${name}#5`],
  );
  assert.match(onlyError(result, `${name}#2`), /^invalid JSON/);
  assert.equal(onlyError(result, `${name}#3`), 'missing text or html');
  assert.equal(onlyError(result, `${name}#4`), 'line is 4.9 KB, over the 1000 bytes limit');
});

test('a file just over a small cap is refused by size', async () => {
  writeFileSync(file('medium.html'), `<p>${'word '.repeat(400)}</p>`);
  const result = await ingestInputs([file('medium.html')], { ...offline, maxBytes: 1024 });
  assert.equal(onlyError(result, file('medium.html')), 'is 2.0 KB, over the 1 KB limit');
});

test('a web address typed without https:// gets a hint; a plain missing file does not', async () => {
  const result = await ingestInputs(['news.example.com/story/42', 'missing-notes.txt'], offline);
  assert.equal(
    onlyError(result, 'news.example.com/story/42'),
    'no such file or folder (for a web page, give the full URL with https://)',
  );
  assert.equal(onlyError(result, 'missing-notes.txt'), 'no such file or folder');
});
