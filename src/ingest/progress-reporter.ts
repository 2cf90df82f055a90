/**
 * Progress of an ingest run: a bar on a terminal (done / total, articles per second, ETA), otherwise one log
 * line per 1,000 articles so CI logs stay short.
 */
import cliProgress from 'cli-progress';
import { articlesDone, type IngestSummary } from './ingest-summary.ts';

export interface ProgressReporter {
  update(summary: IngestSummary): void;
  stop(): void;
}

export function createProgressReporter(options: { terminal: boolean; total: number; log: (line: string) => void; every?: number; stream?: NodeJS.WritableStream }): ProgressReporter {
  const began = performance.now();
  const rate = (done: number) => done / Math.max((performance.now() - began) / 1000, 0.001);
  if (options.terminal) {
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {failed} failed', hideCursor: true, etaBuffer: 50, ...(options.stream ? { stream: options.stream } : {}) },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.total, 0, { rate: '0', failed: 0 });
    return {
      update(summary) {
        const done = articlesDone(summary);
        // The total is an estimate (a JSON file may hold many articles); the bar grows rather than overflows.
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { rate: rate(done).toFixed(0), failed: summary.failed.length });
      },
      stop: () => bar.stop(),
    };
  }
  const every = options.every ?? 1000;
  let logged = 0;
  return {
    update(summary) {
      const done = articlesDone(summary);
      if (Math.floor(done / every) > Math.floor(logged / every)) {
        options.log(`${done}/${options.total} articles, ${rate(done).toFixed(0)}/s, ${summary.failed.length} failed`);
      }
      logged = done;
    },
    stop: () => undefined,
  };
}
