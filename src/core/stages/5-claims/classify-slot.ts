/**
 * @module classify-slot
 * Decides what a figure measures (its slot), from its predicate, its counted noun and the words
 * around it, using the general slot lexicon. Returns undefined for figures that are not facts.
 */
import type { NumberMention } from '../../model/mention.js';
import type { Slot } from '../../model/claim.js';
import type { Token } from '../../model/token.js';
import slots from '../../lexicons/claims-slots.json' with { type: 'json' };

const MEASURE_OF = new Map<string, string>();
for (const [measure, words] of Object.entries(slots.measures)) {
  for (const word of words) if (!MEASURE_OF.has(word)) MEASURE_OF.set(word, measure);
}
const CLASS_OF = new Map<string, string>();
for (const [counted, words] of Object.entries(slots.countedClasses)) {
  for (const word of words) CLASS_OF.set(word, counted);
}
const MEASURE_NOUNS = new Set(slots.measureNouns);
const AREA_TO_HECTARES = new Map(Object.entries(slots.areaToHectares));
const DURATION_TO_MONTHS = new Map(Object.entries(slots.durationToMonths));
const SENTENCING = new Set(slots.sentencingWords);
const CUMULATIVE = new Set(slots.cumulativeMeasures);
const FIXED = new Set(slots.fixedMeasures);
const SENTENCE_LOOKBACK_TOKENS = 8;
/** Below this, a bare count of things ("two reports", "five other states") is description, not a figure. */
const MIN_PLAIN_COUNT = 10;
const SENTENCE_LOOKAHEAD_TOKENS = 4;
// A term of years handed to someone is a sentence; the place it is served, after the figure, says so too.
const SENTENCE_GIVING = new Set(['give', 'receive', 'get', 'hand']);
const SOUGHT = new Set(['ask', 'seek', 'demand', 'request', 'want', 'urge', 'recommend']);
// "Prosecutors" opening a sentence may be tagged a proper noun and keep its plural as lemma.
const PROSECUTION = /^prosecut/;
const POTENTIAL_SENTENCE = new Set(['face', 'maximum', 'max', 'could', 'would', 'risk', 'carry', 'punishable']);
const PRISON_AFTER = new Set(['prison', 'jail', 'gaol', 'custody', 'bar']);
const SEISMIC_EVENTS = new Map(Object.entries(slots.seismicEvents));
const LENGTH_UNITS = new Set(slots.lengthUnits);
const DIMENSIONS = new Set(slots.dimensionNouns);
/** Classes whose members are one quantity ("people" = "residents"); other classes only mark plain counts. */
const MERGED_CLASSES = new Set(['people', 'troops', 'money', 'percent', 'area', 'vote', 'seat']);
const MEASURE_NOUN_SET = new Set([...slots.measureNouns, ...Object.keys(slots.measures), 'count']);
const GENERIC_MEASURE_NOUNS = new Set(slots.genericMeasureNouns);
const POPULATION_NOUNS = new Set(slots.populationNouns);
const NON_FACT_COUNTED = new Set(slots.nonFactCounted);
const NOT_COUNTS = new Set(['age', 'duration', 'score', 'year', 'ordinal', 'time', 'date']);
const LINKS = new Set([
  'of',
  'be',
  'at',
  'to',
  'reach',
  'rise',
  'climb',
  'stand',
  'total',
  'hit',
  'top',
  'jump',
  'increase',
  'grow',
  'exceed',
  'surpass',
  ':',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'than',
  'more',
  'over',
  'least',
  'at least',
  'roughly',
  'approximately',
]);
const LOOKBACK_TOKENS = 7;
/** Fused forms that still count people: "a 5,000-strong force". */
const FUSED_COUNTS = new Set(['strong']);
const VERB_LOOKBACK_TOKENS = 4;
const SUBJECT_LOOKBACK_TOKENS = 12;
const COPULAS = new Set(['be', 'remain', 'stand', 'reach', 'hit', 'total']);
const VAGUE_DESCRIPTIONS = new Set([
  'several',
  'a few',
  'few',
  'many',
  'a handful',
  'a number of',
  'numerous',
  'a couple of',
]);

