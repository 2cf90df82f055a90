/** The workload as an analyst writes it against Diplograph's own GraphQL API (schema/). */
import type { GraphQLWorkload } from './workload.ts';
import { pick } from './workload.ts';

const PERSON_MEETINGS = `query PersonMeetings($id: ID!) {
  person(id: $id) {
    id name
    meetings(first: 20) {
      totalCount
      edges { node { id date kind participants { id name } countries { id name iso2 } } }
    }
  }
}`;

const COUNTRY_STATEMENTS = `query CountryStatements($id: ID!, $from: Date, $to: Date) {
  country(id: $id) {
    id name
    statementsAbout(from: $from, to: $to, first: 20) {
      totalCount
      edges { node { id text kind date speaker { id name } } }
    }
  }
}`;

const DYAD = `query Dyad($a: ID!, $b: ID!) {
  dyad(a: $a, b: $b, interval: MONTH) {
    totalMeetings totalStatements
    buckets { period meetings statements }
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    nodes { id label name }
    edges { id type source target }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(query: $text, types: [PERSON], first: 10) { score entity { id name } }
}`;

const DETAILS = `query PersonDetails($id: ID!) {
  person(id: $id) {
    id name aliases
    roles { title asOf country { id name } organization { id name } }
    meetings(first: 5) { edges { node { id date kind } } }
    statements(first: 5) { edges { node { id text date } } }
  }
}`;

export const diplographWorkload: GraphQLWorkload = (p) => ({
  personMeetings: [() => ({ query: PERSON_MEETINGS, variables: { id: p.personId } })],
  countryStatements: [() => ({ query: COUNTRY_STATEMENTS, variables: { id: p.countryId, from: p.from, to: p.to } })],
  dyad: [() => ({ query: DYAD, variables: { a: p.dyadA, b: p.dyadB } })],
  neighborhood: [() => ({ query: NEIGHBORHOOD, variables: { id: p.personId } })],
  searchDetails: [
    () => ({ query: SEARCH, variables: { text: p.searchText } }),
    (previous) => ({ query: DETAILS, variables: { id: pick(previous, ['search', 0, 'entity', 'id']) } }),
  ],
});
