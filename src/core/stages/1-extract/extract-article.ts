/**
 * @module extract-article
 * SourceDocument → Article: main text, metadata, noise kept aside with reasons.
 * PLACEHOLDER: plain text only; the full extractor replaces it.
 */
import type { Article } from '../../model/article.js';
import type { SourceDocument } from '../../model/source-document.js';
import type { PipelineContext } from '../../pipeline/pipeline-context.js';
import { splitParagraphs } from '../../text/split-paragraphs.js';

export function extractArticle(document: SourceDocument, id: string, _context: PipelineContext): Article {
  const text = document.body.replace(/\r\n?/g, '\n').trim();
  return { id, source: document.source, text, paragraphs: splitParagraphs(text), removed: [] };
}
