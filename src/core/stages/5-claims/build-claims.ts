/**
 * @module build-claims
 * AnnotatedArticle → Claim[]: every figure that measures something, with its slot, as-of date,
 * attribution, modality and the sentence it came from.
 */
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { Claim } from '../../model/claim.js';
import type { DateMention, EntityMention, Modality, NumberMention, QuoteMention } from '../../model/mention.js';
import type { Slot } from '../../model/claim.js';
import slotLexicon from '../../lexicons/claims-slots.json' with { type: 'json' };
import { classifySlot } from './classify-slot.js';
import type { Referent } from '../../model/claim.js';
import type { Figure } from './figures/figure.js';
import { figureOfMention } from './figures/figures-from-mentions.js';
import { findExtraFigures } from './figures/find-extra-figures.js';
import { readReferent } from './referent/read-referent.js';
import { describeReferent } from './referent/describe-referent.js';

export function buildClaims(annotated: AnnotatedArticle): Claim[] {
  const { article, sentences, mentions, sentenceAnalyses, tokens, sentenceTokenRanges } = annotated;
  const claims: Claim[] = [];
  const allDates = mentions.filter((m): m is DateMention => m.kind === 'date');
  const dates = allDates.filter((m) => m.date !== undefined && m.precision !== 'week');
  const quotes = mentions.filter((m): m is QuoteMention => m.kind === 'quote');
  const numbers = mentions.filter((m): m is NumberMention => m.kind === 'number');
  const allEntities = mentions.filter((m): m is EntityMention => m.kind === 'entity');
  const people = allEntities.filter((m) => m.entityType === 'person');
  const taken = new SpanIndex([...numbers, ...allDates]);
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : undefined;
  let numberIndex = 0;
  let entityIndex = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    const range = sentenceTokenRanges[sentenceIndex];
    if (!range) return;
    const inSentence: NumberMention[] = [];
    while (numberIndex < numbers.length && (numbers[numberIndex]?.start ?? Infinity) < sentence.end) {
      const number = numbers[numberIndex++];
      if (number && number.start >= sentence.start) inSentence.push(number);
    }
    const sentenceEntities: EntityMention[] = [];
    while (entityIndex < allEntities.length && (allEntities[entityIndex]?.start ?? Infinity) < sentence.end) {
      const entity = allEntities[entityIndex++];
      if (entity && entity.start >= sentence.start) sentenceEntities.push(entity);
    }
    const extra = findExtraFigures({
      tokens,
      first: range.firstToken,
      end: range.endToken,
      text: article.text,
      isCovered: (start, end) => taken.overlaps(start, end),
      ...(publishedYear !== undefined && { publishedYear }),
    });
    // Odds read across the analyzer's figures ("two-in-three chance" was "two" and "three").
    const odds = extra.filter((figure) => figure.figureClass === 'percent');
    const fromMentions = inSentence
      .map(figureOfMention)
      .filter((figure) => !odds.some((o) => o.start <= figure.start && o.end >= figure.end));
    const figures = [...fromMentions, ...extra].sort((a, b) => a.start - b.start);
    const analysis = sentenceAnalyses[sentenceIndex];
    const sources = analysis?.attributions ?? [];
    for (const figure of figures) {
      // "three senior officials said": the figure counts who speaks, not what happened.
      if (sources.some((source) => figure.start >= source.start && figure.end <= source.end)) continue;
      const known = figure.mention
        ? classifySlot(figure.mention, { tokens, firstToken: range.firstToken, endToken: range.endToken })
        : undefined;
      if (!known && !isClaimable(figure, article.text)) continue;
      const figureFirst = tokenAt(tokens, figure.start, range.firstToken, range.endToken);
      const figureEnd = Math.max(
        figureFirst + 1,
        tokenAt(tokens, figure.end - 1, range.firstToken, range.endToken) + 1,
      );
      const referent = readReferent(figure, {
        tokens,
        first: range.firstToken,
        end: range.endToken,
        figureFirst,
        figureEnd,
        entities: sentenceEntities,
      });
      const measured = known && isMeasured(known, figure) ? known : undefined;
      const slot = measured
        ? scopeSlot(measured, figure.mention!, sentence, article.text, article.published, people)
        : genericSlot(referent);
      // Converted figures (acres → hectares) compare in the slot's unit.
      if (measured && slot.scale !== undefined && slot.unit !== undefined) referent.unit = slot.unit;
      if (measured) {
        const scope = slot.key.split('|').slice(3).join('|');
        if (scope) referent.scope = scope;
      }
      const asOf = findAsOf(figure, sentence, dates, article.published, article.text);
      const attributedTo = findAttribution(figure, sources, quotes);
      const modality: Modality =
        analysis?.numberModalities?.find((m) => m.start === figure.start)?.modality ?? analysis?.modality ?? 'reported';
      const scale = measured ? (slot.scale ?? 1) : 1;
      claims.push({
        id: `${article.id}:${figure.start}${figure.side ? `:${figure.side}` : ''}`,
        articleId: article.id,
        slot,
        referent,
        text: figure.text,
        low: round(figure.low * scale),
        high: round(figure.high * scale),
        ...(asOf && { asOf }),
        ...(attributedTo && { attributedTo }),
        modality,
        sentence: article.text.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        start: figure.start,
        end: figure.end,
      });
    }
  });
  return applyLaterStatements(claims, annotated);
}

