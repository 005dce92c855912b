/**
 * @module tokenize
 * Tokens, parts of speech, lemmas and sentences with character offsets, from wink-nlp.
 * Every analyzer reads this one token store; nothing else calls wink.
 */
/* eslint-disable @typescript-eslint/unbound-method -- wink's `its.*` helpers are plain functions typed as methods */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../../model/span.js';
import type { Token } from '../../../model/token.js';
import { splitParagraphs } from '../../../text/split-paragraphs.js';

export type { Token };

export interface TokenizedSentence extends Span {
  paragraph: number;
  /** Index of the first token of the sentence in `tokens`, and one past the last. */
  firstToken: number;
  endToken: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  sentences: TokenizedSentence[];
}

// The model is large; load it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Tokenizes `text` paragraph by paragraph (a sentence never crosses a paragraph break).
 * Paragraph spans default to blank-line-separated blocks.
 */
export function tokenize(text: string, paragraphs: Span[] = splitParagraphs(text)): TokenizedText {
  const tokens: Token[] = [];
  const sentences: TokenizedSentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    tokenizeParagraph(text, paragraph, paragraphIndex, tokens, sentences);
  });
  return { text, tokens, sentences };
}

function tokenizeParagraph(
  text: string,
  paragraph: Span,
  paragraphIndex: number,
  tokens: Token[],
  sentences: TokenizedSentence[],
): void {
  const slice = text.slice(paragraph.start, paragraph.end);
  if (slice.trim() === '') return;
  const winkNlp = getNlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(slice);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  // wink's typings declare `its.lemma` with a narrower signature than `out()` accepts; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const normals = doc.tokens().out(its.normal);
  const types = doc.tokens().out(its.type);
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const firstIndex = tokens.length;
  // wink reports token indices; recover character offsets by searching forward, which also
  // survives any whitespace wink normalised.
  let cursor = 0;
  values.forEach((value, i) => {
    let at = slice.indexOf(value, cursor);
    if (at < 0) at = cursor;
    const start = paragraph.start + at;
    cursor = at + value.length;
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      normal: normals[i] ?? value.toLowerCase(),
      type: types[i] ?? 'word',
      isStopWord: stops[i] === true,
    });
  });
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    const firstToken = tokens[firstIndex + first];
    const lastToken = tokens[firstIndex + last];
    if (!firstToken || !lastToken) continue;
    sentences.push({
      start: firstToken.start,
      end: lastToken.end,
      paragraph: paragraphIndex,
      firstToken: firstIndex + first,
      endToken: firstIndex + last + 1,
    });
  }
}
