/**
 * @module ingest-inputs
 * Turns what the user named (paths, folders, URLs, `-`) into decoded SourceDocuments.
 * PLACEHOLDER: reads plain files only; the full adapter set replaces it.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import type { SourceDocument, DocumentFormat } from '../../core/model/source-document.js';

export interface IngestOptions {
  allowPrivateAddresses?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  concurrency?: number;
  userAgent?: string;
  /** Called as documents arrive, for progress display. */
  onProgress?: (event: { done: number; total?: number; source: string }) => void;
}

export interface IngestResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

export async function ingestInputs(inputs: string[], _options: IngestOptions = {}): Promise<IngestResult> {
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    try {
      const body = await readFile(input, 'utf8');
      const ext = extname(input).toLowerCase();
      const format: DocumentFormat = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' ? 'markdown' : 'text';
      documents.push({ source: input, format, body, hints: {} });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        source: input,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { documents, diagnostics };
}
