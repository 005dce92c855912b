/**
 * @module describe-referent
 * A label a reader can use, built from what the figure is about: "age: Whitcombe", "year: the ban",
 * "votes against: bill passed", "troops withdrawn", "money (USD): wall".
 */
import type { Referent } from '../../../model/claim.js';

export function describeReferent(referent: Referent): string {
  const thing = [...referent.modifiers.slice(-2), referent.head].filter(Boolean).join(' ');
  // Lemmas read well enough as a label ("troop withdraw"); the clause's loose words do not.
  const about = [thing, referent.verb].filter(Boolean).join(' ');
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
