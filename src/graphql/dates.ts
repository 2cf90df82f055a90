/** graphql-scalars parses `Date` arguments into JS Dates at UTC midnight; the graph stores `YYYY-MM-DD`. */
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
