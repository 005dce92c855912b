/**
 * @module warc-source
 * A .warc or .warc.gz news archive (e.g. CC-NEWS) → one document per HTML response record with a 2xx
 * status; source = WARC-Target-URI. Corrupt records are reported with their offset and skipped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { decodeText } from './decode-charset.js';
import { formatBytes, formatLimit } from './format-bytes.js';
import { parseStoredResponse } from './http-response.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';
import { looksBinary, sniffFormat } from './sniff-format.js';
import { readWarcRecords, type WarcRecord } from './warc-reader.js';

/** Room for the stored HTTP status line and headers on top of the body cap. */
const HTTP_HEADER_ALLOWANCE = 64 * 1024;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function ingestWarc(path: string, context: IngestContext, sink: IngestSink): Promise<void> {
  const file = createReadStream(path);
  const isCompressed = /\.gz$/i.test(path);
  const stream = isCompressed ? file.pipe(createGunzip()) : file;
  if (isCompressed) file.on('error', (error) => stream.destroy(error));
  let records = 0;
  let documents = 0;
  let problems = 0;
  try {
    for await (const item of readWarcRecords(stream, context.maxBytes + HTTP_HEADER_ALLOWANCE)) {
      if (item.kind === 'corrupt') {
        problems++;
        sink.report(
          'error',
          path,
          `corrupt WARC record at offset ${item.offset}${isCompressed ? ' (uncompressed)' : ''}: ${item.reason}; skipped`,
        );
        continue;
      }
      records++;
      if (item.kind === 'oversize') {
        if (item.headers.get('warc-type') !== 'response') continue;
        problems++;
        const uri = targetUri(item.headers) ?? `${path} record at offset ${item.offset}`;
        sink.report(
          'warning',
          uri,
          `is ${formatBytes(item.length)}, over the ${formatLimit(context.maxBytes)} limit; skipped`,
        );
        continue;
      }
      const outcome = readResponseRecord(item.record, context.maxBytes, path);
      if (outcome === undefined) continue;
      if ('problem' in outcome) {
        problems++;
        sink.report('warning', outcome.source, `${outcome.problem} (record at offset ${item.record.offset}); skipped`);
        continue;
      }
      for (const warning of outcome.warnings) sink.report('warning', outcome.source, warning);
      documents++;
      sink.addDocument({ source: outcome.source, format: 'html', body: outcome.text, hints: { url: outcome.source } });
    }
  } catch (error) {
    problems++;
    const reason = error instanceof Error ? error.message : String(error);
    const what = isCompressed ? 'compressed data is corrupt' : 'could not be read';
    sink.report('error', path, `${what} (${reason}); stopped after ${records} records`);
  }
  if (documents === 0 && problems === 0) {
    sink.report(
      'warning',
      path,
      records === 0 ? 'has no WARC records' : 'has no HTML response records with a 2xx status',
    );
  }
}

type RecordOutcome = { source: string; text: string; warnings: string[] } | { source: string; problem: string };

/**
 * An HTML page from a response record; undefined for records that are simply not pages (requests,
 * metadata, images: skipped quietly). A record without the WARC-Type or WARC-Target-URI it needs is
 * a problem to report, not a record to drop unseen.
 */
function readResponseRecord(record: WarcRecord, maxBytes: number, path: string): RecordOutcome | undefined {
  const type = record.headers.get('warc-type');
  if (!type) return { source: path, problem: 'a record has no WARC-Type header' };
  if (type !== 'response') return undefined;
  if (!/^application\/http/i.test(record.headers.get('content-type') ?? '')) return undefined;
  const source = targetUri(record.headers);
  if (!source) return { source: path, problem: 'a response record has no WARC-Target-URI (the page has no address)' };
  let response;
  try {
    response = parseStoredResponse(record.block, maxBytes);
  } catch (error) {
    return { source, problem: error instanceof Error ? error.message : String(error) };
  }
  if (response.status < 200 || response.status > 299 || response.body.length === 0) return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  const mimeType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (mimeType && !HTML_TYPES.has(mimeType)) return undefined;
  if (response.body.length > maxBytes) {
    return { source, problem: `is ${formatBytes(response.body.length)}, over the ${formatLimit(maxBytes)} limit` };
  }
  if (looksBinary(response.body)) return { source, problem: 'looks binary (not text or HTML)' };
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  const decoded = decodeText(response.body, {
    ...(charset ? { declaredCharset: charset } : {}),
    readsMarkupDeclaration: true,
  });
  if (!mimeType && sniffFormat(decoded.text) !== 'html') return undefined;
  return { source, text: decoded.text.replace(/^\uFEFF/, ''), warnings: decoded.warnings };
}

function targetUri(headers: Map<string, string>): string | undefined {
  // WARC 1.0's grammar put angle brackets around URIs and some writers still do.
  const uri = headers.get('warc-target-uri')?.replace(/^<|>$/g, '').trim();
  return uri || undefined;
}
