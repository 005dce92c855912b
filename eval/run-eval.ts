/**
 * @module run-eval
 * Runs every evaluation suite, prints a table, writes eval/results/latest.json and, with --check,
 * fails when a metric drops below eval/baseline.json (raise the baseline when scores improve).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { SuiteResult } from './suite.js';
import { suites } from './suites/index.js';

const TOLERANCE = 0.005;
const args = process.argv.slice(2);
const isCheck = args.includes('--check');
const isUpdateBaseline = args.includes('--update-baseline');
const only = args.filter((a) => !a.startsWith('--'));

const results: SuiteResult[] = [];
for (const suite of suites) {
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue;
  const started = performance.now();
  try {
    const result = await suite.run();
    results.push(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.skipped) console.log(`${suite.name}: SKIPPED (${result.skipped})`);
    else console.log(`${suite.name}: ${result.scope} (${seconds}s)`);
    for (const line of result.details ?? []) console.log(`  ${line}`);
  } catch (error) {
    console.error(
      `${suite.name}: FAILED to run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    results.push({ suite: suite.name, scope: 'error', metrics: [], skipped: 'the suite crashed' });
    process.exitCode = 1;
  }
}

console.log('\n| suite | metric | value |\n|---|---|---|');
for (const result of results) {
  if (result.skipped) console.log(`| ${result.suite} | skipped | ${result.skipped} |`);
  for (const metric of result.metrics) console.log(`| ${result.suite} | ${metric.name} | ${metric.value.toFixed(3)} |`);
}

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');

const baselineUrl = new URL('./baseline.json', import.meta.url);
type Baseline = Record<string, Record<string, number>>;
const baseline: Baseline = existsSync(baselineUrl) ? (JSON.parse(readFileSync(baselineUrl, 'utf8')) as Baseline) : {};

if (isUpdateBaseline) {
  for (const result of results) {
    if (result.skipped) continue;
    baseline[result.suite] = Object.fromEntries(result.metrics.map((m) => [m.name, Number(m.value.toFixed(3))]));
  }
  writeFileSync(baselineUrl, JSON.stringify(baseline, null, 2) + '\n');
  console.log('\nbaseline updated: eval/baseline.json');
}

if (isCheck) {
  const drops: string[] = [];
  for (const [suiteName, metrics] of Object.entries(baseline)) {
    const result = results.find((r) => r.suite === suiteName);
    if (!result || result.skipped) {
      console.log(`check: ${suiteName} not scored here (${result?.skipped ?? 'not run'}); its baseline is not checked`);
      continue;
    }
    for (const [name, expected] of Object.entries(metrics)) {
      const actual = result.metrics.find((m) => m.name === name)?.value;
      if (actual === undefined) drops.push(`${suiteName}.${name}: missing (baseline ${expected})`);
      else if (actual < expected - TOLERANCE)
        drops.push(`${suiteName}.${name}: ${actual.toFixed(3)} < baseline ${expected}`);
    }
  }
  if (drops.length > 0) {
    console.error(`\neval check FAILED, scores dropped below eval/baseline.json:\n  ${drops.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\neval check passed: no score below eval/baseline.json');
  }
}
