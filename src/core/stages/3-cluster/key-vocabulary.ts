/**
 * @module key-vocabulary
 * The clusterer's vocabulary: key ids, document frequencies, idf, and an inverted index kept only
 * for rare keys (the ones that find candidate stories); common keys stop being posted.
 */

export const enum KeyKind {
  Term = 0,
  Entity = 1,
  Number = 2,
}

import { backgroundShare } from './background-frequencies.js';
import { stemWord } from './stem-word.js';

/** Imagined background articles, holding each word as often as ordinary English does. */
const PRIOR_DOCUMENTS = 100;

export class KeyVocabulary {
  /** Keys in id order: terms as is, entities prefixed `@`, numbers prefixed `#`. */
  readonly keys: string[] = [];
  readonly kinds: KeyKind[] = [];
  readonly frequencies: number[] = [];
  /** Imagined background articles holding each key (PRIOR_DOCUMENTS × its share in ordinary English). */
  private readonly priorFrequencies: number[] = [];
  // Articles holding each key, in arrival order, until the key grows too common to be worth it.
  private readonly postings: (number[] | undefined)[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly maxPostings: number) {}

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.kinds.push(key.startsWith('#') ? KeyKind.Number : key.startsWith('@') ? KeyKind.Entity : KeyKind.Term);
      this.frequencies.push(0);
      this.priorFrequencies.push(PRIOR_DOCUMENTS * priorShare(key));
      this.postings.push([]);
    }
    return id;
  }

  /** Counts `article` as holding the key; call once per article and key. */
  add(id: number, article: number): void {
    const frequency = (this.frequencies[id] = this.frequencies[id]! + 1);
    const list = this.postings[id];
    if (!list) return;
    if (frequency > this.maxPostings) this.postings[id] = undefined;
    else list.push(article);
  }

  /** Articles holding the key, or undefined once it is too common to post. */
  articlesWith(id: number): readonly number[] | undefined {
    return this.postings[id];
  }

  /**
   * Smoothed inverse document frequency among `documentCount` articles, as if the stream also held
   * PRIOR_DOCUMENTS articles without the key: in a batch of five reports of one event, the words all
   * five share are the story's words, not common words. On long streams the prior fades out.
   */
  idf(id: number, documentCount: number): number {
    return (
      Math.log((documentCount + 1 + PRIOR_DOCUMENTS) / (this.frequencies[id]! + 1 + this.priorFrequencies[id]!)) + 1
    );
  }
}

// Numbers and names of more than one word are rare in ordinary English; one-word names and terms
// are as common as the background corpus says.
function priorShare(key: string): number {
  if (key.startsWith('#')) return 0;
  if (key.startsWith('@')) return key.includes(' ') ? 0 : backgroundShare(stemWord(key.slice(1)));
  return backgroundShare(key);
}
