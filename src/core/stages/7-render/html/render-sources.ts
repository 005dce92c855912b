/**
 * @module render-sources
 * The articles side by side, cited spans marked. Without JavaScript they sit in a two-column grid and
 * `:target` highlights; the script turns the section into a panel that shows two chosen articles.
 */
import type { ReportArticle } from '../../../model/story-report.js';
import { briefSections } from '../brief-sections.js';
import { escapeHtml, toSafeHref } from './escape-html.js';
import { heading, outletOf, type StoryContext } from './html-parts.js';
import { renderArticleText } from './render-article-text.js';

export function renderSources(context: StoryContext): string {
  const { report, anchors } = context;
  if (report.articles.length === 0) return '';
  const id = context.ids.take(`${anchors.prefix}sources`);
  const [left, right] = defaultPair(context);
  const options = report.articles
    .map(
      (a) =>
        `<option value="${escapeHtml(anchors.articleId(a.id) ?? '')}">${escapeHtml(articleLabel(context, a))}</option>`,
    )
    .join('');
  const picker = (column: string): string =>
    `<label class="js-only">${column === 'left' ? 'First' : 'Second'} <select data-column="${column}">${options}</select></label>`;
  return [
    `<section class="sources" id="${id}" aria-labelledby="${id}-h" data-left="${escapeHtml(left)}" data-right="${escapeHtml(right)}">`,
    '<div class="sources-bar">',
    heading(context.level, 'Articles side by side', `${id}-h`),
    `<button type="button" class="js-only sources-open" data-open="${id}">Open the articles</button>`,
    picker('left'),
    picker('right'),
    '<button type="button" class="js-only sources-close">Close</button>',
    '</div>',
    '<div class="sources-columns">',
    report.articles.map((article) => renderArticle(context, article)).join('\n'),
    '</div>',
    '</section>',
  ].join('\n');
}

/** The two articles of the first disputed (or otherwise first) fact with two sources, else the first two. */
function defaultPair(context: StoryContext): [string, string] {
  const { report, anchors } = context;
  const facts = briefSections(report).flatMap((s) => s.facts);
  const fromFact = facts.map((f) => [...new Set(f.claims.map((c) => c.article))]).find((ids) => ids.length >= 2);
  const pair = fromFact ?? report.articles.map((a) => a.id);
  const ids = pair.map((a) => anchors.articleId(a) ?? '');
  return [ids[0] ?? '', ids[1] ?? ids[0] ?? ''];
}

function articleLabel(context: StoryContext, article: ReportArticle): string {
  const outlet = outletOf(context, article.id);
  return article.title && article.title !== outlet ? `${outlet}: ${article.title}` : outlet;
}

function renderArticle(context: StoryContext, article: ReportArticle): string {
  const id = context.anchors.articleId(article.id) ?? '';
  const href = toSafeHref(article.source);
  const source = href
    ? `<a href="${href}" rel="noopener noreferrer">${escapeHtml(article.source)}</a>`
    : `<code>${escapeHtml(article.source)}</code>`;
  const published = article.published
    ? `<time datetime="${escapeHtml(article.published)}">${escapeHtml(article.published)}</time>` +
      (article.publishedHow === 'inferred' ? ' (date inferred)' : '')
    : 'date unknown';
  const meta = [article.byline && `By ${escapeHtml(article.byline)}`, published, `Source: ${source}`].filter(Boolean);
  return [
    `<article class="source-article" id="${id}" aria-labelledby="${id}-h">`,
    `<header>${heading(context.level + 1, outletOf(context, article.id), `${id}-h`)}`,
    article.title && article.title !== outletOf(context, article.id)
      ? `<p class="article-title">${escapeHtml(article.title)}</p>`
      : '',
    `<p class="article-meta">${meta.join(' · ')}</p></header>`,
    `<div class="article-text">${renderArticleText(article.text, context.anchors.rangesOf(article.id))}</div>`,
    '</article>',
  ].join('\n');
}
