import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractArticle, readArticleFile } from '../extract/index.ts';
import { loadGold, type Split } from './gold.ts';
import { KINDS, microAverage, scoreArticle, type ArticleScore, type Kind, type Metrics } from './score.ts';

export interface EvalReport {
  split: Split;
  articles: number;
  metrics: Record<Kind, Metrics>;
  perArticle: { article: string; score: ArticleScore }[];
}

/** Extracts every article of the split and scores it against its gold annotation. */
export async function runEval(options: { goldDir: string; articlesDir: string; split: Split }): Promise<EvalReport> {
  const golds = await loadGold(options.goldDir, options.split);
  const perArticle: { article: string; score: ArticleScore }[] = [];
  for (const { gold } of golds) {
    const path = await articlePath(gold.article, options.articlesDir);
    const [article] = await readArticleFile(path);
    if (!article) continue;
    perArticle.push({ article: basename(path), score: scoreArticle(extractArticle(article), gold) });
  }
  return { split: options.split, articles: perArticle.length, metrics: microAverage(perArticle.map((entry) => entry.score)), perArticle };
}

async function articlePath(name: string, articlesDir: string): Promise<string> {
  for (const candidate of [name, join(articlesDir, basename(name))]) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  return join(articlesDir, basename(name));
}

/** The report as a fixed-width table: one row per kind, then the errors per article when `verbose`. */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines = [`split ${report.split}: ${report.articles} articles`, 'kind            P      R      F1     TP   FP   FN'];
  for (const kind of KINDS) {
    const m = report.metrics[kind];
    lines.push(`${kind.padEnd(14)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}  ${String(m.truePositives).padStart(4)} ${String(m.falsePositives).padStart(4)} ${String(m.falseNegatives).padStart(4)}`);
  }
  if (verbose) {
    for (const { article, score } of report.perArticle) {
      const problems = KINDS.flatMap((kind) => [...score[kind].missed.map((item) => `  missed ${kind}: ${item}`), ...score[kind].spurious.map((item) => `  extra  ${kind}: ${item}`)]);
      if (problems.length > 0) lines.push('', article, ...problems);
    }
  }
  return lines.join('\n');
}
