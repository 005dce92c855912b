/**
 * @module html-parts
 * The pieces every section of the HTML report shares: its context, headings, verdict badges, citation links.
 */
import type { ReportFact, StoryReport } from '../../../model/story-report.js';
import type { IdAllocator } from './escape-html.js';
import type { StoryAnchors } from './story-anchors.js';
import { escapeHtml } from './escape-html.js';
import { outletName } from '../brief-sections.js';

export interface StoryContext {
  report: StoryReport;
  anchors: StoryAnchors;
  ids: IdAllocator;
  /** Element id of each fact, taken up front so the coverage table can link to facts. */
  factIds: Map<ReportFact, string>;
  /** Sections rendered so far, for the story's own navigation. */
  sections: { id: string; title: string }[];
  /** Heading level of the story's sections: 2 for a one-story document, 3 when stories are h2. */
  level: number;
}

/** `afterHtml` is markup this renderer built (a badge), appended inside the heading unescaped. */
export function heading(level: number, text: string, id?: string, afterHtml = ''): string {
  const tag = `h${Math.min(level, 6)}`;
  return `<${tag}${id ? ` id="${escapeHtml(id)}"` : ''}>${escapeHtml(text)}${afterHtml}</${tag}>`;
}

/** A section with its heading, labelled for screen readers, or nothing when the body is empty. */
export function section(context: StoryContext, name: string, title: string, body: string): string {
  if (body === '') return '';
  const id = context.ids.take(`${context.anchors.prefix}${name}`);
  context.sections.push({ id, title });
  return `<section class="${escapeHtml(name)}" id="${id}" aria-labelledby="${id}-h">${heading(context.level, title, `${id}-h`)}\n${body}\n</section>`;
}

export function verdictBadge(verdict: string): string {
  return `<span class="badge verdict-${escapeHtml(verdict)}">${escapeHtml(verdict)}</span>`;
}

export function outletOf(context: StoryContext, articleId: string): string {
  return outletName(context.report, articleId);
}

/** A link to the cited span in its article; plain text when the span is not in the article. */
export function citeLink(
  context: StoryContext,
  span: { article: string; start: number; end: number },
  innerHtml: string,
): string {
  const id = context.anchors.spanId(span.article, span.start, span.end);
  if (id === undefined) return innerHtml;
  const label = `Show in ${outletOf(context, span.article)}`;
  return `<a class="cite-link" href="#${id}" title="${escapeHtml(label)}">${innerHtml}</a>`;
}
