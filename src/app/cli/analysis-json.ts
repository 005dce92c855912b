/**
 * @module analysis-json
 * The `corroborate analyze --format json` shape (DESIGN.md): sentences and flat mentions per article.
 */
import type { AnnotatedArticle } from '../../core/model/annotated-article.js';

export function toAnalysisJson(annotated: AnnotatedArticle): object {
  const { article, sentences, mentions, sentenceAnalyses } = annotated;
  return {
    id: article.id,
    source: article.source,
    ...(article.published !== undefined && { published: article.published }),
    text: article.text,
    sentences: sentences.map((s, i) => {
      const analysis = sentenceAnalyses[i];
      return {
        start: s.start,
        end: s.end,
        ...(analysis && { modality: analysis.modality }),
        ...(analysis && analysis.attributions.length > 0 && { attributions: analysis.attributions }),
      };
    }),
    mentions: mentions.map((m) => {
      switch (m.kind) {
        case 'entity':
          return { ...m, entityType: m.entityType };
        default:
          return m;
      }
    }),
  };
}
