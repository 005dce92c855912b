/**
 * @module token
 * One token of the analysed text (from the NLP library), with its character span.
 */

export interface Token {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, VERB, NUM, ADP, PUNCT… */
  pos: string;
  /** Lower-case lemma ("detained" → "detain", "troops" → "troop"). */
  lemma: string;
  /** Lower-case normal form. */
  normal: string;
  /** The tokenizer's type: word, number, punctuation, symbol, currency… */
  type: string;
  isStopWord: boolean;
}
