/**
 * @module login-page
 * The sign-in form a token-protected server shows: the token is posted once and a session cookie kept.
 */
import { html } from './html-template.js';
import { renderPage } from './page-layout.js';

export function renderLoginPage(next: string, error?: string): string {
  return renderPage({
    title: 'Sign in',
    body: html`<h1>Sign in</h1>
      <p>
        This server is shared: give the access token it was started with (<code>corroborate serve --token …</code>).
      </p>
      ${error ? html`<p class="notice error" role="alert">${error}</p>` : ''}
      <form class="stacked" method="post" action="/login">
        <input type="hidden" name="next" value="${next}" />
        <div>
          <label for="login-token">Access token</label
          ><input id="login-token" type="password" name="token" required autocomplete="current-password" />
        </div>
        <div><button type="submit">Sign in</button></div>
      </form>`,
  });
}
