/**
 * @module story-list-page
 * `/`: the stories in the store (most disputed and newest first), paged, and the forms to add articles.
 */
import type { StorySummary } from '../../../core/ports/article-store.js';
import { html, segment, withQuery, type SafeHtml } from './html-template.js';
import { renderPage } from './page-layout.js';

export interface StoryListPage {
  stories: StorySummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Shown above the list, e.g. the outcome of a submission. */
  notice?: SafeHtml;
}

export function renderStoryListPage({ stories, total, page, pageSize, notice }: StoryListPage): string {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const body = html`<h1>Stories</h1>
    ${notice ?? ''}
    ${stories.length === 0 ? html`<p>The store holds no stories yet. Add articles below: paste an article or give the web addresses of pages or feeds.</p>` : renderTable(stories, total)}
    ${pages > 1 ? renderPager(page, pages) : ''} ${renderAddForms()}`;
  return renderPage({ title: 'Stories', body });
}

function renderTable(stories: StorySummary[], total: number): SafeHtml {
  const rows = stories.map(
    (story) =>
      html`<tr>
        <th scope="row"><a href="/stories/${segment(story.id)}">${story.title ?? story.id}</a></th>
        <td>${describeOutlets(story.outlets)}</td>
        <td class="number">${story.articleCount}</td>
        <td class="number">${story.disputedCount > 0 ? html`<strong>${story.disputedCount}</strong>` : '0'}</td>
        <td><time datetime="${story.updatedAt}">${story.updatedAt.slice(0, 16).replace('T', ' ')}</time></td>
      </tr>`,
  );
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${total} ${total === 1 ? 'story' : 'stories'}, the most disputed and most recently updated first
      </caption>
      <thead>
        <tr>
          <th scope="col">Story</th>
          <th scope="col">Outlets</th>
          <th scope="col" class="number">Articles</th>
          <th scope="col" class="number">Disputed facts</th>
          <th scope="col">Last update (UTC)</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

function renderPager(page: number, pages: number): SafeHtml {
  return html`<nav class="pager" aria-label="Pages">
    ${page > 1 ? html`<a href="${withQuery('/', { page: page - 1 })}" rel="prev">Newer stories</a>` : ''}
    <span>Page ${page} of ${pages}</span>
    ${page < pages ? html`<a href="${withQuery('/', { page: page + 1 })}" rel="next">Older stories</a>` : ''}
  </nav>`;
}

function renderAddForms(): SafeHtml {
  return html`<h2 id="add">Add articles</h2>
    <form class="stacked" method="post" action="/articles" aria-labelledby="paste-legend">
      <fieldset>
        <legend id="paste-legend">Paste an article</legend>
        <div>
          <label for="add-text"
            >Article text or HTML
            <span class="hint"
              >The whole article as published: headline first, then the body. A page’s HTML works too.</span
            ></label
          >
          <textarea id="add-text" name="text" required></textarea>
        </div>
        <div class="field-row">
          <div>
            <label for="add-title">Headline <span class="hint">optional</span></label
            ><input id="add-title" type="text" name="title" maxlength="500" />
          </div>
          <div>
            <label for="add-outlet">Outlet <span class="hint">optional</span></label
            ><input id="add-outlet" type="text" name="outlet" maxlength="500" />
          </div>
        </div>
        <div class="field-row">
          <div>
            <label for="add-url">Address of the original <span class="hint">optional</span></label
            ><input id="add-url" type="url" name="url" maxlength="500" />
          </div>
          <div>
            <label for="add-published">Published on <span class="hint">optional</span></label
            ><input id="add-published" type="date" name="published" />
          </div>
        </div>
      </fieldset>
      <div><button type="submit">Add this article</button></div>
    </form>
    <form class="stacked" method="post" action="/articles" aria-labelledby="urls-legend">
      <fieldset>
        <legend id="urls-legend">Fetch from the web</legend>
        <label for="add-urls"
          >Web addresses of articles or RSS/Atom feeds
          <span class="hint">One per line, starting with https://. A feed adds every article it lists.</span></label
        >
        <textarea id="add-urls" name="urls" required rows="4"></textarea>
      </fieldset>
      <div><button type="submit">Fetch and add</button></div>
    </form>`;
}

/** The store lists an article's id where it has no outlet name (ids end in a 6-hex content hash). */
function describeOutlets(outlets: string[]): string {
  const named = outlets.filter((o) => !/^[a-z0-9-]+-[0-9a-f]{6}$/.test(o));
  const unnamed = outlets.length - named.length;
  return [...named, ...(unnamed > 0 ? [`${unnamed} unnamed`] : [])].join(', ');
}
