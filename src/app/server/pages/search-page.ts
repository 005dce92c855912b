/**
 * @module search-page
 * `/search?q=`: articles whose text, title or outlet contain the words, and facts that mention them.
 */
import type { SearchResult } from '../story-catalog.js';
import { html, segment, toSafeId, withQuery } from './html-template.js';
import { renderPage } from './page-layout.js';
import { verdictBadge } from './story-page.js';

export function renderSearchPage(query: string, result: SearchResult | undefined, problem?: string): string {
  const title = query ? `Search: ${query}` : 'Search';
  const articles = result?.articles ?? [];
  const facts = result?.facts ?? [];
  return renderPage({
    title,
    query,
    body: html`<h1>${title}</h1>
      ${problem ? html`<p class="notice error" role="alert">${problem}</p>` : ''}
      ${
        result
          ? html`<h2>Facts (${facts.length})</h2>
              ${
                facts.length === 0
                  ? html`<p>No fact mentions it.</p>`
                  : html`<ul class="search-facts">
                      ${facts.map((f) => html`<li><a href="/stories/${segment(f.storyId)}#fact-${toSafeId(f.id)}">${f.what}</a> ${verdictBadge(f.verdict)} <span class="muted">${f.storyTitle ?? f.storyId}: ${f.reason}</span></li>`)}
                    </ul>`
              }
              <h2>Articles (${articles.length})</h2>
              ${
                articles.length === 0
                  ? html`<p>No article contains it.</p>`
                  : html`<ul class="search-articles">
                      ${articles.map((a) => {
                        const path = `/stories/${segment(a.storyId)}/articles/${a.key}`;
                        const href = a.match
                          ? `${withQuery(path, { start: a.match.start, end: a.match.end })}#s-${a.match.start}-${a.match.end}`
                          : path;
                        return html`<li>
                          <a href="${href}">${a.title ?? a.id}</a>
                          <span class="outlet">${a.outlet ?? ''}${a.published ? ` ${a.published}` : ''}</span
                          ><br /><span class="muted">${a.snippet}</span>
                        </li>`;
                      })}
                    </ul>`
              }`
          : ''
      }`,
  });
}
