/**
 * The five analyst questions of the benchmark. Each is a list of steps (most have one; "search then
 * details" has two, the second using the first's answer), written once per target in its own module.
 */
import type { WorkloadParameters } from './parameters.ts';

export const QUERY_NAMES = ['personMeetings', 'countryStatements', 'dyad', 'neighborhood', 'searchDetails'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export const QUERY_TITLES: Record<QueryName, string> = {
  personMeetings: "a person's meetings with participants and countries",
  countryStatements: 'statements about a country in a date range',
  dyad: 'dyad series of two countries by month',
  neighborhood: 'neighbourhood of a person, depth 2',
  searchDetails: 'search a mistyped name, then the details of the top hit',
};

/** One GraphQL request: a POST body built from the `data` of the step before (null for the first). */
export type GraphQLStep = (previous: unknown) => { query: string; variables: Record<string, unknown> };

/** One step of the driver form: the repository calls the resolvers make, given the step before's result. */
export type DriverStep = (previous: unknown) => Promise<unknown>;

export type GraphQLWorkload = (parameters: WorkloadParameters) => Record<QueryName, GraphQLStep[]>;

export const TARGETS = ['diplograph', 'driver', 'neo4jGraphql'] as const;
export type Target = (typeof TARGETS)[number];

/** Reads `path` out of a parsed response, failing with what was there instead. */
export function pick(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      throw new Error(`expected an object at ${path.join('.')}, got ${JSON.stringify(value).slice(0, 200)}`);
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
