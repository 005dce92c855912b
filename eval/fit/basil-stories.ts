/**
 * @module basil-stories
 * The real development stories in ../shared/data/facts/basil-dev, fed as a user would: one JSON
 * Lines input per story with outlet, title and publication date (as ../shared/tools/score-facts.mjs
 * does). Used by the facts-real eval suite and by the alignment-weight fit.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DIR } from '../suite.js';

export interface BasilGoldClaim {
  file: string;
  low: number;
  high: number;
  text?: string;
}
export interface BasilGoldStory {
  triplet: string;
  articles: { file: string; title: string | null; published: { earliest: string; latest: string } }[];
  facts: { id: string; verdict: string; claims: BasilGoldClaim[] }[];
  quotes: unknown[];
  timeline: unknown[];
  entities: unknown[];
}

const OUTLETS: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };

export const BASIL_DIR = fileURLToPath(new URL('data/facts/basil-dev/', SHARED_DIR));

export function basilAvailable(): boolean {
  return existsSync(join(BASIL_DIR, 'gold.json'));
}

export function loadBasilStories(): { story: BasilGoldStory; input: string }[] {
  const gold = JSON.parse(readFileSync(join(BASIL_DIR, 'gold.json'), 'utf8')) as { stories: BasilGoldStory[] };
  const index = JSON.parse(readFileSync(join(BASIL_DIR, 'articles', 'index.json'), 'utf8')) as Record<
    string,
    { source?: string }
  >;
  const work = mkdtempSync(join(tmpdir(), 'basil-'));
  return gold.stories.map((story) => {
    const lines = story.articles.map((a) => {
      const source = index[a.file]?.source ?? '';
      return JSON.stringify({
        url: `https://basil.invalid/${a.file}`,
        outlet: OUTLETS[source] ?? source,
        title: a.title,
        published: a.published.earliest,
        text: readFileSync(join(BASIL_DIR, 'articles', a.file), 'utf8')
          .split('\n\n')
          .slice(1)
          .join('\n\n'),
      });
    });
    const input = join(work, `${story.triplet}.jsonl`);
    writeFileSync(input, lines.join('\n') + '\n');
    return { story, input };
  });
}