/** The slot lexicon's reading is kept only where it agrees with the figure's class. */
function isMeasured(slot: Slot, figure: Figure): boolean {
  if (figure.figureClass === 'count' || figure.figureClass === 'money' || figure.figureClass === 'measure') return true;
  if (figure.figureClass === 'percent') return slot.unit === 'percent' || slot.counted.startsWith('percent');
  return slot.scale !== undefined && figure.figureClass === 'duration';
}

/** "only one", "just one", "a single": a one the sentence insists on, which a reader may check. */
const STRESSED_ONE = /\b(?:only|just|single|lone)\s+(?:\S+\s+)?$/i;

/** Figures that name or decorate rather than measure. */
function isClaimable(figure: Figure, text: string): boolean {
  if (!Number.isFinite(figure.low) || !Number.isFinite(figure.high)) return false;
  // "first-hand", "one-size-fits-all", "one-on-one": a number inside a compound word.
  if (/^[-‐]/.test(text.slice(figure.end, figure.end + 1)) && figure.figureClass !== 'duration') {
    if (/^\p{L}+$/u.test(figure.text)) return false;
  }
  if (figure.figureClass !== 'count') return true;
  // "one way or the other", "one concern", "in one message": one of a kind is how English says "a".
  if (
    figure.low === 1 &&
    figure.high === 1 &&
    !STRESSED_ONE.test(text.slice(Math.max(0, figure.start - 24), figure.start))
  ) {
    return false;
  }
  // A bare number with nothing it counts and nothing that happened to it says nothing comparable.
  return figure.counted !== undefined || figure.predicate !== undefined;
}

/** Slot of a figure the slot lexicon does not know: its class, unit and head, for display and diffs. */
function genericSlot(referent: Referent): Slot {
  const counted = referent.head ?? 'unknown';
  const measure = referent.verb ?? referent.figureClass;
  return {
    measure,
    counted,
    ...(referent.unit !== undefined && { unit: referent.unit }),
    key: [referent.figureClass, measure, counted, referent.unit ?? '', referent.side ?? '', referent.owner ?? ''].join(
      '|',
    ),
    label: describeReferent(referent),
  };
}

