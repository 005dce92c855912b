/**
 * @module find-roles
 * Reads a role stated in apposition after a person's name: "Ana Costa, the former head of the agency, said".
 */
import type { TokenizedText } from '../tokens/tokenize.js';
import type { EntityCandidate } from './classify-chunk.js';
import type { EntityLexicon } from './entity-lexicon.js';

const MAX_ROLE_TOKENS = 14;
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'former', 'then', 'acting']);
const STOPS = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '‘', '’', '—', '–', '?', '!']);
const CLAUSE_POS = new Set(['VERB', 'AUX', 'PRON']);

/** The appositive role after the candidate, or undefined when the words after the comma are not one. */
export function findRoleAfter(
  tokenized: TokenizedText,
  candidate: EntityCandidate,
  lexicon: EntityLexicon,
): string | undefined {
  const { tokens } = tokenized;
  if (tokens[candidate.end]?.text !== ',') return undefined;
  const sentence = tokenized.sentences[candidate.sentence];
  const limit = Math.min(sentence?.endToken ?? tokens.length, candidate.end + 1 + MAX_ROLE_TOKENS);
  const first = candidate.end + 1;
  const opener = tokens[first];
  if (!opener || !ROLE_OPENERS.has(opener.text.toLowerCase())) return undefined;
  let end = first;
  let hasRoleNoun = false;
  while (end < limit) {
    const token = tokens[end];
    if (!token || STOPS.has(token.text)) break;
    // A verb makes it a clause ("a man who said"), not a title.
    const lower = token.text.toLowerCase();
    const isParticiple = token.pos === 'VERB' && lower.endsWith('ed');
    if (CLAUSE_POS.has(token.pos) && !ROLE_OPENERS.has(lower) && !isParticiple) return undefined;
    if (lexicon.roleNouns.has(token.lemma) || lexicon.roleNouns.has(token.text.toLowerCase())) hasRoleNoun = true;
    end += 1;
  }
  if (!hasRoleNoun || end === first) return undefined;
  const closer = tokens[end];
  // The appositive must be closed: by a comma, or by the end of the sentence.
  if (closer && closer.text !== ',' && closer.text !== '.' && end < limit) return undefined;
  const a = tokens[first];
  const b = tokens[end - 1];
  return a && b ? tokenized.text.slice(a.start, b.end) : undefined;
}