/** Tokens of the number's sentence, with the index of the number's first token. */
export interface NumberContext {
  tokens: Token[];
  firstToken: number;
  endToken: number;
}

/**
 * The first token starting at or after `offset`, or -1 (as findIndex would give): a bisection, since
 * a scan from the article's start for every figure made long articles quadratic.
 */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low < tokens.length ? low : -1;
}

export function classifySlot(mention: NumberMention, context: NumberContext): Slot | undefined {
  if (mention.factor !== undefined) return undefined;
  const converted = convertUnits(mention, context) ?? measurementSlot(mention, context);
  if (converted) return converted;
  // "a 120-metre stretch", "a four-lane bridge": a number fused to a noun modifies, it does not count.
  const fused = /\d-(\p{L}+)$|^\p{L}+-(\p{L}+)$/u.exec(mention.text);
  if (fused && !FUSED_COUNTS.has((fused[1] ?? fused[2] ?? '').toLowerCase())) return undefined;
  if (mention.unit && NOT_COUNTS.has(mention.unit)) return undefined;
  const counted = mention.counted?.toLowerCase();
  if (counted && NON_FACT_COUNTED.has(counted)) return undefined;

  const qualifier = qualifierAfter(mention, context);
  const countedClass = classOfCounted(counted, mention.unit);
  // "several cities", "a few buildings": vague sizes of things are description, not figures to compare.
  if (
    mention.approximation &&
    VAGUE_DESCRIPTIONS.has(mention.approximation) &&
    countedClass !== 'people' &&
    countedClass !== 'troops'
  ) {
    return undefined;
  }
  const contextNoun = findMeasureNoun(mention, context);
  const measure =
    measureOf(mention.predicate) ??
    (contextNoun && !GENERIC_MEASURE_NOUNS.has(contextNoun) ? (measureOf(contextNoun) ?? contextNoun) : undefined) ??
    measureOfCounted(counted) ??
    populationOf(mention, context, counted) ??
    mention.predicate?.toLowerCase() ??
    (counted ? verbBefore(mention, context) : undefined) ??
    (countedClass && countedClass !== 'people' && countedClass !== 'money' && countedClass !== 'percent'
      ? 'count'
      : undefined) ??
    // "the city's 11 other bridges": a plain count of a named thing, ten or more of it.
    (counted && !countedClass && mention.low >= MIN_PLAIN_COUNT && !mention.approximation ? 'count' : undefined);
  if (!measure) return undefined;
  if (measure !== 'population' && !countedClass && !counted && !mention.unit && !contextNoun) return undefined;
  const slot: Omit<Slot, 'key' | 'label'> = {
    measure,
    counted:
      (countedClass && MERGED_CLASSES.has(countedClass) ? countedClass : counted) ??
      countedClass ??
      (measure === 'population' ? 'people' : 'unknown'),
    ...(mention.unit && { unit: mention.unit }),
  };
  if (CUMULATIVE.has(slot.measure)) slot.isCumulative = true;
  if (FIXED.has(slot.measure)) slot.isFixed = true;
  if (qualifier) slot.counted = slot.counted === 'percent' ? `percent of ${qualifier}` : `${slot.counted} ${qualifier}`;
  return { ...slot, key: [slot.measure, slot.counted, slot.unit ?? ''].join('|'), label: describeSlot(slot) };
}

function describeSlot(slot: Omit<Slot, 'key' | 'label'>): string {
  const labels: Record<string, string> = slots.labels;
  const measure = labels[slot.measure] ?? participle(slot.measure);
  if (slot.measure === 'population') return 'population';
  if (slot.counted === 'unknown') return measure;
  if (slot.counted === 'money' || slot.counted === 'percent') return `${measure} (${slot.unit ?? slot.counted})`;
  return `${slot.counted} ${measure}`;
}

