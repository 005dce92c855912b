import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readLines, type Line } from './read-lines.js';

async function lines(chunks: string[], max = 100): Promise<Line[]> {
  const found: Line[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) found.push(line);
  return found;
}

const show = (found: Line[]): string[] =>
  found.map((line) =>
    'bytes' in line ? `${line.lineNumber}:${line.bytes.toString()}` : `${line.lineNumber}:over ${line.overflowBytes}`,
  );

test('splits lines across chunk boundaries and numbers them from 1', async () => {
  assert.deepEqual(show(await lines(['{"a":', '1}\n{"b"', ':2}\n\n{"c":3}'])), [
    '1:{"a":1}',
    '2:{"b":2}',
    '3:',
    '4:{"c":3}',
  ]);
});

test('a line over the cap is dropped as it streams and reported with its size', async () => {
  assert.deepEqual(show(await lines(['short\n', 'x'.repeat(60), 'y'.repeat(60), '\nafter\n'], 100)), [
    '1:short',
    '2:over 120',
    '3:after',
  ]);
});
