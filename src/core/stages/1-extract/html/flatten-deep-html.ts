/**
 * @module flatten-deep-html
 * A page nested absurdly deep (10⁵ elements inside each other) costs the HTML parser time that grows
 * with the square of the depth, so such a page is flattened first: its body's text kept as one
 * <p> per block, its <head> kept as it is. Real pages nest a few dozen elements deep.
 */

/** Deeper than this, the body is flattened (the parser takes about 0.1 s at 5,000). */
export const MAX_NESTING_DEPTH = 5_000;

/** Elements whose end tag may be left out or that have none: they do not deepen the tree. */
const NON_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th thead tbody tfoot option optgroup rt rp colgroup caption'
  ).split(' '),
);
/** Elements whose content is not text a reader sees. */
const RAW_CONTENT = /<(script|style|noscript|template|svg|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|td|th|ul)\b[^>]*>/gi;

/** How deep elements nest in `html`, counted from its tags in one linear pass (comments skipped). */
export function measureNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of source.matchAll(TAG)) {
    const [, closing, name = '', selfClosing] = match;
    const tag = name.toLowerCase();
    if (NON_NESTING.has(tag) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * The page with its body's markup reduced to paragraphs of text (entities left for the parser to
 * decode), for a page past MAX_NESTING_DEPTH.
 */
export function flattenDeepHtml(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt >= 0 ? html.slice(0, bodyAt) : '<!DOCTYPE html><html><head></head>';
  const body = bodyAt >= 0 ? html.slice(bodyAt) : html;
  const paragraphs = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(RAW_CONTENT, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');
  // The flat head may itself hold the over-deep markup; its elements are read for metadata only.
  const safeHead = measureNestingDepth(head) > MAX_NESTING_DEPTH ? '<!DOCTYPE html><html><head></head>' : head;
  return `${safeHead}<body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
}
