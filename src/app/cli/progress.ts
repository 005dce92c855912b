/**
 * @module progress
 * A progress line on stderr for batches that take longer than a second; silent when stderr is not a
 * terminal (cli-progress prints nothing there) or with --quiet.
 */
import cliProgress from 'cli-progress';

const DELAY_MS = 1000;

export interface Progress {
  tick: (event: { done: number; total?: number; source: string }) => void;
  stop: () => void;
}

export function createProgress(isEnabled: boolean): Progress {
  if (!isEnabled || !process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    tick: ({ done, total, source }) => {
      if (!bar) {
        if (Date.now() - started < DELAY_MS) return;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            clearOnComplete: true,
            hideCursor: true,
            format: total
              ? 'reading [{bar}] {value}/{total} | ETA {eta}s | {source}'
              : 'reading {value} documents | {source}',
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total ?? 0, done, { source: '' });
      }
      if (total) bar.setTotal(total);
      bar.update(done, { source: source.length > 50 ? `…${source.slice(-49)}` : source });
    },
    stop: () => bar?.stop(),
  };
}
