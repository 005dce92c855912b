/**
 * @module text-line
 * The unit the extract stage works on: one line of candidate article text and what its markup said.
 */

/** What kind of block a line came from; plain text lines are all `paragraph`. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'preformatted' | 'table-row';

export interface TextLine {
  /** Whitespace-normalised, trimmed, never empty. */
  text: string;
  /** Index of the paragraph the line belongs to: lines of one paragraph are joined by a single newline. */
  paragraph: number;
  kind: BlockKind;
  /** A noise reason suggested by the markup around the line (class names, `<figcaption>`). */
  markupHint?: string;
  /** Share of the line's characters inside links (HTML only), 0..1. */
  linkDensity?: number;
}

/** A line once the noise rules have looked at it: `reason` set means it is removed. */
export interface ClassifiedLine extends TextLine {
  reason?: string;
  /** The rule that fired, for debugging and for tests that prove every rule is used. */
  rule?: string;
  /** How a sequence rule should treat the lines around this one. */
  role?: NoiseRole;
}

/**
 * see-more: the line before is a related link; list-heading: the headline-like lines after it are;
 * teaser: the link-only headlines after it are; footer-marker: the short lines after it are footer.
 */
export type NoiseRole = 'see-more' | 'list-heading' | 'teaser' | 'footer-marker';
