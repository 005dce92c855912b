/**
 * @module remove-noise
 * Classifies every line (alone, then in sequence: related lists, "see more" teasers, footer tails,
 * capitalised link headlines, repeats of removed lines, author bios). Lines with a reason are removed from the text and kept aside.
 */
import type { ClassifiedLine, TextLine } from '../text-line.js';
import { classifyNoiseLine } from './classify-noise-line.js';
import { refineAuthorBio } from './refiners/author-bio-refiner.js';
import { refineDuplicates } from './refiners/duplicate-refiner.js';
import { refineFooterTail } from './refiners/footer-tail-refiner.js';
import { refineLinkHeadlines } from './refiners/link-headline-refiner.js';
import { refineRelatedList } from './refiners/related-list-refiner.js';
import { refineSeeMore } from './refiners/see-more-refiner.js';

export interface NoiseOptions {
  /** Author names known from metadata, to recognise their biography lines. */
  authors?: readonly string[];
}

/** Lines already carrying a reason (set by the caller, e.g. a duplicated headline) keep it. */
export function removeNoise(
  lines: readonly (TextLine | ClassifiedLine)[],
  options: NoiseOptions = {},
): ClassifiedLine[] {
  let classified: ClassifiedLine[] = lines.map((line) => {
    if ('reason' in line && line.reason) return line;
    const verdict = classifyNoiseLine(line.text, line.markupHint);
    return verdict ? { ...line, ...verdict } : line;
  });
  classified = refineRelatedList(classified);
  classified = refineSeeMore(classified);
  classified = refineFooterTail(classified);
  classified = refineLinkHeadlines(classified);
  classified = refineDuplicates(classified);
  classified = refineAuthorBio(classified, options.authors ?? []);
  return classified;
}
