/**
 * /graphql on Node's http server in front of a real Apollo server with a two-field schema, over real
 * HTTP on a free port: what a client sees for good requests, bodies that cannot be read, and tokens.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAuth } from '../../../src/graphql/auth.ts';
import { createGraphQLHttpHandler, isGraphQLPath } from '../../../src/graphql/graphql-http.ts';

const READ_TOKEN = 'graphql-http-read-token-0123456789';
const LIMIT = 64 * 1024;

interface Context {
  auth: RequestAuth;
}

const servers: http.Server[] = [];
let openUrl: string;
let guardedUrl: string;

async function start(readToken: string | null): Promise<string> {
  const apollo = new ApolloServer<Context>({
    typeDefs: 'type Query { echo(text: String!): String! canRead: Boolean! }',
    resolvers: { Query: { echo: (_parent: unknown, args: { text: string }) => args.text, canRead: (_parent: unknown, _args: unknown, context: Context) => context.auth.canRead } },
    csrfPrevention: true,
    // As in server.ts: GraphiQL comes from the handler, not Apollo's CDN-loaded landing page.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const handler = createGraphQLHttpHandler<Context>({
    apollo,
    context: (auth) => ({ auth }),
    auth: { editorToken: null, readToken },
    logger: pino({ level: 'silent' }),
    maxBodyBytes: LIMIT,
  });
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  openUrl = await start(null);
  guardedUrl = await start(READ_TOKEN);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const post = (url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** A POST whose body is sent in chunks with no Content-Length, as a streaming client sends it. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('a GraphQL POST', () => {
  it('answers with the data as JSON, with its length', async () => {
    const response = await post(openUrl, JSON.stringify({ query: 'query($t: String!) { echo(text: $t) }', variables: { t: 'Genève' } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text)).toEqual({ data: { echo: 'Genève' } });
  });

  it('reads a gzip-encoded body', async () => {
    const body = new Uint8Array(zlib.gzipSync(JSON.stringify({ query: '{ echo(text: "zipped") }' })));
    const response = await post(openUrl, body, { 'content-encoding': 'gzip' });
    expect(await response.json()).toEqual({ data: { echo: 'zipped' } });
  });

  it('reads a body sent in chunks without a length', async () => {
    const json = JSON.stringify({ query: '{ echo(text: "in pieces") }' });
    const answer = await postChunked(openUrl, [json.slice(0, 10), json.slice(10, 20), json.slice(20)]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { echo: 'in pieces' } });
  });

  it('leaves a GraphQL error to Apollo: status 400 and its code', async () => {
    const response = await post(openUrl, JSON.stringify({ query: '{ nope }' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('a body that cannot be read', () => {
  const refusal = async (response: Response) => ({ status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as unknown });

  it('is answered with 400 when it is not JSON, or JSON but not an object', async () => {
    for (const body of ['{"query": "{ echo(text: \\"x\\") }"', '42', '"{ echo(text: \\"x\\") }"']) {
      expect(await refusal(await post(openUrl, body))).toEqual({
        status: 400,
        type: 'application/json; charset=utf-8',
        body: { errors: [{ message: 'The request body is not valid JSON in UTF-8.', extensions: { code: 'BAD_REQUEST' } }] },
      });
    }
  });

  it('is answered with 413 when over the limit, whether its length is declared or not', async () => {
    const big = JSON.stringify({ query: '{ echo(text: "x") }', variables: { padding: 'a'.repeat(LIMIT) } });
    const tooLarge = { errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] };
    expect(await refusal(await post(openUrl, big))).toEqual({ status: 413, type: 'application/json; charset=utf-8', body: tooLarge });
    const chunked = await postChunked(openUrl, [big.slice(0, LIMIT / 2), big.slice(LIMIT / 2)]);
    expect({ status: chunked.status, body: JSON.parse(chunked.body) as unknown }).toEqual({ status: 413, body: tooLarge });
    // A gzip body is measured after decoding: a small download must not become a large body.
    const bomb = await post(openUrl, new Uint8Array(zlib.gzipSync(big)), { 'content-encoding': 'gzip' });
    expect(bomb.status).toBe(413);
    // The server still answers on the same port afterwards.
    expect((await post(openUrl, JSON.stringify({ query: '{ echo(text: "still here") }' }))).status).toBe(200);
  });

  it('is answered with 415 in a charset other than UTF-8 or an unknown content encoding', async () => {
    const body = JSON.stringify({ query: '{ echo(text: "x") }' });
    expect((await post(openUrl, body, { 'content-type': 'application/json; charset=latin1' })).status).toBe(415);
    expect((await post(openUrl, body, { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200);
    expect((await post(openUrl, body, { 'content-encoding': 'compress' })).status).toBe(415);
  });

  it('is left unread when it is not JSON, and Apollo refuses the request as a possible CSRF', async () => {
    const response = await post(openUrl, JSON.stringify({ query: '{ echo(text: "x") }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('GET', () => {
  const echoUrl = (base: string) => `${base}?query=${encodeURIComponent('{ echo(text: "got") }')}`;

  it('runs a query that carries a CSRF-safe header, and refuses one that does not', async () => {
    const safe = await fetch(echoUrl(openUrl), { headers: { 'apollo-require-preflight': '1' } });
    expect(await safe.json()).toEqual({ data: { echo: 'got' } });
    expect((await fetch(echoUrl(openUrl))).status).toBe(400);
  });

  it('gives a browser GraphiQL, but a GraphQL GET from a browser its answer', async () => {
    const page = await fetch(openUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Diplograph GraphiQL');
    const query = await fetch(echoUrl(openUrl), { headers: { accept: 'text/html, application/json', 'apollo-require-preflight': '1' } });
    expect(await query.json()).toEqual({ data: { echo: 'got' } });
  });
});

describe('a server with a read token', () => {
  it('refuses a request without the token with 401 and lets one with it through', async () => {
    const body = JSON.stringify({ query: '{ canRead }' });
    const anonymous = await post(guardedUrl, body);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ errors: [{ message: 'This server needs an Authorization: Bearer <token> header.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const reader = await post(guardedUrl, body, { authorization: `Bearer ${READ_TOKEN}` });
    expect(await reader.json()).toEqual({ data: { canRead: true } });
  });

  it('still serves GraphiQL without a token', async () => {
    expect((await fetch(guardedUrl, { headers: { accept: 'text/html' } })).status).toBe(200);
  });
});

describe('isGraphQLPath', () => {
  it('matches /graphql and what is below it, in any case, with or without a query string', () => {
    for (const url of ['/graphql', '/graphql/', '/GraphQL?query=x', '/graphql/anything']) expect(isGraphQLPath(url), url).toBe(true);
    for (const url of ['/', '/graphqlx', '/healthz', '/metrics', '/assets/graphql.js', '/x?/graphql']) expect(isGraphQLPath(url), url).toBe(false);
  });
});
