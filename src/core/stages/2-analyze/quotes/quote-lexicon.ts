/**
 * @module quote-lexicon
 * The reported-speech lexicon compiled once into Sets.
 */
import reporting from '../../../lexicons/quotes-reporting-verbs.json' with { type: 'json' };

export interface QuoteLexicon {
  /** Lemmas of verbs that report speech. */
  verbs: ReadonlySet<string>;
  /** Verbs that report speech only after the quote ("…," reads the statement). */
  closingOnlyVerbs: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  namingCues: ReadonlySet<string>;
  workNouns: ReadonlySet<string>;
  adverbsBeforeVerb: ReadonlySet<string>;
}

export const quoteLexicon: QuoteLexicon = {
  verbs: new Set([...reporting.verbs, ...reporting.closingOnlyVerbs]),
  closingOnlyVerbs: new Set(reporting.closingOnlyVerbs),
  statementNouns: new Set(reporting.statementNouns),
  subjectPronouns: new Set(reporting.subjectPronouns),
  namingCues: new Set(reporting.namingCues),
  workNouns: new Set(reporting.workNouns),
  adverbsBeforeVerb: new Set(reporting.adverbsBeforeVerb),
};
