/**
 * @module ingest-context
 * What every source needs from the run: limits, the scheduled and guarded fetcher, standard input,
 * and a way to ingest a linked page (passed in so feed and page handling do not import each other).
 */
import type { SourceHints } from '../../core/model/source-document.js';
import type { FetchedResource } from './http-fetcher.js';
import type { IngestSink } from './ingest-sink.js';

export interface IngestContext {
  /** Largest single document, in bytes (files, responses, JSONL lines, WARC records, standard input). */
  maxBytes: number;
  /** Fetches a URL through the scheduler and the address guard; rejects with FetchError. */
  fetch: (url: string) => Promise<FetchedResource>;
  /** Fetches a page a feed links to and adds it (or a diagnostic) to `sink`; never a nested feed. */
  ingestLinkedPage: (url: string, source: string, hints: SourceHints, sink: IngestSink) => Promise<void>;
  /** Standard input, readable once. */
  stdin: () => AsyncIterable<Uint8Array>;
}
