/**
 * @module noise-rules
 * The line noise rules, compiled once from the `noise-*.json` lexicons (general news-page vocabulary).
 */
import captions from '../../../lexicons/noise-captions.json' with { type: 'json' };
import navigation from '../../../lexicons/noise-navigation.json' with { type: 'json' };
import prompts from '../../../lexicons/noise-prompts.json' with { type: 'json' };
import boilerplate from '../../../lexicons/noise-boilerplate.json' with { type: 'json' };
import type { NoiseRole } from '../text-line.js';

interface NoiseEntry {
  id: string;
  reason: string;
  pattern: string;
  flags?: string;
  maxWords?: number;
  role?: string;
  requires?: string[];
}

export interface NoiseRule {
  id: string;
  reason: string;
  pattern: RegExp;
  maxWords: number;
  role?: NoiseRole;
  /** Lower-case fragments of which the line must contain one before the pattern is tried: a fast gate. */
  requires?: readonly string[];
}

const ROLES: readonly NoiseRole[] = ['see-more', 'list-heading', 'teaser', 'footer-marker'];

function compile(entry: NoiseEntry): NoiseRule {
  const rule: NoiseRule = {
    id: entry.id,
    reason: entry.reason,
    pattern: new RegExp(entry.pattern, entry.flags ?? 'iu'),
    maxWords: entry.maxWords ?? Number.POSITIVE_INFINITY,
  };
  if (entry.requires !== undefined) rule.requires = entry.requires;
  if (entry.role !== undefined) {
    const role = ROLES.find((known) => known === entry.role);
    if (!role) throw new Error(`noise rule ${entry.id}: unknown role ${entry.role}`);
    rule.role = role;
  }
  return rule;
}

/** Every pattern rule, in the order they are tried (the first match wins). */
export const NOISE_RULES: readonly NoiseRule[] = [
  ...boilerplate.entries,
  ...prompts.entries,
  ...captions.entries,
  ...navigation.entries,
].map((entry: NoiseEntry) => compile(entry));
