/**
 * @module corroborate
 * Public library exports: the API and the domain types.
 */
export { corroborate, extract, analyze, extractDocuments, reportArticles } from './app/api.js';
export type { CorroborateOptions, Outcome } from './app/api.js';
export type * from './core/model/index.js';
