/**
 * @module number-lexicon
 * The number lexicons (JSON data) compiled once into Maps and Sets for constant-time token lookups.
 */
import words from '../../../lexicons/numbers-words.json' with { type: 'json' };
import approximations from '../../../lexicons/numbers-approximations.json' with { type: 'json' };
import vague from '../../../lexicons/numbers-vague.json' with { type: 'json' };
import multipliers from '../../../lexicons/numbers-multipliers.json' with { type: 'json' };
import units from '../../../lexicons/numbers-units.json' with { type: 'json' };
import notACount from '../../../lexicons/numbers-not-a-count.json' with { type: 'json' };
import counted from '../../../lexicons/numbers-counted.json' with { type: 'json' };

export interface ApproximationRule {
  lowFactor: number;
  lowStep: number;
  highFactor: number;
  highStep: number;
}

/** A multi-word phrase as lower-case tokens, with its payload. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by their first word (or last, for backward matching), longest first. */
export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

export interface NumberLexicon {
  units: Map<string, number>;
  tens: Map<string, number>;
  writtenScales: Map<string, number>;
  dozen: number;
  digitScales: Map<string, number>;
  metreContext: Set<string>;
  approximationRules: Map<string, ApproximationRule>;
  /** Cues before a figure, indexed by their last word for backward matching. */
  cuesBefore: PhraseIndex<string>;
  cuesAfter: PhraseIndex<string>;
  vaguePhrases: PhraseIndex<[number, number]>;
  vagueScalable: Set<string>;
  vagueScales: Map<string, number>;
  multiplierVerbs: Map<string, number>;
  foldWords: Map<string, number>;
  fractions: Map<string, number>;
  currencySymbols: Map<string, string>;
  currencyPrefixes: Map<string, string>;
  currencyCodes: Map<string, string>;
  currencyWords: Map<string, string>;
  currencyCounted: Map<string, string>;
  percentWords: PhraseIndex<string>;
  timeUnits: Set<string>;
  measureUnits: Map<string, string>;
  ageCues: Set<string>;
  identifierWords: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  timeSuffixes: Set<string>;
  yearPrepositions: Set<string>;
  scoreCues: Set<string>;
  streetWords: Set<string>;
  ratingWords: Set<string>;
  jerseyWords: Set<string>;
  oneDeterminers: Set<string>;
  phoneVerbs: Set<string>;
  callNouns: Set<string>;
  timeFrames: Set<string>;
  timeFrameTails: Set<string>;
  containers: Set<string>;
  tollNouns: Map<string, string>;
  quantityNouns: Set<string>;
  eventNouns: Map<string, string>;
  predicateAdjectives: Map<string, string>;
  lightVerbs: Set<string>;
  movementVerbs: Set<string>;
  relatives: Set<string>;
  temporalModifiers: Set<string>;
  ditransitiveVerbs: Set<string>;
  linkingVerbs: Set<string>;
  fillerWords: Set<string>;
  verbLemmaFixes: Map<string, string>;
  particles: Set<string>;
  /** Lower-case words that can open a candidate even though wink does not tag them NUM. */
  triggerWords: Set<string>;
}

function toMap<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record));
}

/** Splits each phrase into words and indexes it by its first (or last) word, longest phrase first. */
function indexPhrases<T>(record: Record<string, T>, by: 'first' | 'last'): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const [phrase, value] of Object.entries(record)) {
    const phraseWords = phrase.split(' ');
    const key = by === 'first' ? phraseWords[0] : phraseWords[phraseWords.length - 1];
    if (key === undefined) continue;
    const list = index.get(key) ?? [];
    list.push({ words: phraseWords, value });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(key, list);
  }
  return index;
}

function compile(): NumberLexicon {
  const intervals = Object.fromEntries(
    Object.entries(vague.phrases).map(([phrase, [low = 0, high = 0]]): [string, [number, number]] => [
      phrase,
      [low, high],
    ]),
  );
  const vaguePhrases = indexPhrases(intervals, 'first');
  const lexicon: NumberLexicon = {
    units: toMap(words.units),
    tens: toMap(words.tens),
    writtenScales: toMap(words.writtenScales),
    dozen: words.dozen,
    digitScales: toMap(words.digitScales),
    metreContext: new Set(words.metreContext),
    approximationRules: toMap(approximations.rules),
    cuesBefore: indexPhrases(approximations.before, 'last'),
    cuesAfter: indexPhrases(approximations.after, 'first'),
    vaguePhrases,
    vagueScalable: new Set(vague.scalable),
    vagueScales: toMap(vague.scales),
    multiplierVerbs: toMap(multipliers.verbs),
    foldWords: toMap(multipliers.foldWords),
    fractions: toMap(multipliers.fractions),
    currencySymbols: toMap(units.currencySymbols),
    currencyPrefixes: toMap(units.currencyPrefixes),
    currencyCodes: toMap(units.currencyCodes),
    currencyWords: toMap(units.currencyWords),
    currencyCounted: toMap(units.currencyCounted),
    percentWords: indexPhrases(units.percentWords, 'first'),
    timeUnits: new Set(units.timeUnits),
    measureUnits: toMap(units.measureUnits),
    ageCues: new Set(units.ageCues),
    identifierWords: new Set(notACount.identifierWords),
    months: new Set(notACount.months),
    weekdays: new Set(notACount.weekdays),
    timeSuffixes: new Set(notACount.timeSuffixes),
    yearPrepositions: new Set(notACount.yearPrepositions),
    scoreCues: new Set(notACount.scoreCues),
    streetWords: new Set(notACount.streetWords),
    ratingWords: new Set(notACount.ratingWords),
    jerseyWords: new Set(notACount.jerseyWords),
    oneDeterminers: new Set(notACount.oneDeterminers),
    phoneVerbs: new Set(notACount.phoneVerbs),
    callNouns: new Set(notACount.callNouns),
    timeFrames: new Set(notACount.timeFrames),
    timeFrameTails: new Set(notACount.timeFrameTails),
    containers: new Set(counted.containers),
    tollNouns: toMap(counted.tollNouns),
    quantityNouns: new Set(counted.quantityNouns),
    eventNouns: toMap(counted.eventNouns),
    predicateAdjectives: toMap(counted.predicateAdjectives),
    lightVerbs: new Set(counted.lightVerbs),
    movementVerbs: new Set(counted.movementVerbs),
    relatives: new Set(counted.relatives),
    temporalModifiers: new Set(counted.temporalModifiers),
    ditransitiveVerbs: new Set(counted.ditransitiveVerbs),
    linkingVerbs: new Set(counted.linkingVerbs),
    fillerWords: new Set(counted.fillerWords),
    verbLemmaFixes: toMap(counted.verbLemmaFixes),
    particles: new Set(counted.particles),
    triggerWords: new Set(),
  };
  const triggers = lexicon.triggerWords;
  for (const key of [
    ...lexicon.units.keys(),
    ...lexicon.tens.keys(),
    ...lexicon.writtenScales.keys(),
    ...vaguePhrases.keys(),
    ...lexicon.foldWords.keys(),
    ...lexicon.fractions.keys(),
    'dozen',
  ]) {
    triggers.add(key);
  }
  return lexicon;
}

let compiled: NumberLexicon | undefined;

/** The compiled lexicon, built on first use and shared afterwards. */
export function getNumberLexicon(): NumberLexicon {
  compiled ??= compile();
  return compiled;
}
