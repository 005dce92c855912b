/**
 * @module read-json-ld
 * The article object of a page's JSON-LD (schema.org NewsArticle, Article, BlogPosting …, also inside
 * `@graph` arrays and `mainEntity`): headline, dates, authors, publisher.
 */

export interface JsonLdArticle {
  headline?: string;
  /** Some sites put the headline in `name` and a summary in `headline` (or the reverse). */
  name?: string;
  datePublished?: string;
  dateCreated?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  description?: string;
}

const ARTICLE_TYPE = /(?:^|[^a-z])(?:\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|Posting)$/i;
const PAGE_TYPE = /^(?:WebPage|ItemPage|CollectionPage|WebSite)$/i;
const MAX_OBJECTS = 200;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Every object in the JSON-LD tree that has an `@type`, breadth-first (top-level objects first). */
function collectTypedObjects(roots: unknown[]): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: unknown[] = [...roots];
  while (queue.length > 0 && found.length < MAX_OBJECTS) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...(value as unknown[]));
    } else if (isObject(value)) {
      if (value['@type'] !== undefined) found.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
        if (value[key] !== undefined) queue.push(value[key]);
      }
    }
  }
  return found;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (isObject(value)) return textOf(value['name']) ?? textOf(value['@value']);
  return undefined;
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item));
  const name = textOf(value);
  // Some sites put the author's profile URL where the name belongs.
  return name && !/^https?:\/\//i.test(name) ? [name] : [];
}

/** Strips the CDATA wrappers and HTML comments some sites put around JSON-LD. */
function cleanScript(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
}

/** Parses every `application/ld+json` script and returns the best article object, if any. */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle | undefined {
  const roots: unknown[] = [];
  for (const script of scripts) {
    const text = cleanScript(script.textContent ?? '');
    if (text === '') continue;
    try {
      roots.push(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common; the meta tags still speak for the page.
    }
  }
  const objects = collectTypedObjects(roots);
  const article =
    objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type))) ??
    objects.find((object) => typesOf(object).some((type) => PAGE_TYPE.test(type)) && object['datePublished']);
  if (!article) return undefined;
  const result: JsonLdArticle = { authors: namesOf(article['author'] ?? article['creator']) };
  const headline = textOf(article['headline']);
  if (headline) result.headline = headline;
  const name = textOf(article['name']);
  if (name) result.name = name;
  const published = textOf(article['datePublished']);
  if (published) result.datePublished = published;
  const created = textOf(article['dateCreated']);
  if (created) result.dateCreated = created;
  const modified = textOf(article['dateModified']);
  if (modified) result.dateModified = modified;
  const publisher = textOf(article['publisher']) ?? textOf(article['sourceOrganization']);
  if (publisher) result.publisher = publisher;
  const description = textOf(article['description']);
  if (description) result.description = description;
  return result;
}
