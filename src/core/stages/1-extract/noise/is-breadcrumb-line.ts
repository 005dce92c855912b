/**
 * @module is-breadcrumb-line
 * Breadcrumb trails such as `News / World / Europe` or `Home > Politics`: short labels joined by one separator.
 */
import { countWords } from '../lines/count-words.js';

const SEPARATOR = /\s*([/>»›→|])\s*/gu;
const MAX_WORDS = 16;
const MAX_SEGMENT_WORDS = 5;
const MAX_SEGMENT_CHARS = 40;

function isLabel(segment: string): boolean {
  if (segment.length === 0 || segment.length > MAX_SEGMENT_CHARS) return false;
  if (countWords(segment) > MAX_SEGMENT_WORDS) return false;
  return /^[\p{Lu}\p{N}]/u.test(segment) && !/[.!?;:,]$/u.test(segment);
}

/** Three or more labels, or `Home` and at least one more, all joined by the same separator. */
export function isBreadcrumbLine(line: string): boolean {
  if (countWords(line) > MAX_WORDS) return false;
  const separators = new Set<string>();
  for (const match of line.matchAll(SEPARATOR)) separators.add(match[1] ?? '');
  if (separators.size !== 1) return false;
  const [separator] = separators;
  // A slash without spaces joins words ("AC/DC", "24/7"), it does not separate labels.
  if (separator === '/' && !/\s\/\s/u.test(line)) return false;
  const segments = line.split(SEPARATOR).filter((_, i) => i % 2 === 0);
  if (!segments.every(isLabel)) return false;
  return segments.length >= 3 || (segments.length >= 2 && /^home$/iu.test(segments[0] ?? ''));
}
