/**
 * @module error-page
 * The page shown when a web request fails: the status, what went wrong, and a way back.
 */
import { html } from './html-template.js';
import { renderPage } from './page-layout.js';

const TITLES: Record<number, string> = {
  400: 'That request could not be used',
  401: 'Sign in first',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large',
  421: 'Wrong address',
};

export function renderErrorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Something went wrong';
  return renderPage({
    title,
    body: html`<h1>${title}</h1>
      <p class="notice error" role="alert">${message}</p>
      <p><a href="/">Back to the stories</a></p>`,
  });
}
