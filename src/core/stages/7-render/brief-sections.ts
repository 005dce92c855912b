/**
 * @module brief-sections
 * The order a reader needs: disputed facts first, then updates, retractions, corroborated and
 * single-source facts. Shared by the Markdown, terminal and HTML renderers.
 */
import type { ReportFact, StoryReport, Verdict } from '../../model/story-report.js';

export interface BriefSection {
  verdict: Verdict;
  heading: string;
  facts: ReportFact[];
}

const SECTIONS: [Verdict, string][] = [
  ['conflicting', 'Disputed'],
  ['updated', 'Updated'],
  ['retracted', 'Retracted or unconfirmed'],
  ['corroborated', 'Corroborated'],
  ['single-source', 'Single source'],
];

export function briefSections(report: StoryReport): BriefSection[] {
  return SECTIONS.map(([verdict, heading]) => ({
    verdict,
    heading,
    facts: report.facts.filter((f) => f.verdict === verdict),
  })).filter((section) => section.facts.length > 0);
}

/** "5 articles from 4 outlets, 2022-01-10 to 2022-01-11". */
export function describeCoverage(report: StoryReport): string {
  const outlets = new Set(report.articles.map((a) => a.outlet ?? a.id));
  const dates = report.articles
    .map((a) => a.published)
    .filter((d): d is string => Boolean(d))
    .sort();
  const span =
    dates.length === 0 ? '' : dates[0] === dates.at(-1) ? `, ${dates[0]}` : `, ${dates[0]} to ${dates.at(-1)}`;
  const articles = `${report.articles.length} article${report.articles.length === 1 ? '' : 's'}`;
  return `${articles} from ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}${span}`;
}

export function outletName(report: StoryReport, articleId: string): string {
  const article = report.articles.find((a) => a.id === articleId);
  return article?.outlet ?? article?.title ?? articleId;
}

/** A value as a reader says it: "1,912", "1,800–1,999". */
export function formatRange(low: number, high: number): string {
  const format = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}
