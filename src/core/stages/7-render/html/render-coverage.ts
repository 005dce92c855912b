/**
 * @module render-coverage
 * The coverage matrix as a heat map: one row per fact, one column per outlet, cells count its articles.
 */
import { escapeHtml } from './escape-html.js';
import { outletOf, section, verdictBadge, type StoryContext } from './html-parts.js';

export function renderCoverage(context: StoryContext): string {
  const { report } = context;
  if (report.facts.length === 0) return '';
  const outlets = [...new Set(report.articles.map((a) => outletOf(context, a.id)))];
  const rows = report.facts.map((fact) => {
    const carriers = report.coverage?.[fact.id] ?? fact.claims.map((c) => c.article);
    const counts = outlets.map((outlet) => new Set(carriers.filter((a) => outletOf(context, a) === outlet)).size);
    return { fact, counts };
  });
  const max = Math.max(...rows.flatMap((r) => r.counts));
  const head = outlets.map((o) => `<th scope="col">${escapeHtml(o)}</th>`).join('');
  const body = rows
    .map(({ fact, counts }) => {
      const cells = counts
        .map((count) =>
          count === 0
            ? '<td class="heat-0"><span class="sr-only">not carried</span></td>'
            : `<td class="heat-${heatLevel(count, max)}">${count}</td>`,
        )
        .join('');
      const id = context.factIds.get(fact);
      const what = escapeHtml(fact.what);
      const label = id ? `<a href="#${id}">${what}</a>` : what;
      return `<tr><th scope="row">${label} ${verdictBadge(fact.verdict)}</th>${cells}</tr>`;
    })
    .join('\n');
  return section(
    context,
    'coverage',
    'Who carries what',
    `<div class="table-scroll"><table class="heat"><caption>Articles per outlet carrying each fact</caption>` +
      `<thead><tr><th scope="col">Fact</th>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`,
  );
}

/** 1–4; one article is a mid shade so a table of single-article outlets does not read as "all maxed out". */
function heatLevel(count: number, max: number): number {
  return max <= 3 ? Math.min(4, count + 1) : Math.max(1, Math.round((count / max) * 4));
}
