/** What one ingest run did, for the closing summary and the exit code. */
import type { WriteCounts } from '../repositories/write-counts.ts';

export interface IngestFailure {
  /** File, or file:line for JSON Lines and stdin ("corpus.jsonl:12"). */
  origin: string;
  line: number | null;
  reason: string;
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  updated: number;
  failed: IngestFailure[];
  writes: WriteCounts;
}

export function emptySummary(): IngestSummary {
  return { new: 0, unchanged: 0, updated: 0, failed: [], writes: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 } };
}

export function articlesDone(summary: IngestSummary): number {
  return summary.new + summary.unchanged + summary.updated + summary.failed.length;
}

/** The closing lines of `diplograph ingest`: counts, then one line per failure naming where and why. */
export function formatSummary(summary: IngestSummary, seconds: number): string {
  const done = articlesDone(summary);
  const rate = seconds > 0 ? done / seconds : 0;
  const lines = [
    `${done} articles in ${seconds.toFixed(1)} s (${rate.toFixed(0)}/s): ${summary.new} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed.length} failed`,
    `${summary.writes.nodesCreated} nodes and ${summary.writes.relationshipsCreated} relationships created` +
      (summary.writes.nodesDeleted + summary.writes.relationshipsDeleted > 0 ? `, ${summary.writes.nodesDeleted} nodes and ${summary.writes.relationshipsDeleted} relationships removed` : ''),
  ];
  for (const failure of summary.failed) lines.push(`failed: ${failure.origin}: ${failure.reason}`);
  return lines.join('\n');
}
