/**
 * @module warc-builder
 * Builds small WARC files in tests: invented pages wrapped in WARC/1.0 records, optionally gzipped per record.
 */
import { gzipSync } from 'node:zlib';

export interface RecordOptions {
  /** Lie about the block length to make a corrupt record. */
  contentLength?: number;
}

export function warcRecord(
  headers: Record<string, string>,
  block: Buffer | string,
  options: RecordOptions = {},
): Buffer {
  const body = Buffer.isBuffer(block) ? block : Buffer.from(block);
  const lines = ['WARC/1.0', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  lines.push(`Content-Length: ${options.contentLength ?? body.length}`);
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

export function warcinfoRecord(): Buffer {
  return warcRecord(
    {
      'WARC-Type': 'warcinfo',
      'WARC-Date': '2025-03-01T00:00:00Z',
      'WARC-Record-ID': '<urn:uuid:info>',
      'Content-Type': 'application/warc-fields',
    },
    'software: test-builder\r\nformat: WARC File Format 1.0\r\n',
  );
}

export function requestRecord(uri: string): Buffer {
  return warcRecord(
    { 'WARC-Type': 'request', 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=request' },
    `GET ${new URL(uri).pathname} HTTP/1.1\r\nHost: ${new URL(uri).host}\r\n\r\n`,
  );
}

export interface ResponseOptions extends RecordOptions {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

export function responseRecord(uri: string, body: Buffer | string, options: ResponseOptions = {}): Buffer {
  const status = options.status ?? 200;
  const head = [
    `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
    `Content-Type: ${options.contentType ?? 'text/html; charset=utf-8'}`,
  ];
  for (const [name, value] of Object.entries(options.headers ?? {})) head.push(`${name}: ${value}`);
  const block = Buffer.concat([
    Buffer.from(head.join('\r\n') + '\r\n\r\n'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
  return warcRecord(
    {
      'WARC-Type': 'response',
      'WARC-Target-URI': uri,
      'WARC-Date': '2025-03-01T10:00:00Z',
      'Content-Type': 'application/http; msgtype=response',
    },
    block,
    options.contentLength === undefined ? {} : { contentLength: options.contentLength },
  );
}

/** CC-NEWS style: every record its own gzip member. */
export function gzipPerRecord(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((record) => gzipSync(record)));
}

export function page(title: string, paragraph: string, head = '<meta charset="utf-8">'): string {
  return `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${paragraph}</p></article></body></html>`;
}
