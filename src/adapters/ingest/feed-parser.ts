/**
 * @module feed-parser
 * RSS 2.0, RSS 1.0 (RDF) and Atom XML → a flat list of items with title, link, date and HTML body.
 */
import { XMLParser } from 'fast-xml-parser';
import { omitUndefined } from './omit-undefined.js';

export interface FeedItem {
  /** 1-based position in the feed, for diagnostics. */
  index: number;
  title?: string;
  link?: string;
  /** ISO date or date-time. */
  published?: string;
  /** The item's body as HTML (content:encoded, content, or description/summary). */
  html?: string;
}

export interface ParsedFeed {
  title?: string;
  link?: string;
  items: FeedItem[];
}

type XmlNode = Record<string, unknown>;
type FeedHeader = Omit<ParsedFeed, 'items'>;
type ItemFields = Omit<FeedItem, 'index'>;

// Body elements are kept raw (not parsed as XML) so embedded XHTML and CDATA survive untouched.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  textNodeName: '#text',
  stopNodes: ['*.description', '*.encoded', '*.content', '*.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
});

/** Parses feed XML; throws when it is not an RSS or Atom document. */
export function parseFeed(xml: string): ParsedFeed {
  const root = parser.parse(xml) as XmlNode;
  const rss = asNode(root['rss']);
  const rdf = asNode(root['RDF']);
  const atom = asNode(root['feed']);
  if (rss || rdf) {
    const channel = asNode((rss ?? rdf)?.['channel']) ?? {};
    // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
    const rawItems = asArray(channel['item']).length > 0 ? asArray(channel['item']) : asArray(rdf?.['item']);
    return {
      ...omitUndefined<FeedHeader>({ title: textOf(channel['title']), link: linkOf(channel['link']) }),
      items: rawItems.map((item, i) => readRssItem(asNode(item) ?? {}, i + 1)),
    };
  }
  if (atom) {
    return {
      ...omitUndefined<FeedHeader>({ title: textOf(atom['title']), link: linkOf(atom['link']) }),
      items: asArray(atom['entry']).map((entry, i) => readAtomEntry(asNode(entry) ?? {}, i + 1)),
    };
  }
  throw new Error('no RSS channel or Atom feed element');
}

function readRssItem(item: XmlNode, index: number): FeedItem {
  const guid = item['guid'];
  const guidNode = asNode(guid);
  const isPermaLink = guidNode?.['@_isPermaLink'] !== 'false';
  const guidLink = isPermaLink ? textOf(guid) : undefined;
  return {
    index,
    ...omitUndefined<ItemFields>({
      title: textOf(item['title']),
      link: linkOf(item['link']) ?? (guidLink && /^https?:\/\//i.test(guidLink) ? guidLink : undefined),
      published: toIsoDate(textOf(item['pubDate']) ?? textOf(item['date']) ?? textOf(item['published'])),
      html: firstBody(item['encoded'], item['content'], item['description']),
    }),
  };
}

function readAtomEntry(entry: XmlNode, index: number): FeedItem {
  return {
    index,
    ...omitUndefined<ItemFields>({
      title: textOf(entry['title']),
      link: linkOf(entry['link']),
      published: toIsoDate(textOf(entry['published']) ?? textOf(entry['updated'])),
      html: firstBody(entry['content'], entry['summary']),
    }),
  };
}

function firstBody(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const html = bodyOf(candidate);
    if (html && html.trim()) return html.trim();
  }
  return undefined;
}

/** A raw body element → HTML: XHTML as is, escaped HTML and CDATA unwrapped, Atom text escaped. */
function bodyOf(value: unknown): string | undefined {
  const node = asNode(value);
  const raw = typeof value === 'string' ? value : typeof node?.['#text'] === 'string' ? node['#text'] : undefined;
  if (raw === undefined) return undefined;
  const type = typeof node?.['@_type'] === 'string' ? node['@_type'].toLowerCase() : '';
  if (type === 'xhtml') return raw;
  const text = unwrapXmlText(raw);
  return type === 'text' ? textToHtml(text) : text;
}

function unwrapXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim()}</p>`)
    .join('\n');
}

function linkOf(value: unknown): string | undefined {
  const links = asArray(value);
  // RSS <link> text wins; in Atom (and atom:link inside RSS) take rel="alternate" or no rel, never "self".
  for (const link of links) if (typeof link === 'string' && link.trim()) return link.trim();
  for (const link of links) {
    const node = asNode(link);
    const href = node?.['@_href'];
    const rel = node?.['@_rel'];
    if (typeof href === 'string' && href.trim() && (rel === undefined || rel === 'alternate')) return href.trim();
  }
  return undefined;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text) return text;
    }
    return undefined;
  }
  const node = asNode(value);
  return node ? textOf(node['#text']) : undefined;
}

/** Feed dates → ISO: ISO input is kept as given (with its offset); RFC 822 dates are converted. */
export function toIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function asNode(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
