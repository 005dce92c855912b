/**
 * @module resolve-pronoun-sources
 * Replaces a pronoun source ("it said", "she added") with the noun phrase it stands for, found in
 * the same sentence or the ones just before it in the paragraph.
 */
import genders from '../../../lexicons/quotes-given-name-genders.json' with { type: 'json' };
import type { Attribution } from '../../../model/mention.js';
import type { Token, TokenizedText } from '../tokens/tokenize.js';
import { findQuotedTokens } from './find-quoted-tokens.js';
import { isHeadToken, isTimeToken, type TokenRange } from './read-noun-phrase.js';

const THING_PRONOUNS = new Set(['it', 'they']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
type Gender = 'female' | 'male';
const GIVEN_NAME_GENDERS = new Map<string, Gender>([
  ...genders.female.map((name): [string, Gender] => [name, 'female']),
  ...genders.male.map((name): [string, Gender] => [name, 'male']),
]);
const HONORIFIC_GENDERS = new Map<string, Gender>([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
]);
/** How many earlier sentences of the paragraph are searched for a person. */
const LOOKBACK_SENTENCES = 2;

/**
 * Returns `attributions` with pronoun sources resolved. "it"/"they" take the first singular/plural
 * noun of the sentence before the pronoun ("The retailer will close 120 stores, it said" → the
 * retailer), else the previous sentence's source; "he"/"she" take the nearest earlier source that
 * is a name, else the nearest name. The span then points at the antecedent, which may lie in an
 * earlier sentence; unresolvable pronouns are kept.
 */
export function resolvePronounSources(
  tokenized: TokenizedText,
  sentenceIndex: number,
  attributions: readonly Attribution[],
  earlier: readonly (readonly Attribution[])[],
): Attribution[] {
  return attributions.map((attribution) => {
    const pronoun = attribution.source.toLowerCase();
    const antecedent = THING_PRONOUNS.has(pronoun)
      ? findThingAntecedent(tokenized, sentenceIndex, attribution, pronoun === 'they', earlier)
      : PERSON_PRONOUNS.has(pronoun)
        ? findPersonAntecedent(tokenized, sentenceIndex, attribution, earlier)
        : undefined;
    if (!antecedent) return attribution;
    return { ...attribution, source: tokenized.text.slice(antecedent.start, antecedent.end), ...antecedent };
  });
}

interface CharSpan {
  start: number;
  end: number;
}

function toCharSpan(tokens: readonly Token[], range: TokenRange): CharSpan | undefined {
  const first = tokens[range.first];
  const last = tokens[range.end - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

function isPlural(token: Token): boolean {
  return token.normal !== token.lemma || (token.normal.endsWith('s') && !token.normal.endsWith('ss'));
}

function findThingAntecedent(
  tokenized: TokenizedText,
  sentenceIndex: number,
  attribution: Attribution,
  isPluralPronoun: boolean,
  earlier: readonly (readonly Attribution[])[],
): CharSpan | undefined {
  const sentence = tokenized.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const { tokens } = tokenized;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    if (!token || token.start >= attribution.start) break;
    if (!isHeadToken(token) || isTimeToken(token) || token.pos === 'NUM' || isPlural(token) !== isPluralPronoun)
      continue;
    // The head must end its phrase: "the drugmaker", not "drug" in "drug trial".
    if (isHeadToken(tokens[i + 1]) && (tokens[i + 1]?.start ?? Infinity) < attribution.start) continue;
    return toCharSpan(tokens, readSimplePhraseLeft(tokens, i, sentence.firstToken));
  }
  const previous = earlier[earlier.length - 1]?.find((candidate) => !isPronounSource(candidate));
  return previous ? { start: previous.start, end: previous.end } : undefined;
}

const SIMPLE_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/** The noun phrase ending at `head` without prepositional links: "the carmaker", not "Shares in the carmaker". */
function readSimplePhraseLeft(tokens: readonly Token[], head: number, floor: number): TokenRange {
  let first = head;
  while (first - 1 >= floor && SIMPLE_PHRASE_TAGS.has(tokens[first - 1]?.pos ?? '')) {
    first--;
    if (tokens[first]?.pos === 'DET') break;
  }
  return { first, end: head + 1 };
}

function isPronounSource(attribution: Attribution): boolean {
  const source = attribution.source.toLowerCase();
  return THING_PRONOUNS.has(source) || PERSON_PRONOUNS.has(source);
}

function findPersonAntecedent(
  tokenized: TokenizedText,
  sentenceIndex: number,
  attribution: Attribution,
  earlier: readonly (readonly Attribution[])[],
): CharSpan | undefined {
  const paragraph = tokenized.sentences[sentenceIndex]?.paragraph;
  // "she" is never a name the text marks as a man's ("Mr.", a man's given name), nor "he" a woman's.
  const gender: Gender = attribution.source.toLowerCase() === 'she' ? 'female' : 'male';
  const fits = (span: CharSpan | undefined): span is CharSpan => {
    const known = span ? genderOfName(tokenized.text.slice(span.start, span.end)) : undefined;
    return span !== undefined && (known === undefined || known === gender);
  };
  // The pronoun's own sentence first (a name before it), then earlier sentences of the paragraph.
  const ownName = findLastName(tokenized, sentenceIndex, attribution.start, fits);
  if (ownName) return ownName;
  for (let back = 1; back <= LOOKBACK_SENTENCES; back++) {
    const index = sentenceIndex - back;
    const sentence = tokenized.sentences[index];
    if (!sentence || sentence.paragraph !== paragraph) break;
    const named = earlier[earlier.length - back]?.find(
      (candidate) => hasName(tokenized, candidate) && fits({ start: candidate.start, end: candidate.end }),
    );
    if (named) return { start: named.start, end: named.end };
    const name = findLastName(tokenized, index, sentence.end, fits);
    if (name) return name;
  }
  return undefined;
}

/** The gender a name's honorific or first given name marks, if any: "Ms. Berg", "Tomas Reyes". */
function genderOfName(name: string): Gender | undefined {
  for (const word of name.split(/\s+/u)) {
    const lower = word.toLowerCase().replace(/\.$/u, '');
    const honorific = HONORIFIC_GENDERS.get(lower);
    if (honorific) return honorific;
    const given = GIVEN_NAME_GENDERS.get(lower);
    if (given) return given;
  }
  return undefined;
}

/** The last run of capitalised proper nouns before `before`: "Rosa Delgado", "Mr. Kim". */
function findLastName(
  tokenized: TokenizedText,
  sentenceIndex: number,
  before: number,
  fits: (span: CharSpan | undefined) => boolean,
): CharSpan | undefined {
  const sentence = tokenized.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const { tokens } = tokenized;
  // Capitalised words inside a quotation are the speaker's words, not the speaker.
  const quoted = findQuotedTokens(tokenized.text, tokens, sentence.firstToken, sentence.endToken);
  let found: CharSpan | undefined;
  let runStart = -1;
  for (let i = sentence.firstToken; i <= sentence.endToken; i++) {
    const token = i < sentence.endToken ? tokens[i] : undefined;
    const isNameWord =
      token !== undefined && token.start < before && isNameToken(token) && !quoted[i - sentence.firstToken];
    if (isNameWord && runStart < 0) runStart = i;
    if (!isNameWord && runStart >= 0) {
      // A single capitalised word at the sentence start is more often an ordinary word than a name.
      if (i - runStart >= 2 || runStart > sentence.firstToken) {
        // Keep the title before the name ("Fire chief Rosa Delgado"): it says whom she speaks for.
        let first = runStart;
        while (first - 1 >= sentence.firstToken && isTitleWord(tokens[first - 1])) first--;
        const span = toCharSpan(tokens, { first, end: i });
        if (fits(span)) found = span;
      }
      runStart = -1;
    }
  }
  return found;
}

function isTitleWord(token: Token | undefined): boolean {
  // "chief" in "Fire chief" is tagged as an adjective.
  return (
    token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ') && !isTimeToken(token)
  );
}

function isNameToken(token: Token): boolean {
  const initial = token.text[0];
  return token.pos === 'PROPN' && initial !== undefined && initial !== initial.toLowerCase() && !isTimeToken(token);
}

function hasName(tokenized: TokenizedText, attribution: Attribution): boolean {
  const { tokens } = tokenized;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < attribution.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= attribution.end) break;
    if (token.end <= attribution.end && isNameToken(token)) return true;
  }
  return false;
}
