/**
 * @module ingest-sink
 * Where sources put documents and diagnostics. Work runs concurrently, but each input (and each feed
 * item) collects into its own sink, merged back in input order so output never depends on timing.
 */
import type { Diagnostic, Severity } from '../../core/model/diagnostic.js';
import type { SourceDocument } from '../../core/model/source-document.js';

export class IngestSink {
  readonly documents: SourceDocument[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly onDocument: (document: SourceDocument) => void = () => {}) {}

  addDocument(document: SourceDocument): void {
    this.documents.push(document);
    this.onDocument(document);
  }

  report(severity: Severity, source: string, message: string): void {
    this.diagnostics.push({ severity, source, message });
  }

  /** A sink for one part of this input's work; `absorb` it back in the order the parts were started. */
  child(): IngestSink {
    return new IngestSink(this.onDocument);
  }

  absorb(child: IngestSink): void {
    this.documents.push(...child.documents);
    this.diagnostics.push(...child.diagnostics);
  }
}
