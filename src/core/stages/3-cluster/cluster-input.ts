/**
 * @module cluster-input
 * What the story clusterer reads and returns: one article in, its story (and original, if a copy) out.
 */

/** One article of the stream, as the clusterer sees it. */
export interface ClusterInput {
  id: string;
  title?: string;
  text: string;
  /** YYYY-MM-DD; an unknown date is neutral evidence. */
  published?: string;
  /** Canonical entity names, when an analyzer found them; capitalised token runs are used otherwise. */
  entities?: string[];
}

/** Where `add` put an article. */
export interface ClusterAssignment {
  storyId: string;
  /** The earlier article this one is a near-identical copy of (syndicated, re-published). */
  duplicateOf?: string;
}

export interface StoryCluster {
  id: string;
  /** Article ids in arrival order. */
  members: string[];
}

export interface ClusterResult {
  stories: StoryCluster[];
  /** Groups of near-identical copies, each in arrival order; every group sits inside one story. */
  duplicates: string[][];
}

/**
 * Tuning knobs; the defaults were tuned on a training stream of real headlines and leads
 * (see eval/suites/clustering-neus.ts).
 */
export interface StoryClustererOptions {
  /** Combined similarity an article needs to join a story. */
  threshold?: number;
  /** How much a title word counts against a body word. */
  titleWeight?: number;
  /** Body words (from the start) that describe the story; the rest only feeds copy detection. */
  leadWords?: number;
  /** Weight of a proper noun's extra dimension in the article vector (on top of its word). */
  entityWeight?: number;
  /**
   * Bonus for shared names between two dated reports within the grace period, in full when their
   * idf adds up to `sharedEntityIdf`.
   */
  sharedEntityWeight?: number;
  /** Idf mass of shared names that counts as full name evidence (two or three rare names). */
  sharedEntityIdf?: number;
  /** Bonus per shared number (at most two count); numbers never count against a story. */
  numberWeight?: number;
  /** Added when two articles name a common weekday ("on Monday"). */
  sameWeekdayBonus?: number;
  /** Subtracted when both name weekdays and none in common: likely different days' events. */
  otherWeekdayPenalty?: number;
  /** Story score = this share of the best article similarity + the rest of the mean over its members. */
  maxLinkWeight?: number;
  /** Subtracted per e-fold of story size, so a broad topic does not swallow every later report. */
  growthPenalty?: number;
  /** Factor on the score of a story whose dates lie within the grace period of the article's date. */
  nearDateBoost?: number;
  /** Days between an article and a story's date range before similarity starts to decay. */
  dateGraceDays?: number;
  /** Days over which similarity decays by a factor e past the grace period. */
  dateDecayDays?: number;
  /** Estimated shingle Jaccard at or above which an article is a copy of an earlier one. */
  duplicateJaccard?: number;
  /**
   * Keys held by more than this share of the stream's articles add nothing to a similarity. The
   * default, 1, lets every key count (idf already discounts common words): dropping a running
   * topic's words lost more same-event pairs than it saved on real headlines and leads.
   */
  commonKeyShare?: number;
  /** How many of an article's rarest words and names look up candidate stories. */
  candidateKeys?: number;
  /** Keys held by more articles than this are too common to look up candidates (or count as shared numbers). */
  maxPostings?: number;
  /** Candidate stories scored in full per article. */
  maxCandidates?: number;
  /** Candidates whose rare-key overlap is below this share of the best candidate's are not scored. */
  minCandidateShare?: number;
  /** A story is scored on its most recent members, at most this many. */
  maxMembersScored?: number;
  /** How much better another story must fit a member than its own before `refine` moves it. */
  reassignMargin?: number;
  /** Share of `threshold` two stories' mean cross-similarity must reach for `refine` to merge them. */
  mergeThresholdShare?: number;
  /** Share of `threshold` at which `refine` lets a story of one article join its best story. */
  singletonThresholdShare?: number;
}
