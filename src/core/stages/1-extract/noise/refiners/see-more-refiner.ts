/**
 * @module see-more-refiner
 * A headline-like line directly followed by a "see more" / "read more" line is a related-link teaser.
 */
import { isHeadlineLike } from '../../lines/is-headline-like.js';
import type { ClassifiedLine } from '../../text-line.js';

export function refineSeeMore(lines: ClassifiedLine[]): ClassifiedLine[] {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (line.reason || next?.role !== 'see-more' || !isHeadlineLike(line.text)) return line;
    return { ...line, reason: 'related-link', rule: 'before-see-more' };
  });
}
