/**
 * @module choose-publication-date
 * Picks the publication date among the candidates the finders proposed: a stated year beats an implied
 * one, then the lowest rank (hints, JSON-LD, meta tags, `<time>`, visible lines, datelines, updates).
 */
import type { PublishedHow } from '../../../model/article.js';
import type { DateCandidate } from './date-candidate.js';

export interface PublicationDate {
  published: string;
  publishedHow: PublishedHow;
  publishedFrom: string;
}

export function choosePublicationDate(candidates: readonly DateCandidate[]): PublicationDate | undefined {
  let best: DateCandidate | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      (candidate.isYearStated && !best.isYearStated) ||
      (candidate.isYearStated === best.isYearStated && candidate.rank < best.rank)
    ) {
      best = candidate;
    }
  }
  if (!best) return undefined;
  return {
    published: best.date,
    publishedHow: best.isYearStated ? 'explicit' : 'inferred',
    publishedFrom: best.from,
  };
}
