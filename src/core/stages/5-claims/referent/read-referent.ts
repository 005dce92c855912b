/**
 * @module read-referent
 * What a figure is about, read from the words around it: the noun it counts or the event it dates
 * (its head, with the words that qualify it), the verb of its clause, whose it is, and the content
 * words of its clause. Read from part-of-speech tags, not a lexicon: any news wording works.
 */
import type { Referent } from '../../../model/claim.js';
import type { EntityMention } from '../../../model/mention.js';
import type { Token } from '../../../model/token.js';
import type { Figure } from '../figures/figure.js';

export interface ReferentContext {
  tokens: readonly Token[];
  /** The figure's sentence, as a token range. */
  first: number;
  end: number;
  /** Token range of the figure itself. */
  figureFirst: number;
  figureEnd: number;
  /** People and organisations named in the sentence. */
  entities: readonly EntityMention[];
}

/** How far from the figure the verb of its clause may be, in tokens. */
const VERB_REACH_BEFORE = 8;
const VERB_REACH_AFTER = 5;
/** How far after the figure its head noun may be ("seven other Republican senators"). */
const HEAD_REACH = 5;
/** Content words kept for the fuzzy comparison, nearest first. */
const CONTEXT_WORDS = 14;
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '—', '–']);
/** Verbs that report rather than happen: "said", "told" say who, not what. */
const REPORTING = new Set(['say', 'tell', 'report', 'add', 'note', 'write', 'state', 'claim', 'according', 'accord']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'include']);
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

export function readReferent(figure: Figure, context: ReferentContext): Referent {
  const { tokens, first, end, figureFirst, figureEnd } = context;
  const word = (i: number) => (i >= first && i < end ? (tokens[i]?.normal ?? '') : '');
  const lemma = (i: number) => (i >= first && i < end ? (tokens[i]?.lemma ?? '') : '');
  const pos = (i: number) => (i >= first && i < end ? (tokens[i]?.pos ?? '') : '');

  // The head: the counted noun the analyzer read, else the first noun after the figure.
  let head = figure.counted?.toLowerCase();
  const modifiers: string[] = [];
  let headIndex = -1;
  for (let k = figureEnd; k < Math.min(end, figureEnd + HEAD_REACH); k++) {
    const p = pos(k);
    if (p === 'NOUN' || p === 'PROPN') {
      if (
        lemma(k) === head ||
        head === undefined ||
        figure.figureClass === 'year' ||
        figure.figureClass === 'ordinal'
      ) {
        headIndex = k;
        // A compound ("campaign promises", "Senate seats"): the last noun of the run is the head.
        while ((pos(headIndex + 1) === 'NOUN' || pos(headIndex + 1) === 'PROPN') && headIndex + 1 < end) {
          modifiers.push(lemma(headIndex));
          headIndex++;
        }
        head = lemma(headIndex);
        break;
      }
      modifiers.push(lemma(k));
      continue;
    }
    if (p === 'ADJ' || p === 'NUM' || word(k) === '-' || p === 'DET' || word(k) === 'of') {
      if (p === 'ADJ') modifiers.push(lemma(k));
      continue;
    }
    break;
  }
  // "death in 2016", "appointments in 2013": a year dates the noun just before its preposition.
  if (headIndex < 0 && (figure.figureClass === 'year' || figure.figureClass === 'duration')) {
    let k = figureFirst - 1;
    if (['in', 'since', 'from', 'by', 'until', 'of', 'to', 'during'].includes(word(k))) k--;
    if (pos(k) === 'NOUN') head = lemma(k);
  }

  // The verb of the figure's clause, nearest first; reporting verbs say who, not what.
  let verb = figure.predicate?.toLowerCase();
  if (verb === undefined || REPORTING.has(verb)) {
    verb = undefined;
    for (let distance = 1; distance <= VERB_REACH_BEFORE && verb === undefined; distance++) {
      const before = figureFirst - distance;
      if (before >= first && CLAUSE_BREAKS.has(word(before))) break;
      if (pos(before) === 'VERB' && !REPORTING.has(lemma(before)) && !LIGHT_VERBS.has(lemma(before)))
        verb = lemma(before);
      const after = figureEnd - 1 + distance;
      if (distance <= VERB_REACH_AFTER && after < end && pos(after) === 'VERB') {
        if (!REPORTING.has(lemma(after)) && !LIGHT_VERBS.has(lemma(after))) verb = verb ?? lemma(after);
      }
    }
  }

  // Whose it is: the person just before ("Mattis, 68", "Labrador, who is 46"), else the nearest in the clause.
  const figureStart = tokens[figureFirst]?.start ?? 0;
  const people = context.entities.filter((e) => e.entityType === 'person');
  const before = people.filter((e) => e.end <= figureStart).at(-1);
  const after = people.find((e) => e.start >= (tokens[figureEnd - 1]?.end ?? 0));
  const owner =
    figure.figureClass === 'age' && !before && after && after.start - (tokens[figureEnd - 1]?.end ?? 0) < 30
      ? after
      : before && figureStart - before.end < 40
        ? before
        : undefined;

  // Content words of the sentence, nearest to the figure first.
  const context_: { word: string; distance: number }[] = [];
  for (let k = first; k < end; k++) {
    if (k >= figureFirst && k < figureEnd) continue;
    const token = tokens[k];
    if (!token || !CONTENT.has(token.pos) || token.isStopWord || /\d/.test(token.text) || token.lemma.length < 3)
      continue;
    if (REPORTING.has(token.lemma) || LIGHT_VERBS.has(token.lemma)) continue;
    context_.push({ word: token.lemma, distance: k < figureFirst ? figureFirst - k : k - figureEnd + 1 });
  }
  context_.sort((a, b) => a.distance - b.distance);
  const seen = new Set<string>();
  const contextWords: string[] = [];
  for (const { word: w } of context_) {
    if (seen.has(w)) continue;
    seen.add(w);
    contextWords.push(w);
    if (contextWords.length === CONTEXT_WORDS) break;
  }

  return {
    figureClass: figure.figureClass,
    ...(figure.unit !== undefined && { unit: figure.unit }),
    ...(head !== undefined && { head }),
    modifiers: [...new Set(modifiers)].filter((m) => m !== head),
    ...(verb !== undefined && { verb }),
    ...(owner !== undefined && { owner: surname(owner.canonical) }),
    ...(figure.side !== undefined && { side: figure.side }),
    context: contextWords,
    entities: [...new Set(context.entities.map((e) => e.canonical))],
  };
}

function surname(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}
