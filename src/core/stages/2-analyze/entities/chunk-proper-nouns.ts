/**
 * @module chunk-proper-nouns
 * Finds runs of capitalised words (with the connectors, particles and hyphens names contain) on wink's tokens.
 */
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import type { EntityLexicon } from './entity-lexicon.js';
import reporting from '../../../lexicons/quotes-reporting-verbs.json' with { type: 'json' };

const REPORTING_LEMMAS: ReadonlySet<string> = new Set(reporting.verbs);

/** A run of tokens `[first, end)` that may name something. */
export interface NameChunk {
  first: number;
  end: number;
  sentence: number;
  /** The sentence is headline-cased ("Troops Move Into Capital"), where capitals say little. */
  isHeadline: boolean;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const HYPHENS = new Set(['-', '‐', '‑']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':', '«', '„']);
const CLOSERS = new Set([')', ']', '”', '"', '’', "'"]);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const CONNECTORS_AFTER_HEAD = new Set(['of', 'for', 'on']);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
const HEADLINE_MIN_WORDS = 4;
const DATE_LEAD_INS = new Set([
  'on',
  'in',
  'by',
  'since',
  'until',
  'till',
  'last',
  'next',
  'this',
  'from',
  'of',
  'every',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'through',
  'during',
]);
const HEADLINE_CAPITAL_SHARE = 0.75;

export function isCapitalisedWord(token: Token | undefined, lexicon: EntityLexicon): boolean {
  if (!token || token.type !== 'word') return false;
  if (!UPPER_START.test(token.text)) return false;
  if (token.text === 'I') return false;
  return !lexicon.calendarWords.has(token.text.toLowerCase());
}

/**
 * Month and day names are dates, except inside a name: "Theresa May", "Jan Novak". They may follow a
 * given name, or start a run when another capitalised word follows.
 */
function isNameCalendarWord(tokens: readonly Token[], at: number, lexicon: EntityLexicon): boolean {
  const token = tokens[at];
  if (!token || token.type !== 'word' || !UPPER_START.test(token.text)) return false;
  if (!lexicon.calendarWords.has(token.text.toLowerCase()) || token.text.endsWith('.')) return false;
  const previous = tokens[at - 1];
  const previousLower = previous?.text.toLowerCase() ?? '';
  if (lexicon.givenNames.has(previousLower) || lexicon.titleHeads.has(previousLower)) return true;
  if (DATE_LEAD_INS.has(previousLower) || previous?.type === 'number') return false;
  return isCapitalisedWord(tokens[at + 1], lexicon) && !isCapitalisedWord(previous, lexicon);
}

function isAdjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** True where a capital says nothing about the word: the first word of a sentence, or after a quote mark or colon. */
export function isStartLike(tokenized: TokenizedText, index: number, sentenceFirst: number): boolean {
  const { tokens, text } = tokenized;
  let i = index - 1;
  while (i >= sentenceFirst) {
    const token = tokens[i];
    const following = tokens[i + 1];
    if (!token || !following) return true;
    // A line break inside a paragraph starts a new line of a list, a caption or a heading.
    if (text.slice(token.end, following.start).includes('\n')) return true;
    if (OPENERS.has(token.text)) return true;
    if (token.type !== 'word' && token.type !== 'number' && token.text !== ',') {
      i -= 1;
      continue;
    }
    return false;
  }
  return true;
}

function isHeadlineCased(tokens: readonly Token[], first: number, end: number, lexicon: EntityLexicon): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = first + 1; i < end; i += 1) {
    const token = tokens[i];
    if (!token || token.type !== 'word' || token.text.length < 4 || !LETTER.test(token.text)) continue;
    // One lower-case content word ("officials") shows the sentence is prose full of names, not a headline.
    if (!token.isStopWord && token.text === token.text.toLowerCase()) return false;
    words += 1;
    if (isCapitalisedWord(token, lexicon)) capitalised += 1;
  }
  // Headlines go without a full stop; a sentence that has one is prose, however many names it holds,
  // also inside a closing bracket: "Council Deputy Leader Mara Velk (Lab.)" cut off from its verb.
  let last = end - 1;
  while (last > first && CLOSERS.has(tokens[last]?.text ?? '')) last -= 1;
  if (tokens[last]?.text === '.') return false;
  return words >= HEADLINE_MIN_WORDS && capitalised / words >= HEADLINE_CAPITAL_SHARE;
}

function hasHeadWord(tokens: readonly Token[], first: number, end: number, lexicon: EntityLexicon): boolean {
  for (let i = first; i < end; i += 1) {
    const lower = tokens[i]?.text.toLowerCase() ?? '';
    if (lexicon.orgHeads.has(lower) || lexicon.placeHeads.has(lower) || lexicon.titleHeads.has(lower)) return true;
  }
  return false;
}

