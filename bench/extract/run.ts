/**
 * `npm run bench:extract`: generates a 50 MB JSONL corpus (git-ignored bench/results/), then runs
 * bench/extract/measure.ts on it in a child process and prints its report. A benchmark, not a test.
 *
 * The child runs the extractor compiled to plain JavaScript by esbuild, as a deployment would run it. Under the tsx
 * loader (`BENCH_LOADER=tsx`) the loader and its transform cache hold about 80 MB more before the first article.
 */
import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { writeCorpus } from './corpus.ts';

const megabytes = Number(process.env['BENCH_MB'] ?? 50);
const loader = process.env['BENCH_LOADER'] ?? 'compiled';
if (loader !== 'compiled' && loader !== 'tsx') throw new Error(`BENCH_LOADER must be compiled or tsx, got ${JSON.stringify(loader)}`);
const folder = join(import.meta.dirname, '..', 'results');
const corpus = join(folder, `extract-corpus-${megabytes}mb.jsonl`);
const measure = join(import.meta.dirname, 'measure.ts');

await mkdir(folder, { recursive: true });
const exists = await stat(corpus).then(() => true, () => false);
if (!exists) await writeCorpus(corpus, megabytes * 1024 * 1024);

/**
 * npm packages stay imports of node_modules, as they are for the CLI; only the project's own code is bundled. JSON
 * data from packages ("world-countries/countries.json") is bundled too: an external import would lose its
 * `with { type: 'json' }`, which node requires.
 */
const packagesStayExternal: Plugin = {
  name: 'packages-stay-external',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (target) => (target.path.endsWith('.json') ? undefined : { path: target.path, external: true }));
  },
};

let args: string[];
if (loader === 'tsx') args = ['--import', 'tsx', measure, corpus];
else {
  const compiled = join(folder, 'extract-measure.mjs');
  await build({ entryPoints: [measure], outfile: compiled, bundle: true, platform: 'node', format: 'esm', target: 'node20', plugins: [packagesStayExternal], logLevel: 'warning' });
  args = [compiled, corpus];
}
process.stdout.write(`loader        ${loader === 'tsx' ? 'tsx (TypeScript compiled on load)' : 'node on the extractor compiled by esbuild'}\n`);
const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
process.exitCode = code ?? 1;
