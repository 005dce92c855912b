/**
 * @module postings-index
 * The vocabulary and an inverted index key → (article, weight): document frequencies, idf, and
 * the articles sharing a key, so similarity is accumulated over shared keys only.
 */

export class PostingsIndex {
  /** Vocabulary in id order. */
  readonly keys: string[] = [];
  /** Per key: the articles holding it, in arrival order, and the weight each gives it. */
  readonly articles: number[][] = [];
  readonly weights: number[][] = [];
  private readonly ids = new Map<string, number>();

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.articles.push([]);
      this.weights.push([]);
    }
    return id;
  }

  /** Number of articles holding the key. */
  frequency(id: number): number {
    return this.articles[id]!.length;
  }

  /** Smoothed inverse document frequency among `documentCount` articles. */
  idf(id: number, documentCount: number): number {
    return Math.log((documentCount + 1) / (this.articles[id]!.length + 1)) + 1;
  }

  add(id: number, article: number, weight: number): void {
    this.articles[id]!.push(article);
    this.weights[id]!.push(weight);
  }
}
