/**
 * @module extraction-zyte-pages
 * Loads the Zyte article-extraction benchmark pages (dev part) from ../shared, decompressed in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SHARED_DIR } from '../suite.js';

export interface ZytePage {
  id: string;
  url: string;
  html: string;
  goldBody: string;
}

export const ZYTE_DIR = new URL('data/extraction/zyte-dev/', SHARED_DIR);

/** The pages with their gold bodies, or a reason they cannot be loaded. */
export function loadZytePages(): { pages: ZytePage[] } | { missing: string } {
  const truthPath = fileURLToPath(new URL('ground-truth.json', ZYTE_DIR));
  if (!existsSync(truthPath)) return { missing: `${truthPath} not found` };
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const pages: ZytePage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const pagePath = fileURLToPath(new URL(`${id}.html.gz`, ZYTE_DIR));
    if (!existsSync(pagePath)) continue;
    pages.push({
      id,
      url: entry.url ?? '',
      html: gunzipSync(readFileSync(pagePath)).toString('utf8'),
      goldBody: entry.articleBody ?? '',
    });
  }
  return { pages };
}
