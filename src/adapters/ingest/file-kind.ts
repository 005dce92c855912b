/**
 * @module file-kind
 * What a file's name says it holds. Folders and globs take only these; a file named explicitly
 * with another extension is still read and sniffed.
 */

export type FileKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'warc' | 'feed';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
  '.warc.gz': 'warc',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(KIND_BY_EXTENSION);

export function kindOfPath(path: string): FileKind | undefined {
  const name = path.toLowerCase();
  if (name.endsWith('.warc.gz')) return 'warc';
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return dot > slash ? KIND_BY_EXTENSION[name.slice(dot)] : undefined;
}
