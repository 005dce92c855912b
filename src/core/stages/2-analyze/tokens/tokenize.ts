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

const WORD_HYPHEN_DIGITS = /^(\p{L}+)-(\d+)$/u;

// The model is large; load it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp(): ReturnType<typeof winkNLP> {
  // Only sentence breaks and parts of speech: wink's default pipe also runs sentiment, negation and
  // its own entity recogniser, which nothing here reads and which cost a third of the time.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Tokenizes `text` in one pass (wink's per-document overhead dominates on short paragraphs), then
 * cuts sentences at paragraph breaks so a sentence never crosses one. Paragraph spans default to
 * blank-line-separated blocks.
 */
export function tokenize(text: string, paragraphs: Span[] = splitParagraphs(text)): TokenizedText {
  const tokens: Token[] = [];
  const sentences: TokenizedSentence[] = [];
  if (text.trim() === '') return { text, tokens, sentences };
  const winkNlp = getNlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value);
  const pos = all.out(its.pos);
  // wink's typings declare `its.lemma` with a narrower signature than `out()` accepts; it works at run time.
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  const normals = all.out(its.normal);
  const types = all.out(its.type);
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  // wink reports token indices; recover character offsets by searching forward, which also
  // survives any whitespace wink normalised.
  let cursor = 0;
  const paragraphOf: number[] = [];
  let paragraphIndex = 0;
  // wink keeps line breaks as tokens; ours holds only visible tokens, so map wink's indices to ours.
  const ours: number[] = [];
  // wink indices of the "." and digits put back into a decimal: wink may have ended a sentence there.
  const rejoined = new Set<number>();
  const push = (value: string, at: number, i: number, override?: Partial<Token>): void => {
    while (paragraphIndex < paragraphs.length - 1 && at >= (paragraphs[paragraphIndex]?.end ?? Infinity))
      paragraphIndex++;
    paragraphOf.push(paragraphIndex);
    tokens.push({
      text: value,
      start: at,
      end: at + value.length,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      normal: normals[i] ?? value.toLowerCase(),
      type: types[i] ?? 'word',
      isStopWord: stops[i] === true,
      ...override,
    });
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    ours.push(tokens.length);
    if (value.trim() === '') continue;
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor;
    // wink cuts "magnitude-6.4" into "magnitude-6", ".", "4"; put the word, the hyphen and the
    // decimal back as three tokens so the figure reads 6.4.
    const fused = WORD_HYPHEN_DIGITS.exec(value);
    const fraction = values[i + 2] ?? '';
    if (fused && values[i + 1] === '.' && /^\d+$/.test(fraction) && text.startsWith(`${value}.${fraction}`, at)) {
      const word = fused[1]!;
      const figure = `${fused[2]!}.${fraction}`;
      push(word, at, i, {
        pos: 'NOUN',
        lemma: word.toLowerCase(),
        normal: word.toLowerCase(),
        type: 'word',
        isStopWord: false,
      });
      push('-', at + word.length, i, { pos: 'PUNCT', lemma: '-', normal: '-', type: 'punctuation', isStopWord: false });
      push(figure, at + word.length + 1, i, {
        pos: 'NUM',
        lemma: figure,
        normal: figure,
        type: 'number',
        isStopWord: false,
      });
      ours.push(tokens.length - 1, tokens.length - 1);
      rejoined.add(i + 1).add(i + 2);
      cursor = at + value.length + 1 + fraction.length;
      i += 2;
      continue;
    }
    cursor = at + value.length;
    push(value, at, i);
  }
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const spans: [number, number][] = [];
  for (const [winkFirst, winkLast] of winkSpans) {
    const previous = spans[spans.length - 1];
    if (previous && rejoined.has(winkFirst)) previous[1] = winkLast;
    else spans.push([winkFirst, winkLast]);
  }
  for (const [winkFirst, winkLast] of spans) {
    const first = ours[winkFirst] ?? tokens.length;
    const last = (ours[winkLast + 1] ?? tokens.length) - 1;
    if (last < first) continue;
    let from = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && paragraphOf[i] === paragraphOf[i - 1]) continue;
      const firstToken = tokens[from];
      const lastToken = tokens[i - 1];
      if (firstToken && lastToken) {
        sentences.push({
          start: firstToken.start,
          end: lastToken.end,
          paragraph: paragraphOf[from] ?? 0,
          firstToken: from,
          endToken: i,
        });
      }
      from = i;
    }
  }
  return { text, tokens, sentences };
}
