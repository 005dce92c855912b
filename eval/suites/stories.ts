/**
 * @module stories
 * Scores whole reports against analyst gold (the seeds spec format): facts found, verdicts right,
 * false conflicts, quotes, timeline, entities, titles and publication dates. Runs the seeds (from
 * ../shared), the bundled example and every test story in test/stories/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corroborate } from '../../src/app/api.js';
import type { ReportFact, StoryReport } from '../../src/core/model/story-report.js';
import { SHARED_DIR, type EvalSuite, type SuiteResult } from '../suite.js';

interface GoldClaim {
  file: string;
  low: number;
  high: number;
  asOf?: string;
  attributedTo?: string;
  modality?: string;
}
interface GoldStory {
  articles: {
    file: string;
    title: string | null;
    published?: { earliest: string; latest: string };
    boilerplate?: string[];
  }[];
  facts: { id: string; verdict: string; claims: GoldClaim[]; mustNotConflict?: string[][] }[];
  quotes: { speaker: string; startsWith?: string; contains?: string; files: string[]; verdict: string }[];
  timeline: { date: string; files: string[]; mentions: string[] }[];
  entities: { name: string; aliases: string[]; files: string[] }[];
}

export interface StoryCase {
  name: string;
  files: string[];
  gold: GoldStory;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function findStoryCases(): { cases: StoryCase[]; skipped: string[] } {
  const cases: StoryCase[] = [];
  const skipped: string[] = [];
  const seedsDir = fileURLToPath(new URL('seeds/', SHARED_DIR));
  const seedsGold = fileURLToPath(new URL('spec/seeds-expected.json', SHARED_DIR));
  if (existsSync(seedsDir) && existsSync(seedsGold)) {
    const gold = JSON.parse(readFileSync(seedsGold, 'utf8')) as GoldStory;
    cases.push({ name: 'seeds', files: gold.articles.map((a) => join(seedsDir, a.file)), gold });
  } else {
    skipped.push('seeds (../shared absent)');
  }
  for (const parent of ['examples', 'test/stories']) {
    const dir = join(ROOT, parent);
    if (!existsSync(dir)) continue;
    // Gold sits beside each story folder (`<slug>.expected.json`), so the folder holds only articles.
    for (const name of readdirSync(dir).sort()) {
      const goldPath = join(dir, `${name}.expected.json`);
      if (!existsSync(goldPath) || !existsSync(join(dir, name))) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldStory;
      cases.push({
        name: `${parent === 'examples' ? 'example' : 'story'}:${name}`,
        files: gold.articles.map((a) => join(dir, name, a.file)),
        gold,
      });
    }
  }
  return { cases, skipped };
}

interface Tally {
  [metric: string]: [number, number];
}

function add(tally: Tally, metric: string, hit: boolean | number, total = 1): void {
  const entry = (tally[metric] ??= [0, 0]);
  entry[0] += typeof hit === 'number' ? hit : hit ? 1 : 0;
  entry[1] += total;
}

const normal = (text: string) =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

export function scoreStory(storyCase: StoryCase, reports: StoryReport[], tally: Tally, misses: string[]): void {
  const fileOf = new Map<string, string>();
  for (const report of reports) for (const article of report.articles) fileOf.set(article.id, basename(article.source));
  const facts = reports.flatMap((r) => r.facts);
  const claimFile = (article: string) => fileOf.get(article) ?? article;
  const { gold, name } = storyCase;

  // Facts: a reported fact matches a gold fact when it holds claims from the same files whose values overlap.
  const matchedReported = new Set<ReportFact>();
  for (const goldFact of gold.facts) {
    let best: { fact: ReportFact; hits: number } | undefined;
    for (const fact of facts) {
      const hits = goldFact.claims.filter((g) =>
        fact.claims.some((c) => claimFile(c.article) === g.file && c.low <= g.high && g.low <= c.high),
      ).length;
      if (hits > 0 && (!best || hits > best.hits)) best = { fact, hits };
    }
    const found = best !== undefined && best.hits >= Math.ceil(goldFact.claims.length / 2);
    add(tally, 'facts recall', found);
    add(tally, 'gold claims covered', best?.hits ?? 0, goldFact.claims.length);
    if (found && best) {
      matchedReported.add(best.fact);
      add(tally, 'verdict accuracy', best.fact.verdict === goldFact.verdict);
      if (best.fact.verdict !== goldFact.verdict)
        misses.push(
          `${name}: fact ${goldFact.id}: verdict ${best.fact.verdict}, gold ${goldFact.verdict} (${best.fact.reason})`,
        );
    } else {
      misses.push(
        `${name}: fact ${goldFact.id} not found (best ${best ? `${best.hits}/${goldFact.claims.length} claims in "${best.fact.what}"` : 'none'})`,
      );
    }
    for (const [a, b] of goldFact.mustNotConflict ?? []) {
      const bad = facts.some(
        (f) =>
          f.verdict === 'conflicting' &&
          f.claims.some((c) => c.text.includes(a ?? '')) &&
          f.claims.some((c) => c.text.includes(b ?? '')) &&
          !gold.facts.some((g) => g.verdict === 'conflicting' && g.id === goldFact.id),
      );
      add(tally, 'no false conflict (pairs)', !bad);
    }
  }
  for (const fact of facts) add(tally, 'facts precision', matchedReported.has(fact));
  const goldConflicts = gold.facts.filter((f) => f.verdict === 'conflicting').length;
  const reportedConflicts =
    [...matchedReported].filter((f) => f.verdict === 'conflicting').length +
    facts.filter((f) => !matchedReported.has(f) && f.verdict === 'conflicting').length;
  const falseConflicts = Math.max(0, reportedConflicts - goldConflicts);
  add(tally, 'conflict precision', reportedConflicts - falseConflicts, Math.max(reportedConflicts, 0));
  if (falseConflicts > 0)
    misses.push(
      `${name}: ${falseConflicts} false conflict(s): ${facts
        .filter((f) => f.verdict === 'conflicting')
        .map((f) => `${f.what} [${f.reason}]`)
        .join('; ')}`,
    );

  // Quotes.
  const quotes = reports.flatMap((r) => r.quotes);
  for (const goldQuote of gold.quotes) {
    const needle = normal(goldQuote.startsWith ?? goldQuote.contains ?? '');
    const quote = quotes.find(
      (q) => q.appearances.some((a) => normal(a.text).includes(needle)) || normal(q.text).includes(needle),
    );
    const files = new Set(quote?.appearances.map((a) => claimFile(a.article)) ?? []);
    const speakerOk =
      quote !== undefined && normal(quote.speaker).includes(normal(goldQuote.speaker).split(' ').pop() ?? '');
    add(tally, 'quotes recall', quote !== undefined && goldQuote.files.every((f) => files.has(f)));
    add(tally, 'quote speakers', speakerOk);
    add(tally, 'quote verdicts', quote?.verdict === goldQuote.verdict);
    if (!quote || !speakerOk)
      misses.push(
        `${name}: quote "${needle.slice(0, 40)}…" ${quote ? `speaker "${quote.speaker}", gold "${goldQuote.speaker}"` : 'not found'}`,
      );
  }

  // Timeline.
  const timeline = reports.flatMap((r) => r.timeline);
  for (const entry of gold.timeline) {
    const found = timeline.some(
      (t) =>
        t.date === entry.date &&
        entry.mentions.every((m) => normal(t.text).includes(normal(m))) &&
        t.articles.some((a) => entry.files.includes(claimFile(a))),
    );
    add(tally, 'timeline recall', found);
    if (!found) misses.push(`${name}: timeline ${entry.date} "${entry.mentions.join(', ')}" missing`);
  }

  // Entities.
  const entities = reports.flatMap((r) => r.entities);
  for (const goldEntity of gold.entities) {
    // An entity is found when the report names it by the gold name or by any spelling the outlets used.
    const spellings = new Set([goldEntity.name, ...goldEntity.aliases].map(normal));
    const entity = entities.find(
      (e) => spellings.has(normal(e.name)) || e.aliases.some((a) => spellings.has(normal(a))),
    );
    add(tally, 'entities recall', entity !== undefined);
    const aliases = new Set([...(entity?.aliases ?? []), entity?.name ?? ''].map(normal));
    add(
      tally,
      'entity aliases recall',
      goldEntity.aliases.filter((a) => aliases.has(normal(a))).length,
      goldEntity.aliases.length,
    );
    if (!entity) misses.push(`${name}: entity ${goldEntity.name} missing`);
  }

  // Articles: titles, publication dates, noise.
  const articles = reports.flatMap((r) => r.articles);
  for (const goldArticle of gold.articles) {
    const article = articles.find((a) => basename(a.source) === goldArticle.file);
    add(tally, 'titles', normal(article?.title ?? '') === normal(goldArticle.title ?? ''));
    if (goldArticle.published) {
      const day = article?.published;
      const inWindow =
        day !== undefined && day >= goldArticle.published.earliest && day <= goldArticle.published.latest;
      add(tally, 'dates in window', inWindow);
      if (!inWindow)
        misses.push(
          `${name}: ${goldArticle.file} published ${day ?? 'none'}, gold ${goldArticle.published.earliest}..${goldArticle.published.latest}`,
        );
    }
    for (const line of goldArticle.boilerplate ?? []) {
      add(tally, 'noise removed', article !== undefined && !article.text.includes(line.trim()));
    }
  }
}

export const storiesSuite: EvalSuite = {
  name: 'stories',
  async run(): Promise<SuiteResult> {
    const { cases, skipped } = findStoryCases();
    if (cases.length === 0)
      return { suite: 'stories', scope: 'no stories', metrics: [], skipped: skipped.join('; ') || 'no gold stories' };
    const tally: Tally = {};
    const details: string[] = [];
    const perStory: string[] = [];
    for (const storyCase of cases) {
      const before = JSON.parse(JSON.stringify(tally)) as Tally;
      const { value } = await corroborate(storyCase.files, { now: new Date('2030-01-01T00:00:00Z') });
      const misses: string[] = [];
      scoreStory(storyCase, value, tally, misses);
      const delta = (metric: string) => {
        const [hit, total] = tally[metric] ?? [0, 0];
        const [hit0, total0] = before[metric] ?? [0, 0];
        return `${hit - hit0}/${total - total0}`;
      };
      perStory.push(
        `| ${storyCase.name} | ${value.length} | ${delta('facts recall')} | ${delta('facts precision')} | ${delta('verdict accuracy')} | ${delta('quotes recall')} | ${delta('timeline recall')} | ${delta('entities recall')} | ${delta('dates in window')} |`,
      );
      details.push(...misses.slice(0, 12));
    }
    const metrics = Object.entries(tally).map(([name, [hit, total]]) => ({
      name,
      value: total === 0 ? 1 : hit / total,
    }));
    return {
      suite: 'stories',
      scope: `${cases.length} gold stories${skipped.length > 0 ? ` (skipped: ${skipped.join('; ')})` : ''}`,
      metrics,
      details: [
        '| story | reports | facts found | facts precise | verdicts | quotes | timeline | entities | dates |',
        '|---|---|---|---|---|---|---|---|---|',
        ...perStory,
        ...details,
      ],
    };
  },
};
