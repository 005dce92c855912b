/**
 * @module submit-result-page
 * What the add-articles form did: articles added or already stored, stories changed (with links)
 * and every problem an input had.
 */
import type { SubmitResult } from '../story-catalog.js';
import { html, segment } from './html-template.js';
import { renderPage } from './page-layout.js';

export function renderSubmitResultPage(result: SubmitResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const summary = `${result.added} ${result.added === 1 ? 'article' : 'articles'} added${result.duplicates > 0 ? `, ${result.duplicates} already stored` : ''}${result.newVersions > 0 ? `, ${result.newVersions} new version(s) of known pages` : ''}.`;
  const title = result.added > 0 ? 'Articles added' : errors.length > 0 ? 'Nothing was added' : 'Already stored';
  return renderPage({
    title,
    body: html`<h1>${title}</h1>
      <p class="notice${result.added === 0 && errors.length > 0 ? ' error' : ''}" role="status">${summary}</p>
      ${
        result.stories.length > 0
          ? html`<h2>Stories changed</h2>
              <ul>
                ${result.stories.map(
                  (story) =>
                    html`<li>
                      <a href="/stories/${segment(story.id)}">${story.title ?? story.id}</a>${
                        story.changes.length > 0
                          ? html`<ul>
                              ${story.changes.map((line) => html`<li>${line}</li>`)}
                            </ul>`
                          : ''
                      }
                    </li>`,
                )}
              </ul>`
          : ''
      }
      ${
        result.diagnostics.length > 0
          ? html`<h2>Problems</h2>
              <ul>
                ${result.diagnostics.map((d) => html`<li><strong>${d.severity}</strong>: ${d.source}: ${d.message}</li>`)}
              </ul>`
          : ''
      }
      <p><a href="/">Back to the stories</a> · <a href="/#add">Add more</a></p>`,
  });
}
