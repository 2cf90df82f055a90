import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { emptySummary, type IngestSummary } from '../../../src/ingest/ingest-summary.ts';
import { createProgressReporter } from '../../../src/ingest/progress-reporter.ts';

const summaryOf = (done: number, failed = 0): IngestSummary => ({
  ...emptySummary(),
  new: done - failed,
  failed: Array.from({ length: failed }, (_, line) => ({ origin: `corpus.jsonl:${line + 1}`, line: line + 1, reason: 'invalid JSON' })),
});

describe('ingest progress', () => {
  it('logs one line per thousand articles when no terminal shows a bar', () => {
    const lines: string[] = [];
    const reporter = createProgressReporter({ terminal: false, total: 2500, log: (line) => lines.push(line) });
    for (const done of [400, 999, 1000, 1700, 2100, 2500]) reporter.update(summaryOf(done, done >= 2100 ? 1 : 0));
    reporter.stop();
    expect(lines.map((line) => line.replace(/, \d+\/s,/, ', N/s,'))).toEqual(['1000/2500 articles, N/s, 0 failed', '2100/2500 articles, N/s, 1 failed']);
  });

  it('draws a bar on a terminal that grows when a file holds more articles than counted', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = '';
    stream.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    const reporter = createProgressReporter({ terminal: true, total: 10, log: () => undefined, stream });
    reporter.update(summaryOf(3));
    reporter.update(summaryOf(12, 2));
    reporter.stop();
    // The bar redraws at most a few times a second: the first frame and the last one are certain.
    expect(drawn).toContain('0/10 articles');
    expect(drawn).toContain('12/12 articles');
    expect(drawn).toContain('2 failed');
  });
});
