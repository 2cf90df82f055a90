/**
 * Rewrites latest.md (and the medians, ratios and plot) from the runs kept in latest.json, so a change
 * to how results are summarised does not need the benchmark run again: `npm run bench -- --report-only`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { medianOfRuns } from '../api/stats.ts';
import { markdown, nestFigures, scaleSvg, summarise, summaryTable, type BenchReport } from './report.ts';

export function rebuildReport(results: string): string {
  const report = JSON.parse(fs.readFileSync(path.join(results, 'latest.json'), 'utf8')) as BenchReport;
  for (const size of report.sizes) {
    size.raw = size.raw.map((figures) => ({ ...figures, ...medianOfRuns(figures.runs) }));
    size.queries = nestFigures(size.raw);
  }
  report.summary = summarise(report.sizes, report.settings.concurrencies);
  fs.writeFileSync(path.join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(results, 'latest.md'), markdown(report));
  if (report.sizes.length > 1) fs.writeFileSync(path.join(results, 'scale.svg'), scaleSvg(report));
  return summaryTable(report);
}
