import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Article } from '../../domain/article.ts';
import { DiplographError } from '../../domain/errors.ts';
import { badInput } from './errors.ts';
import { detectFormat } from './format.ts';
import { articleFromHtml } from './html-article.ts';
import { articlesFromJsonText } from './json-article.ts';
import { readJsonLines, type ReadResult } from './jsonl.ts';
import { parsePlainTextArticle } from './plain-text.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Largest file (or JSONL line) accepted, in bytes; default 5 MB. */
  maxBytes?: number;
}

/**
 * The I/O edge of the read stage: every article in one file, as results, so one bad JSONL line does not stop
 * the rest. A whole-file problem (missing, empty, binary, too large) is one error result naming the file.
 */
export async function* readArticles(path: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw badInput(path, 'not a regular file');
    size = info.size;
  } catch (error) {
    yield { ok: false, error: error instanceof Error && 'code' in error && error.code === 'ENOENT' ? badInput(path, 'no such file') : asBadInput(path, error) };
    return;
  }
  if (size === 0) {
    yield { ok: false, error: badInput(path, 'file is empty') };
    return;
  }
  const head = await readHead(path);
  const headProblem = binaryProblem(head);
  if (headProblem) {
    yield { ok: false, error: badInput(path, headProblem) };
    return;
  }
  const format = detectFormat(path, head.toString('utf8'));
  if (format === 'jsonl') {
    // Streamed: the size limit applies to each line, not to the corpus.
    yield* readJsonLines(limitLines(createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity }), path, maxBytes), path);
    return;
  }
  if (size > maxBytes) {
    yield { ok: false, error: badInput(path, `file is too large: ${size} bytes, the limit is ${maxBytes}`) };
    return;
  }
  try {
    for (const article of parseArticles(await readText(path), path, format)) yield { ok: true, article };
  } catch (error) {
    yield { ok: false, error: asBadInput(path, error) };
  }
}

/** Every article of a file, throwing the first error: for callers that want all or nothing. */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const result of readArticles(path, options)) {
    if (!result.ok) throw result.error;
    articles.push(result.article);
  }
  return articles;
}

/** The pure part: text already in memory, in a known format. */
export function parseArticles(text: string, origin: string, format: 'text' | 'json' | 'html' | 'jsonl'): Article[] {
  if (text.trim() === '') throw badInput(origin, 'file is empty');
  switch (format) {
    case 'text':
      return [parsePlainTextArticle(text, origin)];
    case 'json':
      return articlesFromJsonText(text, origin);
    case 'html':
      return [articleFromHtml(text, origin)];
    case 'jsonl':
      return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : articlesFromJsonText(line, `${origin}:${index + 1}`)));
  }
}

async function* limitLines(lines: AsyncIterable<string>, path: string, maxBytes: number): AsyncGenerator<string> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    // An over-long line becomes an invalid one, so readJsonLines reports it with its number and moves on.
    yield line.length > maxBytes ? `\u0000line over the ${maxBytes}-byte limit at ${path}:${lineNumber}` : line;
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readText(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path)) chunks.push(chunk as Buffer);
  const buffer = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw badInput(path, 'not text: the file is not valid UTF-8');
  }
}

/** NUL bytes or undecodable UTF-8 at the start mean a binary file (a PDF, an image). */
function binaryProblem(head: Buffer): string | null {
  if (head.includes(0)) return 'not text: the file looks binary (it contains NUL bytes)';
  // The last bytes may cut a multi-byte character in two; only the part before them must decode.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
  } catch {
    return 'not text: the file is not valid UTF-8';
  }
  return null;
}

function asBadInput(path: string, error: unknown): DiplographError {
  if (error instanceof DiplographError) return error;
  return badInput(path, error instanceof Error ? error.message : String(error));
}
