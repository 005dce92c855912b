/**
 * @module link-headline-refiner
 * HTML only: a paragraph that is nothing but one link in capital letters and reads like a headline
 * ("STORM CLOSES HARBOUR FOR A WEEK") is an inline related-story link placed between paragraphs.
 */
import { isHeadlineLike } from '../../lines/is-headline-like.js';
import type { ClassifiedLine } from '../../text-line.js';

const LINK_DENSITY = 0.95;

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 10 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function refineLinkHeadlines(lines: ClassifiedLine[]): ClassifiedLine[] {
  return lines.map((line, i) => {
    if (line.reason || (line.linkDensity ?? 0) < LINK_DENSITY) return line;
    const isAlone = lines[i - 1]?.paragraph !== line.paragraph && lines[i + 1]?.paragraph !== line.paragraph;
    if (!isAlone || !isUpperCase(line.text) || !isHeadlineLike(line.text)) return line;
    return { ...line, reason: 'related-link', rule: 'capitalised-link-headline' };
  });
}
