/**
 * @module modality-lexicon
 * The modality cue list, compiled once: cues indexed by the first word they start with.
 */
import type { Modality } from '../../../model/mention.js';
import lexicon from '../../../lexicons/modality-cues.json' with { type: 'json' };

export type CueScope = 'clause' | 'right' | 'phrase' | 'auto';

export interface ModalityCue {
  words: readonly string[];
  modality: Modality;
  isVerb: boolean;
  /** Not when it qualifies a following noun ('the alleged attacker'); set for every verb cue. */
  isNotAttributive: boolean;
  negatedAs?: Modality;
  isOnlyNegated: boolean;
  needsObject: boolean;
  scope: CueScope;
  newValueAfter?: string;
  /** Parts of speech the first word may have. */
  tags?: ReadonlySet<string>;
  /** A word that must follow later in the sentence. */
  needsLater?: string;
}

interface CueEntry {
  phrase: string;
  modality: string;
  verb?: boolean;
  notAttributive?: boolean;
  negatedAs?: string;
  onlyNegated?: boolean;
  needsObject?: boolean;
  scope: string;
  newValueAfter?: string;
  tags?: string[];
  needsLater?: string;
}

const MODALITIES = new Set<string>(lexicon.priority);
const SCOPES = new Set<string>(['clause', 'right', 'phrase', 'auto']);

function toModality(value: string): Modality {
  if (!MODALITIES.has(value)) throw new Error(`modality-cues.json: unknown modality "${value}"`);
  return value as Modality;
}

function compileCue(entry: CueEntry): ModalityCue {
  if (!SCOPES.has(entry.scope)) throw new Error(`modality-cues.json: unknown scope "${entry.scope}"`);
  return {
    words: entry.phrase.split(' '),
    modality: toModality(entry.modality),
    isVerb: entry.verb === true,
    isNotAttributive: entry.verb === true || entry.notAttributive === true,
    isOnlyNegated: entry.onlyNegated === true,
    needsObject: entry.needsObject === true,
    scope: entry.scope as CueScope,
    ...(entry.negatedAs !== undefined && { negatedAs: toModality(entry.negatedAs) }),
    ...(entry.newValueAfter !== undefined && { newValueAfter: entry.newValueAfter }),
    ...(entry.tags !== undefined && { tags: new Set(entry.tags) }),
    ...(entry.needsLater !== undefined && { needsLater: entry.needsLater }),
  };
}

function indexCues(entries: readonly CueEntry[]): ReadonlyMap<string, readonly ModalityCue[]> {
  const index = new Map<string, ModalityCue[]>();
  for (const entry of entries) {
    const cue = compileCue(entry);
    const first = cue.words[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(cue);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export const modalityLexicon = {
  cuesByFirstWord: indexCues(lexicon.cues),
  claimNouns: new Set(lexicon.claimNouns),
  anaphoricDeterminers: new Set(lexicon.anaphoricDeterminers),
  anaphoricPronouns: new Set(lexicon.anaphoricPronouns),
  negators: new Set(lexicon.negators),
  negatingVerbs: new Set(lexicon.negatingVerbs),
  passiveFollowersThatChangeSense: new Set(lexicon.passiveFollowersThatChangeSense),
  clauseOpeners: new Set(lexicon.clauseOpeners),
  allegingSources: new Set(lexicon.allegingSources),
  /** Strongest first: when several cues cover a figure, the first in this list wins. */
  priority: lexicon.priority.map(toModality),
} as const;

/** Lower rank = stronger modality. */
export const modalityRank: ReadonlyMap<Modality, number> = new Map(modalityLexicon.priority.map((m, i) => [m, i]));