/**
 * How many tokens from `at` continue the run started at `first`, or 0 when the run stops at `at`.
 * Connectors ("of", "and") only join when the run so far has a head word that takes them
 * ("Ministry of Health", "Secretary of State"), so "Smith and Jones" stays two names.
 */
function continuation(
  tokens: readonly Token[],
  first: number,
  at: number,
  limit: number,
  hasPassedConnector: boolean,
  lexicon: EntityLexicon,
  surnames: ReadonlySet<string> = new Set(),
): number {
  const token = tokens[at];
  if (!token || at >= limit) return 0;
  const next = tokens[at + 1];
  const lower = token.text.toLowerCase();
  if (isCapitalisedWord(token, lexicon) || isNameCalendarWord(tokens, at, lexicon)) return 1;
  if (HYPHENS.has(token.text) && isAdjacent(tokens[at - 1], token) && isAdjacent(token, next)) {
    return at + 1 < limit && isCapitalisedWord(next, lexicon) ? 2 : 0;
  }
  if (lexicon.nameParticles.has(lower) && at + 1 < limit) {
    // "von der Leyen": up to three particles before the surname.
    let after = at + 1;
    while (after < limit && after < at + 3 && lexicon.nameParticles.has(tokens[after]?.text.toLowerCase() ?? '')) {
      after += 1;
    }
    if (after < limit && isCapitalisedWord(tokens[after], lexicon)) return after - at + 1;
    const afterHyphen = tokens[at + 2];
    if (next && HYPHENS.has(next.text) && isAdjacent(token, next) && isAdjacent(next, afterHyphen)) {
      return at + 2 < limit && isCapitalisedWord(afterHyphen, lexicon) ? 3 : 0;
    }
    return 0;
  }
  // William "Mo" Cowan: a quoted nickname between a given name and the surname.
  if (
    QUOTE_MARKS.has(token.text) &&
    lexicon.givenNames.has(tokens[at - 1]?.text.toLowerCase() ?? '') &&
    at + 3 < limit &&
    isAdjacent(token, next) &&
    isCapitalisedWord(next, lexicon) &&
    QUOTE_MARKS.has(tokens[at + 2]?.text ?? '') &&
    isAdjacent(next, tokens[at + 2]) &&
    !isAdjacent(tokens[at + 2], tokens[at + 3]) &&
    isCapitalisedWord(tokens[at + 3], lexicon)
  ) {
    return 4;
  }
  if (lower === '&') return isCapitalisedWord(next, lexicon) && at + 1 < limit ? 2 : 0;
  // "People's Party", "Children's Hospital": a possessive inside a name, before its head word.
  if (
    POSSESSIVE_MARKS.has(lower) &&
    isAdjacent(tokens[at - 1], token) &&
    at + 1 < limit &&
    isCapitalisedWord(next, lexicon) &&
    lexicon.orgHeads.has(next?.text.toLowerCase() ?? '')
  ) {
    return 2;
  }
  const isNameLike = (t: Token | undefined): boolean =>
    isCapitalisedWord(t, lexicon) &&
    !lexicon.titleHeads.has(t?.text.toLowerCase() ?? '') &&
    !lexicon.givenNames.has(t?.text.toLowerCase() ?? '');
  // The head must be the word right before the connector: "Ministry of Health", "Bank of England";
  // "Judge Helena Marsh of the Riverton District Court" is a person, then a court.
  if (CONNECTORS_AFTER_HEAD.has(lower) && hasHeadWord(tokens, Math.max(first, at - 1), at, lexicon)) {
    if (at + 1 < limit && isCapitalisedWord(next, lexicon)) return 2;
    if (next?.text.toLowerCase() === 'the' && at + 2 < limit && isNameLike(tokens[at + 2])) return 3;
    return 0;
  }
  // "Ministry of Trade and Industry": one more word after "and" closes the name.
  const isLastWord = !isCapitalisedWord(tokens[at + 2], lexicon) || at + 2 >= limit;
  if (lower === 'and' && hasPassedConnector && at + 1 < limit && isNameLike(next) && isLastWord) return 2;
  if (lower === 'and' && !hasPassedConnector && isAndInsideName(tokens, first, at, limit, lexicon, surnames)) return 2;
  return 0;
}

/**
 * "Fish and Wildlife Service", "Food and Drug Administration", "Securities and Exchange Commission":
 * an "and" inside a name whose head comes after it. The words before it are one or two plain
 * capitalised words (no head, title or given name of their own, and no surname the article gives a
 * person: "Trump and State Department officials" stays apart); after it come two or three capitalised
 * words ending in an organisation's head.
 */
