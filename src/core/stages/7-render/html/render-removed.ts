/**
 * @module render-removed
 * The noise taken out of each article (captions, related links, prompts), with reasons, collapsed.
 */
import { escapeHtml } from './escape-html.js';
import { outletOf, section, type StoryContext } from './html-parts.js';

export function renderRemoved(context: StoryContext): string {
  const articles = context.report.articles.filter((a) => a.removed.length > 0);
  const body = articles
    .map((article) => {
      const lines = article.removed
        .map((line) => `<li><span class="reason">${escapeHtml(line.reason)}</span> ${escapeHtml(line.text)}</li>`)
        .join('');
      const count = `${article.removed.length} line${article.removed.length === 1 ? '' : 's'}`;
      return `<details><summary>${escapeHtml(outletOf(context, article.id))}: ${count} removed</summary><ul class="removed">${lines}</ul></details>`;
    })
    .join('\n');
  return section(context, 'removed', 'Removed noise', body);
}
