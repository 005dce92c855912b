/**
 * @module overlap-removal-refiner
 * Keeps one candidate per stretch of tokens: the longest, and on a tie the one proposed first
 * (finder order is priority order).
 */
import type { NumberCandidate } from './number-candidate.js';

export function removeOverlaps(candidates: NumberCandidate[]): NumberCandidate[] {
  const ordered = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        a.candidate.firstToken - b.candidate.firstToken ||
        b.candidate.endToken - a.candidate.endToken ||
        a.order - b.order,
    );
  const kept: NumberCandidate[] = [];
  for (const { candidate } of ordered) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && candidate.firstToken < previous.endToken) {
      // A later, longer candidate wins over the shorter one it overlaps ("ten" inside "tens of thousands").
      const candidateLength = candidate.endToken - candidate.firstToken;
      const previousLength = previous.endToken - previous.firstToken;
      if (candidateLength > previousLength) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}
