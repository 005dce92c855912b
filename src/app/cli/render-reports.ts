/**
 * @module render-reports
 * Picks the renderer for `--format`: the terminal brief, Markdown, JSON (the contract) or HTML.
 */
import type { StoryReport } from '../../core/model/story-report.js';
import { renderHtml } from '../../core/stages/7-render/render-html.js';
import { renderMarkdown } from '../../core/stages/7-render/render-markdown.js';
import { renderTerminal } from '../../core/stages/7-render/render-terminal.js';

export const REPORT_FORMATS = ['terminal', 'md', 'json', 'html'];

export function renderReports(
  reports: StoryReport[],
  format: string,
  terminal: { width: number; color: boolean },
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
    case 'html':
      return renderHtml(reports);
    case 'md':
      return renderMarkdown(reports);
    default:
      return reports.length === 0 ? 'No articles to report.\n' : renderTerminal(reports, terminal);
  }
}
