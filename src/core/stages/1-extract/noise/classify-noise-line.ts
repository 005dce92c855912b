/**
 * @module classify-noise-line
 * Decides, for one line on its own, whether it is page noise and why: timestamp lines, the lexicon
 * patterns (captions, prompts, navigation, boilerplate), breadcrumbs, bylines, then markup hints.
 */
import { countWords } from '../lines/count-words.js';
import type { NoiseRole } from '../text-line.js';
import { isBreadcrumbLine } from './is-breadcrumb-line.js';
import { isBylineLine } from './is-byline-line.js';
import { NOISE_RULES } from './noise-rules.js';
import { isTimestampLine } from './read-timestamp-line.js';

const REPORTED_SPEECH = /\b(?:said|says|told|according to|added|stated|announced|reported)\b/iu;
const MIN_SPEECH_WORDS = 8;

export interface NoiseVerdict {
  reason: string;
  /** The rule that fired: a lexicon entry id, or `timestamp-line`, `breadcrumb`, `byline-line`, `markup-hint`. */
  rule: string;
  role?: NoiseRole;
}

/**
 * The noise verdict for a line, or undefined when it belongs to the story.
 *
 * @example classifyNoiseLine('Sign up for our morning newsletter') // { reason: 'newsletter-prompt', … }
 */
export function classifyNoiseLine(text: string, markupHint?: string): NoiseVerdict | undefined {
  const words = countWords(text);
  if (isTimestampLine(text, words)) return { reason: 'timestamp', rule: 'timestamp-line' };
  // Reported speech is story, not page furniture; only a caption (whose subject may speak) is let through.
  const isReportedSpeech = words >= MIN_SPEECH_WORDS && REPORTED_SPEECH.test(text);
  const lower = text.toLowerCase();
  for (const rule of NOISE_RULES) {
    if (isReportedSpeech && rule.reason !== 'caption') continue;
    if (words > rule.maxWords) continue;
    if (rule.requires && !rule.requires.some((fragment) => lower.includes(fragment))) continue;
    if (!rule.pattern.test(text)) continue;
    const verdict: NoiseVerdict = { reason: rule.reason, rule: rule.id };
    if (rule.role) verdict.role = rule.role;
    return verdict;
  }
  if (isReportedSpeech) return markupHint ? { reason: markupHint, rule: 'markup-hint' } : undefined;
  if (isBreadcrumbLine(text)) return { reason: 'breadcrumb', rule: 'breadcrumb' };
  if (isBylineLine(text)) return { reason: 'byline', rule: 'byline-line' };
  if (markupHint) return { reason: markupHint, rule: 'markup-hint' };
  return undefined;
}
