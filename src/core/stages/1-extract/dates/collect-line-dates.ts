/**
 * @module collect-line-dates
 * Date candidates from the visible text: "Published …" / "Updated …" / bare date lines that the noise
 * rules removed as timestamps, and a dateline opening the first story paragraph.
 */
import { readTimestampLine } from '../noise/read-timestamp-line.js';
import type { ClassifiedLine } from '../text-line.js';
import type { DateCandidate } from './date-candidate.js';
import { findDatelineDate } from './find-dateline-date.js';

const RANK_PUBLISHED_LINE = 60;
const RANK_TIMESTAMP_LINE = 62;
const RANK_DATELINE = 64;
const RANK_UPDATED_LINE = 70;

export function collectLineDates(lines: readonly ClassifiedLine[], now: Date): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const line of lines) {
    if (line.rule !== 'timestamp-line') continue;
    const stamp = readTimestampLine(line.text, now);
    if (stamp?.published) candidates.push({ ...stamp.published, from: 'published-line', rank: RANK_PUBLISHED_LINE });
    if (stamp?.unlabeled) candidates.push({ ...stamp.unlabeled, from: 'timestamp-line', rank: RANK_TIMESTAMP_LINE });
    if (stamp?.updated) candidates.push({ ...stamp.updated, from: 'updated-line', rank: RANK_UPDATED_LINE });
  }
  const firstKept = lines.filter((line) => !line.reason).slice(0, 3);
  for (const line of firstKept) {
    const dateline = findDatelineDate(line.text, now);
    if (dateline) {
      candidates.push({ ...dateline, from: 'dateline', rank: RANK_DATELINE });
      break;
    }
  }
  return candidates;
}