/**
 * Areas compare in hectares ("24,000 acres" against "9,800 hectares"); durations are facts only as
 * sentences ("jailed for nine years" against "30 months"), compared in months.
 */
/**
 * A measurement rather than a count: "a magnitude 6.4 earthquake", "an aftershock of magnitude
 * 5.1", "at a depth of 10 kilometres". Only when the thing measured is named beside the figure:
 * a story holds several magnitudes or distances, and an unnamed one could clash with the wrong one.
 */
function measurementSlot(mention: NumberMention, context: NumberContext): Slot | undefined {
  const unit = (mention.unit ?? '').toLowerCase();
  const { tokens, firstToken, endToken } = context;
  const first = firstTokenFrom(tokens, mention.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < endToken && (tokens[last + 1]?.end ?? Infinity) <= mention.end) last++;
  if (unit === 'magnitude') {
    // The event noun right after the figure ("6.4 earthquake") or before "of (magnitude) 5.1".
    const lemmaAt = (i: number) => (i >= firstToken && i < endToken ? tokens[i]?.lemma.toLowerCase() : undefined);
    const ofAt = lemmaAt(first - 1) === 'of' ? first - 1 : lemmaAt(first - 2) === 'of' ? first - 2 : -1;
    const candidates = [lemmaAt(last + 1), ofAt > 0 ? lemmaAt(ofAt - 1) : undefined];
    const event = candidates.map((word) => (word ? SEISMIC_EVENTS.get(word) : undefined)).find(Boolean);
    if (!event) return undefined;
    const slot = { measure: 'magnitude', counted: event };
    return { ...slot, key: `magnitude|${event}|`, label: `${event} magnitude`, isFixed: true };
  }
  if (!LENGTH_UNITS.has(unit)) return undefined;
  // "a depth of 10 kilometres": the dimension noun before "of".
  if (tokens[first - 1]?.lemma.toLowerCase() !== 'of' || first - 2 < firstToken) return undefined;
  const dimension = tokens[first - 2]?.lemma.toLowerCase();
  if (!dimension || !DIMENSIONS.has(dimension)) return undefined;
  const slot = { measure: dimension, counted: dimension, unit };
  return { ...slot, key: `${dimension}|${dimension}|${unit}`, label: `${dimension} (${unit})`, isFixed: true };
}

