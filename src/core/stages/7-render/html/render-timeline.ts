/**
 * @module render-timeline
 * The timeline: an inline SVG with a dot per date, then the entries, each linked to its sentence.
 */
import type { TimelineEntry } from '../../../model/story-report.js';
import { escapeHtml } from './escape-html.js';
import { citeLink, outletOf, section, type StoryContext } from './html-parts.js';

const WIDTH = 640;
const HEIGHT = 96;
const MARGIN = 48;
const AXIS_Y = 44;
const DAY_MS = 86_400_000;

export function renderTimeline(context: StoryContext): string {
  const entries = context.report.timeline;
  if (entries.length === 0) return '';
  const entryIds = entries.map((_, i) => context.ids.take(`${context.anchors.prefix}tl-${i + 1}`));
  const list = entries.map((entry, i) => renderEntry(context, entry, entryIds[i] ?? '')).join('\n');
  return section(
    context,
    'timeline',
    'Timeline',
    `${renderChart(context, entries, entryIds)}\n<ol class="timeline-list">\n${list}\n</ol>`,
  );
}

function renderEntry(context: StoryContext, entry: TimelineEntry, id: string): string {
  const text = escapeHtml(entry.text.replace(/\s+/g, ' ').trim());
  const outlets = [...new Set(entry.articles.map((a) => outletOf(context, a)))].join(', ');
  return (
    `<li id="${id}"><time datetime="${escapeHtml(entry.date)}">${escapeHtml(entry.date)}</time> ` +
    `${entry.source ? citeLink(context, entry.source, text) : text}` +
    (outlets ? ` <span class="outlet">${escapeHtml(outlets)}</span>` : '') +
    '</li>'
  );
}

function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  return Number.isFinite(day) ? day : undefined;
}

/** One dot per date, sized by how many entries it holds; each dot links to its first entry. */
function renderChart(context: StoryContext, entries: TimelineEntry[], entryIds: string[]): string {
  const byDate = new Map<string, { day: number; indexes: number[] }>();
  entries.forEach((entry, i) => {
    const day = dayNumber(entry.date);
    if (day === undefined) return;
    const group = byDate.get(entry.date) ?? { day, indexes: [] };
    group.indexes.push(i);
    byDate.set(entry.date, group);
  });
  const dates = [...byDate.entries()].sort((a, b) => a[1].day - b[1].day);
  const first = dates[0]?.[1].day;
  const last = dates.at(-1)?.[1].day;
  if (first === undefined || last === undefined) return '';
  const x = (day: number): number =>
    last === first ? WIDTH / 2 : MARGIN + ((day - first) / (last - first)) * (WIDTH - 2 * MARGIN);
  const titleId = context.ids.take(`${context.anchors.prefix}timeline-chart`);
  const labelEvery = Math.ceil(dates.length / 8);
  const dots = dates.map(([date, { day, indexes }], i) => {
    const cx = x(day).toFixed(1);
    const radius = 5 + Math.min(indexes.length, 5) * 1.5;
    const first = entries[indexes[0] ?? 0]?.text.replace(/\s+/g, ' ').trim() ?? '';
    const tip = `${date}: ${indexes.length} entr${indexes.length === 1 ? 'y' : 'ies'}. ${first.slice(0, 160)}`;
    const isLabelled = i % labelEvery === 0 || i === dates.length - 1;
    const labelY = i % 2 === 0 ? AXIS_Y + 34 : AXIS_Y - 22;
    return (
      `<a href="#${entryIds[indexes[0] ?? 0] ?? ''}"><circle class="tl-dot" cx="${cx}" cy="${AXIS_Y}" r="${radius}">` +
      `<title>${escapeHtml(tip)}</title></circle></a>` +
      (isLabelled ? `<text x="${cx}" y="${labelY}" text-anchor="middle">${escapeHtml(date)}</text>` : '')
    );
  });
  return (
    `<svg class="timeline-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeHtml(`Timeline: ${entries.length} entries over ${dates.length} dates`)}</title>` +
    `<line class="tl-axis" x1="${MARGIN / 2}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN / 2}" y2="${AXIS_Y}"/>` +
    dots.join('') +
    '</svg>'
  );
}
