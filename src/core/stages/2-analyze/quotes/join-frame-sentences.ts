/**
 * @module join-frame-sentences
 * Sentences as a quote's frame reads them: the splitter breaks "Costa (D-Ore.) said." and "R-N.Y., said" after
 * the state's initials, and puts the frame after a quote ending on "?”" in a sentence of its own.
 */
import type { TokenizedSentence, TokenizedText } from '../tokens/tokenize.js';
import type { QuoteLexicon } from './quote-lexicon.js';

const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»']);
const OPENING_MARKS = new Set(['“', '"', '‘', '«']);
/** A bare frame is short: "Senator Ana Costa, D-Ore., asked on Tuesday." */
const MAX_FRAME_TOKENS = 30;
const MAX_AFTER_VERB_TOKENS = 12;

/** The tokenized text with broken sentences joined back; tokens and text are shared, not copied. */
export function joinFrameSentences(tokenized: TokenizedText, lexicon: QuoteLexicon): TokenizedText {
  const { tokens, sentences } = tokenized;
  const joined: TokenizedSentence[] = [];
  // Parentheses left open by the sentence being built, counted once per sentence as it joins.
  let opened = 0;
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    if (previous && previous.paragraph === sentence.paragraph && shouldJoin(previous, sentence)) {
      joined[joined.length - 1] = { ...previous, end: sentence.end, endToken: sentence.endToken };
    } else {
      joined.push(sentence);
      opened = 0;
    }
    opened += parenthesesLeftOpen(sentence);
  }
  return joined.length === sentences.length ? tokenized : { ...tokenized, sentences: joined };

  function parenthesesLeftOpen(sentence: TokenizedSentence): number {
    let count = 0;
    for (let k = sentence.firstToken; k < sentence.endToken; k += 1) {
      const text = tokens[k]?.text;
      if (text === '(') count += 1;
      else if (text === ')') count -= 1;
    }
    return count;
  }

  function shouldJoin(previous: TokenizedSentence, sentence: TokenizedSentence): boolean {
    if (opened > 0) return true;
    const first = tokens[sentence.firstToken]?.text ?? '';
    // No sentence opens in lower case: "said." after "(D-Ore.)".
    if (/^\p{Ll}/u.test(first)) return true;
    // "R-N." + "Y., said": initials do not end a sentence.
    const last = tokens[previous.endToken - 1]?.text ?? '';
    const beforeLast = tokens[previous.endToken - 2]?.text ?? '';
    if ((last === '.' && /^\p{Lu}$/u.test(beforeLast)) || /^\p{Lu}\.$/u.test(last)) return true;
    return CLOSING_MARKS.has(last) && isBareFrame(sentence);
  }

  /** "Ana Costa, D-Ore., asked on Tuesday.": a subject, a reporting verb and a few words, no clause of its own. */
  function isBareFrame(sentence: TokenizedSentence): boolean {
    if (sentence.endToken - sentence.firstToken > MAX_FRAME_TOKENS) return false;
    let verb = -1;
    for (let k = sentence.firstToken; k < sentence.endToken; k += 1) {
      const token = tokens[k];
      if (!token || OPENING_MARKS.has(token.text) || CLOSING_MARKS.has(token.text)) return false;
      if (verb < 0 && (token.pos === 'VERB' || token.pos === 'AUX')) {
        if (token.pos !== 'VERB' || !lexicon.verbs.has(token.lemma)) return false;
        verb = k;
        continue;
      }
      if (verb >= 0 && (token.lemma === 'that' || token.text === ':' || token.pos === 'AUX')) return false;
    }
    return verb > sentence.firstToken && sentence.endToken - verb <= MAX_AFTER_VERB_TOKENS;
  }
}
