/**
 * @module render-quotes
 * Key quotes: speaker, words, verdict, every outlet carrying it (linked to its span) and wording differences.
 */
import type { ReportQuote } from '../../../model/story-report.js';
import { escapeHtml } from './escape-html.js';
import { citeLink, outletOf, section, verdictBadge, type StoryContext } from './html-parts.js';

export function renderQuotes(context: StoryContext): string {
  const items = context.report.quotes.map((quote) => renderQuote(context, quote)).join('\n');
  return section(context, 'quotes', 'Key quotes', items && `<ul class="quote-list">\n${items}\n</ul>`);
}

function renderQuote(context: StoryContext, quote: ReportQuote): string {
  const carriedBy = quote.appearances
    .map((appearance) => citeLink(context, appearance, escapeHtml(outletOf(context, appearance.article))))
    .join(', ');
  const differences = (quote.differences ?? []).map((d) => `<li>${escapeHtml(d)}</li>`).join('');
  return [
    '<li class="quote">',
    `<blockquote><p>${escapeHtml(quote.text)}</p></blockquote>`,
    `<p class="attribution">— <strong class="speaker">${escapeHtml(quote.speaker)}</strong> ${verdictBadge(quote.verdict)}`,
    carriedBy && ` <span class="carried">carried by ${carriedBy}</span>`,
    '</p>',
    differences && `<p class="differences-label">Wording differences:</p><ul class="differences">${differences}</ul>`,
    '</li>',
  ].join('');
}
