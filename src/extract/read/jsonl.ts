import type { Article } from '../../domain/article.ts';
import type { DiplographError } from '../../domain/errors.ts';
import { articleFromJson } from './json-article.ts';
import { badInput } from './errors.ts';

/** One record of a stream: an article, or the error that one line gave (the stream goes on). */
export type ReadResult = { ok: true; article: Article } | { ok: false; error: DiplographError; line?: number };

/**
 * Reads JSON Lines one line at a time, so a 50 MB corpus is never held whole. A bad line yields an error
 * record with its line number ("corpus.jsonl:12: invalid JSON") and the lines after it are still read.
 */
export async function* readJsonLines(lines: AsyncIterable<string>, origin: string): AsyncGenerator<ReadResult> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    yield parseJsonLine(line, `${origin}:${lineNumber}`, lineNumber);
  }
  if (lineNumber === 0) yield { ok: false, error: badInput(origin, 'file is empty') };
}

function parseJsonLine(line: string, origin: string, lineNumber: number): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: badInput(origin, `invalid JSON at line ${lineNumber}`), line: lineNumber };
  }
  try {
    return { ok: true, article: articleFromJson(value, origin) };
  } catch (error) {
    return { ok: false, error: error as DiplographError, line: lineNumber };
  }
}
