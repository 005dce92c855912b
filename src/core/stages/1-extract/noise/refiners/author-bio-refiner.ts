/**
 * @module author-bio-refiner
 * "Jane Doe is a reporter for …" near the end, where Jane Doe is the article's author, is the author's
 * biography box, not the story.
 */
import type { ClassifiedLine } from '../../text-line.js';

const TAIL_LINES = 6;
const ROLE_WORDS =
  /\b(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|author|producer|photographer|analyst|blogger|intern)\b/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function refineAuthorBio(lines: ClassifiedLine[], authors: readonly string[]): ClassifiedLine[] {
  const names = authors.flatMap((author) => author.split(/\s*(?:,|\band\b|&)\s*/u)).filter((name) => name.length >= 3);
  if (names.length === 0) return lines;
  const pattern = new RegExp(
    `^(?:${names.map(escapeRegExp).join('|')})\\s+(?:is|was|has|covers|writes|joined)\\b`,
    'u',
  );
  const tailStart = Math.max(0, lines.length - TAIL_LINES);
  return lines.map((line, i) => {
    if (line.reason || !pattern.test(line.text)) return line;
    if (i < tailStart && !ROLE_WORDS.test(line.text)) return line;
    return { ...line, reason: 'author-bio', rule: 'author-bio' };
  });
}
