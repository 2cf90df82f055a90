/**
 * Reads a request's JSON body with body-parser's JSON parser, the one Express's `express.json()` is, called on the
 * plain Node request: only `application/json` bodies are parsed (others are left unread, and Apollo's CSRF check
 * refuses them), in UTF-8, gzip/deflate/br-encoded or not, up to a size limit counted after decoding, and only a
 * JSON object or array at the top.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';

export type RequestBody =
  /** `value` is undefined when the request is not JSON (no body, or another content type). */
  | { ok: true; value: unknown }
  /** `status` is 400 (not JSON), 413 (over the limit) or 415 (a charset or content encoding we do not read). */
  | { ok: false; status: 400 | 413 | 415; reason: string };

type Parser = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A reader of JSON bodies up to `limitBytes`; one parser is built per server, not per request. */
export function jsonBodyReader(limitBytes: number): (req: IncomingMessage, res: ServerResponse) => Promise<RequestBody> {
  const parse = bodyParser.json({ limit: limitBytes, strict: true, type: 'application/json' }) as unknown as Parser;
  return (req, res) =>
    new Promise((resolve) => {
      parse(req, res, (error?: unknown) => {
        if (error === undefined || error === null) {
          resolve({ ok: true, value: (req as IncomingMessage & { body?: unknown }).body });
          return;
        }
        const status = typeof error === 'object' && 'status' in error ? Number(error.status) : 400;
        const reason = error instanceof Error ? error.message : String(error);
        resolve({ ok: false, status: status === 413 || status === 415 ? status : 400, reason });
      });
    });
}
