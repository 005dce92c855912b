/**
 * @module page-layout
 * The frame every web page shares: language, viewport, title, the stylesheet, a skip link and the
 * header with the search box. No scripts.
 */
import { html, type SafeHtml } from './html-template.js';

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The current search text, kept in the header's search box. */
  query?: string;
}

export function renderPage({ title, body, query }: PageOptions): string {
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} · Corroborate</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site-header">
          <nav aria-label="Site">
            <a class="brand" href="/">Corroborate</a>
            <a href="/#add">Add articles</a>
            <form role="search" method="get" action="/search">
              <label class="sr-only" for="site-search">Search articles and facts</label>
              <input
                id="site-search"
                type="search"
                name="q"
                value="${query ?? ''}"
                placeholder="Search articles and facts"
                maxlength="200"
              />
              <button type="submit">Search</button>
            </form>
          </nav>
        </header>
        <main id="main" tabindex="-1">${body}</main>
      </body>
    </html> `.value;
}
