/**
 * @module json-source
 * A .json file holding one article object or an array of them → documents (array items named FILE#N).
 */
import { documentFromRecord } from './article-record.js';
import type { IngestSink } from './ingest-sink.js';

export function ingestJson(path: string, bytes: Uint8Array, sink: IngestSink): void {
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
  if (records.length === 0) return sink.report('error', path, 'is an empty JSON array (no articles)');
  records.forEach((record, i) => {
    const itemSource = Array.isArray(value) ? `${path}#${i + 1}` : path;
    const outcome = documentFromRecord(record, itemSource);
    if ('error' in outcome) sink.report('error', itemSource, outcome.error);
    else {
      if (outcome.problem) sink.report('error', itemSource, outcome.problem);
      sink.addDocument(outcome.document);
    }
  });
}
