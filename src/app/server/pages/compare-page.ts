/**
 * @module compare-page
 * `/stories/:id/compare?a=&b=`: two outlets side by side: the figures each gives for every fact either
 * carries, the quotes they share or not, the words each uses, and both texts with the claims marked.
 */
import type { ReportArticle, ReportClaim } from '../../../core/model/story-report.js';
import type { StoryView } from '../story-catalog.js';
import { html, segment, toSafeId, type SafeHtml } from './html-template.js';
import { renderSourceText } from './marked-text.js';
import { renderPage } from './page-layout.js';
import { spansOfArticle } from './source-page.js';
import { outletOf, sourceHref } from './story-links.js';
import { verdictBadge } from './story-page.js';

export interface ComparePage {
  view: StoryView;
  a?: ReportArticle;
  b?: ReportArticle;
  /** Why the pair could not be shown (an unknown id). */
  problem?: string;
}

export function renderComparePage({ view, a, b, problem }: ComparePage): string {
  const { report } = view;
  const storyPath = `/stories/${segment(report.id)}`;
  const heading = a && b ? `${outletOf(view, a.id)} and ${outletOf(view, b.id)}` : 'Compare two sources';
  const body = html`<p><a href="${storyPath}">← ${report.title ?? 'Back to the story'}</a></p>
    <h1>${heading}</h1>
    ${problem ? html`<p class="notice error" role="alert">${problem}</p>` : ''} ${renderPicker(view, a?.id, b?.id)}
    ${a && b ? renderComparison(view, a, b) : ''}`;
  return renderPage({ title: heading, body });
}

function renderPicker(view: StoryView, a: string | undefined, b: string | undefined): SafeHtml {
  const { articles } = view.report;
  const options = (selected: string | undefined) =>
    articles.map(
      (article) =>
        html`<option value="${article.id}" ${article.id === selected ? html` selected` : ''}>
          ${outletOf(view, article.id)}${article.published ? ` (${article.published})` : ''}
        </option>`,
    );
  return html`<form class="stacked" method="get" action="/stories/${segment(view.report.id)}/compare">
    <fieldset>
      <legend>Sources to compare</legend>
      <div class="field-row">
        <div>
          <label for="compare-a">First source</label
          ><select id="compare-a" name="a">
            ${options(a ?? articles[0]?.id)}
          </select>
        </div>
        <div>
          <label for="compare-b">Second source</label
          ><select id="compare-b" name="b">
            ${options(b ?? articles[1]?.id)}
          </select>
        </div>
      </div>
    </fieldset>
    <div><button type="submit">Compare</button></div>
  </form>`;
}

function renderComparison(view: StoryView, a: ReportArticle, b: ReportArticle): SafeHtml {
  return html`<div class="columns">${[a, b].map((article) => renderCard(view, article))}</div>
    <h2>Facts</h2>
    ${renderFacts(view, a, b)}
    <h2>Quotes</h2>
    ${renderQuotes(view, a, b)} ${renderFraming(view, a, b)}
    <h2>The two texts</h2>
    <div class="columns">
      ${[a, b].map(
        (article) =>
          html`<section aria-labelledby="text-${toSafeId(article.id)}">
            <h3 id="text-${toSafeId(article.id)}">${outletOf(view, article.id)}</h3>
            ${renderSourceText(article.text, spansOfArticle(view, article.id))}
          </section>`,
      )}
    </div>`;
}

function renderCard(view: StoryView, article: ReportArticle): SafeHtml {
  const href = sourceHref(view, article.id);
  return html`<section class="notice">
    <h2>${href ? html`<a href="${href}">${outletOf(view, article.id)}</a>` : outletOf(view, article.id)}</h2>
    <p>${article.title ?? ''}</p>
    <p class="muted">
      ${article.published ? `Published ${article.published}${article.publishedHow === 'inferred' ? ' (inferred)' : ''}` : 'Publication date unknown'};
      ${article.text.length.toLocaleString('en-US')} characters.
    </p>
  </section>`;
}

