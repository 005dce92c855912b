/**
 * @module find-quotes
 * Direct quotes with their speakers: pairs quotation marks, drops marks that are not speech, tells utterances
 * from partial quotes, and reads the reporting frame around each quote for who said it.
 */
import type { EntityMention, QuoteMention } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { TokenizedText } from '../tokens/tokenize.js';
import { classifyQuote } from './classify-quote.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { findQuoteSpans } from './find-quote-spans.js';
import type { Speaker } from './find-speakers.js';
import { createSpeakerFinder } from './find-speakers.js';
import { joinFrameSentences } from './join-frame-sentences.js';
import { quoteLexicon } from './quote-lexicon.js';

/** How far past the closing mark a reporting verb may sit: “…,” the country’s former foreign minister said. */
const AFTER_FRAME_TOKENS = 30;
const FRAME_PUNCTUATION = new Set([',', ':', '—', '–', '-']);
/** How far before the opening mark the reporting verb may sit: X said on Monday in a statement that “…”. */
const BEFORE_FRAME_TOKENS = 20;
/** A lead sentence's reporting verb sits near its end: "…, who said in a statement." */
const LEAD_FRAME_TOKENS = 7;

function paragraphSpans(tokenized: TokenizedText): Span[] {
  const spans: Span[] = [];
  for (const sentence of tokenized.sentences) {
    const current = spans[sentence.paragraph];
    if (current) current.end = Math.max(current.end, sentence.end);
    else spans[sentence.paragraph] = { start: sentence.start, end: sentence.end };
  }
  return spans.filter((span): span is Span => span !== undefined);
}

/** Index of the first token starting at or after `char`. */
function tokenAtOrAfter(tokenized: TokenizedText, char: number): number {
  const { tokens } = tokenized;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < char) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Located {
  span: QuoteSpan;
  openToken: number;
  closeToken: number;
  sentenceOpen: number;
  sentenceClose: number;
}

/**
 * Finds the direct quotes of one article, in text order.
 *
 * @example
 * findQuotes(tokenized, entities) // “We will rebuild,” Mayor Ana Costa said. → speaker 'Ana Costa'
 */
