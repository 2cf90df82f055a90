/**
 * GraphiQL at GET /graphql for browsers, served from the assets bundled in @graphql-yoga/render-graphiql:
 * Apollo's default landing page loads from a CDN that offline machines and many analysts' networks
 * cannot reach.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { IncomingMessage } from 'node:http';

let page: string | undefined;

/** The page is about 9 MB of inlined JavaScript; rendered once, on first use. */
export function graphiqlPage(): string {
  page ??= renderGraphiQL({
    title: 'Diplograph GraphiQL',
    endpoint: '/graphql',
    defaultQuery: '{\n  search(query: "Lavrov", first: 5) {\n    score\n    entity { __typename id name }\n  }\n}\n',
  });
  return page;
}

/** A browser navigating to /graphql, as opposed to a GraphQL GET request (which has a `query` parameter). */
export function wantsGraphiQL(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return false;
  const path = (req.url ?? '/').split('?', 1)[0]?.toLowerCase();
  if (path !== '/graphql' && path !== '/graphql/') return false;
  const query = (req.url ?? '').indexOf('?');
  return query < 0 || !new URLSearchParams(req.url?.slice(query)).has('query');
}
