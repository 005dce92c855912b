/**
 * @module jsonl-source
 * A JSON Lines file (one article object per line) → documents, streamed line by line so large
 * archives never sit in memory whole. Bad lines are reported as FILE#LINE and skipped.
 */
import { createReadStream } from 'node:fs';
import { documentFromRecord } from './article-record.js';
import { formatBytes, formatLimit } from './format-bytes.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';
import { readLines } from './read-lines.js';
import { looksBinary } from './sniff-format.js';

/** After this many bad lines a file is clearly not JSON Lines; the rest are counted, not listed. */
const MAX_LINE_ERRORS = 20;

export async function ingestJsonl(path: string, context: IngestContext, sink: IngestSink): Promise<void> {
  let badLines = 0;
  let goodLines = 0;
  const reportLine = (lineSource: string, message: string): void => {
    badLines++;
    if (badLines <= MAX_LINE_ERRORS) sink.report('error', lineSource, message);
  };
  let isFirst = true;
  for await (const line of readLines(createReadStream(path), context.maxBytes)) {
    const lineSource = `${path}#${line.lineNumber}`;
    if ('overflowBytes' in line) {
      reportLine(
        lineSource,
        `line is ${formatBytes(line.overflowBytes)}, over the ${formatLimit(context.maxBytes)} limit`,
      );
      continue;
    }
    if (isFirst && looksBinary(line.bytes)) return sink.report('error', path, 'looks binary (not text or HTML)');
    isFirst = false;
    // JSON is UTF-8 by definition (RFC 8259); a BOM may start the file.
    const text = line.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim();
    if (!text) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      reportLine(lineSource, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const outcome = documentFromRecord(value, lineSource);
    if ('error' in outcome) reportLine(lineSource, outcome.error);
    else {
      goodLines++;
      if (outcome.problem) sink.report('error', lineSource, outcome.problem);
      sink.addDocument(outcome.document);
    }
  }
  if (badLines > MAX_LINE_ERRORS) {
    sink.report('error', path, `${badLines - MAX_LINE_ERRORS} more bad lines not listed (${badLines} in all)`);
  }
  if (goodLines === 0 && badLines === 0) sink.report('error', path, 'is empty (no JSON lines)');
}
