/**
 * @module suites
 * The ordered list of evaluation suites `npm run eval` runs.
 */
import type { EvalSuite } from '../suite.js';

export const suites: EvalSuite[] = [];