/** Index of the token holding character `at`, searched inside a sentence's token range. */
function tokenAt(tokens: readonly { start: number; end: number }[], at: number, first: number, end: number): number {
  let low = first;
  let high = end - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((tokens[middle]?.start ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Spans sorted by start, with a running maximum of ends, for overlap queries by bisection. */
class SpanIndex {
  private readonly spans: { start: number; end: number }[];
  private readonly maxEnds: number[];
  constructor(spans: readonly { start: number; end: number }[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let maxEnd = -Infinity;
    this.maxEnds = this.spans.map((span) => (maxEnd = Math.max(maxEnd, span.end)));
  }
  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.maxEnds[middle] ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.spans.length; i++) {
      const span = this.spans[i];
      if (!span || span.start >= end) return false;
      if (span.end > start) return true;
    }
    return false;
  }
}

/**
 * "The ministry would not verify the number and the message was later removed": a sentence that
 * acts on a figure given before changes the status of the figures of the nearest earlier sentence
 * that has any (within two sentences).
 */
function applyLaterStatements(claims: Claim[], annotated: AnnotatedArticle): Claim[] {
  const { sentences, modalityStatements } = annotated;
  const bySentenceStart = new Map<number, Claim[]>();
  for (const claim of claims) {
    const list = bySentenceStart.get(claim.sentenceStart);
    if (list) list.push(claim);
    else bySentenceStart.set(claim.sentenceStart, [claim]);
  }
  for (const statement of modalityStatements) {
    if (!statement.refersBack) continue;
    // The figure the statement acts on is in its own sentence ("…, but later withdrew the figure") or just before.
    for (let back = 0; back <= 2; back++) {
      const target = sentences[statement.sentenceIndex - back];
      const affected = target ? (bySentenceStart.get(target.start) ?? []) : [];
      if (affected.length === 0) continue;
      for (const claim of affected) {
        if (claim.modality === 'reported' || claim.modality === 'official' || claim.modality === 'hedged')
          claim.modality = statement.modality;
      }
      break;
    }
  }
  return claims;
}

const PER_PERSON = new Set(slotLexicon.perPersonMeasures);
const YEAR_EARLIER =
  /\b(?:a year (?:earlier|before|ago)|last year|the previous year|(?:in )?the same (?:period|quarter|month|week) (?:a year )?(?:earlier|ago|last year))\b/i;
const YEAR_EARLIER_REACH = 48;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/**
 * Narrows a slot to what the sentence says it is about: a figure from an earlier year ("the 2017
 * fire burned 30,000 hectares") is not this story's figure, and each person's sentence is their own.
 */
function scopeSlot(
  slot: Slot,
  number: NumberMention,
  sentence: { start: number; end: number },
  text: string,
  published: string | undefined,
  people: EntityMention[],
): Slot {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const thisYear = published ? Number(published.slice(0, 4)) : undefined;
  const past = thisYear
    ? [...sentenceText.matchAll(YEAR)].map((m) => Number(m[0])).filter((year) => year < thisYear)
    : [];
  if (past.length > 0) {
    const year = Math.max(...past);
    return { ...slot, key: `${slot.key}|${year}`, label: `${slot.label} (${year})` };
  }
  // "compared with $1.17 billion in the same quarter last year", "from $1.165 billion a year
  // earlier": the comparison figure, not this period's.
  const after = text.slice(number.end, Math.min(sentence.end, number.end + YEAR_EARLIER_REACH));
  const before = text.slice(Math.max(sentence.start, number.start - YEAR_EARLIER_REACH), number.start);
  if (YEAR_EARLIER.test(after.split(/[;,]|\band\b/)[0] ?? '') || YEAR_EARLIER.test(before.split(';').at(-1) ?? '')) {
    return { ...slot, key: `${slot.key}|year-earlier`, label: `${slot.label} (a year earlier)` };
  }
  if (isVoteShare(slot)) {
    const candidate = candidateOf(number, sentence, text, people);
    if (candidate) {
      return {
        measure: 'vote share',
        counted: 'percent',
        unit: 'percent',
        key: `vote share|percent|percent|${candidate.toLowerCase()}`,
        label: `vote share: ${candidate}`,
      };
    }
  }
  if (PER_PERSON.has(slot.measure)) {
    const person = people.filter((p) => p.start >= sentence.start && p.end <= number.start).at(-1);
    const surname = person ? surnameOf(person) : clauseSubject(text.slice(sentence.start, number.start));
    if (surname) {
      return { ...slot, key: `${slot.key}|${surname.toLowerCase()}`, label: `${slot.label}: ${surname}` };
    }
  }
  return slot;
}

// A threshold ("the 50 percent needed to win") is nobody's share.
const THRESHOLD_MEASURES = new Set(['need', 'require', 'win', 'avoid', 'clear', 'reach']);

function isVoteShare(slot: Slot): boolean {
  return slot.unit === 'percent' && /^(?:vote|ballot)\b/.test(slot.counted) && !THRESHOLD_MEASURES.has(slot.measure);
}

/**
 * Whose share of the vote a percentage is: "… against 45.9% for Rafael Ortuño" names the candidate
 * right after the figure; otherwise the last person named before it in its clause ("Whitcombe took
 * 50.4%", "over Ortuño, who took 45.5 per cent").
 */
function candidateOf(
  number: NumberMention,
  sentence: { start: number; end: number },
  text: string,
  people: EntityMention[],
): string | undefined {
  const after = text.slice(number.end, Math.min(sentence.end, number.end + 24));
  const forMatch = /^\)?\s*(?:of the vote\s+)?for\s+/.exec(after);
  if (forMatch) {
    const at = number.end + forMatch[0].length;
    const named = people.find((p) => p.start === at || (p.start > at && p.start <= at + 1));
    if (named) return surnameOf(named);
  }
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', number.start) + 1);
  const before = people.filter((p) => p.start >= clauseStart && p.end <= number.start).at(-1);
  return before ? surnameOf(before) : undefined;
}

function surnameOf(person: EntityMention): string {
  return person.canonical.split(/\s+/).at(-1) ?? person.canonical;
}

// Words that open a clause without naming anyone.
const CLAUSE_OPENERS = new Set(
  'The A An He She They It His Her Their Its This That These Those In On At After Before But And Yet So Then When While Meanwhile Prosecutors Police'.split(
    ' ',
  ),
);

/**
 * "Brandt, who cooperated, was given four years; Kesten received 30 months": with no person
 * entity (a surname the article never gave in full), the capitalised word opening the clause
 * that holds the figure names whose sentence it is.
 */
function clauseSubject(before: string): string | undefined {
  const clause = before.slice(before.lastIndexOf(';') + 1);
  const first = /^\s*(\p{Lu}[\p{L}'’-]+)(?=[\s,])/u.exec(clause)?.[1];
  return first !== undefined && !CLAUSE_OPENERS.has(first) ? first : undefined;
}

/** Converted values keep a sensible precision (24,000 acres → 9,712.46 ha, not 9712.464000000001). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const COMPARED_BEFORE_DATE = /\b(?:(?:up|down) from|compared|than|versus|vs)\b|[;(]/i;

/** The day-precise date nearest the figure in its sentence, else the article's publication date. */
function findAsOf(
  number: { start: number; end: number },
  sentence: { start: number; end: number },
  dates: DateMention[],
  published: string | undefined,
  text: string,
): string | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    // "50.4 percent of the vote in Sunday's election": a possessive date names the event, not
    // the moment the figure was true (a final count reported on Monday).
    if (/^['’]s\b/.test(text.slice(date.end, date.end + 3))) continue;
    // "raised its forecast to $5.6 billion, up from the $5.4 billion it forecast in May": a date
    // behind "from", "than" or a clause break belongs to the other figure.
    if (date.start >= number.end && COMPARED_BEFORE_DATE.test(text.slice(number.end, date.start))) continue;
    if (published && date.date && date.date > published) continue;
    const distance = date.start > number.end ? date.start - number.end : number.start - date.end;
    if (Math.abs(distance) < bestDistance) {
      best = date;
      bestDistance = Math.abs(distance);
    }
  }
  return best?.date ?? published;
}

function findAttribution(
  number: { start: number; end: number },
  attributions: { source: string }[],
  quotes: QuoteMention[],
): string | undefined {
  const first = attributions[0]?.source;
  if (first) return first;
  const quote = quotes.find((q) => q.start <= number.start && q.end >= number.end);
  return quote?.speaker;
}
