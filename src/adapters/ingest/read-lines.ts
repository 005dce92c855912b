/**
 * @module read-lines
 * Splits a byte stream into lines without ever holding more than one capped line in memory.
 */

export type Line =
  | { lineNumber: number; bytes: Buffer }
  /** A line longer than the cap: its bytes were dropped as they streamed past. */
  | { lineNumber: number; overflowBytes: number };

const NEWLINE = 0x0a;

export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overflow = 0;
  let lineNumber = 1;

  const finish = (): Line => {
    const line: Line =
      overflow > 0
        ? { lineNumber, overflowBytes: overflow }
        : { lineNumber, bytes: Buffer.concat(pending, pendingLength) };
    pending = [];
    pendingLength = 0;
    overflow = 0;
    lineNumber++;
    return line;
  };
  const append = (part: Buffer): void => {
    if (overflow > 0) {
      overflow += part.length;
    } else if (pendingLength + part.length > maxLineBytes) {
      overflow = pendingLength + part.length;
      pending = [];
      pendingLength = 0;
    } else {
      pending.push(part);
      pendingLength += part.length;
    }
  };

  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let newline = buffer.indexOf(NEWLINE, start); newline !== -1; newline = buffer.indexOf(NEWLINE, start)) {
      append(buffer.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    if (start < buffer.length) append(buffer.subarray(start));
  }
  if (pendingLength > 0 || overflow > 0) yield finish();
}
