/**
 * @module json-source
 * A .json file holding one article object or an array of them → documents (array items named FILE#N).
 * A file found in a folder or glob that holds no article at all (a sidecar such as meta.json, an
 * answer key) is skipped with a warning; named explicitly, it is an error.
 */
import { documentFromRecord } from './article-record.js';
import type { IngestSink } from './ingest-sink.js';

/** `isExplicit`: the user named this file, so a file that is not an article is an error, not a skip. */
export function ingestJson(path: string, bytes: Uint8Array, sink: IngestSink, isExplicit = true): void {
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (!text.trim()) return sink.report('error', path, 'is empty (only whitespace)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return sink.report('error', path, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) {
    if (!isExplicit) return sink.report('warning', path, 'skipped: not an article (an empty JSON array)');
    return sink.report('error', path, 'is an empty JSON array (no articles)');
  }
  const outcomes = records.map((record, i) => {
    const itemSource = Array.isArray(value) ? `${path}#${i + 1}` : path;
    return { itemSource, outcome: documentFromRecord(record, itemSource) };
  });
  if (!isExplicit && outcomes.every(({ outcome }) => 'error' in outcome)) {
    const first = outcomes[0]?.outcome;
    const why = Array.isArray(value)
      ? 'no item is an article object with text or html'
      : first && 'error' in first
        ? first.error
        : 'no article';
    return sink.report('warning', path, `skipped: not an article (${why})`);
  }
  outcomes.forEach(({ itemSource, outcome }) => {
    if ('error' in outcome) sink.report('error', itemSource, outcome.error);
    else {
      if (outcome.problem) sink.report('error', itemSource, outcome.problem);
      sink.addDocument(outcome.document);
    }
  });
}
