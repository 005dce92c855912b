/**
 * @module large-inputs-bench
 * Large invented inputs (bench/hostile-inputs.ts) through extract and analyze, each in its own
 * process: time and peak memory at 1, 5 and 10 MB of text and of HTML, a page of 10⁵ paragraphs and
 * 10⁵ nested elements. Time should grow about linearly with size.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bench } from './index.js';

const RUNNER = fileURLToPath(new URL('../large-input-run.ts', import.meta.url));
/** Past the analysis budget (2 minutes) plus extraction and start-up. */
const TIMEOUT_MS = 200_000;
const MB = 1_000_000;

const CASES: { label: string; kind: string; size: number }[] = [
  { label: 'text 1 MB', kind: 'text', size: 1 * MB },
  { label: 'text 5 MB', kind: 'text', size: 5 * MB },
  { label: 'text 10 MB', kind: 'text', size: 10 * MB },
  { label: 'HTML page 1 MB', kind: 'page', size: 1 * MB },
  { label: 'HTML page 5 MB', kind: 'page', size: 5 * MB },
  { label: 'HTML page 10 MB', kind: 'page', size: 10 * MB },
  { label: 'page of 10⁵ paragraphs', kind: 'paragraphs', size: 100_000 },
  { label: '10⁵ nested elements', kind: 'deep', size: 100_000 },
];

interface RunResult {
  inputBytes: number;
  tokens: number;
  extractSeconds: number;
  analyzeSeconds: number;
  peakRssMb: number;
  errors: string[];
}

export const largeInputsBench: Bench = {
  name: 'large-inputs',
  run() {
    const only = process.env.LARGE_INPUTS;
    const lines = [
      'each case in a fresh process; extract + analyze (quotes and attribution included), default budget',
      '| input | MB | tokens | extract s | analyze s | µs per KB | peak RSS | outcome |',
      '|---|---|---|---|---|---|---|---|',
    ];
    for (const { label, kind, size } of CASES) {
      if (only && !label.includes(only)) continue;
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, kind, String(size)], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        maxBuffer: 16 * MB,
      });
      const wall = (performance.now() - started) / 1000;
      const last = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !last.startsWith('{')) {
        const why = child.error
          ? child.error.message
          : (child.stderr.trim().split('\n').pop() ?? `exit ${child.status}`);
        lines.push(`| ${label} | | | | | | | FAILED after ${wall.toFixed(0)} s: ${why} |`);
        continue;
      }
      const result = JSON.parse(last) as RunResult;
      const seconds = result.extractSeconds + result.analyzeSeconds;
      lines.push(
        `| ${label} | ${(result.inputBytes / MB).toFixed(1)} | ${result.tokens} | ${result.extractSeconds.toFixed(1)} | ${result.analyzeSeconds.toFixed(1)} | ${((seconds * 1e6) / (result.inputBytes / 1000)).toFixed(0)} | ${result.peakRssMb.toFixed(0)} MB | ${result.errors.length > 0 ? result.errors.join('; ') : 'ok'} |`,
      );
    }
    return Promise.resolve(lines);
  },
};
