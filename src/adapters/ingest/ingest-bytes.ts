/**
 * @module ingest-bytes
 * Raw bytes of one file, response or standard input → a SourceDocument (or a feed's documents):
 * empty and binary checks, charset decoding, format sniffing, truncation warning.
 */
import type { DocumentFormat, SourceHints } from '../../core/model/source-document.js';
import { decodeText } from './decode-charset.js';
import { ingestFeed } from './feed-source.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';
import { findTruncation, looksBinary, sniffFormat } from './sniff-format.js';

/** What the name or Content-Type says the bytes are; 'sniff' when nothing does. */
export type ContentKind = DocumentFormat | 'feed' | 'sniff';

export interface BytesInput {
  bytes: Uint8Array;
  /** The input as the user gave it (or the feed item link), for the document and diagnostics. */
  source: string;
  kind: ContentKind;
  /** Charset from an HTTP Content-Type header. */
  declaredCharset?: string;
  hints: SourceHints;
  /** Whether a feed is welcome here (a page a feed links to must be an article, not another feed). */
  allowsFeed: boolean;
  /** Base for relative item links when the bytes are a feed. */
  baseUrl?: string;
}

export async function ingestBytes(input: BytesInput, context: IngestContext, sink: IngestSink): Promise<void> {
  const { bytes, source, kind } = input;
  if (bytes.length === 0) return sink.report('error', source, 'is empty');
  if (looksBinary(bytes)) return sink.report('error', source, 'looks binary (not text or HTML)');

  const decoded = decodeText(bytes, {
    ...(input.declaredCharset ? { declaredCharset: input.declaredCharset } : {}),
    readsMarkupDeclaration: kind !== 'text' && kind !== 'markdown',
  });
  for (const warning of decoded.warnings) sink.report('warning', source, warning);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return sink.report('error', source, 'is empty (only whitespace)');

  const sniffed = kind === 'text' || kind === 'markdown' ? kind : sniffFormat(text);
  if (sniffed === 'feed') {
    if (!input.allowsFeed) return sink.report('error', source, 'is a feed, not an article page');
    return ingestFeed(text, source, input.baseUrl, context, sink);
  }
  if (kind === 'feed' && sniffed !== 'html') {
    return sink.report('error', source, 'is XML but not an RSS or Atom feed');
  }
  const format: DocumentFormat = kind === 'html' || kind === 'feed' ? 'html' : sniffed;
  if (format === 'html') {
    const truncation = findTruncation(text);
    if (truncation) sink.report('warning', source, truncation);
  }
  sink.addDocument({ source, format, body: text, hints: input.hints });
}
