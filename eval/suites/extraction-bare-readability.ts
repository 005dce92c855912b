/**
 * @module extraction-bare-readability
 * The comparison baseline: Readability.js 0.6 on linkedom, textContent as is, nothing else.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function extractWithBareReadability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}
