/**
 * @module benches
 * The ordered list of benchmarks `npm run bench` runs. Each returns the lines it prints.
 */

import { analyzeBench } from './analyze-bench.js';
import { reconcileBench } from './reconcile-bench.js';
import { extractBench } from './extract-bench.js';
import { clusterBench } from './cluster-bench.js';
import { serverBench } from './server-bench.js';
import { largeInputsBench } from './large-inputs-bench.js';

export interface Bench {
  name: string;
  run: () => Promise<string[]>;
}

export const benches: Bench[] = [
  analyzeBench,
  reconcileBench,
  extractBench,
  clusterBench,
  serverBench,
  largeInputsBench,
];
