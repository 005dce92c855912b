/**
 * @module find-markup-hint
 * The noise reason an element's tag, class names or id suggest (`figcaption`, `class="related-links"`).
 */
import hints from '../../../lexicons/noise-markup-hints.json' with { type: 'json' };

export interface MarkupHint {
  reason: string;
  /** The hint only removes lines up to this many words. */
  maxWords: number;
  /** The lexicon entry, for tests that prove every entry is used. */
  rule: string;
}

interface HintEntry {
  id: string;
  reason: string;
  maxWords?: number;
  words?: string[];
  tags?: string[];
}

const byWord = new Map<string, MarkupHint>();
const byTag = new Map<string, MarkupHint>();
for (const entry of hints.entries as HintEntry[]) {
  const hint: MarkupHint = {
    reason: entry.reason,
    maxWords: entry.maxWords ?? Number.POSITIVE_INFINITY,
    rule: entry.id,
  };
  for (const word of entry.words ?? []) byWord.set(word, hint);
  for (const tag of entry.tags ?? []) byTag.set(tag.toUpperCase(), hint);
}

/** `relatedLinks__item sr-only` → `related links item sr only`. */
function splitNameWords(names: string): string[] {
  return names
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean);
}

/** Looks up a tag name (upper case, as the DOM gives it) and a class/id string. */
export function findMarkupHint(tagName: string, classAndId: string): MarkupHint | undefined {
  const byTagName = byTag.get(tagName);
  if (byTagName) return byTagName;
  if (classAndId === '') return undefined;
  const words = splitNameWords(classAndId);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const pair = i + 1 < words.length ? `${word} ${words[i + 1] ?? ''}` : '';
    const hint = (pair && byWord.get(pair)) || byWord.get(word);
    if (hint) return hint;
  }
  return undefined;
}
