/**
 * @module render-html
 * StoryReport[] → one self-contained HTML document: the brief with every claim linked to its highlighted
 * span, the articles side by side, timeline chart, coverage heat map, framing table and removed noise.
 */
import type { StoryReport } from '../../model/story-report.js';
import { describeCoverage } from './brief-sections.js';
import { IdAllocator, escapeHtml } from './html/escape-html.js';
import { heading, type StoryContext } from './html/html-parts.js';
import { renderCoverage } from './html/render-coverage.js';
import { renderFacts } from './html/render-facts.js';
import { renderFraming } from './html/render-framing.js';
import { renderQuotes } from './html/render-quotes.js';
import { renderRemoved } from './html/render-removed.js';
import { renderSources } from './html/render-sources.js';
import { renderTimeline } from './html/render-timeline.js';
import { REPORT_SCRIPT } from './html/report-script.js';
import { REPORT_STYLE } from './html/report-style.js';
import { sha256Base64 } from './html/sha256.js';
import { collectStoryAnchors } from './html/story-anchors.js';

export interface HtmlOptions {
  /** Document title; defaults to the story's title when there is one story. */
  title?: string;
}

/**
 * @example
 * writeFileSync('report.html', renderHtml(reports, { title: 'Bridge collapse' }));
 */
export function renderHtml(reports: StoryReport[], options: HtmlOptions = {}): string {
  const ids = new IdAllocator();
  const isSingle = reports.length === 1;
  const title = options.title ?? (isSingle ? reports[0]?.title : undefined) ?? 'Corroborate report';
  const stories = reports.map((report, i) => renderStory(report, i, ids, isSingle));
  const body = isSingle
    ? (stories[0]?.html ?? '')
    : [heading(1, title), renderTableOfContents(stories, ids), ...stories.map((s) => s.html)].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="corroborate">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    `<main id="main">\n${reports.length === 0 ? `${heading(1, title)}\n<p>No articles to report.</p>` : body}\n</main>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

let policy: string | undefined;

/** No network at all; only this file's own stylesheet and script, pinned by hash. */
function contentSecurityPolicy(): string {
  policy ??=
    "default-src 'none'; " +
    `style-src 'sha256-${sha256Base64(REPORT_STYLE)}'; ` +
    `script-src 'sha256-${sha256Base64(REPORT_SCRIPT)}'; ` +
    "base-uri 'none'; form-action 'none'";
  return policy;
}

function renderStory(report: StoryReport, index: number, ids: IdAllocator, isSingle: boolean) {
  const anchors = collectStoryAnchors(report, index, ids);
  const context: StoryContext = {
    report,
    anchors,
    ids,
    factIds: new Map(report.facts.map((fact) => [fact, ids.take(`${anchors.prefix}f-${fact.id}`)])),
    sections: [],
    level: isSingle ? 2 : 3,
  };
  const id = ids.take(`${anchors.prefix}story`);
  const sections = [
    renderFacts(context),
    renderQuotes(context),
    renderTimeline(context),
    renderCoverage(context),
    renderFraming(context),
    renderSources(context),
    renderRemoved(context),
  ].filter(Boolean);
  const nav = context.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('');
  const html = [
    `<article class="story" id="${id}">`,
    heading(context.level - 1, report.title ?? 'Untitled story'),
    `<p class="coverage-line">${escapeHtml(describeCoverage(report))}</p>`,
    `<nav class="story-nav" aria-label="Sections"><ul>${nav}</ul></nav>`,
    ...sections,
    '</article>',
  ].join('\n');
  return { id, title: report.title ?? 'Untitled story', coverage: describeCoverage(report), html };
}

function renderTableOfContents(stories: { id: string; title: string; coverage: string }[], ids: IdAllocator): string {
  const items = stories
    .map(
      (story) =>
        `<li><a href="#${story.id}">${escapeHtml(story.title)}</a> ` +
        `<span class="coverage-line">${escapeHtml(story.coverage)}</span></li>`,
    )
    .join('\n');
  const id = ids.take('toc');
  return `<nav class="toc" aria-labelledby="${id}-h">${heading(2, 'Stories', `${id}-h`)}<ol>\n${items}\n</ol></nav>`;
}
