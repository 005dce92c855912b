/**
 * @module article-record
 * One JSON article object `{ url?, outlet?, title?, published?, byline?, text | html }` → a SourceDocument.
 * Shared by .json and .jsonl so both accept exactly the same shape.
 */
import type { SourceDocument, SourceHints } from '../../core/model/source-document.js';
import { parseDateValue } from '../../core/stages/1-extract/dates/parse-date-value.js';
import { omitUndefined } from './omit-undefined.js';

/** `problem`: the record was kept, but a field of it was not usable and is left out. */
export type RecordOutcome = { document: SourceDocument; problem?: string } | { error: string };

/** `fallbackSource` (FILE#LINE or FILE#N) names the document when the record has no url. */
export function documentFromRecord(value: unknown, fallbackSource: string): RecordOutcome {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'is not a JSON object (expected { url?, outlet?, title?, published?, text | html })' };
  }
  const record = value as Record<string, unknown>;
  const html = nonEmptyString(record['html']);
  const text = nonEmptyString(record['text']);
  if (!html && !text) return { error: 'missing text or html' };
  const url = nonEmptyString(record['url']);
  let published = nonEmptyString(record['published']);
  let problem: string | undefined;
  // "2024-02-31" would otherwise be dropped without a word and the article dated from elsewhere.
  if (published !== undefined && !parseDateValue(published, new Date())) {
    problem = `"published": "${published}" is not a real date; the field was ignored`;
    published = undefined;
  }
  const hints = omitUndefined<SourceHints>({
    url,
    outlet: nonEmptyString(record['outlet']),
    title: nonEmptyString(record['title']),
    published,
    byline: nonEmptyString(record['byline']) ?? nonEmptyString(record['author']),
  });
  // html wins when both are given: it keeps the structure extraction works from.
  const document: SourceDocument = html
    ? { source: url ?? fallbackSource, format: 'html', body: html, hints }
    : { source: url ?? fallbackSource, format: 'text', body: text ?? '', hints };
  return problem ? { document, problem } : { document };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
