/**
 * @module attribution-lexicon
 * The attribution word lists, compiled once into Sets and first-word-keyed phrase Maps.
 */
import verbs from '../../../lexicons/attribution-verbs.json' with { type: 'json' };
import cues from '../../../lexicons/attribution-cues.json' with { type: 'json' };
import nouns from '../../../lexicons/attribution-nouns.json' with { type: 'json' };

/** Multi-word phrases indexed by their first word, longest first, so matching is one Map lookup per token. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(' ');
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

export const attributionLexicon = {
  reportingVerbs: new Set(verbs.reporting),
  relayVerbs: new Set(verbs.relay),
  quotedAsVerbs: new Set(verbs.quotedAs),
  documentVerbs: new Set(verbs.document),
  complementMarkers: new Set(verbs.complementMarkers),
  complementVerbs: new Set(verbs.complementVerbs),
  claimObjectVerbs: new Set(verbs.claimObjectVerbs),
  putAtVerbs: new Set(verbs.putAtVerbs),
  raisingVerbs: new Set(verbs.raisingVerbs),
  irregularParticiples: new Set(verbs.irregularParticiples),
  provenanceVerbs: new Set(verbs.provenanceVerbs),
  prepositionalCues: indexPhrases(cues.prepositional),
  nestedCues: new Set(cues.nested),
  reportNouns: new Set(cues.reportNouns),
  intermediaryCues: new Set(cues.intermediary),
  officialNouns: new Set(nouns.official),
  mediaNouns: new Set(nouns.media),
  audienceNouns: new Set(nouns.audience),
  documentNouns: new Set(nouns.document),
  timeWords: new Set(nouns.time),
  skipBeforeVerb: new Set(nouns.skipBeforeVerb),
  phraseLinks: new Set(nouns.phraseLinks),
  pronouns: new Set(nouns.pronouns),
  relativePronouns: new Set(nouns.relativePronouns),
  timeModifiers: new Set(nouns.timeModifiers),
  contrastLinks: new Set(nouns.contrastLinks),
  subordinators: new Set(nouns.subordinators),
  placePossessors: new Set(nouns.placePossessors),
  alwaysNouns: new Set(nouns.alwaysNouns),
  visualNouns: new Set(nouns.visualNouns),
} as const;
