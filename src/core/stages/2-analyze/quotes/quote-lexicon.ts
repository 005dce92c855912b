/**
 * @module quote-lexicon
 * The reported-speech lexicon compiled once into Sets: reporting verbs, statement nouns, the role nouns of
 * descriptions that stand for a person, and the given names that tell "he" from "she".
 */
import reporting from '../../../lexicons/quotes-reporting-verbs.json' with { type: 'json' };
import genders from '../../../lexicons/quotes-given-name-genders.json' with { type: 'json' };

export type Gender = 'female' | 'male';

export interface QuoteLexicon {
  /** Lemmas of verbs that report speech. */
  verbs: ReadonlySet<string>;
  /** Verbs that report speech only after the quote ("…," reads the statement). */
  closingOnlyVerbs: ReadonlySet<string>;
  /** Verbs whose subject may follow them ("…," said Costa); "told X" names the listener, not the speaker. */
  invertibleVerbs: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  namingCues: ReadonlySet<string>;
  workNouns: ReadonlySet<string>;
  adverbsBeforeVerb: ReadonlySet<string>;
  /** Head nouns of descriptions naming a person ("the committee chairman"), with the gender the word carries. */
  personRoleNouns: ReadonlyMap<string, Gender | undefined>;
  /** Lower-case given name → the gender it names, for names on one list only. */
  givenNameGenders: ReadonlyMap<string, Gender>;
}

function roleNouns(): Map<string, Gender | undefined> {
  const nouns = new Map<string, Gender | undefined>();
  for (const noun of reporting.personRoleNouns.neutral) nouns.set(noun, undefined);
  for (const noun of reporting.personRoleNouns.male) nouns.set(noun, 'male');
  for (const noun of reporting.personRoleNouns.female) nouns.set(noun, 'female');
  return nouns;
}

function givenNames(): Map<string, Gender> {
  const names = new Map<string, Gender>();
  for (const name of genders.female) names.set(name, 'female');
  for (const name of genders.male) names.set(name, 'male');
  return names;
}

export const quoteLexicon: QuoteLexicon = {
  verbs: new Set([...reporting.verbs, ...reporting.closingOnlyVerbs]),
  closingOnlyVerbs: new Set(reporting.closingOnlyVerbs),
  invertibleVerbs: new Set(reporting.invertibleVerbs),
  statementNouns: new Set(reporting.statementNouns),
  subjectPronouns: new Set(reporting.subjectPronouns),
  namingCues: new Set(reporting.namingCues),
  workNouns: new Set(reporting.workNouns),
  adverbsBeforeVerb: new Set(reporting.adverbsBeforeVerb),
  personRoleNouns: roleNouns(),
  givenNameGenders: givenNames(),
};
