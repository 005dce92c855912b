/**
 * @module skip-adverbials
 * Steps over the words that sit between a reporting verb and its source or its reported clause:
 * "on Monday", "late Tuesday", "also", "has", "in a statement", "to reporters", "in an interview with …".
 */
import type { Token } from '../tokens/tokenize.js';
import { attributionLexicon } from './attribution-lexicon.js';
import { isTimeToken, readNounPhraseRight, type TokenRange } from './read-noun-phrase.js';

const SETTING_NOUNS = new Set(['interview', 'conference', 'briefing', 'address', 'speech', 'broadcast']);

function isSettingHead(token: Token | undefined): boolean {
  return token !== undefined && (SETTING_NOUNS.has(token.lemma) || attributionLexicon.documentNouns.has(token.lemma));
}

/**
 * Moves left from `index` over adverbs, auxiliaries (not "be": that would be a passive), time
 * expressions and ", in a statement," asides. Returns the first index that is none of these.
 */
export function skipAdverbialsLeft(tokens: readonly Token[], index: number, floor: number): number {
  let i = index;
  while (i >= floor) {
    const token = tokens[i];
    if (!token) break;
    if (attributionLexicon.skipBeforeVerb.has(token.normal) && token.pos !== 'NOUN' && token.pos !== 'PROPN') {
      i--;
      continue;
    }
    if (isTimeToken(token)) {
      i--;
      // "on Monday", "late Tuesday", "earlier this week", "on Tuesday night".
      while (i >= floor && (attributionLexicon.timeModifiers.has(tokens[i]?.normal ?? '') || isTimeToken(tokens[i])))
        i--;
      continue;
    }
    // "The ministry, in a statement, said" / "The ministry in a statement said".
    const aside = findSettingPhraseEndingAt(tokens, i, floor);
    if (aside !== undefined) {
      i = aside - 1;
      continue;
    }
    break;
  }
  return i;
}

/** Start index of "in a statement" / "in an interview" / ", in a statement," ending at `index`, if any. */
function findSettingPhraseEndingAt(tokens: readonly Token[], index: number, floor: number): number | undefined {
  let i = index;
  const hasComma = tokens[i]?.normal === ',';
  if (hasComma) i--;
  if (!isSettingHead(tokens[i])) return undefined;
  // Walk back over the noun phrase to its preposition.
  let k = i - 1;
  while (k >= floor && k >= i - 4) {
    const token = tokens[k];
    if (!token) return undefined;
    if (token.pos === 'ADP' && (token.normal === 'in' || token.normal === 'on')) {
      if (hasComma) return tokens[k - 1]?.normal === ',' ? k - 1 : undefined;
      return k;
    }
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return undefined;
    k--;
  }
  return undefined;
}

export interface RightAdverbials {
  /** First index after the skipped words. */
  next: number;
  /** Media the statement passed through: "told state television", "in an interview with the BBC". */
  intermediaries: { range: TokenRange; cue: string }[];
}

/**
 * Moves right from `index` over time expressions, adverbs, "in a statement", "to reporters" and
 * "in an interview with the BBC", collecting media as intermediaries on the way.
 */
export function skipAdverbialsRight(tokens: readonly Token[], index: number, limit: number): RightAdverbials {
  const intermediaries: RightAdverbials['intermediaries'] = [];
  let i = index;
  while (i < limit) {
    const token = tokens[i];
    if (!token) break;
    if (isTimeToken(token) || (token.pos === 'ADV' && token.normal !== 'that')) {
      i++;
      continue;
    }
    // ", Jan. 10," after a weekday: a date in apposition.
    if (token.normal === ',' && i > index) {
      const close = findDateAppositionEnd(tokens, i + 1, limit);
      if (close !== undefined) {
        i = close + 1;
        continue;
      }
    }
    if (attributionLexicon.timeModifiers.has(token.normal) && isTimeToken(tokens[i + 1])) {
      i += 2;
      continue;
    }
    if (token.pos === 'ADP' && (token.normal === 'in' || token.normal === 'on' || token.normal === 'during')) {
      const phrase = readSettingPhrase(tokens, i + 1, limit);
      if (phrase === undefined) {
        // "said on state television": the channel carried the statement.
        const channel = token.normal === 'on' ? readNounPhraseRight(tokens, i + 1, limit) : undefined;
        if (!channel || !isIntermediary(tokens, channel)) break;
        intermediaries.push({ range: channel, cue: 'on' });
        i = channel.end;
        continue;
      }
      i = phrase.end;
      // "in an interview with the BBC": the BBC carried the statement.
      if (tokens[i]?.normal === 'with') {
        const medium = readNounPhraseRight(tokens, i + 1, limit);
        if (medium && isIntermediary(tokens, medium)) {
          intermediaries.push({ range: medium, cue: 'in an interview with' });
          i = medium.end;
        }
      }
      continue;
    }
    if (token.pos === 'ADP' && (token.normal === 'to' || token.normal === 'with')) {
      const listener = readNounPhraseRight(tokens, i + 1, limit);
      if (!listener) break;
      if (isIntermediary(tokens, listener)) intermediaries.push({ range: listener, cue: token.normal });
      else if (!isAudience(tokens, listener)) break;
      i = listener.end;
      continue;
    }
    break;
  }
  return { next: i, intermediaries };
}

/** Index of the comma closing ", Jan. 10," when only date words lie between, else undefined. */
function findDateAppositionEnd(tokens: readonly Token[], from: number, limit: number): number | undefined {
  let hasTime = false;
  for (let k = from; k < limit && k < from + 5; k++) {
    const token = tokens[k];
    if (!token) return undefined;
    if (token.normal === ',') return hasTime ? k : undefined;
    if (isTimeToken(token)) hasTime = true;
    else if (token.pos !== 'NUM') return undefined;
  }
  return undefined;
}

function readSettingPhrase(tokens: readonly Token[], from: number, limit: number): TokenRange | undefined {
  for (let k = from; k < limit && k < from + 4; k++) {
    const token = tokens[k];
    if (!token) return undefined;
    if (isSettingHead(token) || isTimeToken(token)) {
      let end = k + 1;
      // "in a note sent out on Friday", "in a televised address on Tuesday".
      if (tokens[end]?.pos === 'VERB' && tokens[end]?.normal.endsWith('ed')) end++;
      while (
        end < limit &&
        (isTimeToken(tokens[end]) || attributionLexicon.timeModifiers.has(tokens[end]?.normal ?? ''))
      )
        end++;
      return { first: from, end };
    }
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** The last word of a phrase, which carries its meaning ("the country's local media" → media). */
function headOf(tokens: readonly Token[], range: TokenRange): Token | undefined {
  return tokens[range.end - 1];
}

/** Listeners who do not publish: "reporters", "parliament", "the crowd". */
export function isAudience(tokens: readonly Token[], range: TokenRange): boolean {
  const head = headOf(tokens, range);
  return head !== undefined && attributionLexicon.audienceNouns.has(head.lemma);
}

/** A medium that carried the statement on: "state television", "the BBC", "local media". */
export function isIntermediary(tokens: readonly Token[], range: TokenRange): boolean {
  if (isAudience(tokens, range)) return false;
  const head = headOf(tokens, range);
  if (!head) return false;
  if (attributionLexicon.mediaNouns.has(head.lemma) || attributionLexicon.mediaNouns.has(head.normal)) return true;
  for (let i = range.first; i < range.end; i++) if (tokens[i]?.pos === 'PROPN') return true;
  return false;
}