function isAndInsideName(
  tokens: readonly Token[],
  first: number,
  at: number,
  limit: number,
  lexicon: EntityLexicon,
  surnames: ReadonlySet<string>,
): boolean {
  let words = 0;
  // A sentence-opening "The" and a country before the name ("The U.S. Fish and …") are not its words.
  let from = first;
  if (tokens[from]?.text === 'The') from += 1;
  const place = placeAt(tokens, from, at, lexicon);
  if (place < at) from = place;
  for (let i = from; i < at; i += 1) {
    const token = tokens[i];
    const lower = token?.text.toLowerCase() ?? '';
    if (!token || token.type !== 'word') return false;
    if (!isCapitalisedWord(token, lexicon) || surnames.has(token.text)) return false;
    // "Republicans and Tea Party activists", "Unions and …": a party, people or body named before
    // "and" is a name of its own.
    const singular = lower.replace(/s$/u, '');
    if (lexicon.orgHeads.has(lower) || lexicon.orgHeads.has(singular)) return false;
    if (lexicon.titleHeads.has(lower) || lexicon.givenNames.has(lower)) return false;
    if (lexicon.places.has(lower) || lexicon.demonyms.has(lower) || lexicon.adjectives.has(singular)) return false;
    words += 1;
  }
  if (words < 1 || words > 2) return false;
  let after = at + 1;
  while (after < limit && after <= at + 3 && isCapitalisedWord(tokens[after], lexicon)) after += 1;
  const count = after - at - 1;
  if (count < 2 || count > 3 || isCapitalisedWord(tokens[after], lexicon)) return false;
  // "The Harbour Gazette and KTV News": an acronym after "and" starts a name of its own.
  const second = tokens[at + 1]?.text ?? '';
  if (lexicon.orgHeads.has(second.toLowerCase()) || /^\p{Lu}[\p{Lu}.&]+$/u.test(second)) return false;
  return lexicon.orgHeads.has(tokens[after - 1]?.text.toLowerCase() ?? '');
}

/** Every capitalised run in the text, sentence by sentence; sentence-initial common words are left out. */
export function chunkProperNouns(tokenized: TokenizedText, lexicon: EntityLexicon): NameChunk[] {
  const { tokens, sentences } = tokenized;
  const chunks: NameChunk[] = [];
  const seenMidSentence = findMidSentenceCapitals(tokenized, lexicon);
  const surnames = findTitledSurnames(tokens, lexicon);
  const designators = findPartyDesignators(tokens);
  sentences.forEach((sentence, sentenceIndex) => {
    const limit = sentence.endToken;
    const isHeadline = isHeadlineCased(tokens, sentence.firstToken, limit, lexicon);
    let i = sentence.firstToken;
    while (i < limit) {
      if (designators.has(i) || (!isCapitalisedWord(tokens[i], lexicon) && !isNameCalendarWord(tokens, i, lexicon))) {
        i += 1;
        continue;
      }
      let first = i;
      let end = i + 1;
      let hasPassedConnector = false;
      for (;;) {
        const step = continuation(tokens, first, end, limit, hasPassedConnector, lexicon, surnames);
        if (step === 0) break;
        if (step > 1 && CONNECTORS_AFTER_HEAD.has(tokens[end]?.text.toLowerCase() ?? '')) hasPassedConnector = true;
        end += step;
      }
      i = end;
      // "UN Tweeted": a capitalised reporting verb closing the run is not part of the name.
      while (end - 1 > first && isTrailingVerb(tokens[end - 1])) end -= 1;
      // "Polling Station No. 4": the number sign belongs to the number.
      if (end - 1 > first && NUMBER_SIGNS.has(tokens[end - 1]?.text ?? '')) end -= 1;
      // A capital at the start of a sentence is grammar, not a name, unless the word is a known name or
      // wink calls it a proper noun.
      if (isStartLike(tokenized, first, sentence.firstToken)) {
        for (;;) {
          const token = tokens[first];
          if (first >= end || !token || !isDroppableStart(token, first + 1 < end, lexicon, seenMidSentence)) break;
          first += 1;
          while (first < end && !isCapitalisedWord(tokens[first], lexicon)) first += 1;
          // After "The", the next capital is a name's ("The Northern Grain Board"); after an unvouched
          // content word ("Key Facts"), the next one is as unvouched.
          if (lexicon.commonCapitalised.has(token.text.toLowerCase())) break;
        }
      }
      if (first < end) chunks.push({ first, end, sentence: sentenceIndex, isHeadline });
    }
  });
  return chunks;
}

const NUMBER_SIGNS = new Set(['No.', 'No', 'Nos.', 'Nr.', 'no.']);
const IRREGULAR_REPORTING = new Set(['said', 'says', 'told', 'wrote', 'spoke']);

