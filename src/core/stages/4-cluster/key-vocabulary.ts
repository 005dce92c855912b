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

/** Imagined background articles; tuned so small batches of one story stay together (NeuS unchanged). */
const PRIOR_DOCUMENTS = 100;

export class KeyVocabulary {
  /** Keys in id order: terms as is, entities prefixed `@`, numbers prefixed `#`. */
  readonly keys: string[] = [];
  readonly kinds: KeyKind[] = [];
  readonly frequencies: number[] = [];
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
    return Math.log((documentCount + 1 + PRIOR_DOCUMENTS) / (this.frequencies[id]! + 1)) + 1;
  }
}
