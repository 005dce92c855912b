/**
 * @module server-bench
 * The web app under load: the example story ingested into a temp store, the server on loopback, and
 * concurrent clients (in a worker thread, so they do not share the server's event loop) reading the
 * JSON report and the HTML report for a bounded time. Prints requests/s and p50/p99 latency.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../src/app/server/node-main.js';
import type { Bench } from './index.js';

const CLIENTS = 16;
const SECONDS_PER_ROUTE = 1.7;

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

/** Plain JavaScript run in the worker: N loops of fetch until the deadline, latency per request. */
const CLIENT_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, clients, seconds } = workerData;
const latencies = [];
let errors = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
async function client() {
  while (performance.now() < deadline) {
    const t = performance.now();
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  }
}
Promise.all(Array.from({ length: clients }, client)).then(() => {
  parentPort.postMessage({ requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies });
});
`;

function load(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_SCRIPT, {
      eval: true,
      workerData: { url, clients: CLIENTS, seconds: SECONDS_PER_ROUTE },
    });
    worker.once('message', (result: LoadResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const serverBench: Bench = {
  name: 'server',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-bench-'));
    const server = await startServer({ db: join(dir, 'store.sqlite'), port: 0 });
    try {
      const example = fileURLToPath(new URL('../../examples/harbour-bridge-collapse/', import.meta.url));
      const articles = readdirSync(example)
        .sort()
        .map((file) => {
          const body = readFileSync(join(example, file), 'utf8');
          return file.endsWith('.html') ? { html: body } : { text: body };
        });
      let started = performance.now();
      const submitted = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articles }),
      });
      const { stories } = (await submitted.json()) as { stories: { id: string }[] };
      const id = stories[0]?.id;
      if (submitted.status !== 201 || !id) throw new Error(`ingest failed with status ${submitted.status}`);
      const lines = [
        `ingest of ${articles.length} articles over HTTP (extract, analyze, cluster, store, report): ${(performance.now() - started).toFixed(0)} ms`,
      ];
      started = performance.now();
      await (await fetch(`${server.url}/api/stories/${id}/report.html`)).text();
      lines.push(`first report.html (rendered, then cached): ${(performance.now() - started).toFixed(1)} ms`);
      lines.push(
        `${CLIENTS} concurrent clients, ${SECONDS_PER_ROUTE} s per route, keep-alive (clients in a worker thread)`,
      );
      const describe = (label: string, result: LoadResult, bytes: number): string => {
        const sorted = result.latencies.sort((a, b) => a - b);
        return (
          `${label.padEnd(32)} ${(result.requests / result.seconds).toFixed(0).padStart(6)} req/s` +
          `  p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms` +
          `  ${(bytes / 1024).toFixed(0)} KB${result.errors > 0 ? `  ${result.errors} errors` : ''}`
        );
      };
      const json = await (await fetch(`${server.url}/api/stories/${id}`)).arrayBuffer();
      for (const path of [`/api/stories/${id}`, `/api/stories/${id}/report.html`, `/stories/${id}`]) {
        const result = await load(server.url + path);
        const bytes = (await (await fetch(server.url + path)).arrayBuffer()).byteLength;
        lines.push(describe(`GET ${path.replace(id, ':id')}`, result, bytes));
      }
      // What this machine does with no app at all, so the figures above can be read on a busy machine.
      const bare = createServer((_request, response) => response.end(Buffer.from(json)));
      await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = bare.address() as AddressInfo;
        lines.push(
          describe('baseline: bare node:http, same JSON', await load(`http://127.0.0.1:${port}/`), json.byteLength),
        );
      } finally {
        bare.close();
      }
      return lines;
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
