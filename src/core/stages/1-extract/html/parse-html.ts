/**
 * @module parse-html
 * Decoded HTML → a DOM Document on linkedom (fast, no browser); fragments are wrapped into a page first.
 */
import { parseHTML } from 'linkedom';

/** linkedom only builds a proper tree from a whole page, so bare fragments get `<html><body>` around them. */
export function parseHtml(html: string): Document {
  const isPage = /<html[\s>]|<body[\s>]|<head[\s>]/i.test(html.slice(0, 4096)) || /<body[\s>]/i.test(html);
  const page = isPage ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document;
}
