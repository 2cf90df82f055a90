import { describe, expect, it } from 'vitest';
import { ApiError, describeApiError, GraphQLClient, type Fetch } from '../../../web/src/api-client.ts';

/** A fetch that answers every request with one response and records what was sent. */
function answering(status: number, body: unknown): { fetch: Fetch; sent: RequestInit[] } {
  const sent: RequestInit[] = [];
  return {
    sent,
    fetch: async (_url, init) => {
      sent.push(init);
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  };
}

describe('GraphQL client', () => {
  it('posts the operation as JSON and returns its data', async () => {
    const server = answering(200, { data: { health: { nodeCount: 42 } } });
    const client = new GraphQLClient('/graphql', server.fetch);
    await expect(client.request('{ health { nodeCount } }', { a: 1 })).resolves.toEqual({ health: { nodeCount: 42 } });
    expect(server.sent[0]?.method).toBe('POST');
    expect(new Headers(server.sent[0]?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(server.sent[0]?.body))).toEqual({ query: '{ health { nodeCount } }', variables: { a: 1 } });
  });

  it('tells a database that is down apart from other errors', async () => {
    const server = answering(200, { data: null, errors: [{ message: 'Neo4j is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    const error = await new GraphQLClient('/graphql', server.fetch).request('{ x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('database');
    expect(describeApiError(error)).toMatch(/database is not answering/);
  });

  it('reports an unreachable server as a network error', async () => {
    const client = new GraphQLClient('/graphql', async () => {
      throw new TypeError('fetch failed');
    });
    const error = await client.request('{ x }').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('network');
    expect(describeApiError(error)).toBe('The Diplograph server cannot be reached. Is it running?');
  });

  it('reports a 503 without a GraphQL body as the database being down', async () => {
    const error = await new GraphQLClient('/graphql', answering(503, 'Service Unavailable').fetch).request('{ x }').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('database');
  });

  it('passes a bad query message through', async () => {
    const server = answering(400, { errors: [{ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    const error = await new GraphQLClient('/graphql', server.fetch).request('{ nope }').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('bad-input');
    expect(describeApiError(error)).toBe('Cannot query field "nope" on type "Query".');
  });
});
