/**
 * @module story-page
 * `/stories/:id`: the brief (disputed facts first, then updates, retractions, corroborated and
 * single-source facts, each claim linked to its highlighted sentence), quotes, the timeline chart, the
 * coverage matrix, the framing table and the sources with a form to compare two of them.
 */
import type { ReportClaim, ReportFact, ReportQuote, Verdict } from '../../../core/model/story-report.js';
import { briefSections, describeCoverage, formatRange } from '../../../core/stages/7-render/brief-sections.js';
import type { StoryView } from '../story-catalog.js';
import { html, segment, toSafeId, type SafeHtml } from './html-template.js';
import { renderPage } from './page-layout.js';
import { outletOf, sourceHref } from './story-links.js';
import { renderTimelineChart } from './timeline-chart.js';

const VERDICT_LABELS: Record<Verdict, string> = {
  conflicting: 'disputed',
  updated: 'updated',
  retracted: 'retracted or unconfirmed',
  corroborated: 'corroborated',
  'single-source': 'single source',
};

export function verdictBadge(verdict: Verdict): SafeHtml {
  return html`<span class="badge verdict-${verdict}">${VERDICT_LABELS[verdict]}</span>`;
}

export function renderStoryPage(view: StoryView): string {
  const { report } = view;
  const title = report.title ?? 'Untitled story';
  const sections: { id: string; title: string; body: SafeHtml | undefined }[] = [
    { id: 'brief', title: 'Brief', body: renderBrief(view) },
    { id: 'quotes', title: 'Quotes', body: renderQuotes(view) },
    { id: 'timeline', title: 'Timeline', body: renderTimeline(view) },
    { id: 'coverage', title: 'Who carries what', body: renderCoverage(view) },
    { id: 'framing', title: 'How each outlet frames it', body: renderFraming(view) },
    { id: 'sources', title: 'Sources', body: renderSources(view) },
  ];
  const shown = sections.filter((s): s is { id: string; title: string; body: SafeHtml } => s.body !== undefined);
  const base = `/stories/${segment(report.id)}`;
  const body = html`<article class="story">
    <h1>${title}</h1>
    <p class="meta">
      ${describeCoverage(report)}. Download: <a href="${base}/report.md">Markdown</a>,
      <a href="${base}/report.html">HTML report</a>, <a href="${base}/report.json">JSON</a>.
    </p>
    <nav class="story-nav" aria-label="Sections of this story">
      <ul>
        ${shown.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
      </ul>
    </nav>
    ${shown.map(
      (s) =>
        html`<section id="${s.id}" aria-labelledby="${s.id}-h">
          <h2 id="${s.id}-h">${s.title}</h2>
          ${s.body}
        </section>`,
    )}
  </article>`;
  return renderPage({ title, body });
}

function renderBrief(view: StoryView): SafeHtml {
  const sections = briefSections(view.report);
  if (sections.length === 0)
    return html`<p>
      No comparable facts were found in these articles yet: the quotes, timeline and sources below still show what each
      one says.
    </p>`;
  return html`${sections.map(
    (section) =>
      html`<h3>${section.heading} <span class="muted">(${section.facts.length})</span></h3>
        ${section.facts.map((fact) => renderFact(view, fact))}`,
  )}`;
}

function renderFact(view: StoryView, fact: ReportFact): SafeHtml {
  return html`<article
    class="fact"
    id="fact-${toSafeId(fact.id)}"
    data-verdict="${fact.verdict}"
    aria-labelledby="fact-${toSafeId(fact.id)}-h"
  >
    <h4 id="fact-${toSafeId(fact.id)}-h">${fact.what} ${verdictBadge(fact.verdict)}</h4>
    <p class="reason">
      ${fact.reason}${fact.consensus ? html` Best supported: <strong>${fact.consensus.text}</strong>.` : ''}${fact.origins && fact.origins.length > 0 ? html` Independent origins: ${fact.origins.join(', ')}.` : ''}
    </p>
    <ul class="claims">
      ${fact.claims.map((claim) => renderClaim(view, claim))}
    </ul>
  </article>`;
}

export function renderClaim(view: StoryView, claim: ReportClaim): SafeHtml {
  const outlet = outletOf(view, claim.article);
  const details = [
    claim.low === claim.high ? undefined : formatRange(claim.low, claim.high),
    claim.asOf && `as of ${claim.asOf}`,
    claim.attributedTo && `per ${claim.attributedTo}`,
    claim.modality !== 'reported' ? claim.modality : undefined,
  ].filter((d): d is string => Boolean(d));
  const href = sourceHref(view, claim.article, { start: claim.sentenceStart, end: claim.sentenceEnd });
  const sentence = claim.sentence.replace(/\s+/g, ' ').trim();
  return html`<li class="claim" data-article="${claim.article}">
    <strong>${claim.text}</strong>
    <span class="outlet">${outlet}${details.length > 0 ? ` (${details.join(', ')})` : ''}</span>
    ${href ? html`<a class="sentence" href="${href}">“${sentence}”<span class="sr-only"> (show in ${outlet}’s article)</span></a>` : html`<span class="sentence">“${sentence}”</span>`}
  </li>`;
}

function renderQuotes(view: StoryView): SafeHtml | undefined {
  const { quotes } = view.report;
  if (quotes.length === 0) return undefined;
  return html`<ul class="quote-list">
    ${quotes.map((quote) => renderQuote(view, quote))}
  </ul>`;
}

