/**
 * @module model
 * The domain types every stage shares; stages share nothing else.
 */
export type * from './span.js';
export type * from './diagnostic.js';
export type * from './source-document.js';
export type * from './article.js';
export type * from './mention.js';
export type * from './token.js';
export type * from './annotated-article.js';
export type * from './claim.js';
export type * from './story-report.js';
export { REPORT_VERSION } from './story-report.js';
