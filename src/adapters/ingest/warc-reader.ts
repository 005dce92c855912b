/**
 * @module warc-reader
 * A small streaming WARC 1.0/1.1 record reader. Written here rather than using warcio because a record
 * with a wrong Content-Length makes warcio silently swallow the next record (no error to report);
 * this reader checks every record's framing, reports the byte offset of a bad one and resynchronises
 * on the next `WARC/1.x` line, so the good records around it still come through.
 */

export interface WarcRecord {
  /** Byte offset of the record in the (uncompressed) stream. */
  offset: number;
  /** Header fields with lower-case names. */
  headers: Map<string, string>;
  block: Buffer;
}

export type WarcItem =
  | { kind: 'record'; record: WarcRecord }
  /** A record whose block is over the size cap: its bytes were skipped unread. */
  | { kind: 'oversize'; offset: number; headers: Map<string, string>; length: number }
  | { kind: 'corrupt'; offset: number; reason: string };

const MAX_HEADER_BYTES = 64 * 1024;
const RECORD_MARK = Buffer.from('WARC/1.');
const HEADER_END = Buffer.from('\r\n\r\n');
const CR = 0x0d;
const LF = 0x0a;

/** Buffered access to a chunk stream with absolute offsets; keeps at most one record in memory. */
class ByteReader {
  private buffer = Buffer.alloc(0);
  private position = 0;
  private hasEnded = false;

  constructor(private readonly iterator: AsyncIterator<Uint8Array>) {}

  get offset(): number {
    return this.position;
  }

  get bytes(): Buffer {
    return this.buffer;
  }

  get isExhausted(): boolean {
    return this.hasEnded && this.buffer.length === 0;
  }

  /** Reads until at least `count` bytes are buffered; false when the stream ended first. */
  async fill(count: number): Promise<boolean> {
    if (this.buffer.length >= count) return true;
    // Gather chunks and concatenate once, so a large block is not copied once per chunk.
    const parts: Buffer[] = [this.buffer];
    let length = this.buffer.length;
    while (length < count && !this.hasEnded) {
      const next = await this.iterator.next();
      if (next.done) this.hasEnded = true;
      else {
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
        parts.push(chunk);
        length += chunk.length;
      }
    }
    this.buffer = parts.length === 1 ? this.buffer : Buffer.concat(parts, length);
    return this.buffer.length >= count;
  }

  consume(count: number): void {
    const taken = Math.min(count, this.buffer.length);
    this.buffer = this.buffer.subarray(taken);
    this.position += taken;
  }

  /** Discards `count` bytes as they stream past; returns how many there were. */
  async skip(count: number): Promise<number> {
    let left = count;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill(1))) break;
      const taken = Math.min(left, this.buffer.length);
      this.consume(taken);
      left -= taken;
    }
    return count - left;
  }
}

/**
 * Yields the records of a WARC stream (already gunzipped), with corrupt stretches reported in between.
 * @example
 * for await (const item of readWarcRecords(createReadStream('news.warc'), 10 * 1024 * 1024)) { … }
 */