function convertUnits(mention: NumberMention, context: NumberContext): Slot | undefined {
  const unit = (mention.unit ?? '').toLowerCase();
  const counted = (mention.counted ?? '').toLowerCase();
  const areaScale = AREA_TO_HECTARES.get(unit) ?? AREA_TO_HECTARES.get(counted);
  if (areaScale !== undefined) {
    const measure = measureOf(mention.predicate) ?? mention.predicate?.toLowerCase() ?? 'area';
    const slot = { measure, counted: 'area', unit: 'hectare' };
    return {
      ...slot,
      key: [measure, 'area', 'hectare'].join('|'),
      label: `${describeSlot(slot)}`,
      scale: areaScale,
      isCumulative: CUMULATIVE.has(measure),
    };
  }
  if (unit !== 'duration') return undefined;
  const monthScale = DURATION_TO_MONTHS.get(counted.replace(/s$/, ''));
  if (monthScale === undefined) return undefined;
  const { tokens, firstToken } = context;
  const index = firstTokenFrom(tokens, mention.start);
  // "Prosecutors had asked for 12 years": the sentence sought, not the one given.
  const isSought =
    monthScale >= 1 &&
    ((mention.predicate !== undefined && SOUGHT.has(mention.predicate)) ||
      tokens.slice(Math.max(firstToken, index - 3), index).some((t) => SOUGHT.has(t.lemma)) ||
      tokens.slice(index + 1, Math.min(context.endToken, index + 5)).some((t) => SOUGHT.has(t.lemma))) &&
    tokens.slice(firstToken, context.endToken).some((t) => PROSECUTION.test(t.lemma) || SENTENCING.has(t.lemma));
  if (isSought) {
    return {
      measure: 'sentence sought',
      counted: 'months',
      key: 'sentence sought|months|',
      label: 'sentence sought (months)',
      scale: monthScale,
      isFixed: true,
    };
  }
  // "sentenced to nine years", "nine years in prison", "was given four years", "received 30 months".
  const isSentence =
    (mention.predicate !== undefined &&
      (SENTENCING.has(mention.predicate) || (monthScale >= 1 && SENTENCE_GIVING.has(mention.predicate)))) ||
    tokens.slice(Math.max(firstToken, index - SENTENCE_LOOKBACK_TOKENS), index).some((t) => SENTENCING.has(t.lemma)) ||
    (monthScale >= 1 &&
      tokens.slice(Math.max(firstToken, index - 2), index).some((t) => SENTENCE_GIVING.has(t.lemma))) ||
    tokens
      .slice(index + 1, Math.min(context.endToken, index + 1 + SENTENCE_LOOKAHEAD_TOKENS))
      .some((t) => PRISON_AFTER.has(t.lemma));
  if (!isSentence) return undefined;
  // "faces a maximum sentence of 175 years", "a prison term of up to five years": the penalty the
  // law allows is another quantity than the sentence a court hands down.
  const isPotential =
    mention.approximation === 'up to' ||
    tokens
      .slice(Math.max(firstToken, index - SENTENCE_LOOKBACK_TOKENS), index)
      .some((t) => POTENTIAL_SENTENCE.has(t.lemma));
  if (isPotential) {
    return {
      measure: 'maximum sentence',
      counted: 'months',
      key: 'maximum sentence|months|',
      label: 'maximum sentence (months)',
      scale: monthScale,
      isFixed: true,
    };
  }
  return {
    measure: 'sentenced',
    counted: 'months',
    key: 'sentenced|months|',
    label: 'sentence (months)',
    scale: monthScale,
    isFixed: true,
  };
}

/**
 * What follows a figure and makes it another quantity: "$1.04 a share" (per share), "62% of ballots"
 * (a share of ballots, not of the vote).
 */
