/**
 * @module read-meta-tags
 * `<meta>` tags as a lookup: lower-cased name, property or itemprop → contents in document order.
 */

export type MetaTags = ReadonlyMap<string, readonly string[]>;

const ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

/** `DC.title` and `dcterms.creator` are the `dc:title` and `dcterm:creator` of the property form. */
function aliasOf(key: string): string | undefined {
  const match = /^(dc|dcterms?)[.:](.+)$/.exec(key);
  if (!match) return undefined;
  return `${match[1] === 'dc' ? 'dc' : 'dcterm'}:${match[2] ?? ''}`;
}

/**
 * Space-separated property lists (`property="og:title dc:title"`) give one key per property.
 * Values from `property` come before values from `name`, which come before `itemprop`.
 */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  for (const attribute of ATTRIBUTES) {
    for (const meta of metas) {
      const raw = meta.getAttribute(attribute);
      if (raw === null) continue;
      const content = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').trim();
      if (content === '') continue;
      const keys = raw.toLowerCase().trim().split(/\s+/).filter(Boolean);
      for (const key of new Set(keys.flatMap((key) => [key, aliasOf(key) ?? key]))) {
        const values = tags.get(key);
        if (values) values.push(content);
        else tags.set(key, [content]);
      }
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