function renderQuote(view: StoryView, quote: ReportQuote): SafeHtml {
  const appearances = quote.appearances.map((appearance) => {
    const href = sourceHref(view, appearance.article, appearance);
    const outlet = outletOf(view, appearance.article);
    return href ? html`<a href="${href}">${outlet}</a>` : html`${outlet}`;
  });
  return html`<li class="quote">
    <blockquote><p>“${quote.text}”</p></blockquote>
    <p>
      — ${quote.speaker} ${verdictBadge(quote.verdict)}
      <span class="muted">in</span>
      ${joinHtml(appearances)}${quote.differences && quote.differences.length > 0 ? html`<br /><span class="muted">Wording differs: ${quote.differences.join('; ')}</span>` : ''}
    </p>
  </li>`;
}

function renderTimeline(view: StoryView): SafeHtml | undefined {
  const { timeline } = view.report;
  const published = view.report.articles.filter((a) => a.published);
  if (timeline.length === 0 && published.length === 0) return undefined;
  const entries = timeline.map((entry, i) => {
    const href = entry.source ? sourceHref(view, entry.source.article, entry.source) : undefined;
    const text = entry.text.replace(/\s+/g, ' ').trim();
    const outlets = [...new Set(entry.articles.map((a) => outletOf(view, a)))].join(', ');
    return html`<li id="tl-${i + 1}">
      <time datetime="${entry.date}">${entry.date}</time>
      ${href ? html`<a href="${href}">${text}</a>` : text}${outlets ? html` <span class="outlet">(${outlets})</span>` : ''}
    </li>`;
  });
  return html`${renderTimelineChart(view.report, 'timeline-chart')}
  ${
    entries.length > 0
      ? html`<ol class="timeline-list">
          ${entries}
        </ol>`
      : html`<p>No dated events were found; the chart shows when the articles were published.</p>`
  }`;
}

function renderCoverage(view: StoryView): SafeHtml | undefined {
  const { report } = view;
  if (report.facts.length === 0) return undefined;
  const articles = report.articles;
  const rows = report.facts.map((fact) => {
    const carriers = new Set(report.coverage?.[fact.id] ?? fact.claims.map((c) => c.article));
    const cells = articles.map((article) => {
      const claim = fact.claims.find((c) => c.article === article.id);
      if (claim) {
        const href = sourceHref(view, claim.article, { start: claim.sentenceStart, end: claim.sentenceEnd });
        return href ? html`<td><a href="${href}">${claim.text}</a></td>` : html`<td>${claim.text}</td>`;
      }
      return carriers.has(article.id)
        ? html`<td>✓<span class="sr-only"> carries it</span></td>`
        : html`<td class="muted">—<span class="sr-only"> not carried</span></td>`;
    });
    return html`<tr>
      <th scope="row"><a href="#fact-${toSafeId(fact.id)}">${fact.what}</a> ${verdictBadge(fact.verdict)}</th>
      ${cells}
    </tr>`;
  });
  return html`<div class="table-wrap">
    <table>
      <caption>
        Facts (rows) by outlet (columns): the figure each article gives, — when it does not carry the fact
      </caption>
      <thead>
        <tr>
          <th scope="col">Fact</th>
          ${articles.map((a) => html`<th scope="col">${outletOf(view, a.id)}${a.published ? html`<br /><span class="muted">${a.published}</span>` : ''}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

function renderFraming(view: StoryView): SafeHtml | undefined {
  const rows = view.report.framing ?? [];
  if (rows.length === 0) return undefined;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row.terms)))];
  // Keys are outlets, or article ids when an article has no outlet: show those by name.
  const articleIds = new Set(view.report.articles.map((a) => a.id));
  const names = keys.map((key) => (articleIds.has(key) ? outletOf(view, key) : key));
  return html`<div class="table-wrap">
    <table>
      <caption>
        The words each outlet uses for the same actor or event
      </caption>
      <thead>
        <tr>
          <th scope="col">Named</th>
          ${names.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.target}</th>
              ${keys.map((key) => html`<td>${(row.terms[key] ?? []).join(', ')}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderSources(view: StoryView): SafeHtml {
  const { report } = view;
  const items = report.articles.map((article) => {
    const href = sourceHref(view, article.id);
    const name = article.outlet ?? article.id;
    const date = article.published
      ? html`,
          <time datetime="${article.published}">${article.published}</time
          >${article.publishedHow === 'inferred' ? ' (date inferred)' : ''}`
      : '';
    return html`<li>
      ${href ? html`<a href="${href}">${name}</a>` : name}${date}${article.title ? html`: ${article.title}` : ''}
    </li>`;
  });
  const options = (selected: string | undefined) =>
    report.articles.map(
      (a) =>
        html`<option value="${a.id}" ${a.id === selected ? html` selected` : ''}>
          ${outletOf(view, a.id)}${a.published ? ` (${a.published})` : ''}
        </option>`,
    );
  const compare =
    report.articles.length >= 2
      ? html`<form class="stacked" method="get" action="/stories/${segment(report.id)}/compare">
          <fieldset>
            <legend>Compare two sources side by side</legend>
            <div class="field-row">
              <div>
                <label for="compare-a">First source</label
                ><select id="compare-a" name="a">
                  ${options(report.articles[0]?.id)}
                </select>
              </div>
              <div>
                <label for="compare-b">Second source</label
                ><select id="compare-b" name="b">
                  ${options(report.articles[1]?.id)}
                </select>
              </div>
            </div>
          </fieldset>
          <div><button type="submit">Compare</button></div>
        </form>`
      : '';
  return html`<ol class="article-list">
      ${items}
    </ol>
    ${compare}`;
}

function joinHtml(parts: SafeHtml[]): SafeHtml {
  return html`${parts.map((part, i) => html`${i > 0 ? ', ' : ''}${part}`)}`;
}
