/**
 * The inputs of `diplograph ingest`: files, folders (recursively), glob patterns and `-` for stdin, turned
 * into one stream of read results in a stable order. Reading itself is the read stage's (src/extract/read).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { glob } from 'tinyglobby';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { parseArticles, readArticles, type ReadResult } from '../extract/index.ts';
import { readJsonLines } from '../extract/read/jsonl.ts';
import { detectFormat } from '../extract/read/format.ts';

/** Files a folder contributes: what the readers understand. Others (images, PDFs) are skipped silently. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml']);

export const STDIN = '-';

export interface ExpandedInputs {
  /** Files in the order they will be read; `-` stands for stdin. */
  files: string[];
  /** Inputs that named nothing: a missing path, a glob with no match. */
  missing: DiplographError[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files;
}

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const missing: DiplographError[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      files.push(STDIN);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(input)));
    else if (info) files.push(input);
    else if (/[*?[\]{}]/.test(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) missing.push(new DiplographError(ErrorCode.BAD_USER_INPUT, `${input}: no file matches this pattern`));
      files.push(...matches);
    } else missing.push(new DiplographError(ErrorCode.BAD_USER_INPUT, `${input}: no such file or folder`));
  }
  return { files: [...new Set(files)], missing };
}

/** How many articles the files probably hold, for the progress bar: one per file, one per JSON Lines line. */
export async function estimateArticles(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (file !== STDIN && /\.(jsonl|ndjson)$/i.test(file)) {
      for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line.trim() !== '') total += 1;
    } else total += 1;
  }
  return total;
}

/** Every article of every input, as read results; a bad file or line is one error result and reading goes on. */
export async function* readInputs(expanded: ExpandedInputs, options: { maxBytes: number; stdin?: NodeJS.ReadableStream }): AsyncGenerator<ReadResult> {
  for (const error of expanded.missing) yield { ok: false, error };
  for (const file of expanded.files) {
    if (file === STDIN) yield* readStdin(options.stdin ?? process.stdin);
    else yield* readArticles(file, { maxBytes: options.maxBytes });
  }
}

/**
 * stdin: JSON Lines are streamed line by line; anything else is one document in the format its start shows.
 * Bytes that are not text (NUL bytes, invalid UTF-8) are one error, as for a file: decoding them with
 * replacement characters would store a binary blob as an article.
 */
async function* readStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<ReadResult> {
  try {
    yield* readStdinText(stdin);
  } catch (error) {
    if (!(error instanceof DiplographError)) throw error;
    yield { ok: false, error };
  }
}

async function* readStdinText(stdin: NodeJS.ReadableStream): AsyncGenerator<ReadResult> {
  const lines = linesOf(utf8Chunks(stdin))[Symbol.asyncIterator]();
  const head: string[] = [];
  let first = await lines.next();
  while (!first.done && first.value.trim() === '') first = await lines.next();
  if (first.done) {
    yield { ok: false, error: new DiplographError(ErrorCode.BAD_USER_INPUT, 'stdin: no input') };
    return;
  }
  head.push(first.value);
  const second = await lines.next();
  if (!second.done) head.push(second.value);
  const format = detectFormat('stdin', head.join('\n'));
  async function* rest(): AsyncGenerator<string> {
    yield* head;
    for (let next = await lines.next(); !next.done; next = await lines.next()) yield next.value;
  }
  if (format === 'jsonl' || (format === 'json' && head.length > 1 && head.every((line) => line.trimStart().startsWith('{')))) {
    yield* readJsonLines(rest(), 'stdin');
    return;
  }
  const all: string[] = [];
  for await (const line of rest()) all.push(line);
  try {
    for (const article of parseArticles(all.join('\n'), 'stdin', format)) yield { ok: true, article };
  } catch (error) {
    yield { ok: false, error: error instanceof DiplographError ? error : new DiplographError(ErrorCode.BAD_USER_INPUT, `stdin: ${String(error)}`) };
  }
}

/** The text of a byte stream, refusing NUL bytes and invalid UTF-8 (a character cut between chunks is fine). */
async function* utf8Chunks(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Buffer): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, 'stdin: not text: the input is not valid UTF-8');
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    if (bytes.includes(0)) throw new DiplographError(ErrorCode.BAD_USER_INPUT, 'stdin: not text: the input looks binary (it contains NUL bytes)');
    const text = decode(bytes);
    if (text !== '') yield text;
  }
  const rest = decode();
  if (rest !== '') yield rest;
}

/** Lines of a text stream, ended by \n, \r\n or \r (a \r at the end of a chunk waits for a following \n). */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const text of chunks) {
    pending += text;
    // A long line arrives in many chunks: split only when a chunk ends one, not the whole line each time.
    if (!/[\r\n]/.test(text) && !pending.endsWith('\r', pending.length - text.length)) continue;
    const parts = pending.split(/\r\n|\n|\r(?!$)/);
    pending = parts.pop() ?? '';
    yield* parts;
  }
  pending = pending.replace(/\r$/, '');
  if (pending !== '') yield pending;
}
