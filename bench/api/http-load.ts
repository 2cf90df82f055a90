/**
 * Load over HTTP with autocannon: `connections` clients, each sending the steps of one question in
 * turn for `seconds`. autocannon's own histogram keeps whole milliseconds, too coarse for sub-millisecond
 * differences, so latencies are taken from its per-response event (fractional ms) instead. Every
 * response body is parsed: anything but HTTP 200 with `data` and no `errors` counts as an error.
 */
import autocannon from 'autocannon';
import { summarise, type LoadFigures } from './stats.ts';
import type { GraphQLStep } from './workload.ts';

export interface HttpLoadOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4721/graphql. */
  url: string;
  steps: GraphQLStep[];
  connections: number;
  seconds: number;
  /** Called with the first few error descriptions, for the report. */
  onError?: (description: string) => void;
}

interface StepContext {
  previous?: unknown;
}

/** `data` of a GraphQL response, or an error description. */
export function checkGraphQLResponse(status: number, body: string): { data: unknown } | { error: string } {
  if (status !== 200) return { error: `HTTP ${status}: ${body.slice(0, 300)}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { error: `not JSON: ${body.slice(0, 300)}` };
  }
  const response = parsed as { data?: unknown; errors?: unknown };
  if (response.errors !== undefined) return { error: `GraphQL errors: ${JSON.stringify(response.errors).slice(0, 300)}` };
  if (response.data === null || response.data === undefined) return { error: `no data: ${body.slice(0, 300)}` };
  return { data: response.data };
}

export async function loadHttp(options: HttpLoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let reported = 0;
  const fail = (description: string) => {
    errors += 1;
    if (reported < 3) {
      reported += 1;
      options.onError?.(description);
    }
  };
  // The first step never depends on an earlier answer, so its body is built once.
  const firstBody = JSON.stringify(options.steps[0]?.(null));
  const requests: autocannon.Request[] = options.steps.map((step, index) => ({
    method: 'POST',
    setupRequest: (request: autocannon.Request, context: StepContext) => {
      if (index === 0) return { ...request, body: firstBody };
      try {
        return { ...request, body: JSON.stringify(step(context.previous ?? null)) };
      } catch {
        // The step before failed; an empty body is refused by the server and counted as an error.
        return { ...request, body: '{}' };
      }
    },
    onResponse: (status: number, body: string, context: StepContext) => {
      const outcome = checkGraphQLResponse(status, body);
      if ('error' in outcome) {
        fail(outcome.error);
        context.previous = null;
      } else {
        context.previous = outcome.data;
      }
    },
  }));

  const began = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.seconds, headers: { 'content-type': 'application/json' }, requests },
      (error, finished) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    instance.on('reqError', (error) => fail(`request failed: ${error.message}`));
  });
  const seconds = (performance.now() - began) / 1000;
  if (result.non2xx > 0 && errors === 0) fail(`${result.non2xx} responses were not 2xx`);
  return { ...summarise(latencies, seconds, errors), sent: Math.max(result.requests.sent, latencies.length) };
}
