/**
 * @module benches
 * The ordered list of benchmarks `npm run bench` runs. Each returns the lines it prints.
 */

export interface Bench {
  name: string;
  run: () => Promise<string[]>;
}

export const benches: Bench[] = [];
