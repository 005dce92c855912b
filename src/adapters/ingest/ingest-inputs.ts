/**
 * @module ingest-inputs
 * Turns what the user named (files, folders, globs, URLs, feeds, JSONL, WARC, `-`) into decoded
 * SourceDocuments plus diagnostics; one bad input never stops the others.
 */
import type { Diagnostic } from '../../core/model/diagnostic.js';
import type { SourceDocument } from '../../core/model/source-document.js';
import { VERSION } from '../../app/version.js';
import { createAddressPolicy } from './address-guard.js';
import { expandInput, type InputTarget } from './expand-inputs.js';
import { createFetchScheduler, hostOf } from './fetch-scheduler.js';
import { ingestFile } from './file-source.js';
import { fetchUrl, type FetchSettings, type ResolveHost } from './http-fetcher.js';
import type { IngestContext } from './ingest-context.js';
import { IngestSink } from './ingest-sink.js';
import { ingestStdin, STDIN_SOURCE } from './stdin-source.js';
import { ingestUrl } from './url-source.js';

export interface IngestOptions {
  /** Allow fetching loopback, private, link-local and other non-public addresses. */
  allowPrivateAddresses?: boolean;
  /**
   * Addresses or CIDR ranges allowed although not public, e.g. `['127.0.0.1']` for a test server;
   * everything else non-public stays refused (narrower than allowPrivateAddresses).
   */
  allowedAddresses?: readonly string[];
  /** Total time for one fetch including redirects, in ms (default 15 000). */
  timeoutMs?: number;
  /** Largest single document in bytes: a file, response, JSONL line or WARC record (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed per fetch (default 5). */
  maxRedirects?: number;
  /** Fetches at once (default 4). */
  concurrency?: number;
  /** Fetches at once to one host (default 2). */
  perHostConcurrency?: number;
  userAgent?: string;
  /** DNS resolution for fetches (default: the system resolver); every address it returns is still guarded. */
  resolveHost?: ResolveHost;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Called as documents arrive, for progress display. */
  onProgress?: (event: { done: number; total?: number; source: string }) => void;
}

export interface IngestResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_PER_HOST_CONCURRENCY = 2;
/** Inputs read at once; bounds open files and memory when a shell glob expands to thousands of paths. */
const INPUT_PARALLELISM = 8;

/**
 * Reads every input; documents come back in input order (feed items in feed order).
 * @example
 * const { documents, diagnostics } = await ingestInputs(['stories/', 'https://news.example/feed.xml']);
 */
export async function ingestInputs(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchSettings: FetchSettings = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? `corroborate/${VERSION} (+news comparison tool)`,
    addressPolicy: createAddressPolicy({
      ...(options.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
      ...(options.allowedAddresses ? { allowedAddresses: options.allowedAddresses } : {}),
    }),
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  };
  const scheduler = createFetchScheduler({
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    perHost: options.perHostConcurrency ?? DEFAULT_PER_HOST_CONCURRENCY,
  });
  const context: IngestContext = {
    maxBytes,
    fetch: (url) => scheduler.schedule(hostOf(url), () => fetchUrl(url, fetchSettings)),
    ingestLinkedPage: (url, source, hints, sink) => ingestUrl({ url, source, hints, allowsFeed: false }, context, sink),
    stdin: () => options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>),
  };

  let done = 0;
  const onDocument = (document: SourceDocument): void => {
    done++;
    options.onProgress?.({ done, source: document.source });
  };
  let isStdinRead = false;
  const readTarget = async (target: InputTarget, input: string, sink: IngestSink): Promise<void> => {
    if (target.kind === 'url')
      return ingestUrl({ url: target.url, source: input, hints: {}, allowsFeed: true }, context, sink);
    if (target.kind === 'file') return ingestFile(target.path, context, sink, target.isExplicit);
    if (isStdinRead) return sink.report('error', STDIN_SOURCE, 'standard input was already read (give - once)');
    isStdinRead = true;
    return ingestStdin(context, sink);
  };

  const sinks = inputs.map(() => new IngestSink(onDocument));
  await forEachLimited(inputs.length, INPUT_PARALLELISM, async (i) => {
    const input = inputs[i] ?? '';
    const sink = sinks[i] ?? new IngestSink(onDocument);
    try {
      for (const target of await expandInput(input, sink)) await readTarget(target, input, sink);
    } catch (error) {
      // Sources report expected failures themselves; this catches the unexpected so the batch goes on.
      sink.report('error', input, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  const result: IngestResult = { documents: [], diagnostics: [] };
  for (const sink of sinks) {
    result.documents.push(...sink.documents);
    result.diagnostics.push(...sink.diagnostics);
  }
  return result;
}

async function forEachLimited(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