function qualifierAfter(mention: NumberMention, context: NumberContext): string | undefined {
  const { tokens, endToken } = context;
  let index = firstTokenFrom(tokens, mention.end);
  if (index < 0 || index >= endToken) return undefined;
  const first = tokens[index];
  const second = tokens[index + 1];
  if (!first) return undefined;
  if ((first.lemma === 'a' || first.lemma === 'per') && second && /^(share|head|person|capita)$/.test(second.lemma)) {
    return `per ${second.lemma}`;
  }
  if (mention.unit !== 'percent' || first.lemma !== 'of') return undefined;
  index++;
  while (tokens[index] && (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') && index < endToken) index++;
  const noun = tokens[index];
  return noun && noun.pos === 'NOUN' && index < endToken ? noun.lemma : undefined;
}

/** "move" → "moved", "take" → "taken": a verb lemma as a label reads it. Nouns stay as they are. */
function participle(lemma: string): string {
  const irregular: Record<string, string> = slots.irregularParticiples;
  if (irregular[lemma]) return irregular[lemma];
  if (MEASURE_NOUN_SET.has(lemma) || !/^[a-z]+$/.test(lemma)) return lemma;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (lemma.endsWith('ed')) return lemma;
  return `${lemma}ed`;
}

function measureOf(word: string | undefined): string | undefined {
  return word ? MEASURE_OF.get(word.toLowerCase()) : undefined;
}

/** Counted nouns that are events themselves: "164 deaths", "300 arrests". */
function measureOfCounted(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  const measure = MEASURE_OF.get(counted);
  return measure && measure !== 'voted' && measure !== 'population' ? measure : undefined;
}

function classOfCounted(counted: string | undefined, unit: string | undefined): string | undefined {
  if (counted) {
    const known = CLASS_OF.get(counted);
    if (known) return known;
  }
  if (unit === 'percent') return 'percent';
  if (unit && /^[a-z]{3}$/.test(unit)) return 'money';
  return undefined;
}

/** "death toll rose to 164", "revenue of $1.4 billion", "turnout was 63%": the noun names the measure. */
function findMeasureNoun(mention: NumberMention, context: NumberContext): string | undefined {
  const { tokens, firstToken } = context;
  const index = firstTokenFrom(tokens, mention.start);
  if (index < 0) return undefined;
  const stop = Math.max(firstToken, index - LOOKBACK_TOKENS);
  let sawLink = false;
  for (let i = index - 1; i >= stop; i--) {
    const token = tokens[i];
    if (!token) break;
    const lemma = token.lemma;
    if (
      LINKS.has(lemma) ||
      token.pos === 'AUX' ||
      token.pos === 'ADV' ||
      token.type === 'currency' ||
      token.pos === 'SYM'
    ) {
      sawLink = true;
      continue;
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      if (!sawLink) return undefined;
      const previous = tokens[i - 1];
      const compound = previous ? `${previous.lemma} ${lemma}` : lemma;
      if (MEASURE_NOUNS.has(compound)) return compound;
      if (MEASURE_NOUNS.has(lemma)) return lemma;
      // "the injury count released by the council is 38": after a copula, the subject may sit
      // behind a participle phrase; look further back within the clause.
      return COPULAS.has(tokens[index - 1]?.lemma ?? '')
        ? subjectMeasureNoun(tokens, i - 1, Math.max(firstToken, index - SUBJECT_LOOKBACK_TOKENS))
        : undefined;
    }
    if (token.pos === 'ADJ' || token.pos === 'DET' || token.pos === 'PART') continue;
    return undefined;
  }
  return undefined;
}

/** "which he blamed on 20,000 bandits": the nearest verb just before the figure says what happened. */
function verbBefore(mention: NumberMention, context: NumberContext): string | undefined {
  const { tokens, firstToken } = context;
  const index = firstTokenFrom(tokens, mention.start);
  for (let i = index - 1; i >= Math.max(firstToken, index - VERB_LOOKBACK_TOKENS); i--) {
    const token = tokens[i];
    if (!token) break;
    if (token.pos === 'VERB') {
      const lemma = token.lemma.toLowerCase();
      return MEASURE_OF.get(lemma) ?? lemma;
    }
    if (
      token.pos === 'NOUN' ||
      token.pos === 'PROPN' ||
      token.pos === 'PUNCT' ||
      token.pos === 'CCONJ' ||
      token.pos === 'SCONJ'
    )
      return undefined;
  }
  return undefined;
}

function subjectMeasureNoun(tokens: NumberContext['tokens'], from: number, stop: number): string | undefined {
  for (let i = from; i >= stop; i--) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT' || token.pos === 'SCONJ') return undefined;
    // "Her lead over X was 21,000": the tagger may read a noun after a possessive as a verb.
    const afterDeterminer = tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'PRON';
    const isNoun = token.pos === 'NOUN' || (token.pos === 'VERB' && afterDeterminer && MEASURE_NOUNS.has(token.lemma));
    if (!isNoun) continue;
    const previous = tokens[i - 1];
    const compound = previous ? `${previous.lemma} ${token.lemma}` : token.lemma;
    if (MEASURE_NOUNS.has(compound)) return compound;
    if (MEASURE_NOUNS.has(token.lemma)) return token.lemma;
  }
  return undefined;
}

/** "a nation of 19 million": a population figure. */
function populationOf(mention: NumberMention, context: NumberContext, counted: string | undefined): string | undefined {
  if (counted && CLASS_OF.get(counted) !== 'people') return undefined;
  if (mention.low < 1000) return undefined;
  const { tokens, firstToken } = context;
  const index = firstTokenFrom(tokens, mention.start);
  const of = tokens[index - 1];
  const noun = tokens[index - 2];
  if (index - 2 < firstToken || !of || !noun) return undefined;
  return of.lemma === 'of' && POPULATION_NOUNS.has(noun.lemma) ? 'population' : undefined;
}
