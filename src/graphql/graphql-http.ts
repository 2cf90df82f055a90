/**
 * /graphql on Node's own http server: GraphiQL for a browser's GET, the read-token check, the JSON body (body-parser's
 * parser), then Apollo's `executeHTTPGraphQLRequest`, whose answer is written back as it comes.
 *
 * Express's router, `@as-integrations/express5` and `res.send` took a large share of the server's CPU per request at
 * 10 concurrent clients for what this file does in a few lines; Express still serves every other path (server.ts).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { ErrorCode } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';
import { authenticate, type AuthConfig, type RequestAuth } from './auth.ts';
import { graphiqlPage, wantsGraphiQL } from './graphiql.ts';
import { jsonBodyReader } from './request-body.ts';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The context of one operation, built once its request is let in. */
  context: (auth: RequestAuth) => TContext;
  auth: AuthConfig;
  logger: Logger;
  /** The largest JSON body accepted, after decoding; larger ones get 413. */
  maxBodyBytes: number;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** True for the paths Express's `app.use('/graphql')` matched: /graphql and below, in any case. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0]?.toLowerCase() ?? '/';
  return path === '/graphql' || path.startsWith('/graphql/');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(body));
}

/** One write for head and body: Node sends a string body in the same packet as the headers. */
function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function requestError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of response.headers) headers[name] = value;
  const status = response.status ?? 200;
  if (response.body.kind === 'complete') {
    send(res, status, headers, response.body.string);
    return;
  }
  // Incremental delivery (@defer): chunks as Apollo yields them.
  res.writeHead(status, headers);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export function createGraphQLHttpHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): RequestHandler {
  const readJsonBody = jsonBodyReader(options.maxBodyBytes);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (wantsGraphiQL(req)) {
      send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, graphiqlPage());
      return;
    }
    const auth = authenticate(req.headers.authorization, options.auth);
    if (!auth.canRead) {
      req.resume();
      sendJson(res, 401, { errors: [{ message: 'This server needs an Authorization: Bearer <token> header.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
      return;
    }
    const body = await readJsonBody(req, res);
    if (!body.ok) {
      if (body.status === 413) requestError(res, 413, 'The request body is too large.');
      else requestError(res, body.status, 'The request body is not valid JSON in UTF-8.');
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: body.value },
      context: () => Promise.resolve(options.context(auth)),
    });
    await writeResponse(res, response);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'internal error before a GraphQL operation');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    });
  };
}
