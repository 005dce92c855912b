/**
 * @module bundled-stories
 * The story folders that ship with the repo (the example and test/stories), plus the seeds when
 * ../shared is mounted: each folder is one story, for tests and evals of story grouping.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(ROOT, '../shared/seeds');

/** The example story and every test story folder; the seeds too when asked and present. */
export function bundledStoryDirs(options: { withSeeds?: boolean } = {}): string[] {
  const dirs = [
    join(ROOT, 'examples/harbour-bridge-collapse'),
    ...readdirSync(join(ROOT, 'test/stories'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(ROOT, 'test/stories', entry.name)),
  ];
  if (options.withSeeds && existsSync(SEEDS_DIR)) dirs.push(SEEDS_DIR);
  return dirs;
}

/** The article files of one story folder. */
export function storyFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|html)$/.test(name))
    .map((name) => join(dir, name));
}

/** A fixed shuffle (linear congruential), so an order differs from folder order but repeats. */
export function shuffleFixed<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