export async function* readWarcRecords(
  chunks: AsyncIterable<Uint8Array>,
  maxBlockBytes: number,
): AsyncGenerator<WarcItem> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  for (;;) {
    await skipBlankLines(reader);
    if (reader.isExhausted) return;
    const start = reader.offset;
    await reader.fill(RECORD_MARK.length);
    if (!reader.bytes.subarray(0, RECORD_MARK.length).equals(RECORD_MARK)) {
      yield {
        kind: 'corrupt',
        offset: start,
        reason: 'does not start with a WARC/1.x version line (junk between records)',
      };
      await resync(reader, 1);
      continue;
    }
    const headerEnd = await findHeaderEnd(reader);
    if (headerEnd === -1) {
      yield { kind: 'corrupt', offset: start, reason: 'its header never ends (no blank line)' };
      await resync(reader, 1);
      continue;
    }
    const headers = parseHeaders(reader.bytes.subarray(0, headerEnd).toString('utf8'));
    const blockStart = headerEnd + HEADER_END.length;
    const lengthText = headers.get('content-length') ?? '';
    const length = /^\d+$/.test(lengthText) ? Number(lengthText) : NaN;
    if (!Number.isSafeInteger(length)) {
      yield { kind: 'corrupt', offset: start, reason: 'it has no valid Content-Length' };
      await resync(reader, blockStart);
      continue;
    }
    if (length > maxBlockBytes) {
      reader.consume(blockStart);
      const skipped = await reader.skip(length);
      if (skipped < length) {
        yield {
          kind: 'corrupt',
          offset: start,
          reason: `it is cut short (Content-Length ${length}, ${skipped} bytes left)`,
        };
        return;
      }
      yield { kind: 'oversize', offset: start, headers, length };
      continue;
    }
    await reader.fill(blockStart + length + HEADER_END.length);
    const framing = checkFraming(reader.bytes, blockStart, length, reader.isExhausted);
    if (framing) {
      yield { kind: 'corrupt', offset: start, reason: framing };
      await resync(reader, blockStart);
      continue;
    }
    // Copy the block out so the (possibly much larger) read buffer can be released.
    const block = Buffer.from(reader.bytes.subarray(blockStart, blockStart + length));
    reader.consume(blockStart + length);
    yield { kind: 'record', record: { offset: start, headers, block } };
  }
}

/** Says why the bytes after a block do not close the record, or undefined when they do. */
function checkFraming(bytes: Buffer, blockStart: number, length: number, isAtEnd: boolean): string | undefined {
  const blockEnd = blockStart + length;
  if (bytes.length < blockEnd) {
    return `it is cut short (Content-Length says ${length} bytes, only ${Math.max(0, bytes.length - blockStart)} remain)`;
  }
  const after = bytes.subarray(blockEnd, blockEnd + 64);
  let i = 0;
  while (i < after.length && (after[i] === CR || after[i] === LF)) i++;
  // The block must be followed by line breaks and then the next record or the end of the stream.
  const rest = after.subarray(i);
  const isNextRecord = rest.length === 0 ? bytes.length <= blockEnd + i || isAtEnd : startsWithMark(rest);
  if (i > 0 && isNextRecord) return undefined;
  // The two line breaks the standard puts after every block: the record is whole, and whatever
  // follows (junk before the next record) is reported and skipped on its own.
  if (after.subarray(0, HEADER_END.length).equals(HEADER_END)) return undefined;
  if (i === 0 && after.length === 0) return undefined;
  return `its Content-Length (${length}) does not match the record`;
}

function startsWithMark(bytes: Buffer): boolean {
  const head = bytes.subarray(0, RECORD_MARK.length);
  return RECORD_MARK.subarray(0, head.length).equals(head);
}

async function skipBlankLines(reader: ByteReader): Promise<void> {
  for (;;) {
    if (!(await reader.fill(1))) return;
    let i = 0;
    const bytes = reader.bytes;
    while (i < bytes.length && (bytes[i] === CR || bytes[i] === LF)) i++;
    reader.consume(i);
    if (reader.bytes.length > 0) return;
  }
}

async function findHeaderEnd(reader: ByteReader): Promise<number> {
  let searched = 0;
  for (;;) {
    const index = reader.bytes.indexOf(HEADER_END, Math.max(0, searched - HEADER_END.length));
    if (index !== -1) return index;
    searched = reader.bytes.length;
    if (searched >= MAX_HEADER_BYTES || !(await reader.fill(searched + 1))) return -1;
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Drops `from` bytes, then everything up to the next `WARC/1.` at the start of a line. */
async function resync(reader: ByteReader, from: number): Promise<void> {
  await reader.fill(from);
  reader.consume(from);
  for (;;) {
    const bytes = reader.bytes;
    for (let index = bytes.indexOf(RECORD_MARK); index !== -1; index = bytes.indexOf(RECORD_MARK, index + 1)) {
      if (index === 0 || bytes[index - 1] === LF) {
        reader.consume(index);
        return;
      }
    }
    // Keep a short tail in case the mark straddles two chunks.
    const keep = Math.min(bytes.length, RECORD_MARK.length);
    reader.consume(bytes.length - keep);
    if (!(await reader.fill(keep + 1))) {
      reader.consume(keep);
      return;
    }
  }
}
