/**
 * @module run-bench
 * Runs the speed benchmarks (never part of `npm test`): throughput per stage and peak memory.
 */
import { benches } from './suites/index.js';

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const bench of benches) {
  if (only.length > 0 && !only.some((name) => bench.name.includes(name))) continue;
  console.log(`\n## ${bench.name}`);
  try {
    const lines = await bench.run();
    for (const line of lines) console.log(line);
  } catch (error) {
    console.error(`${bench.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
