/**
 * @module diagnostic
 * Problems a stage or adapter reports instead of printing: they travel with the data to the edge.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** The file, URL or `FILE#LINE` the problem is about, as the user gave it. */
  source: string;
  message: string;
}
