/**
 * Load straight through neo4j-driver: `concurrency` workers in a closed loop, like autocannon's
 * connections, each running the steps of one question in turn for `seconds`. One step is one sample,
 * as one HTTP request is on the other targets.
 */
import { summarise, type LoadFigures } from './stats.ts';
import type { DriverStep } from './workload.ts';

export interface DriverLoadOptions {
  steps: DriverStep[];
  concurrency: number;
  seconds: number;
  onError?: (description: string) => void;
}

export async function loadDriver(options: DriverLoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const began = performance.now();
  const deadline = began + options.seconds * 1000;

  const worker = async () => {
    let previous: unknown = null;
    while (performance.now() < deadline) {
      for (const step of options.steps) {
        const started = performance.now();
        try {
          previous = await step(previous);
        } catch (error) {
          errors += 1;
          if (errors <= 3) options.onError?.(error instanceof Error ? error.message : String(error));
          previous = null;
        }
        latencies.push(performance.now() - started);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarise(latencies, (performance.now() - began) / 1000, errors);
}
