/**
 * @module build-framing
 * The words each outlet uses for the same actors and events (protesters / rioters / terrorists),
 * side by side, from the framing lexicon's groups.
 */
import type { Token } from '../../model/token.js';
import type { FramingRow } from '../../model/story-report.js';
import framing from '../../lexicons/framing-terms.json' with { type: 'json' };

const GROUP_OF = new Map<string, string>();
for (const [group, terms] of Object.entries(framing.groups)) for (const term of terms) GROUP_OF.set(term, group);

export interface FramingInput {
  outlet: string;
  tokens: Token[];
}

export function buildFraming(articles: FramingInput[]): FramingRow[] {
  const rows = new Map<string, Record<string, Map<string, number>>>();
  for (const { outlet, tokens } of articles) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'ADJ')) continue;
      const next = tokens[i + 1];
      const pair = next ? `${token.lemma} ${next.lemma}` : '';
      const term = GROUP_OF.has(pair)
        ? pair
        : GROUP_OF.has(token.lemma) && token.pos !== 'ADJ'
          ? token.lemma
          : undefined;
      if (!term) continue;
      if (term === pair) i++;
      const group = GROUP_OF.get(term) ?? '';
      const row = rows.get(group) ?? {};
      const counts = (row[outlet] ??= new Map<string, number>());
      counts.set(term, (counts.get(term) ?? 0) + 1);
      rows.set(group, row);
    }
  }
  const result: FramingRow[] = [];
  for (const [target, byOutlet] of rows) {
    const terms: Record<string, string[]> = {};
    for (const [outlet, counts] of Object.entries(byOutlet)) {
      terms[outlet] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([term]) => term);
    }
    // A row says something only when outlets differ in their wording.
    const distinct = new Set(Object.values(terms).flat());
    if (Object.keys(terms).length >= 1 && distinct.size >= 2) result.push({ target, terms });
  }
  return result;
}
