/**
 * @module same-site-path
 * Where to send a browser back to after sign-in: a path on this site only. Browsers drop tabs and
 * newlines from URLs and read `\` as `/`, so `/\t/evil.example` and `/\evil.example` lead off-site.
 */

const ORIGIN = 'http://this-site.invalid';

/** The path itself when it stays on this site, else `/`. */
export function toSameSitePath(value: string | undefined): string {
  // Controls, spaces and backslashes never belong in a path this site links to; whatever has them is refused whole.
  if (!value || !value.startsWith('/') || hasUnsafeCharacter(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return '/';
  }
  // Resolving dot segments can leave `//host` (from `/.//host`): as a Location that is another site.
  const path = url.pathname + url.search + url.hash;
  return url.origin === ORIGIN && !path.startsWith('//') ? path : '/';
}

function hasUnsafeCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || character === '\\') return true;
  }
  return false;
}
