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
 * wink's working memory grows with the document it reads (about 100 bytes per character), so a long
 * text is read in chunks of whole paragraphs of about this many characters. Sentences never cross a
 * paragraph, so chunking changes nothing but the tagger's view across a chunk's first boundary.
 */
const CHUNK_CHARS = 200_000;

/**
 * Tokenizes `text` (in one pass up to CHUNK_CHARS: wink's per-document overhead dominates on short
 * paragraphs), then cuts sentences at paragraph breaks so a sentence never crosses one. Paragraph
 * spans default to blank-line-separated blocks.
 */
export function tokenize(text: string, paragraphs: Span[] = splitParagraphs(text)): TokenizedText {
  const tokenized: TokenizedText = { text, tokens: [], sentences: [] };
  if (text.trim() === '') return tokenized;
  const state = { paragraphIndex: 0 };
  for (const [from, to] of chunkBounds(text, paragraphs)) tokenizeChunk(tokenized, from, to, paragraphs, state);
  return tokenized;
}

/** [from, to) character ranges of at most about CHUNK_CHARS, cut between paragraphs where there are any. */
function chunkBounds(text: string, paragraphs: readonly Span[]): [number, number][] {
  if (text.length <= CHUNK_CHARS) return [[0, text.length]];
  const bounds: [number, number][] = [];
  let from = 0;
  let p = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK_CHARS);
    if (to < text.length) {
      // The last paragraph start inside the window; else a line break, a sentence end, a space.
      while (p < paragraphs.length && (paragraphs[p]?.start ?? Infinity) <= to) p++;
      const cut = paragraphs[p - 1]?.start ?? 0;
      if (cut > from) to = cut;
      else to = breakNear(text, from, to);
    }
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

/** A place to cut one huge paragraph: after the last line break, full stop or space before `to`. */
function breakNear(text: string, from: number, to: number): number {
  const floor = from + (to - from) / 2;
  for (const mark of ['\n', '. ', ' ']) {
    const at = text.lastIndexOf(mark, to - mark.length);
    if (at >= floor) return at + mark.length;
  }
  return to;
}

/** Tokens and sentences of text[from, to), appended to `tokenized` with offsets into the whole text. */
function tokenizeChunk(
  tokenized: TokenizedText,
  from: number,
  to: number,
  paragraphs: readonly Span[],
  state: { paragraphIndex: number },
): void {
  const { text, tokens, sentences } = tokenized;
  const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
  if (chunk.trim() === '') return;
  const winkNlp = getNlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(chunk);
  const all = doc.tokens();
  const values = all.out(its.value);
  const pos = all.out(its.pos);
  // wink's typings declare `its.lemma` with a narrower signature than `out()` accepts; it works at run time.
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  const normals = all.out(its.normal);
  const types = all.out(its.type);
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  // wink reports token indices; recover character offsets by searching forward in the chunk (never
  // past it: a token wink rewrote must not send the search through the rest of a long text), which
  // also survives any whitespace wink normalised.
  let cursor = 0;
  const firstOfChunk = tokens.length;
  const paragraphOf: number[] = [];
  // wink keeps line breaks as tokens; ours holds only visible tokens, so map wink's indices to ours.
  const ours: number[] = [];
  // wink indices of the "." and digits put back into a decimal: wink may have ended a sentence there.
  const rejoined = new Set<number>();
  const push = (value: string, at: number, i: number, override?: Partial<Token>): void => {
    const start = from + at;
    while (state.paragraphIndex < paragraphs.length - 1 && start >= (paragraphs[state.paragraphIndex]?.end ?? Infinity))
      state.paragraphIndex++;
    paragraphOf.push(state.paragraphIndex);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
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
    let at = chunk.indexOf(value, cursor);
    if (at < 0) at = cursor;
    // wink cuts "magnitude-6.4" into "magnitude-6", ".", "4"; put the word, the hyphen and the
    // decimal back as three tokens so the figure reads 6.4.
    const fused = WORD_HYPHEN_DIGITS.exec(value);
    const fraction = values[i + 2] ?? '';
    if (fused && values[i + 1] === '.' && /^\d+$/.test(fraction) && chunk.startsWith(`${value}.${fraction}`, at)) {
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
  const paragraphAt = (index: number): number | undefined => paragraphOf[index - firstOfChunk];
  for (const [winkFirst, winkLast] of spans) {
    const first = ours[winkFirst] ?? tokens.length;
    const last = (ours[winkLast + 1] ?? tokens.length) - 1;
    if (last < first) continue;
    let start = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && paragraphAt(i) === paragraphAt(i - 1)) continue;
      const firstToken = tokens[start];
      const lastToken = tokens[i - 1];
      if (firstToken && lastToken) {
        sentences.push({
          start: firstToken.start,
          end: lastToken.end,
          paragraph: paragraphAt(start) ?? 0,
          firstToken: start,
          endToken: i,
        });
      }
      start = i;
    }
  }
}
