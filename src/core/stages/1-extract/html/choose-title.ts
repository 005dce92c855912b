/**
 * @module choose-title
 * Picks the headline among the page's title candidates and strips a " | Site" suffix or "Site - " prefix.
 */
import type { PageMetadata } from './read-page-metadata.js';

const SEPARATOR = /\s+[|\-–—:·»/]\s+|\s*[|·»]\s*/u;

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Site names to strip: the page's site name, and the host's main label (`www.example.co.uk` → `example`). */
function siteKeys(siteName: string | undefined, host: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (siteName) keys.add(squash(siteName));
  if (host) {
    const bare = host.replace(/^www\d?\./i, '');
    keys.add(squash(bare));
    const label = bare.split('.')[0];
    if (label) keys.add(squash(label));
  }
  keys.delete('');
  return keys;
}

function isSiteSegment(segment: string, keys: Set<string>): boolean {
  const key = squash(segment);
  if (key === '') return false;
  for (const site of keys)
    if (key === site || (key.length >= 4 && site.length >= 4 && key.startsWith(site))) return true;
  return false;
}

/** Removes a leading or trailing segment that names the site: `Quake hits coast | The Daily Star` → `Quake hits coast`. */
export function stripSiteName(title: string, siteName: string | undefined, host: string | undefined): string {
  const keys = siteKeys(siteName, host);
  if (keys.size === 0) return title;
  const parts = title.split(new RegExp(`(${SEPARATOR.source})`, 'u'));
  // parts alternate text, separator, text …
  let segments = parts.filter((_, i) => i % 2 === 0);
  let separators = parts.filter((_, i) => i % 2 === 1);
  while (segments.length > 1 && isSiteSegment(segments[segments.length - 1] ?? '', keys)) {
    segments = segments.slice(0, -1);
    separators = separators.slice(0, -1);
  }
  while (segments.length > 1 && isSiteSegment(segments[0] ?? '', keys)) {
    segments = segments.slice(1);
    separators = separators.slice(1);
  }
  return segments
    .reduce((joined, segment, i) => (i === 0 ? segment : `${joined}${separators[i - 1] ?? ' '}${segment}`), '')
    .trim();
}

/** A trailing segment this short after a longer headline is a site or section name. */
const MAX_SITE_WORDS = 4;
const MIN_HEADLINE_WORDS = 3;
/** An `<h1>` is the headline `<title>` wraps only when it makes up most of it. */
const MIN_HEADING_SHARE = 0.6;

/** `Headline words here – Short Site` → `Headline words here`, when no site name is known to match. */
function dropShortLastSegment(title: string): string {
  const match = /^(.*\S)\s+[|\-–—»/]\s+([^|\-–—»/]+)$/u.exec(title);
  if (!match) return title;
  const head = match[1] ?? '';
  const tail = match[2] ?? '';
  const count = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  return count(tail) <= MAX_SITE_WORDS && count(head) >= MIN_HEADLINE_WORDS ? head : title;
}

export interface TitleInputs {
  metadata: PageMetadata;
  readabilityTitle?: string;
  siteName?: string;
  host?: string;
}

/**
 * The best headline: structured metadata first (site name stripped); else `<title>` with its site
 * segment stripped, or the `<h1>` it contains; else Readability's title or the first `<h1>`.
 */
export function chooseTitle({ metadata, readabilityTitle, siteName, host }: TitleInputs): string | undefined {
  const fromMetadata = metadata.titles[0];
  if (fromMetadata) return stripSiteName(fromMetadata, siteName, host);
  const documentTitle = metadata.documentTitle;
  if (documentTitle) {
    const squashedTitle = squash(documentTitle);
    const heading = metadata.headings.find(
      (h) => squash(h).length >= squashedTitle.length * MIN_HEADING_SHARE && squashedTitle.includes(squash(h)),
    );
    if (heading) return heading;
    const stripped = stripSiteName(documentTitle, siteName, host);
    return stripped === documentTitle ? dropShortLastSegment(documentTitle) : stripped;
  }
  return readabilityTitle ?? metadata.headings[0];
}
