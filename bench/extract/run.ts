/**
 * `npm run bench:extract`: generates a 50 MB JSONL corpus (git-ignored bench/results/), streams it through
 * read and extract on one core, and reports MB/s of article text and peak RSS. A benchmark, not a test.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle, readArticles } from '../../src/extract/index.ts';
import { writeCorpus } from './corpus.ts';

const megabytes = Number(process.env['BENCH_MB'] ?? 50);
const folder = join(import.meta.dirname, '..', 'results');
const corpus = join(folder, `extract-corpus-${megabytes}mb.jsonl`);

await mkdir(folder, { recursive: true });
const exists = await stat(corpus).then(() => true, () => false);
if (!exists) await writeCorpus(corpus, megabytes * 1024 * 1024);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
let articles = 0;
let textBytes = 0;
let errors = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
for await (const result of readArticles(corpus)) {
  if (!result.ok) {
    errors += 1;
    continue;
  }
  textBytes += Buffer.byteLength(result.article.body);
  extractArticle(result.article);
  articles += 1;
  if (articles % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU time of this process: what one core did, even when other work shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const mb = textBytes / (1024 * 1024);
process.stdout.write(
  [
    `corpus        ${corpus}`,
    `articles      ${articles} (${errors} bad records)`,
    `article text  ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s`,
    `throughput    ${(mb / seconds).toFixed(2)} MB/s wall clock, ${(mb / cpuSeconds).toFixed(2)} MB per CPU second (goal >= 1 on one core)`,
    `peak RSS      ${(peakRss / (1024 * 1024)).toFixed(0)} MB (goal < 400)`,
  ].join('\n') + '\n',
);
