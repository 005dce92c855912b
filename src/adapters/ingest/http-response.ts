/**
 * @module http-response
 * Parses the HTTP response stored in a WARC response record: status, headers, and the body with any
 * chunked transfer coding and gzip/deflate/brotli content coding undone (size-capped).
 */
import zlib from 'node:zlib';

export interface StoredResponse {
  status: number;
  /** Lower-case names; repeated fields joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

/** Throws an Error whose message says what is wrong with the stored response. */
export function parseStoredResponse(block: Buffer, maxBodyBytes: number): StoredResponse {
  let headerEnd = block.indexOf('\r\n\r\n');
  let separatorLength = 4;
  if (headerEnd === -1) {
    headerEnd = block.indexOf('\n\n');
    separatorLength = 2;
  }
  if (headerEnd === -1) throw new Error('stored HTTP response has no end of headers');
  const lines = block.subarray(0, headerEnd).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status?.[1]) throw new Error('stored HTTP response has no status line');
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let body = block.subarray(headerEnd + separatorLength);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  body = decodeContent(body, headers.get('content-encoding') ?? '', maxBodyBytes);
  return { status: Number(status[1]), headers, body };
}

/** Undoes chunked transfer coding; undefined when the body is not really chunked (crawlers often strip it). */
function dechunk(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let position = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', position);
    if (lineEnd === -1) return undefined;
    const size = parseInt(body.subarray(position, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return undefined;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return undefined;
    parts.push(body.subarray(start, start + size));
    position = start + size + 2;
  }
}

function decodeContent(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const coding = encoding.trim().toLowerCase();
  if (!coding || coding === 'identity' || body.length === 0) return body;
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.gunzipSync(body, options);
    if (coding === 'deflate') return zlib.inflateSync(body, options);
    if (coding === 'br') return zlib.brotliDecompressSync(body, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new Error('stored body is over the size limit once decompressed');
    // Many archives store the decoded body but keep the original Content-Encoding header.
    if (looksDecoded(body)) return body;
    throw new Error(`stored body could not be decompressed (${coding})`);
  }
  return body;
}

function looksDecoded(body: Buffer): boolean {
  const head = body.subarray(0, 256).toString('latin1').trimStart();
  return head.startsWith('<');
}
