/**
 * @module render-markdown
 * StoryReport → a Markdown brief with footnotes citing outlet and sentence for every claim and quote.
 */
import type { StoryReport } from '../../model/story-report.js';
import { briefSections, describeCoverage, outletName } from './brief-sections.js';

export function renderMarkdown(reports: StoryReport[]): string {
  return reports.map(renderStory).join('\n\n---\n\n');
}

function renderStory(report: StoryReport): string {
  const lines: string[] = [];
  const notes: string[] = [];
  const cite = (articleId: string, sentence: string): string => {
    notes.push(
      `[^${notes.length + 1}]: ${escapeMarkdown(outletName(report, articleId))}: “${escapeMarkdown(sentence.replace(/\s+/g, ' ').trim())}”`,
    );
    return `[^${notes.length}]`;
  };

  lines.push(`# ${escapeMarkdown(report.title ?? 'Untitled story')}`, '', `_${describeCoverage(report)}._`, '');
  for (const section of briefSections(report)) {
    lines.push(`## ${section.heading}`, '');
    for (const fact of section.facts) {
      lines.push(`- **${escapeMarkdown(fact.what)}** (${fact.verdict}): ${escapeMarkdown(fact.reason)}`);
      const seen = new Set<string>();
      for (const claim of fact.claims) {
        const key = `${claim.article}:${claim.sentenceStart}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const extra = [
          claim.asOf,
          claim.attributedTo && `per ${claim.attributedTo}`,
          claim.modality !== 'reported' && claim.modality,
        ]
          .filter(Boolean)
          .join(', ');
        lines.push(
          `  - ${escapeMarkdown(claim.text)}: ${escapeMarkdown(outletName(report, claim.article))}${extra ? ` (${escapeMarkdown(extra)})` : ''}${cite(claim.article, claim.sentence)}`,
        );
      }
    }
    lines.push('');
  }
  if (report.quotes.length > 0) {
    lines.push('## Quotes', '');
    for (const quote of report.quotes) {
      const outlets = [...new Set(quote.appearances.map((a) => outletName(report, a.article)))];
      const first = quote.appearances[0];
      const note = first ? cite(first.article, first.text ?? quote.text) : '';
      lines.push(
        `- **${escapeMarkdown(quote.speaker)}**: “${escapeMarkdown(quote.text)}” (${quote.verdict}; ${escapeMarkdown(outlets.join(', '))})${note}`,
      );
      for (const difference of quote.differences ?? []) lines.push(`  - wording: ${escapeMarkdown(difference)}`);
    }
    lines.push('');
  }
  if (report.timeline.length > 0) {
    lines.push('## Timeline', '');
    for (const entry of report.timeline) {
      lines.push(
        `- **${entry.date}**: ${escapeMarkdown(entry.text)} (${escapeMarkdown(entry.articles.map((a) => outletName(report, a)).join(', '))})`,
      );
    }
    lines.push('');
  }
  if ((report.framing ?? []).length > 0) {
    lines.push(
      '## Framing',
      '',
      '| outlet | ' + (report.framing ?? []).map((row) => escapeMarkdown(row.target)).join(' | ') + ' |',
    );
    lines.push('|---|' + (report.framing ?? []).map(() => '---|').join(''));
    const outlets = [...new Set((report.framing ?? []).flatMap((row) => Object.keys(row.terms)))];
    for (const outlet of outlets) {
      lines.push(
        `| ${escapeMarkdown(outlet)} | ${(report.framing ?? []).map((row) => escapeMarkdown((row.terms[outlet] ?? []).join(', '))).join(' | ')} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Sources', '');
  for (const article of report.articles) {
    lines.push(
      `- ${escapeMarkdown(article.outlet ?? article.id)}${article.title ? `: ${escapeMarkdown(article.title)}` : ''}${article.published ? ` (${article.published}${article.publishedHow === 'inferred' ? ', inferred' : ''})` : ''}: ${escapeMarkdown(article.source)}`,
    );
  }
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n') + '\n';
}

/** Article text must not turn into Markdown or HTML when the brief is rendered. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/\n+/g, ' ');
}
