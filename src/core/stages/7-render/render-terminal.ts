/**
 * @module render-terminal
 * StoryReport → the compact brief for a terminal: the story in one line, disputed facts first,
 * then updates, retractions, corroborated and single-source facts, key quotes and the timeline.
 * Wrapped to the terminal's width; colour only when asked for.
 */
import type { StoryReport, Verdict } from '../../model/story-report.js';
import { briefSections, describeCoverage, outletName } from './brief-sections.js';

export interface TerminalOptions {
  width?: number;
  color?: boolean;
  /** How many quotes and timeline entries to show. */
  maxQuotes?: number;
  maxTimeline?: number;
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  magenta: [35, 39],
} as const;
type Style = keyof typeof CODES;

const VERDICT_STYLE: Record<Verdict, Style> = {
  conflicting: 'red',
  updated: 'yellow',
  retracted: 'magenta',
  corroborated: 'green',
  'single-source': 'cyan',
};

export function renderTerminal(reports: StoryReport[], options: TerminalOptions = {}): string {
  return reports.map((report) => renderStory(report, options)).join('\n');
}

function renderStory(
  report: StoryReport,
  { width = 100, color = false, maxQuotes = 5, maxTimeline = 8 }: TerminalOptions,
): string {
  const paint = (style: Style, text: string) =>
    color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text;
  const out: string[] = [];
  // Article text is cleaned piece by piece before it is painted: cleaning the assembled line would
  // strip the ESC of the renderer's own styling too, and a reader would see "[1m" as text.
  const wrap = (text: string, indent: string) => wrapText(text, Math.max(40, width), indent);

  out.push(paint('bold', clean(report.title ?? 'Untitled story')), paint('dim', clean(describeCoverage(report))), '');
  for (const section of briefSections(report)) {
    out.push(
      paint(
        VERDICT_STYLE[section.verdict],
        paint('bold', `${section.heading.toUpperCase()} (${section.facts.length})`),
      ),
    );
    for (const fact of section.facts) {
      out.push(wrap(`${paint('bold', clean(fact.what))}: ${clean(fact.reason)}`, '  '));
    }
    out.push('');
  }
  if (report.quotes.length > 0) {
    const quotes = [...report.quotes].sort((a, b) => b.appearances.length - a.appearances.length).slice(0, maxQuotes);
    out.push(paint('bold', `QUOTES (${report.quotes.length})`));
    for (const quote of quotes) {
      const outlets = [...new Set(quote.appearances.map((a) => clean(outletName(report, a.article))))].join(', ');
      out.push(
        wrap(
          `${paint('bold', clean(quote.speaker))}: “${truncate(quote.text, 160)}” ${paint('dim', `(${quote.verdict}; ${outlets})`)}`,
          '  ',
        ),
      );
    }
    out.push('');
  }
  if (report.timeline.length > 0) {
    out.push(paint('bold', `TIMELINE (${report.timeline.length})`));
    for (const entry of report.timeline.slice(0, maxTimeline))
      out.push(wrap(`${clean(entry.date)} ${truncate(entry.text, 140)}`, '  '));
    if (report.timeline.length > maxTimeline)
      out.push(paint('dim', `  … ${report.timeline.length - maxTimeline} more (--format md for all)`));
    out.push('');
  }
  return out.join('\n');
}

/**
 * Control characters from an article must not reach the terminal: an ESC would let article text
 * restyle or rewrite the screen, and bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) would reorder what the line shows. Only for article text: the
 * renderer's own styling codes are added after this.
 */
function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
  );
}

function truncate(text: string, max: number): string {
  const flat = clean(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes take no width
  return text.replace(/\u001b\[\d+m/g, '').length;
}

function wrapText(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (visibleLength(line) + visibleLength(word) + 1 > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = `${indent}  `;
    }
    line += `${word} `;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}
