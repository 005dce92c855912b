/**
 * @module classify-quote
 * Tells a quoted utterance from a partial or scare quote, and drops quote marks that are not speech at all:
 * titles of works ("the film “Long Night”"), names and nicknames (Jo “Big Jo” Reyes).
 */
import type { QuoteSpan } from './find-quote-spans.js';
import type { QuoteLexicon } from './quote-lexicon.js';

export type QuoteReading = 'utterance' | 'partial' | 'not-speech';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const UTTERANCE_START = /^(?:[\p{Lu}\p{N}[(]|\.\.\.|…)/u;
const FRAME_END = /(?:^|[:,—–-])\s*$/u;
const AFTER_OK = /^\s*(?:$|[.,;:?!)\]—–-])/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'by', 'from']);

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function isTitleCased(quoteWords: readonly string[]): boolean {
  let capitalised = 0;
  for (const word of quoteWords) {
    if (SMALL_WORDS.has(word)) continue;
    const first = word[0] ?? '';
    if (first === first.toLowerCase()) return false;
    capitalised += 1;
  }
  return capitalised > 0;
}

function isCapitalisedName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

export interface QuoteContext {
  /** Text of the sentence before the opening mark (after any earlier quote in it). */
  before: string;
  /** Text after the closing mark up to the sentence end. */
  after: string;
  /** Whether the word just before the opening mark is a reporting verb ("said “…”"). */
  isAfterReportingVerb: boolean;
}

export function classifyQuote(
  text: string,
  span: QuoteSpan,
  context: QuoteContext,
  lexicon: QuoteLexicon,
): QuoteReading {
  const quoted = text.slice(span.start, span.end);
  const quoteWords = words(quoted);
  const beforeWords = words(context.before);
  const previous = (beforeWords[beforeWords.length - 1] ?? '').toLowerCase();
  const previousTwo = (beforeWords[beforeWords.length - 2] ?? '').toLowerCase();
  const nextWord = words(context.after)[0] ?? '';
  const isMidSentence = !span.continuesPrevious && !FRAME_END.test(context.before) && !context.isAfterReportingVerb;

  if (!span.hasOwnPunctuation && !span.continuesPrevious && !span.continuesNext) {
    // Jo “Big Jo” Reyes: a nickname between the parts of a name.
    const previousRaw = beforeWords[beforeWords.length - 1] ?? '';
    if (quoteWords.length <= 3 && isCapitalisedName(previousRaw) && isCapitalisedName(nextWord)) return 'not-speech';
    const isNamed =
      lexicon.namingCues.has(previous) || (previous === 'as' && previousTwo === 'known') || previous === 'aka';
    if (isNamed && (isTitleCased(quoteWords) || previous !== 'called')) return 'not-speech';
    const isWork = lexicon.workNouns.has(previous);
    if (isTitleCased(quoteWords) && (isWork || (isMidSentence && quoteWords.length >= 2))) return 'not-speech';
    if (isTitleCased(quoteWords) && lexicon.workNouns.has(nextWord.toLowerCase())) return 'not-speech';
  }

  const startsLikeUtterance = UTTERANCE_START.test(quoted) || span.continuesPrevious;
  const opensFrame = !isMidSentence;
  const isClosed = span.hasOwnPunctuation || span.continuesNext || AFTER_OK.test(context.after);
  if (quoteWords.length <= 3 && !span.hasOwnPunctuation) return 'partial';
  return startsLikeUtterance && opensFrame && isClosed ? 'utterance' : 'partial';
}
