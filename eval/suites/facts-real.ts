/**
 * @module facts-real
 * The real development stories (../shared/data/facts/basil-dev: one event, three outlets each, with
 * analyst gold), fed as a user would and scored by ../shared/tools/score-story.mjs exactly as
 * ../shared/tools/score-facts.mjs scores them: figures several outlets give aligned into one fact
 * apart from all facts, verdicts, claims found, fact precision, false conflicts, quotes, timeline
 * and entities.
 */
import { basename } from 'node:path';
import { corroborate } from '../../src/app/api.js';
import type { StoryReport } from '../../src/core/model/story-report.js';
import { SHARED_DIR, type EvalSuite, type SuiteResult } from '../suite.js';
import { basilAvailable, loadBasilStories, type BasilGoldStory } from '../fit/basil-stories.js';

type Scorer = (
  gold: unknown,
  report: unknown,
  want: Set<string>,
  textDir: string | null,
  log: (line: string) => void,
) => {
  claims: { got: number; total: number };
  quotes: { got: number; total: number };
  timeline: { got: number; total: number };
  entities: { got: number; total: number };
  falseConflicts: number;
};

const count = (line: string, what: string) => Number(new RegExp(`${what} (\\d+)`).exec(line)?.[1] ?? 0);
const factLine = (logs: string[]) => logs.find((l) => l.startsWith('facts:')) ?? '';

export const factsRealSuite: EvalSuite = {
  name: 'facts-real',
  async run(): Promise<SuiteResult> {
    if (!basilAvailable()) {
      return { suite: 'facts-real', scope: '', metrics: [], skipped: '../shared/data/facts/basil-dev is absent' };
    }
    const { scoreStory } = (await import(new URL('tools/score-story.mjs', SHARED_DIR).href)) as { scoreStory: Scorer };
    const totals: Record<string, [number, number]> = {};
    const add = (key: string, got: number, total: number) => {
      const t = (totals[key] ??= [0, 0]);
      t[0] += got;
      t[1] += total;
    };
    let falseConflicts = 0;
    const details: string[] = [];
    const stories = loadBasilStories();
    for (const { story, input } of stories) {
      const { value: reports } = await corroborate([input]);
      const logs: string[] = [];
      const r = scoreStory(story, reports, new Set(['claims', 'facts', 'quotes', 'timeline', 'entities']), null, (l) =>
        logs.push(l),
      );
      const fl = factLine(logs);
      add('claims found', r.claims.got, r.claims.total);
      add('facts grouped', count(fl, 'grouped'), story.facts.length);
      add('facts verdicts', count(fl, 'verdicts'), story.facts.length);
      add('quotes', r.quotes.got, r.quotes.total);
      add('timeline', r.timeline.got, r.timeline.total);
      add('entities', r.entities.got, r.entities.total);
      falseConflicts += r.falseConflicts;
      const multi = story.facts.filter((f) => new Set(f.claims.map((c) => c.file.split('-')[0])).size >= 2);
      const mlogs: string[] = [];
      if (multi.length) scoreStory({ ...story, facts: multi }, reports, new Set(['facts']), null, (l) => mlogs.push(l));
      add('aligned', count(factLine(mlogs), 'grouped'), multi.length);
      add('aligned verdicts', count(factLine(mlogs), 'verdicts'), multi.length);
      const precision = precisionOf(story, reports);
      add('facts precision', precision[0], precision[1]);
      details.push(
        `${story.triplet.slice(0, 8)}: aligned ${count(factLine(mlogs), 'grouped')}/${multi.length}, ${fl.split('  misses')[0]}`,
      );
    }
    const share = (key: string) => {
      const [got, total] = totals[key] ?? [0, 0];
      return total ? got / total : 0;
    };
    return {
      suite: 'facts-real',
      scope: `${stories.length} real three-outlet stories`,
      metrics: [
        ...['aligned', 'aligned verdicts', 'facts grouped', 'facts verdicts', 'claims found', 'facts precision'].map(
          (name) => ({ name, value: share(name) }),
        ),
        // Higher is better for every metric: a story with no false conflict scores 1.
        { name: 'no false conflict (stories)', value: 1 - Math.min(1, falseConflicts / stories.length) },
        ...['quotes', 'timeline', 'entities'].map((name) => ({ name, value: share(name) })),
      ],
      details: process.env.EVAL_VERBOSE ? details : [`false conflicts: ${falseConflicts}`],
    };
  },
};

/** Reported facts that hold at least one gold figure (same file, overlapping value). */
function precisionOf(story: BasilGoldStory, reports: StoryReport[]): [number, number] {
  const files = new Set(story.articles.map((a) => a.file));
  let hits = 0;
  let total = 0;
  for (const report of reports) {
    if (!report.articles.some((a) => files.has(basename(a.source)))) continue;
    const fileOf = new Map(report.articles.map((a) => [a.id, basename(a.source)]));
    for (const fact of report.facts) {
      total++;
      const hit = fact.claims.some((c) =>
        story.facts.some((g) =>
          g.claims.some((gc) => gc.file === fileOf.get(c.article) && c.low <= gc.high && c.high >= gc.low),
        ),
      );
      if (hit) hits++;
    }
  }
  return [hits, total];
}
