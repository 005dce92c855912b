/**
 * @module timeline-chart
 * The story's timeline as an SVG: a dot per dated event (bigger for more events that day) above the
 * axis, a square per article published that day below it. The list under the chart carries the links,
 * so the chart is one image to assistive technology.
 */
import type { StoryReport } from '../../../core/model/story-report.js';
import { html, type SafeHtml } from './html-template.js';

const WIDTH = 720;
const HEIGHT = 124;
const MARGIN = 56;
const AXIS_Y = 72;
/** Room one YYYY-MM-DD label needs, in chart units. */
const LABEL_WIDTH = 84;
const DAY_MS = 86_400_000;

interface Day {
  date: string;
  day: number;
  events: number;
  published: number;
}

function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const value = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  return Number.isFinite(value) ? value : undefined;
}

export function renderTimelineChart(report: StoryReport, id: string): SafeHtml {
  const days = new Map<string, Day>();
  const dayOf = (date: string): Day | undefined => {
    const number = dayNumber(date);
    if (number === undefined) return undefined;
    let entry = days.get(date);
    if (!entry) days.set(date, (entry = { date, day: number, events: 0, published: 0 }));
    return entry;
  };
  for (const entry of report.timeline) {
    const day = dayOf(entry.date);
    if (day) day.events++;
  }
  for (const article of report.articles) {
    const day = article.published ? dayOf(article.published) : undefined;
    if (day) day.published++;
  }
  const sorted = [...days.values()].sort((a, b) => a.day - b.day);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return html``;
  const span = last.day - first.day;
  const xOf = (day: number): number =>
    span === 0 ? WIDTH / 2 : MARGIN + ((day - first.day) / span) * (WIDTH - 2 * MARGIN);
  const labelled = pickLabels(sorted, xOf);
  const marks = sorted.map((d) => {
    const x = xOf(d.day).toFixed(1);
    const radius = Math.min(14, 4 + 2 * Math.sqrt(d.events)).toFixed(1);
    return html`<g>
      ${d.events > 0 ? html`<circle class="event" cx="${x}" cy="${AXIS_Y - 22}" r="${radius}"><title>${d.date}: ${d.events} dated ${d.events === 1 ? 'event' : 'events'}</title></circle>` : ''}
      ${d.published > 0 ? html`<rect class="published" x="${(xOf(d.day) - 5).toFixed(1)}" y="${AXIS_Y + 6}" width="10" height="${Math.min(30, 6 * d.published)}"><title>${d.date}: ${d.published} ${d.published === 1 ? 'article' : 'articles'} published</title></rect>` : ''}
      ${labelled.has(d.date) ? html`<text x="${x}" y="${HEIGHT - 4}" text-anchor="middle">${d.date}</text>` : ''}
    </g>`;
  });
  const events = report.timeline.length;
  const summary = `${events} dated ${events === 1 ? 'event' : 'events'} from ${first.date} to ${last.date}`;
  return html`<figure>
    <svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">
      <title id="${id}-title">Timeline: ${summary}</title>
      <desc id="${id}-desc">
        Dots above the line are dated events (larger for more events that day); bars below the line are articles
        published that day. The same entries are listed below.
      </desc>
      <line class="axis" x1="${MARGIN / 2}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN / 2}" y2="${AXIS_Y}"></line>
      ${marks}
    </svg>
    <figcaption class="legend">
      <span><span class="swatch event"></span>dated events</span
      ><span><span class="swatch published"></span>articles published</span>
    </figcaption>
  </figure>`;
}

/** Dates labelled left to right, each at least a label's width from the last, the final date always. */
function pickLabels(days: Day[], xOf: (day: number) => number): Set<string> {
  const picked: { date: string; x: number }[] = [];
  days.forEach((d, i) => {
    const x = xOf(d.day);
    const previous = picked.at(-1);
    if (!previous || x - previous.x >= LABEL_WIDTH) picked.push({ date: d.date, x });
    else if (i === days.length - 1) picked.splice(-1, 1, { date: d.date, x });
  });
  return new Set(picked.map((p) => p.date));
}
