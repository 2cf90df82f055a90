/**
 * A small GraphQL-over-HTTP client for `/graphql` that turns every failure into an `ApiError` whose
 * `kind` tells the page which message to show (server unreachable, database down, no such node, …).
 */

export type ApiErrorKind = 'network' | 'database' | 'timeout' | 'not-found' | 'bad-input' | 'unauthenticated' | 'server';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;

  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** The error codes of the API's one error enum (issue 5) that the page tells apart. */
const KIND_BY_CODE: Readonly<Record<string, ApiErrorKind>> = {
  DATABASE_UNAVAILABLE: 'database',
  TIMEOUT: 'timeout',
  NOT_FOUND: 'not-found',
  BAD_USER_INPUT: 'bad-input',
  GRAPHQL_VALIDATION_FAILED: 'bad-input',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'unauthenticated',
};

/** What the page tells the user for each kind of failure. */
export function describeApiError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (error.kind) {
    case 'network':
      return 'The Diplograph server cannot be reached. Is it running?';
    case 'database':
      return 'The database is not answering. It may still be starting; try again in a moment.';
    case 'timeout':
      return 'The database took too long to answer. Try a smaller depth or a narrower date range.';
    case 'not-found':
      return 'That node is not in the graph (any more).';
    case 'unauthenticated':
      return 'This server needs a read token, which the explorer does not have.';
    case 'bad-input':
    case 'server':
      return error.message;
  }
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export class GraphQLClient {
  readonly #endpoint: string;
  readonly #fetch: Fetch;

  constructor(endpoint = '/graphql', fetchImpl: Fetch = (input, init) => fetch(input, init)) {
    this.#endpoint = endpoint;
    this.#fetch = fetchImpl;
  }

  /**
   * Runs one operation and returns its `data`; any error in the response rejects with an `ApiError`.
   *
   * @example await client.request<{ health: { nodeCount: number } }>('{ health { nodeCount } }')
   */
  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await this.#fetch(this.#endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('network', 'The server cannot be reached.');
    }
    let body: GraphQLResponseBody<T>;
    try {
      body = (await response.json()) as GraphQLResponseBody<T>;
    } catch {
      throw new ApiError(response.status === 503 ? 'database' : 'server', `The server answered ${response.status} without a GraphQL body.`);
    }
    const first = body.errors?.[0];
    if (first) {
      const kind = KIND_BY_CODE[first.extensions?.code ?? ''] ?? 'server';
      throw new ApiError(kind, first.message);
    }
    if (body.data === undefined || body.data === null) throw new ApiError('server', `The server answered ${response.status} with no data.`);
    return body.data;
  }
}
