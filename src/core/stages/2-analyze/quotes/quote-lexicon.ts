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
  /** Verbs whose subject may follow them ("…," said Costa); "told X" names the listener, not the speaker. */
  invertibleVerbs: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  namingCues: ReadonlySet<string>;
  workNouns: ReadonlySet<string>;
  adverbsBeforeVerb: ReadonlySet<string>;
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
};
