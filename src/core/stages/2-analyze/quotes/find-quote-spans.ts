/**
 * @module find-quote-spans
 * Pairs quotation marks paragraph by paragraph, telling quotes from apostrophes ("don't", "ministers’",
 * "’90s"), and follows the news convention of a quote that runs on into the next paragraph.
 */
import type { Span } from '../../../model/span.js';

/** Quoted words between one pair of marks (or a paragraph's share of a multi-paragraph quote). */
export interface QuoteSpan extends Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  paragraph: number;
  /** The quote carries on from the previous paragraph (which left it open). */
  continuesPrevious: boolean;
  /** The paragraph ends with this quote still open and the next paragraph reopens it. */
  continuesNext: boolean;
  /** The closing mark was preceded by sentence punctuation or a comma ("… act," he said). */
  hasOwnPunctuation: boolean;
  /** Chain id shared by the paragraphs of one multi-paragraph quote. */
  chain: number;
}

type QuoteKind = 'double' | 'single';

interface OpenQuote {
  kind: QuoteKind;
  at: number;
  continuesPrevious: boolean;
  chain: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;—–]/u;
const CLOSING_PUNCTUATION = /[.,?!…;:—–-]$/u;

function isOpenContext(char: string | undefined): boolean {
  return char === undefined || OPEN_CONTEXT.test(char) || char === '“' || char === '"' || char === '‘';
}

function isCloseContext(char: string | undefined): boolean {
  return char === undefined || SPACE.test(char) || /[.,;:?!)\]}—–\-…”"’']/u.test(char);
}

/**
 * What a mark does here: opens or closes a quote of its kind, or nothing (an apostrophe, a stray mark).
 * `openKind` is the quote currently open, which decides ambiguous straight marks.
 */
function readMark(
  text: string,
  i: number,
  paragraphStart: number,
  openKind: QuoteKind | undefined,
): { kind: QuoteKind; role: 'open' | 'close' } | undefined {
  const char = text[i];
  const previous = i > paragraphStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (char) {
    case '“':
    case '«':
    case '„':
      // Some outlets type “ for both marks: a “ glued to the end of a word closes.
      if (openKind === 'double' && previous !== undefined && !SPACE.test(previous) && isCloseContext(next)) {
        return { kind: 'double', role: 'close' };
      }
      return { kind: 'double', role: 'open' };
    case '”':
    case '»':
      return { kind: 'double', role: 'close' };
    case '"': {
      if (openKind === 'double') return { kind: 'double', role: 'close' };
      if (isOpenContext(previous) && next !== undefined && !SPACE.test(next)) return { kind: 'double', role: 'open' };
      return undefined;
    }
    case '‘':
    case '’':
    case "'": {
      const isBetweenLetters =
        previous !== undefined && LETTER.test(previous) && next !== undefined && LETTER.test(next);
      if (isBetweenLetters) return undefined; // don't, O'Neill, Costa’s
      if (next !== undefined && DIGIT.test(next) && (previous === undefined || !LETTER.test(previous)))
        return undefined; // ’90s
      if (openKind === 'single' && previous !== undefined && !SPACE.test(previous) && isCloseContext(next)) {
        return { kind: 'single', role: 'close' };
      }
      if (char !== '’' && isOpenContext(previous) && next !== undefined && LETTER.test(next)) {
        return { kind: 'single', role: 'open' };
      }
      return undefined; // ministers’ meeting, a stray mark
    }
    default:
      return undefined;
  }
}

const MIN_RUNNING_WORDS = 3;
const QUOTE_CHARS = /[“”«»„"‘’']/gu;

/** Every quote span in the text; `paragraphs` are the paragraph spans in order. */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: OpenQuote | undefined;
  let chains = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let open: OpenQuote | undefined;
    const segment = text.slice(paragraph.start, paragraph.end);
    if (carried !== undefined) {
      // The previous paragraph checked that this one reopens the running quote at its first mark.
      const firstMark = paragraph.start + segment.search(/\S/u);
      open = { kind: carried.kind, at: firstMark, continuesPrevious: true, chain: carried.chain };
      carried = undefined;
    }
    for (const match of segment.matchAll(QUOTE_CHARS)) {
      const i = paragraph.start + match.index;
      if (open?.continuesPrevious && i === open.at) continue;
      const mark = readMark(text, i, paragraph.start, open?.kind);
      if (!mark) continue;
      if (open === undefined) {
        if (mark.role === 'open') open = { kind: mark.kind, at: i, continuesPrevious: false, chain: chains++ };
        continue;
      }
      // A nested quote of the other kind stays inside the outer one.
      if (mark.kind !== open.kind || mark.role !== 'close') continue;
      pushSpan(open, i, paragraphIndex, false);
      open = undefined;
    }
    if (open === undefined) return;
    const nextParagraph = paragraphs[paragraphIndex + 1];
    const nextOffset = nextParagraph ? text.slice(nextParagraph.start, nextParagraph.end).search(/\S/u) : -1;
    const nextMark =
      nextParagraph && nextOffset >= 0
        ? readMark(text, nextParagraph.start + nextOffset, nextParagraph.start, undefined)
        : undefined;
    if (nextMark?.kind === open.kind && nextMark.role === 'open' && isRunningQuote(open.at + 1, paragraph.end)) {
      pushSpan(open, paragraph.end, paragraphIndex, true);
      carried = open;
    } else if (open.continuesPrevious) {
      // The last paragraph of a running quote lost its closing mark: keep what the chain said.
      pushSpan(open, paragraph.end, paragraphIndex, false);
    }
    // Otherwise the opening mark was never closed: a stray or broken mark, not a quote.
  });
  return spans;

  /** A quote left open to run on is a passage: a few words ending a sentence, not a stray mark. */
  function isRunningQuote(start: number, end: number): boolean {
    const passage = text.slice(start, end).trim();
    const wordCount = passage.split(/\s+/u).length;
    return wordCount >= MIN_RUNNING_WORDS && /[.?!…:]["'”’)]*$/u.test(passage);
  }

  function pushSpan(open: OpenQuote, close: number, paragraph: number, continuesNext: boolean): void {
    let start = open.at + 1;
    let end = close;
    while (start < end && SPACE.test(text[start] ?? '')) start += 1;
    while (end > start && SPACE.test(text[end - 1] ?? '')) end -= 1;
    const hasOwnPunctuation = CLOSING_PUNCTUATION.test(text.slice(start, end));
    // A comma before the closing mark belongs to the sentence around the quote, not to the quote.
    while (end > start && /[,;]/u.test(text[end - 1] ?? '')) end -= 1;
    // "rock 'n' roll": one letter between marks is a contraction, not a quote.
    if ((text.slice(start, end).match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2) return;
    spans.push({
      start,
      end,
      open: open.at,
      close,
      paragraph,
      continuesPrevious: open.continuesPrevious,
      continuesNext,
      hasOwnPunctuation,
      chain: open.chain,
    });
  }
}
