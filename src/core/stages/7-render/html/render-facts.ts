/**
 * @module render-facts
 * The brief's facts, disputed first: verdict, reason, consensus and every claim linked to its span.
 */
import type { ReportClaim, ReportFact } from '../../../model/story-report.js';
import { briefSections, formatRange } from '../brief-sections.js';
import { escapeHtml } from './escape-html.js';
import { citeLink, heading, outletOf, section, verdictBadge, type StoryContext } from './html-parts.js';

export function renderFacts(context: StoryContext): string {
  const sections = briefSections(context.report);
  if (sections.length === 0) return section(context, 'facts', 'Facts', '<p>No comparable facts were found.</p>');
  return sections
    .map(({ verdict, heading: title, facts }) =>
      section(context, `facts-${verdict}`, title, facts.map((fact) => renderFact(context, fact)).join('\n')),
    )
    .join('\n');
}

function renderFact(context: StoryContext, fact: ReportFact): string {
  const id = context.factIds.get(fact) ?? context.ids.take(`${context.anchors.prefix}f-${fact.id}`);
  const consensus = fact.consensus
    ? `<p class="consensus">Best supported: <strong>${escapeHtml(fact.consensus.text || formatRange(fact.consensus.low, fact.consensus.high))}</strong></p>`
    : '';
  const origins =
    (fact.origins ?? []).length > 0
      ? `<p class="origins">Independent origins: ${escapeHtml((fact.origins ?? []).join(', '))}</p>`
      : '';
  return [
    `<article class="fact" id="${id}" data-fact-id="${escapeHtml(fact.id)}" data-verdict="${escapeHtml(fact.verdict)}">`,
    heading(context.level + 1, fact.what, undefined, ` ${verdictBadge(fact.verdict)}`),
    `<p class="reason">${escapeHtml(fact.reason)}</p>`,
    consensus,
    origins,
    `<ul class="claims">${fact.claims.map((claim) => renderClaim(context, claim)).join('')}</ul>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function renderClaim(context: StoryContext, claim: ReportClaim): string {
  const range = formatRange(claim.low, claim.high);
  const value = `<strong class="value" title="${escapeHtml(`read as ${range}`)}">${escapeHtml(claim.text)}</strong>`;
  const details = [
    claim.asOf && `as of <time datetime="${escapeHtml(claim.asOf)}">${escapeHtml(claim.asOf)}</time>`,
    claim.attributedTo && `per ${escapeHtml(claim.attributedTo)}`,
    `<span class="modality modality-${escapeHtml(claim.modality)}">${escapeHtml(claim.modality)}</span>`,
  ].filter(Boolean);
  return (
    `<li class="claim">${citeLink(context, claim, value)} <span class="outlet">${escapeHtml(outletOf(context, claim.article))}</span>` +
    ` <span class="details">${details.join(' · ')}</span>` +
    `<q class="sentence">${escapeHtml(claim.sentence.replace(/\s+/g, ' ').trim())}</q></li>`
  );
}
