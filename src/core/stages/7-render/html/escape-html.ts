/**
 * @module escape-html
 * The only ways article data enters the HTML report: escaped text, sanitised ids, checked http(s) URLs.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). From article
 * text they would reorder what the page shows: a name read backwards, a figure moved past its
 * neighbour, the rest of a line turned around. Invisible themselves, they are dropped; the letters of
 * right-to-left scripts still show in their own order.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes for text and for double-quoted attribute values alike, so callers cannot pick the wrong one;
 * bidirectional controls are dropped.
 */
export function escapeHtml(value: string): string {
  return value.replace(BIDI_CONTROLS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An id fragment made only of [A-Za-z0-9_-]; never empty. */
export function toSafeId(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
  return safe === '' ? '_' : safe;
}

/** The URL as an escaped href when it is http(s), else undefined (shown as text instead). */
export function toSafeHref(source: string): string | undefined {
  if (!/^https?:\/\//i.test(source.trim())) return undefined;
  try {
    const url = new URL(source.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? escapeHtml(url.href) : undefined;
  } catch {
    return undefined;
  }
}

/** Hands out ids unique within one document: a second "x" becomes "x-2". */
export class IdAllocator {
  private readonly used = new Set<string>();

  take(base: string): string {
    const safe = toSafeId(base);
    let id = safe;
    for (let n = 2; this.used.has(id); n++) id = `${safe}-${n}`;
    this.used.add(id);
    return id;
  }
}
