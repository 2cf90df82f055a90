/** The one log line per GraphQL operation, through a real Apollo server and a real pino logger. */
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { requestLogPlugin } from '../../../src/graphql/request-log.ts';

async function logLines(level: string, query: string): Promise<Array<Record<string, unknown>>> {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'hi' } },
    plugins: [requestLogPlugin(pino({ level }, sink))],
  });
  await apollo.start();
  try {
    await apollo.executeOperation({ query });
  } finally {
    await apollo.stop();
  }
  return lines.filter((line) => line['msg'] === 'graphql operation');
}

describe('requestLogPlugin', () => {
  it('logs the operation name, type, duration and error codes at info', async () => {
    const [ok] = await logLines('info', 'query Greeting { hello }');
    expect(ok).toMatchObject({ operation: 'Greeting', type: 'query', ms: expect.any(Number) });
    expect(ok).not.toHaveProperty('errors');
    const [failed] = await logLines('info', '{ nope }');
    expect(failed).toMatchObject({ operation: null, errors: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('writes nothing at warn', async () => {
    expect(await logLines('warn', 'query Greeting { hello }')).toEqual([]);
  });
});
