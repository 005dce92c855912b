import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFetchScheduler } from './fetch-scheduler.js';

test('never runs more than the overall and per-host limits at once, and runs everything', async () => {
  const scheduler = createFetchScheduler({ concurrency: 4, perHost: 2 });
  let active = 0;
  let peak = 0;
  const activeByHost = new Map<string, number>();
  let hostPeak = 0;
  const task = (host: string) => async (): Promise<string> => {
    active++;
    activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
    peak = Math.max(peak, active);
    hostPeak = Math.max(hostPeak, activeByHost.get(host) ?? 0);
    await new Promise((resolve) => setImmediate(resolve));
    active--;
    activeByHost.set(host, (activeByHost.get(host) ?? 0) - 1);
    return host;
  };
  const hosts = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'd', 'e', 'a', 'b'];
  const results = await Promise.all(hosts.map((host) => scheduler.schedule(host, task(host))));
  assert.deepEqual(results, hosts);
  assert.ok(peak <= 4 && peak >= 2, `peak ${peak}`);
  assert.equal(hostPeak, 2);
});

test('a failing task rejects its own promise and frees its slot', async () => {
  const scheduler = createFetchScheduler({ concurrency: 1, perHost: 1 });
  const failed = scheduler.schedule('a', () => Promise.reject(new Error('boom')));
  const next = scheduler.schedule('a', () => Promise.resolve('ok'));
  await assert.rejects(failed, /boom/);
  assert.equal(await next, 'ok');
});
