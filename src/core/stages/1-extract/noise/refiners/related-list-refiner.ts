/**
 * @module related-list-refiner
 * The headline-like lines right after a "Related stories" / "More:" / "You may also like" heading are
 * related links, up to the first line that reads like story text. After a "Related: …" teaser, only
 * link-only headlines continue the list.
 */
import { countWords } from '../../lines/count-words.js';
import { isHeadlineLike } from '../../lines/is-headline-like.js';
import type { ClassifiedLine } from '../../text-line.js';

const MAX_LIST_LINES = 15;
const MAX_LINK_WORDS = 25;
const LINK_DENSITY = 0.8;

function isLinkLine(line: ClassifiedLine): boolean {
  return (line.linkDensity ?? 0) >= LINK_DENSITY && countWords(line.text) <= MAX_LINK_WORDS;
}

function continuesList(line: ClassifiedLine, role: 'list-heading' | 'teaser'): boolean {
  if (role === 'teaser') return isLinkLine(line) && isHeadlineLike(line.text);
  return isHeadlineLike(line.text) || isLinkLine(line);
}

export function refineRelatedList(lines: ClassifiedLine[]): ClassifiedLine[] {
  const result = [...lines];
  for (let i = 0; i < result.length; i++) {
    const role = result[i]?.role;
    if (role !== 'list-heading' && role !== 'teaser') continue;
    let taken = 0;
    for (let j = i + 1; j < result.length && taken < MAX_LIST_LINES; j++) {
      const line = result[j];
      if (!line) break;
      if (line.reason) continue;
      if (!continuesList(line, role)) break;
      result[j] = { ...line, reason: 'related-link', rule: 'after-related-heading' };
      taken++;
    }
  }
  return result;
}
