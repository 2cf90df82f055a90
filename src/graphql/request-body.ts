/**
 * Reads a request's JSON body, as Express's `express.json()` did for /graphql before that route moved onto
 * Node's own http server: only `application/json` bodies are parsed (others are left unread, and Apollo's
 * CSRF check refuses them), in UTF-8, gzip/deflate/br-encoded or not, up to a size limit counted after
 * decoding, and only a JSON object or array is accepted at the top.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

export type RequestBody =
  /** `value` is undefined when the request is not JSON (no body, or another content type). */
  | { ok: true; value: unknown }
  /** `status` is 400 (not JSON), 413 (over the limit) or 415 (a charset or content encoding we do not read). */
  | { ok: false; status: 400 | 413 | 415; reason: string };

/** `application/json; charset=utf-8` → `{ type: 'application/json', charset: 'utf-8' }`, both lower case. */
export function parseContentType(header: string | undefined): { type: string; charset: string | null } {
  if (header === undefined) return { type: '', charset: null };
  const [type = '', ...parameters] = header.split(';');
  let charset: string | null = null;
  for (const parameter of parameters) {
    const at = parameter.indexOf('=');
    if (at < 0 || parameter.slice(0, at).trim().toLowerCase() !== 'charset') continue;
    charset = parameter.slice(at + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

function decoded(req: IncomingMessage): Readable | null {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  switch (encoding) {
    case 'identity':
      return req;
    case 'gzip':
    case 'x-gzip':
      return req.pipe(zlib.createGunzip());
    case 'deflate':
      return req.pipe(zlib.createInflate());
    case 'br':
      return req.pipe(zlib.createBrotliDecompress());
    default:
      return null;
  }
}

/** Discards what is left of the request, so the client can finish sending and read the answer. */
function discard(req: IncomingMessage): void {
  req.unpipe();
  req.removeAllListeners('data');
  req.resume();
}

/**
 * The parsed body of `req`, or why it cannot be read. An empty JSON body reads as `{}`, as it did with
 * body-parser, so Apollo answers it with its own "POST body missing" error.
 */
export function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<RequestBody> {
  const { type, charset } = parseContentType(req.headers['content-type']);
  if (type !== 'application/json') {
    // Not ours to read; Node discards an unread body once the response is sent.
    return Promise.resolve({ ok: true, value: undefined });
  }
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    discard(req);
    return Promise.resolve({ ok: false, status: 415, reason: `unsupported charset ${JSON.stringify(charset)}` });
  }
  const declaredLength = Number(req.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > limitBytes && req.headers['content-encoding'] === undefined) {
    discard(req);
    return Promise.resolve({ ok: false, status: 413, reason: `body of ${declaredLength} bytes, over the limit of ${limitBytes}` });
  }
  const stream = decoded(req);
  if (stream === null) {
    discard(req);
    return Promise.resolve({ ok: false, status: 415, reason: `unsupported content encoding ${JSON.stringify(req.headers['content-encoding'])}` });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const settle = (result: RequestBody): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      length += chunk.length;
      if (length > limitBytes) {
        if (stream !== req) stream.destroy();
        discard(req);
        settle({ ok: false, status: 413, reason: `body over the limit of ${limitBytes} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => settle({ ok: false, status: 400, reason: `unreadable body: ${error.message}` }));
    // A client that goes away mid-body: nobody reads the answer, but the promise must still settle.
    req.on('close', () => {
      if (!req.complete) settle({ ok: false, status: 400, reason: 'the client aborted the request' });
    });
    stream.on('end', () => settle(parseJson(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length))));
  });
}

/** body-parser's strict mode: empty → `{}`; otherwise a JSON object or array, nothing else. */
function parseJson(bytes: Buffer): RequestBody {
  const text = bytes.toString('utf8');
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return { ok: true, value: {} };
  if (first !== '{' && first !== '[') return { ok: false, status: 400, reason: 'the body is JSON but neither an object nor an array' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, reason: error instanceof Error ? error.message : String(error) };
  }
}
