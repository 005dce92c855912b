/**
 * @module tokenize-words
 * A fast word tokenizer for clustering: words, numbers and whether each starts a sentence or is capitalised.
 */

export interface WordToken {
  /** The word as written, possessive and dots kept ("U.S", "Trump"). */
  text: string;
  /** Lower case; thousands separators dropped from numbers ("10,000" → "10000"). */
  lower: string;
  isCapitalised: boolean;
  /** Every letter upper case ("NATO", "AP"); such words stay entities even where they look like stopwords. */
  isAllCaps: boolean;
  isNumber: boolean;
  /** First word of a sentence (or of the text, or after a colon), where capitals say nothing. */
  isSentenceStart: boolean;
}

// Apostrophes split words ("Trump's" → "Trump", "s"; "don't" → "don", "t") so possessives and
// contractions fall out as one-letter or stop words; a dot inside a word keeps "U.S" and "1.3" whole.
const WORD = /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', '\n']);
// Skipped when looking back for the end of the previous sentence: quotes, brackets, dashes.
const SENTENCE_LEAD = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '*', '•']);

/** Splits `text` into word tokens; punctuation is dropped but informs sentence starts. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previous: WordToken | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const isNumber = HAS_DIGIT.test(word);
    const isCapitalised = UPPER_START.test(word);
    const token: WordToken = {
      text: word,
      lower: isNumber ? word.replaceAll(',', '') : word.toLowerCase(),
      isCapitalised,
      isAllCaps: isCapitalised && !HAS_LOWER.test(word),
      isNumber,
      isSentenceStart: startsSentence(text, match.index, previous),
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

function startsSentence(text: string, index: number, previous: WordToken | undefined): boolean {
  let cursor = index - 1;
  while (cursor >= 0) {
    const char = text.charAt(cursor);
    if (char === '\n') return true;
    if (char.trim() !== '' && !SENTENCE_LEAD.has(char)) break;
    cursor -= 1;
  }
  if (cursor < 0 || previous === undefined) return true;
  const char = text.charAt(cursor);
  if (!SENTENCE_END.has(char)) return false;
  // "Lt. Col. Smith", "John F. Kerry", "U.S. officials": a period after a short capitalised
  // abbreviation or an initial rarely ends a sentence.
  if (char === '.' && previous.isCapitalised && !previous.isAllCaps && previous.text.length <= 3) return false;
  if (char === '.' && previous.text.length === 1 && previous.isCapitalised) return false;
  if (char === '.' && previous.text.includes('.')) return false;
  return true;
}
