/**
 * @module format-bytes
 * Human sizes for diagnostics ("50.0 MB", "10 MB limit"), so size errors read the same everywhere.
 */

const KB = 1024;
const MB = 1024 * 1024;

/** A measured size: always one decimal above a kilobyte ("50.0 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** A configured limit: no ".0" when it is a round number ("10 MB"). */
export function formatLimit(bytes: number): string {
  return formatBytes(bytes).replace(/\.0 /, ' ');
}
