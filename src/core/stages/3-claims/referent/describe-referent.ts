/**
 * @module describe-referent
 * A label a reader can use, built from what the figure is about: "age: Whitcombe", "year: the ban",
 * "votes against: bill passed", "troops withdrawn", "money (USD): wall".
 */
import type { Referent } from '../../../model/claim.js';

export function describeReferent(referent: Referent): string {
  const thing = [...referent.modifiers.slice(-2), referent.head].filter(Boolean).join(' ');
  const verb = referent.verb ? participle(referent.verb) : undefined;
  const about = [thing, verb].filter(Boolean).join(' ') || referent.context.slice(0, 2).join(' ');
  const owner = referent.owner;
  switch (referent.figureClass) {
    case 'age':
      return owner ? `age of ${owner}` : `age${about ? `: ${about}` : ''}`;
    case 'year':
      return `year${about ? ` of ${about}` : ''}${owner ? ` (${owner})` : ''}`;
    case 'tally':
      return `${referent.side === 'against' ? 'votes against' : 'votes for'}${about ? `: ${about}` : ''}`;
    case 'ordinal':
      return `rank${about ? `: ${about}` : ''}${owner ? ` (${owner})` : ''}`;
    case 'duration':
      return `${referent.unit ?? 'time'}s${about ? `: ${about}` : ''}${owner ? ` (${owner})` : ''}`;
    case 'money':
      return `${about || 'amount'} (${(referent.unit ?? '').toUpperCase()})`;
    case 'percent':
      return `share${about ? `: ${about}` : ''}`;
    case 'multiple':
      return `multiple${about ? `: ${about}` : ''}`;
    case 'measure':
      return `${about || 'measure'} (${referent.unit ?? ''})`;
    default:
      return about || 'count';
  }
}

/** "withdraw" → "withdrawn"-like reading without a lexicon: the lemma itself reads well enough. */
function participle(lemma: string): string {
  return lemma;
}
