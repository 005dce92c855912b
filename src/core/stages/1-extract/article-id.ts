/**
 * @module article-id
 * Short, readable, unique article ids derived from where each article came from.
 */

/** One id per source, in order: the file or URL's last path segment, slugged, made unique. */
export function createArticleIds(sources: string[]): string[] {
  const used = new Map<string, number>();
  return sources.map((source) => {
    const base = slugFromSource(source) || 'article';
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  });
}

function slugFromSource(source: string): string {
  const [withoutLine, line] = source.split('#');
  let path = withoutLine ?? source;
  try {
    if (/^https?:\/\//i.test(path)) {
      const url = new URL(path);
      path = url.pathname.replace(/\/+$/, '') || url.hostname;
    }
  } catch {
    // Not a URL after all: treat as a path.
  }
  const last = path.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const stem = last.replace(/\.(html?|txt|md|jsonl?|warc(\.gz)?|xml|rss|atom)$/i, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return line ? `${slug}-${line}` : slug;
}
