/**
 * @module stdin-source
 * `-` → one document from standard input (HTML, a feed, or plain text, sniffed), size-capped.
 */
import { formatLimit } from './format-bytes.js';
import { ingestBytes } from './ingest-bytes.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';

export const STDIN_SOURCE = '-';

export async function ingestStdin(context: IngestContext, sink: IngestSink): Promise<void> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of context.stdin()) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += bytes.length;
    if (total > context.maxBytes) {
      return sink.report('error', STDIN_SOURCE, `standard input is over the ${formatLimit(context.maxBytes)} limit`);
    }
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks, total);
  await ingestBytes({ bytes, source: STDIN_SOURCE, kind: 'sniff', hints: {}, allowsFeed: true }, context, sink);
}
