/**
 * The body of an extraction worker thread: extracts each article it is sent and posts the result back
 * under the request's number. Errors travel as code and message, since a class instance does not survive
 * the copy between threads.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../domain/article.ts';
import { DiplographError } from '../domain/errors.ts';
import { extractArticle } from '../extract/index.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-messages.ts';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs only as a worker thread');

port.on('message', (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, ok: true, extraction: extractArticle(request.article satisfies Article) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      code: error instanceof DiplographError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
