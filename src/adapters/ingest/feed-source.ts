/**
 * @module feed-source
 * An RSS/Atom feed → one document per item: the item's own HTML when it carries the article,
 * otherwise the page it links to (fetched through the guarded fetcher). One bad item never sinks the rest.
 */
import type { SourceHints } from '../../core/model/source-document.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed-parser.js';
import type { IngestContext } from './ingest-context.js';
import type { IngestSink } from './ingest-sink.js';
import { omitUndefined } from './omit-undefined.js';

/** Below this much text an item body is a teaser, not the article: fetch the link instead. */
export const SUBSTANTIAL_BODY_CHARS = 400;

export async function ingestFeed(
  xml: string,
  source: string,
  baseUrl: string | undefined,
  context: IngestContext,
  sink: IngestSink,
): Promise<void> {
  let feed: ParsedFeed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return sink.report('error', source, `is not a readable RSS or Atom feed (${messageOf(error)})`);
  }
  if (feed.items.length === 0) return sink.report('warning', source, 'is a feed with no items');
  const base = baseUrl ?? feed.link;
  // Items run concurrently (the fetch scheduler keeps it polite) but are merged back in feed order.
  const parts = feed.items.map((item) => {
    const part = sink.child();
    const done = ingestItem(item, feed, source, base, context, part).catch((error: unknown) =>
      part.report('error', `${source}#item-${item.index}`, `could not be read: ${messageOf(error)}`),
    );
    return { part, done };
  });
  for (const { part, done } of parts) {
    await done;
    sink.absorb(part);
  }
}

async function ingestItem(
  item: FeedItem,
  feed: ParsedFeed,
  feedSource: string,
  base: string | undefined,
  context: IngestContext,
  sink: IngestSink,
): Promise<void> {
  const itemLabel = `${feedSource}#item-${item.index}`;
  const link = item.link === undefined ? undefined : resolveLink(item.link, base);
  if (item.link !== undefined && link === undefined) {
    sink.report('warning', itemLabel, `has a link that is not an absolute http(s) URL: "${item.link}"`);
  }
  const source = link ?? itemLabel;
  const hints = omitUndefined<SourceHints>({
    url: link,
    title: item.title,
    published: item.published,
    outlet: feed.title,
  });
  const bodyLength = item.html ? visibleTextLength(item.html) : 0;
  if (item.html && bodyLength >= SUBSTANTIAL_BODY_CHARS) {
    return sink.addDocument({ source, format: 'html', body: item.html, hints });
  }
  if (link) return context.ingestLinkedPage(link, source, hints, sink);
  if (item.html && bodyLength > 0) {
    sink.report('warning', source, `has only a short body (${bodyLength} characters) and no link; used as it is`);
    return sink.addDocument({ source, format: 'html', body: item.html, hints });
  }
  sink.report('error', source, 'feed item has no content and no link');
}

function resolveLink(link: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function visibleTextLength(html: string): number {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