export function findQuotes(input: TokenizedText, entities: EntityMention[]): QuoteMention[] {
  const tokenized = joinFrameSentences(input, quoteLexicon);
  const { tokens, text, sentences } = tokenized;
  const paragraphs = paragraphSpans(tokenized);
  const spans = findQuoteSpans(text, paragraphs);
  const inQuote = new Uint8Array(tokens.length);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.firstToken, sentence.endToken));

  const located: Located[] = spans.map((span) => {
    const openToken = tokenAtOrAfter(tokenized, span.open);
    const closeToken = Math.max(openToken, tokenAtOrAfter(tokenized, span.close + 1) - 1);
    inQuote.fill(1, openToken, closeToken + 1);
    return {
      span,
      openToken,
      closeToken,
      sentenceOpen: sentenceOfToken[openToken] ?? -1,
      sentenceClose: sentenceOfToken[closeToken] ?? -1,
    };
  });
  const finder = createSpeakerFinder(tokenized, entities, inQuote, quoteLexicon);

  const quotes: QuoteMention[] = [];
  const speakers: (Speaker | undefined)[] = [];
  const kept: Located[] = [];
  for (const quote of located) {
    const reading = classifyQuote(text, quote.span, contextOf(quote), quoteLexicon);
    if (reading === 'not-speech') continue;
    kept.push(quote);
    // An utterance is usually closed by its frame ("…," she said); a partial quote sits inside its frame's clause.
    const speaker =
      reading === 'partial'
        ? (speakerBefore(quote, true) ?? speakerAfter(quote) ?? subjectOfQuoteSentence(quote))
        : (speakerAfter(quote) ?? speakerBefore(quote, false) ?? speakerOfLeadSentence(quote));
    speakers.push(speaker);
    quotes.push({
      kind: 'quote',
      text: text.slice(quote.span.start, quote.span.end),
      start: quote.span.start,
      end: quote.span.end,
      isPartial: reading === 'partial',
    });
  }
  inheritSpeakers(kept, quotes, speakers, (quote) => {
    const paragraph = paragraphs[quote.span.paragraph];
    return (
      paragraph !== undefined &&
      quote.span.open <= paragraph.start + 1 &&
      text.slice(quote.span.close + 1, paragraph.end).trim().length <= 1
    );
  });
  quotes.forEach((quote, index) => {
    const speaker = speakers[index];
    if (speaker) {
      quote.speaker = speaker.name;
      quote.speakerSpan = speaker.span;
      quote.speakerCertainty = speaker.certainty;
    }
  });
  return quotes;

  function contextOf(quote: Located): { before: string; after: string; isAfterReportingVerb: boolean } {
    const openSentence = sentences[quote.sentenceOpen];
    const closeSentence = sentences[quote.sentenceClose];
    let beforeStart = openSentence?.start ?? quote.span.open;
    for (let k = quote.openToken - 1; k >= (openSentence?.firstToken ?? 0); k -= 1) {
      if (inQuote[k] === 1) {
        beforeStart = tokens[k]?.end ?? beforeStart;
        break;
      }
    }
    let afterEnd = closeSentence?.end ?? quote.span.close;
    for (let k = quote.closeToken + 1; k < (closeSentence?.endToken ?? 0); k += 1) {
      if (inQuote[k] === 1) {
        afterEnd = tokens[k]?.start ?? afterEnd;
        break;
      }
    }
    let previous = quote.openToken - 1;
    while (previous >= 0 && FRAME_PUNCTUATION.has(tokens[previous]?.text ?? '')) previous -= 1;
    return {
      before: text.slice(beforeStart, quote.span.open),
      after: text.slice(Math.min(quote.span.close + 1, afterEnd), afterEnd),
      isAfterReportingVerb: previous >= 0 && finder.isReportingVerb(previous),
    };
  }

  function speakerAfter(quote: Located): Speaker | undefined {
    const sentence = sentences[quote.sentenceClose];
    if (!sentence || quote.span.continuesNext) return undefined;
    const limit = Math.min(sentence.endToken, quote.closeToken + 1 + AFTER_FRAME_TOKENS);
    for (let k = quote.closeToken + 1; k < limit && inQuote[k] !== 1; k += 1) {
      if (finder.isReportingVerb(k) || finder.isAccordingTo(k)) return finder.speakerOfVerb(k);
    }
    return undefined;
  }

  /** The nearest reporting verb before the quote in its sentence decides, even when it names no one. */
  function speakerBefore(quote: Located, isPartial: boolean): Speaker | undefined {
    const sentence = sentences[quote.sentenceOpen];
    if (!sentence || quote.span.continuesPrevious) return undefined;
    const colon = quote.openToken - 1;
    if ((tokens[colon]?.text.endsWith(':') ?? false) && colon > sentence.firstToken) {
      const introduced = finder.speakerOfColonClause(colon);
      if (introduced) return introduced;
    }
    const floor = Math.max(sentence.firstToken, quote.openToken - BEFORE_FRAME_TOKENS);
    for (let k = quote.openToken - 1; k >= floor; k -= 1) {
      // A partial quote may share its frame with an earlier quote: called them “thugs” and “looters”.
      if (inQuote[k] === 1) {
        if (isPartial) continue;
        return undefined;
      }
      if (finder.isAccordingTo(k) || finder.isReportingVerb(k)) return finder.speakerOfVerb(k);
    }
    return undefined;
  }

  /**
   * A quote opening its sentence with no frame of its own, after a sentence that ends on its reporting frame:
   * "The minister said:" or "Costa wrote in a letter to staff."
   */
  function speakerOfLeadSentence(quote: Located): Speaker | undefined {
    const sentence = sentences[quote.sentenceOpen];
    if (!sentence || quote.span.continuesPrevious || quote.openToken !== sentence.firstToken) return undefined;
    const previous = sentences[quote.sentenceOpen - 1];
    if (!previous) return undefined;
    // "…, while asking whether the case will be dropped:" and "Vasko used the same words against his rival:".
    if (tokens[previous.endToken - 1]?.text.endsWith(':')) return finder.speakerOfColonClause(previous.endToken - 1);
    const floor = Math.max(previous.firstToken, previous.endToken - LEAD_FRAME_TOKENS);
    for (let k = previous.endToken - 2; k >= floor && inQuote[k] !== 1; k -= 1) {
      if (!finder.isReportingVerb(k)) continue;
      // The frame belongs to the sentence before: the quote is only taken to run on from it.
      const speaker = finder.speakerOfVerb(k);
      return speaker ? { ...speaker, certainty: 'inferred' } : undefined;
    }
    return undefined;
  }

  /** A partial quote with no reporting verb ("Ana Costa released “every page of the file”"): the sentence's subject. */
  function subjectOfQuoteSentence(quote: Located): Speaker | undefined {
    if (quote.span.continuesPrevious) return undefined;
    const subject = finder.subjectOfSentence(quote.sentenceOpen, quote.openToken);
    return subject ? { ...subject, certainty: 'inferred' } : undefined;
  }
}

/**
 * A quote without its own frame takes the speaker of the quote it continues: the other paragraphs of a
 * running quote, the previous quote of the same paragraph (“A,” he said. “B.”), or, for a paragraph that is
 * nothing but a quote, the last speaker of the paragraph before (news runs a speaker's quotes on).
 */
function inheritSpeakers(
  located: readonly Located[],
  quotes: readonly QuoteMention[],
  speakers: (Speaker | undefined)[],
  isWholeParagraph: (quote: Located) => boolean,
): void {
  const byChain = new Map<number, Speaker>();
  located.forEach((quote, index) => {
    const speaker = speakers[index];
    if (speaker && !byChain.has(quote.span.chain)) byChain.set(quote.span.chain, speaker);
  });
  located.forEach((quote, index) => {
    if (speakers[index]) return;
    const chained = byChain.get(quote.span.chain);
    if (chained) {
      speakers[index] = { ...chained, certainty: 'inferred' };
      return;
    }
    const previous = located[index - 1];
    const previousSpeaker = speakers[index - 1];
    if (!previous || !previousSpeaker) return;
    const isUtterance = quotes[index]?.isPartial === false;
    // "called them “saboteurs” and “criminals”": quotes sharing a sentence share its frame.
    const isSameSentence = previous.sentenceClose === quote.sentenceOpen;
    const isSameParagraph = previous.span.paragraph === quote.span.paragraph;
    const isRunOn = isUtterance && previous.span.paragraph === quote.span.paragraph - 1 && isWholeParagraph(quote);
    if (isSameSentence || (isUtterance && isSameParagraph) || isRunOn) {
      speakers[index] = { ...previousSpeaker, certainty: 'inferred' };
    }
  });
}
