/**
 * @module file-source
 * One local file → documents, by its extension (or by sniffing when it has none we know).
 * The size cap is checked before reading, so a huge file is never loaded; JSONL and WARC stream,
 * with the cap applied to each line or record instead.
 */
import { readFile, stat } from 'node:fs/promises';
import { describeFsError } from './expand-inputs.js';
import { kindOfPath } from './file-kind.js';
import { formatBytes, formatLimit } from './format-bytes.js';
import { ingestBytes } from './ingest-bytes.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';
import { ingestJson } from './json-source.js';
import { ingestJsonl } from './jsonl-source.js';
import { looksBinary } from './sniff-format.js';
import { ingestWarc } from './warc-source.js';

/**
 * `isExplicit`: named by the user rather than found in a folder or glob; a found .json file that
 * holds no article is skipped with a warning instead of failing the run.
 */
export async function ingestFile(
  path: string,
  context: IngestContext,
  sink: IngestSink,
  isExplicit = true,
): Promise<void> {
  const kind = kindOfPath(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return sink.report('error', path, describeFsError(error));
  }
  if (size === 0) return sink.report('error', path, 'is empty');
  if (kind === 'warc') return ingestWarc(path, context, sink);
  if (kind === 'jsonl') return ingestJsonl(path, context, sink);
  if (size > context.maxBytes) {
    return sink.report('error', path, `is ${formatBytes(size)}, over the ${formatLimit(context.maxBytes)} limit`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return sink.report('error', path, describeFsError(error));
  }
  if (kind === 'json') {
    if (looksBinary(bytes)) return sink.report('error', path, 'looks binary (not text or HTML)');
    return ingestJson(path, bytes, sink, isExplicit);
  }
  await ingestBytes({ bytes, source: path, kind: kind ?? 'sniff', hints: {}, allowsFeed: true }, context, sink);
}
