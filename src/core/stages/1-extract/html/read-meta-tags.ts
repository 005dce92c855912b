/**
 * @module read-meta-tags
 * `<meta>` tags as a lookup: lower-cased name, property or itemprop → contents in document order.
 */

export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Space-separated property lists (`property="og:title dc:title"`) give one key per property. */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of metas) {
    const content = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').trim();
    if (content === '') continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')]
      .filter((key): key is string => key !== null)
      .flatMap((key) => key.toLowerCase().trim().split(/\s+/))
      .filter(Boolean);
    for (const key of new Set(keys)) {
      const values = tags.get(key);
      if (values) values.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** The first content among `keys`, tried in order. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return { key, value };
  }
  return undefined;
}
