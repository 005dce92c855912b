/**
 * @module url-source
 * An http(s) URL → documents: fetch (guarded, scheduled), then treat the body by its Content-Type
 * and content, so a feed URL yields its items and a page yields one document.
 */
import type { SourceHints } from '../../core/model/source-document.js';
import { FetchError, hasUrlCredentials, stripUrlCredentials, type FetchedResource } from './http-fetcher.js';
import { ingestBytes, type ContentKind } from './ingest-bytes.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';

export interface UrlRequest {
  url: string;
  /** What documents and diagnostics are named after (the input as given, or a feed item's link). */
  source: string;
  hints: SourceHints;
  /** False for pages a feed links to: a feed there is an error, not a reason to recurse. */
  allowsFeed: boolean;
}

export async function ingestUrl(request: UrlRequest, context: IngestContext, sink: IngestSink): Promise<void> {
  // A user name and password in the URL are neither sent (the fetcher drops them) nor kept in any name.
  const source = stripUrlCredentials(request.source);
  if (hasUrlCredentials(request.url))
    sink.report('warning', source, 'has a user name or password in it: they were not sent, and are not kept');
  let fetched: FetchedResource;
  try {
    fetched = await context.fetch(stripUrlCredentials(request.url));
  } catch (error) {
    return sink.report('error', source, describeFetchFailure(error, source));
  }
  const hintedUrl = request.hints.url === undefined ? undefined : stripUrlCredentials(request.hints.url);
  await ingestBytes(
    {
      bytes: fetched.body,
      source,
      kind: kindOfMimeType(fetched.mimeType),
      ...(fetched.charset ? { declaredCharset: fetched.charset } : {}),
      hints: { ...request.hints, url: hintedUrl ?? fetched.url },
      allowsFeed: request.allowsFeed,
      baseUrl: fetched.url,
    },
    context,
    sink,
  );
}

/** The failure's reason, prefixed by the failing URL only when that is not the source itself (a redirect hop). */
export function describeFetchFailure(error: unknown, source: string): string {
  if (error instanceof FetchError) return sameUrl(error.url, source) ? error.reason : error.message;
  return error instanceof Error ? error.message : String(error);
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

function kindOfMimeType(mimeType: string): ContentKind {
  if (mimeType === 'text/html' || mimeType === 'application/xhtml+xml') return 'html';
  if (mimeType === 'text/plain') return 'text';
  if (mimeType.endsWith('xml')) return 'feed';
  return 'sniff';
}
