/**
 * @module render-framing
 * The framing table: for each actor or event, the words each outlet uses, outlets side by side.
 */
import { escapeHtml } from './escape-html.js';
import { outletOf, section, type StoryContext } from './html-parts.js';

export function renderFraming(context: StoryContext): string {
  const rows = context.report.framing ?? [];
  if (rows.length === 0) return '';
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row.terms)))];
  // Framing keys are outlets, or article ids when an article has no outlet: show those by name.
  const articleIds = new Set(context.report.articles.map((a) => a.id));
  const names = keys.map((key) => (articleIds.has(key) ? outletOf(context, key) : key));
  const head = names.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = keys.map((key) => `<td>${escapeHtml((row.terms[key] ?? []).join(', '))}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(row.target)}</th>${cells}</tr>`;
    })
    .join('\n');
  return section(
    context,
    'framing',
    'How each outlet frames it',
    `<div class="table-scroll"><table class="framing"><caption>Words each outlet uses for the same actor or event</caption>` +
      `<thead><tr><th scope="col">Named</th>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`,
  );
}
