/**
 * @module sniff-format
 * Cheap looks at content when the name or header does not say enough: binary or text,
 * feed or HTML or plain text, and whether an HTML page was cut off.
 */
import { hasUtf16Bom } from './decode-charset.js';

export type SniffedFormat = 'feed' | 'html' | 'text';

const SNIFF_WINDOW = 8192;

// File signatures of formats people drop into folders by mistake (PDF, ZIP/Office, images, gzip, ...).
const BINARY_SIGNATURES: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, epub
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // old Office
];

/** True for bytes that are not text: NUL bytes, a known binary signature, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_WINDOW);
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte))) return true;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // Tab, LF, FF, CR and ESC occur in real text; other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > 0.05;
}

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|article|section|main|header|footer|nav|br|h[1-6]|span|a|meta|title|script|style|table|ul|ol|li|figure|img|blockquote)\b[^>]*>/gi;

/** Looks at the first element: an RSS/Atom/RDF root is a feed; markup is HTML; anything else is text. */
export function sniffFormat(text: string): SniffedFormat {
  const head = text.slice(0, SNIFF_WINDOW);
  const root = firstElementName(head);
  if (root && FEED_ROOTS.has(root.toLowerCase())) return 'feed';
  if (root && /^(?:html|head|body)$/i.test(root)) return 'html';
  if (/^\s*<!doctype\s+html/i.test(head)) return 'html';
  return (head.match(HTML_TAG)?.length ?? 0) >= 2 ? 'html' : 'text';
}

/** True when the document's first element is an RSS, Atom or RDF feed root. */
export function isFeed(text: string): boolean {
  return sniffFormat(text) === 'feed';
}

function firstElementName(head: string): string | undefined {
  // Skip the BOM, XML declaration, processing instructions, comments and doctype before the root.
  const prolog = /^(?:\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i.exec(head);
  const rest = head.slice(prolog?.[0].length ?? 0);
  return /^<([A-Za-z][\w:.-]*)/.exec(rest)?.[1];
}

/** Says why an HTML document looks cut off, or undefined when it looks whole. */
export function findTruncation(html: string): string | undefined {
  const tail = html.slice(-512);
  if (/<[A-Za-z/][^>]*$/.test(tail)) return 'looks truncated (it ends inside a tag); extracted what is there';
  const opensDocument = /<(?:html|body)\b/i.test(html.slice(0, SNIFF_WINDOW));
  if (opensDocument && !/<\/(?:html|body)\s*>/i.test(html)) {
    return 'looks truncated (no closing </body> or </html>); extracted what is there';
  }
  return undefined;
}
