/**
 * @module expand-inputs
 * One command-line input → what to read: a URL, standard input, or files (a folder walked
 * recursively, or a glob), skipping hidden and unsupported files in folders and globs.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { kindOfPath, SUPPORTED_EXTENSIONS } from './file-kind.js';
import type { IngestSink } from './ingest-sink.js';

export type InputTarget =
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  /** `isExplicit`: named by the user (read whatever its extension) rather than found in a folder or glob. */
  | { kind: 'file'; path: string; isExplicit: boolean };

const GLOB_CHARACTERS = /[*?[\]{}]/;
/** `news.example.com/story` typed without a scheme. */
const LOOKS_LIKE_WEB_ADDRESS = /^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)/i;

export async function expandInput(input: string, sink: IngestSink): Promise<InputTarget[]> {
  if (input === '-') return [{ kind: 'stdin' }];
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return [{ kind: 'url', url: input }];
  if (scheme) {
    sink.report('error', input, `unsupported URL scheme "${scheme}:" (use http or https, or a local path)`);
    return [];
  }
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && GLOB_CHARACTERS.test(input)) return expandGlob(input, sink);
    const hint =
      code === 'ENOENT' && LOOKS_LIKE_WEB_ADDRESS.test(input)
        ? ' (for a web page, give the full URL with https://)'
        : '';
    sink.report('error', input, describeFsError(error) + hint);
    return [];
  }
  if (!isFolder) return [{ kind: 'file', path: input, isExplicit: true }];
  const reported = sink.diagnostics.length;
  const files = await walkFolder(input, new Set(), sink);
  if (files.length === 0 && sink.diagnostics.length === reported) {
    sink.report('error', input, `is a folder with no supported files (${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  return files.map((path) => ({ kind: 'file', path, isExplicit: false }));
}

async function expandGlob(pattern: string, sink: IngestSink): Promise<InputTarget[]> {
  const matches = await glob([pattern], { onlyFiles: true, dot: false, expandDirectories: false });
  const files = matches.filter((path) => kindOfPath(path) !== undefined && !isHiddenPath(path)).sort();
  if (files.length === 0) sink.report('error', pattern, 'no supported files match this pattern');
  return files.map((path) => ({ kind: 'file', path, isExplicit: false }));
}

/**
 * Sorted, recursive, hidden entries skipped; `visited` holds real paths so symlink loops end. A
 * subfolder that cannot be listed is named as an error and the rest of the folder is still read.
 */
async function walkFolder(folder: string, visited: Set<string>, sink: IngestSink, isTop = true): Promise<string[]> {
  let names: string[];
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return [];
    visited.add(real);
    names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    sink.report('error', folder, isTop ? describeFsError(error) : `${describeFsError(error)}: its files were skipped`);
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      continue; // a dangling symlink or a file removed while walking: nothing to read
    }
    if (isFolder) found.push(...(await walkFolder(path, visited, sink, false)));
    else if (kindOfPath(name)) found.push(path);
  }
  return found;
}

function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
