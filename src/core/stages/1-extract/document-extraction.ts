/**
 * @module document-extraction
 * What the HTML and plain-text readers both hand back to `extractArticle`.
 */
import type { DateCandidate } from './dates/date-candidate.js';
import type { ClassifiedLine } from './text-line.js';

export interface DocumentExtraction {
  /** Every line of candidate text; lines with a reason are removed from the article text. */
  lines: ClassifiedLine[];
  title?: string;
  /** The site's own name (og:site_name, JSON-LD publisher). */
  siteName?: string;
  byline?: string;
  dates: DateCandidate[];
  /** HTML only: how the main text was found; absent when the page had none. */
  method?: 'readability' | 'fallback';
  /** HTML only: the page nested this deep and its body was read as flat paragraphs. */
  flattenedDepth?: number;
}