function renderFacts(view: StoryView, a: ReportArticle, b: ReportArticle): SafeHtml {
  const rows = view.report.facts
    .map((fact) => ({
      fact,
      left: fact.claims.filter((c) => c.article === a.id),
      right: fact.claims.filter((c) => c.article === b.id),
    }))
    .filter((row) => row.left.length > 0 || row.right.length > 0);
  if (rows.length === 0)
    return html`<p>Neither source carries a fact the story’s other sources can be compared on.</p>`;
  const cell = (claims: ReportClaim[]) =>
    claims.length === 0
      ? html`<td class="muted">not reported</td>`
      : html`<td>
          ${claims.map((claim, i) => {
            const href = sourceHref(view, claim.article, { start: claim.sentenceStart, end: claim.sentenceEnd });
            const text = `${claim.text}${claim.asOf ? ` (as of ${claim.asOf})` : ''}${claim.modality !== 'reported' ? `, ${claim.modality}` : ''}`;
            return html`${i > 0 ? html`<br />` : ''}${href ? html`<a href="${href}">${text}</a>` : text}`;
          })}
        </td>`;
  return sideBySideTable(
    view,
    [a, b],
    'What each source gives for the facts either of them carries',
    'Fact',
    rows.map((row) => ({
      header: html`${row.fact.what} ${verdictBadge(row.fact.verdict)}`,
      cells: html`${cell(row.left)}${cell(row.right)}`,
    })),
  );
}

/** A table with one row per item and a column for each of the two sources. */
function sideBySideTable(
  view: StoryView,
  [a, b]: [ReportArticle, ReportArticle],
  caption: string,
  firstHeader: string,
  rows: { header: SafeHtml | string; cells: SafeHtml }[],
): SafeHtml {
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${firstHeader}</th>
          <th scope="col">${outletOf(view, a.id)}</th>
          <th scope="col">${outletOf(view, b.id)}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.header}</th>
              ${row.cells}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderQuotes(view: StoryView, a: ReportArticle, b: ReportArticle): SafeHtml {
  const groups = { both: [] as string[], a: [] as string[], b: [] as string[] };
  const lines = new Map<string, SafeHtml>();
  view.report.quotes.forEach((quote, i) => {
    const inA = quote.appearances.some((p) => p.article === a.id);
    const inB = quote.appearances.some((p) => p.article === b.id);
    if (!inA && !inB) return;
    const key = String(i);
    lines.set(key, html`<li><q>${quote.text}</q> — ${quote.speaker}</li>`);
    (inA && inB ? groups.both : inA ? groups.a : groups.b).push(key);
  });
  if (lines.size === 0) return html`<p>Neither source quotes anyone the analysis recognised.</p>`;
  const list = (title: string, keys: string[]) =>
    keys.length === 0
      ? ''
      : html`<h3>${title}</h3>
          <ul class="quote-list">
            ${keys.map((k) => lines.get(k))}
          </ul>`;
  return html`${list('In both', groups.both)}${list(`Only in ${outletOf(view, a.id)}`, groups.a)}${list(`Only in ${outletOf(view, b.id)}`, groups.b)}`;
}

function renderFraming(view: StoryView, a: ReportArticle, b: ReportArticle): SafeHtml {
  // Framing is keyed by outlet, or by article id when an article has no outlet.
  const keyOf = (article: ReportArticle) => article.outlet ?? article.id;
  const rows = (view.report.framing ?? []).filter((row) => row.terms[keyOf(a)] || row.terms[keyOf(b)]);
  if (rows.length === 0) return html``;
  const terms = (row: (typeof rows)[number], article: ReportArticle) => (row.terms[keyOf(article)] ?? []).join(', ');
  return html`<h2>Words each uses</h2>
    ${sideBySideTable(
      view,
      [a, b],
      'The words each source uses for the same actor or event',
      'Named',
      rows.map((row) => ({
        header: row.target,
        cells: html`<td>${terms(row, a)}</td>
          <td>${terms(row, b)}</td>`,
      })),
    )}`;
}
