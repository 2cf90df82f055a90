/**
 * The measurement of `npm run bench:extract`: streams a JSONL corpus through read and extract on one core and prints
 * MB/s of article text and peak RSS. bench/extract/run.ts compiles this file with the extractor into one plain
 * JavaScript module and runs it with node, so no TypeScript loader's memory or transform time is in the figures.
 */
import { performance } from 'node:perf_hooks';
import { extractArticle, readArticles } from '../../src/extract/index.ts';

const corpus = process.argv[2];
if (corpus === undefined) {
  process.stderr.write('usage: measure CORPUS.jsonl\n');
  process.exit(2);
}

let peakRss = process.memoryUsage().rss;
const rssAtStart = peakRss;
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
const megabytesOf = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(0);
process.stdout.write(
  [
    `corpus        ${corpus}`,
    `articles      ${articles} (${errors} bad records)`,
    `article text  ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s`,
    `throughput    ${(mb / seconds).toFixed(2)} MB/s wall clock, ${(mb / cpuSeconds).toFixed(2)} MB per CPU second (goal >= 1 on one core)`,
    `peak RSS      ${megabytesOf(peakRss)} MB (goal < 400); ${megabytesOf(rssAtStart)} MB with the model and gazetteers loaded, before the first article`,
  ].join('\n') + '\n',
);
