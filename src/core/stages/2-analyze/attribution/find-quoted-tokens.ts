/**
 * @module find-quoted-tokens
 * Which tokens of a sentence lie inside quotation marks, so a "said" inside a quote is not read as
 * the attribution of the sentence around it.
 */
import type { Token } from '../tokens/tokenize.js';

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
/** Characters after which a quotation mark opens rather than closes. */
const OPENING_CONTEXT = new Set([' ', '\n', '\t', '\u00a0', '(', '[', '{', '—', '–', '-']);

/**
 * Returns one flag per token of `[first, end)`: true inside a quotation (the marks included).
 * A closing mark with no opener means the sentence began inside a quote that opened in an earlier
 * sentence of the paragraph; an opener with no closer runs to the sentence end.
 */
export function findQuotedTokens(text: string, tokens: readonly Token[], first: number, end: number): boolean[] {
  const quoted = new Array<boolean>(end - first).fill(false);
  let openAt = -1;
  let openKind: 'double' | 'single' | undefined;
  const mark = (from: number, to: number): void => {
    for (let i = from; i < to; i++) quoted[i - first] = true;
  };
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (!token || token.pos !== 'PUNCT') continue;
    const mark1 = token.text;
    const isOpenerPosition = isBeforeWord(text, tokens, i, end) && isAfterSpace(text, token);
    if (openKind === undefined) {
      if (DOUBLE_OPEN.has(mark1) || (mark1 === '"' && isOpenerPosition)) {
        openAt = i;
        openKind = 'double';
      } else if (SINGLE_OPEN.has(mark1) && isOpenerPosition) {
        openAt = i;
        openKind = 'single';
      } else if (DOUBLE_CLOSE.has(mark1) || mark1 === '"') {
        // The quote opened before this sentence began.
        mark(first, i + 1);
      }
      continue;
    }
    const closes =
      openKind === 'double' ? DOUBLE_CLOSE.has(mark1) || mark1 === '"' : SINGLE_CLOSE.has(mark1) && !isOpenerPosition;
    if (closes) {
      mark(openAt, i + 1);
      openKind = undefined;
    }
  }
  // A single opener with no closer is more likely an apostrophe than a quote; a double one runs on.
  if (openKind === 'double') mark(openAt, end);
  return quoted;
}

function isAfterSpace(text: string, token: Token): boolean {
  const before = text[token.start - 1];
  return before === undefined || OPENING_CONTEXT.has(before);
}

function isBeforeWord(text: string, tokens: readonly Token[], index: number, end: number): boolean {
  const token = tokens[index];
  const next = index + 1 < end ? tokens[index + 1] : undefined;
  return token !== undefined && next !== undefined && next.start === token.end && next.pos !== 'PUNCT';
}
