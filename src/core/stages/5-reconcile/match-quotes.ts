/**
 * @module match-quotes
 * The same quote across outlets: verbatim, trimmed (one carries more of it) or lightly reworded,
 * with the wording differences shown ("preliminary data" vs "primary data").
 */
import type { QuoteMention } from '../../model/mention.js';
import type { ReportQuote } from '../../model/story-report.js';

export interface ArticleQuote {
  articleId: string;
  outlet: string;
  quote: QuoteMention;
}

/** Shortest shared run of words that makes two quotes one. */
const MIN_SHARED_WORDS = 6;
const MIN_WORDS = 4;
const MIN_PARTIAL_WORDS = 6;

export function matchQuotes(quotes: ArticleQuote[]): ReportQuote[] {
  // Scare quotes ("terrorists") are framing, not speech; a partial quote of a full clause is speech.
  const candidates = quotes.filter(
    (q) => words(q.quote.text).length >= (q.quote.isPartial ? MIN_PARTIAL_WORDS : MIN_WORDS),
  );
  const groups: ArticleQuote[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.some((member) => isSameQuote(member.quote.text, candidate.quote.text)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups.map((group) => {
    const outlets = new Set(group.map((g) => g.outlet));
    const longest = group.reduce((a, b) => (b.quote.text.length > a.quote.text.length ? b : a));
    const differences = describeDifferences(group);
    return {
      speaker: bestSpeaker(group),
      text: longest.quote.text,
      verdict: outlets.size >= 2 ? 'corroborated' : 'single-source',
      appearances: group.map((g) => ({
        article: g.articleId,
        start: g.quote.start,
        end: g.quote.end,
        text: g.quote.text,
        ...(g.quote.speaker && { speaker: g.quote.speaker }),
      })),
      ...(differences.length > 0 && { differences }),
    };
  });
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

function isSameQuote(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const shorter = Math.min(wa.length, wb.length);
  const needed = Math.min(MIN_SHARED_WORDS, Math.max(MIN_WORDS, Math.ceil(shorter * 0.8)));
  return longestCommonRun(wa, wb) >= needed;
}

function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        if ((current[j] ?? 0) > best) best = current[j] ?? 0;
      }
    }
    previous = current;
  }
  return best;
}

/** Prefer a named speaker over a pronoun or a generic noun, and the longest name. */
function bestSpeaker(group: ArticleQuote[]): string {
  const speakers = group.map((g) => g.quote.speaker).filter((s): s is string => Boolean(s));
  const named = speakers.filter((s) => /\p{Lu}/u.test(s));
  const pool = named.length > 0 ? named : speakers;
  return pool.reduce((a, b) => (b.length > a.length ? b : a), pool[0] ?? 'unknown');
}

/** Word runs present in one appearance's overlap region but not the other: shown side by side. */
function describeDifferences(group: ArticleQuote[]): string[] {
  const first = group[0];
  if (!first) return [];
  const differences: string[] = [];
  for (const other of group.slice(1)) {
    const a = words(first.quote.text);
    const b = words(other.quote.text);
    const onlyA = a.filter((w) => !b.includes(w));
    const onlyB = b.filter((w) => !a.includes(w));
    // Only report rewordings inside the shared part, not one outlet quoting more of the speech.
    if (onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= 4 && onlyB.length <= 4) {
      differences.push(`"${onlyA.join(' ')}" (${first.outlet}) vs "${onlyB.join(' ')}" (${other.outlet})`);
    }
  }
  return differences;
}
