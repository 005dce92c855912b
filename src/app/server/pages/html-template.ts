/**
 * @module html-template
 * The `html` tagged template every page is written with: each interpolated value is HTML-escaped
 * unless it is already SafeHtml, so article text cannot reach the page as markup by mistake.
 */

import { escapeHtml } from '../../../core/stages/7-render/html/escape-html.js';

// One escaping for the pages and the standalone report: markup characters escaped, bidi controls dropped.
export { escapeHtml };

/** Markup built by `html` (or trusted constants): inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/**
 * @example
 * html`<p title="${userText}">${userText}</p>` // both escaped
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusted markup (constants in this codebase only, never data). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Query string for a link, each part URL-encoded (the result still goes through `html`). */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** A path segment from data (a story id), URL-encoded. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** An id fragment made only of [A-Za-z0-9_-] (for ids and #fragments built from data); never empty. */
export function toSafeId(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || '_';
}
