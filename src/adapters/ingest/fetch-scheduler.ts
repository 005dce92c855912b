/**
 * @module fetch-scheduler
 * Polite concurrency for fetches: at most N at a time overall and M at a time per host, in order.
 */

export interface FetchScheduler {
  /** Runs `task` once a slot is free for `host`; resolves or rejects with the task. */
  schedule<T>(host: string, task: () => Promise<T>): Promise<T>;
}

interface Waiting {
  host: string;
  start: () => void;
}

export function createFetchScheduler({
  concurrency,
  perHost,
}: {
  concurrency: number;
  perHost: number;
}): FetchScheduler {
  const limit = Math.max(1, concurrency);
  const hostLimit = Math.max(1, perHost);
  const queue: Waiting[] = [];
  const activeByHost = new Map<string, number>();
  let active = 0;

  const pump = (): void => {
    for (let i = 0; i < queue.length && active < limit;) {
      const next = queue[i];
      if (!next || (activeByHost.get(next.host) ?? 0) >= hostLimit) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      active++;
      activeByHost.set(next.host, (activeByHost.get(next.host) ?? 0) + 1);
      next.start();
    }
  };

  return {
    schedule<T>(host: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({
          host,
          start: () => {
            task()
              .then(resolve, reject)
              .finally(() => {
                active--;
                activeByHost.set(host, (activeByHost.get(host) ?? 1) - 1);
                pump();
              });
          },
        });
        pump();
      });
    },
  };
}

/** The host a URL is scheduled under (its hostname; the text itself when it does not parse). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