function isTrailingVerb(token: Token | undefined): boolean {
  if (!token) return false;
  const lower = token.text.toLowerCase();
  if (token.pos === 'VERB' && REPORTING_LEMMAS.has(token.lemma)) return true;
  if (IRREGULAR_REPORTING.has(lower)) return true;
  // wink may tag a capitalised "Tweeted" as a proper noun: undo the regular inflections by hand.
  return lower.endsWith('ed') && [/ed$/u, /d$/u].some((ending) => REPORTING_LEMMAS.has(lower.replace(ending, '')));
}

function isDroppableStart(
  token: Token,
  isFollowedByName: boolean,
  lexicon: EntityLexicon,
  seenMidSentence: ReadonlySet<string>,
): boolean {
  const lower = token.text.toLowerCase();
  // "Former President …": a title word opening the sentence belongs to the role.
  if (isFollowedByName && lexicon.governmentTitles.has(lower)) return false;
  if (lexicon.commonCapitalised.has(lower)) return true;
  // A word the article also capitalises mid-sentence is a name wherever it stands; so is a proper noun
  // that more capitalised words follow ("Ines Vidal said").
  if (seenMidSentence.has(token.text)) return false;
  if (isFollowedByName && token.pos === 'PROPN') return false;
  return !(
    lexicon.givenNames.has(lower) ||
    lexicon.places.has(lower) ||
    lexicon.knownOrganizations.has(lower) ||
    lexicon.titleHeads.has(lower) ||
    lexicon.governmentTitles.has(lower) ||
    lexicon.orgHeads.has(lower) ||
    lexicon.demonyms.has(lower) ||
    /^\p{Lu}[\p{Lu}.&]+$/u.test(token.text)
  );
}

/** Capitalised words standing where a capital means a name: not sentence-initial, not in a headline. */
function findMidSentenceCapitals(tokenized: TokenizedText, lexicon: EntityLexicon): Set<string> {
  const seen = new Set<string>();
  const { tokens } = tokenized;
  for (const sentence of tokenized.sentences) {
    if (isHeadlineCased(tokens, sentence.firstToken, sentence.endToken, lexicon)) continue;
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = tokens[i];
      if (token && isCapitalisedWord(token, lexicon) && !isStartLike(tokenized, i, sentence.firstToken)) {
        seen.add(token.text);
      }
    }
  }
  return seen;
}

/** Where a place name starting at `from` ends (up to three words, "United States"), or `from` when none does. */
function placeAt(tokens: readonly Token[], from: number, limit: number, lexicon: EntityLexicon): number {
  for (let end = Math.min(limit, from + 3); end > from; end -= 1) {
    const words = tokens.slice(from, end).map((token) => token.text);
    if (lexicon.places.has(words.join(' ').toLowerCase())) return end;
  }
  return from;
}

/** Words the article puts right after a given name or a title ("Donald Trump", "Mr. Trump"): surnames. */
function findTitledSurnames(tokens: readonly Token[], lexicon: EntityLexicon): Set<string> {
  const surnames = new Set<string>();
  for (let i = 1; i < tokens.length; i += 1) {
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    const token = tokens[i];
    if (!token || !isCapitalisedWord(token, lexicon)) continue;
    if (!lexicon.givenNames.has(before) && !lexicon.titleHeads.has(before)) continue;
    // The surname closes the name: "Donald Trump said", not "Donald Trump Jr." nor "President Donald".
    if (isCapitalisedWord(tokens[i + 1], lexicon) && tokens[i + 1]?.start === (token.end ?? 0) + 1) continue;
    surnames.add(token.text);
  }
  return surnames;
}

const PARTY_LETTERS = new Set(['D', 'R', 'I']);

/**
 * "(D-N.Y.)", "R-Calif.", ", I-Vt.,": a party letter and a state after a lawmaker's name, which name
 * neither a person nor an organisation. Token indexes of every such designator in the text.
 */
function findPartyDesignators(tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    const letter = tokens[i];
    const hyphen = tokens[i + 1];
    const state = tokens[i + 2];
    if (!letter || !hyphen || !state || !PARTY_LETTERS.has(letter.text) || !HYPHENS.has(hyphen.text)) continue;
    if (!isAdjacent(letter, hyphen) || !isAdjacent(hyphen, state) || !UPPER_START.test(state.text)) continue;
    let end = i + 2;
    while (
      end + 1 < tokens.length &&
      isAdjacent(tokens[end], tokens[end + 1]) &&
      /^(?:\p{Lu}[\p{L}]*\.?|\.)$/u.test(tokens[end + 1]?.text ?? '')
    ) {
      end += 1;
    }
    for (let j = i; j <= end; j += 1) found.add(j);
    i = end;
  }
  return found;
}
