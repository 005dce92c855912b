/**
 * @module source-page
 * `/stories/:id/articles/:key`: one article's extracted text with every claim's sentence marked and
 * the sentence a link asked for (`?start=&end=`) highlighted, plus what was removed as noise.
 */
import type { ReportArticle } from '../../../core/model/story-report.js';
import type { StoryView } from '../story-catalog.js';
import { html, segment, type SafeHtml } from './html-template.js';
import { renderSourceText, type MarkedSpan } from './marked-text.js';
import { renderPage } from './page-layout.js';
import { spanAnchor } from './story-links.js';

export interface SourcePage {
  view: StoryView;
  article: ReportArticle;
  key: number;
  current?: { start: number; end: number };
}

/** The spans of an article the report points at: claim sentences, quotes, dated events. */
export function spansOfArticle(view: StoryView, articleId: string): MarkedSpan[] {
  const { report } = view;
  const spans: MarkedSpan[] = [];
  for (const fact of report.facts) {
    for (const claim of fact.claims) {
      if (claim.article === articleId)
        spans.push({ start: claim.sentenceStart, end: claim.sentenceEnd, label: `${fact.what}: ${claim.text}` });
    }
  }
  for (const quote of report.quotes) {
    for (const appearance of quote.appearances) {
      if (appearance.article === articleId)
        spans.push({ start: appearance.start, end: appearance.end, label: `Quote: ${quote.speaker}` });
    }
  }
  for (const entry of report.timeline) {
    if (entry.source?.article === articleId)
      spans.push({ start: entry.source.start, end: entry.source.end, label: `Dated ${entry.date}` });
  }
  return spans;
}

export function renderSourcePage({ view, article, key, current }: SourcePage): string {
  const { report } = view;
  const title = article.title ?? article.outlet ?? article.id;
  const storyPath = `/stories/${segment(report.id)}`;
  const claims = report.facts.flatMap((fact) =>
    fact.claims.filter((c) => c.article === article.id).map((claim) => ({ fact, claim })),
  );
  const currentText = current ? article.text.slice(current.start, current.end) : undefined;
  const body = html`<p><a href="${storyPath}">← ${report.title ?? 'Back to the story'}</a></p>
    <h1>${title}</h1>
    <dl class="facts-meta">
      <dt>Outlet</dt>
      <dd>${article.outlet ?? 'not named'}</dd>
      ${
        article.byline
          ? html`<dt>By</dt>
              <dd>${article.byline}</dd>`
          : ''
      }
      <dt>Published</dt>
      <dd>
        ${article.published ?? 'unknown'}${article.publishedHow === 'inferred' ? ' (inferred from the story)' : ''}
      </dd>
      <dt>Source</dt>
      <dd>${renderSourceLink(article.source)}</dd>
    </dl>
    ${currentText !== undefined && current ? html`<p class="notice" role="status">The highlighted passage is the sentence the claim was read from: <a href="#${spanAnchor(current.start, current.end)}">jump to it</a>.</p>` : ''}
    <h2 id="text-h">Text</h2>
    ${renderSourceText(article.text, spansOfArticle(view, article.id), current, 'text-h')}
    ${
      claims.length > 0
        ? html`<h2>Figures read from this article</h2>
            <ul class="claims">
              ${claims.map(
                ({ fact, claim }) =>
                  html`<li class="claim">
                    <a href="#${spanAnchor(claim.sentenceStart, claim.sentenceEnd)}"
                      >${fact.what}: <strong>${claim.text}</strong></a
                    >
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      article.removed.length > 0
        ? html`<h2>Removed as noise</h2>
            <details>
              <summary>
                ${article.removed.length} ${article.removed.length === 1 ? 'line' : 'lines'} kept aside (captions,
                links, prompts…)
              </summary>
              <ul>
                ${article.removed.map((line) => html`<li><span class="badge">${line.reason}</span> ${line.text}</li>`)}
              </ul>
            </details>`
        : ''
    }
    <h2>Remove this article</h2>
    <form method="post" action="/articles/${key}/delete">
      <p class="muted">Deletes the article from the store; the story is re-reported without it.</p>
      <button class="danger" type="submit">Delete this article</button>
    </form>`;
  return renderPage({ title, body });
}

/** http(s) sources become links that send no referrer; anything else (a file path, pasted text) stays text. */
function renderSourceLink(source: string): SafeHtml {
  let isWeb = false;
  try {
    const url = new URL(source);
    isWeb = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    isWeb = false;
  }
  return isWeb ? html`<a href="${source}" rel="noopener noreferrer nofollow">${source}</a>` : html`${source}`;
}
