/**
 * The same five questions against the API @neo4j/graphql generates from bench/neo4j-graphql/type-defs.graphql,
 * each the closest query its conventions allow:
 * - meetings and statements: nested relationship fields with sort and paging, `totalCount` from connections;
 * - dyad: there is no aggregate per month, so the dates of the matching meetings and statements are
 *   fetched (same rules as Diplograph's: involving both countries; said by one side, the country or a
 *   person holding a role for it, about the other; or said at a meeting of both) and bucketed by the client;
 * - neighbourhood: there is no variable-length traversal, so two explicit levels of nesting around the
 *   person, each list limited, about as many nodes as Diplograph's limit of 100;
 * - search: the generated full-text query over the same `entityNames` index, with the same Lucene query
 *   Diplograph builds from the typed text (fuzzy, prefix and exact terms).
 */
import { fuzzyNameQuery } from '../../src/repositories/lucene-query.ts';
import type { GraphQLWorkload } from './workload.ts';
import { pick } from './workload.ts';

const NAMED = '... on Person { id name } ... on Country { id name } ... on Organization { id name }';
const SUBJECT = `${NAMED} ... on Location { id name }`;

const PERSON_MEETINGS = `query PersonMeetings($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    meetingsConnection(first: 20, sort: [{ node: { date: DESC } }, { node: { id: ASC } }]) {
      totalCount
      edges { node { id date kind participants(sort: [{ name: ASC }]) { id name } countries(sort: [{ name: ASC }]) { id name iso2 } } }
    }
  }
}`;

const COUNTRY_STATEMENTS = `query CountryStatements($id: ID!, $from: String!, $to: String!) {
  countries(where: { id: { eq: $id } }) {
    id name
    statementsAboutConnection(
      first: 20
      where: { node: { date: { gte: $from, lte: $to } } }
      sort: [{ node: { date: DESC } }, { node: { id: ASC } }]
    ) {
      totalCount
      edges { node { id text kind date speaker { ${NAMED} } } }
    }
  }
}`;

const DYAD = `query Dyad($a: ID!, $b: ID!) {
  meetings(where: { AND: [{ countries: { some: { id: { eq: $a } } } }, { countries: { some: { id: { eq: $b } } } }, { date: { gte: "0" } }] }) {
    date
  }
  statements(
    where: {
      date: { gte: "0" }
      OR: [
        {
          speaker: { some: { Country: { id: { eq: $a } }, Person: { roleCountries: { some: { id: { eq: $a } } } } } }
          about: { some: { Country: { id: { eq: $b } }, Person: { roleCountries: { some: { id: { eq: $b } } } } } }
        }
        {
          speaker: { some: { Country: { id: { eq: $b } }, Person: { roleCountries: { some: { id: { eq: $b } } } } } }
          about: { some: { Country: { id: { eq: $a } }, Person: { roleCountries: { some: { id: { eq: $a } } } } } }
        }
        { meeting: { some: { AND: [{ countries: { some: { id: { eq: $a } } } }, { countries: { some: { id: { eq: $b } } } }] } } }
      ]
    }
  ) {
    date
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    roleCountries { id name }
    roleOrganizations { id name }
    meetings(limit: 10, sort: [{ date: DESC }]) {
      id date kind
      participants { id name }
      countries { id name }
      location { id name }
    }
    statements(limit: 10, sort: [{ date: DESC }]) { id text about { ${SUBJECT} } meeting { id } }
    statementsAbout(limit: 10, sort: [{ date: DESC }]) { id text speaker { ${NAMED} } }
    articles(limit: 20, sort: [{ id: ASC }]) { id title }
  }
}`;

const SEARCH = `query Search($phrase: String!) {
  peopleByName(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } }
}`;

const DETAILS = `query PersonDetails($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name aliases
    roleCountriesConnection { edges { properties { title asOf } node { id name } } }
    roleOrganizationsConnection { edges { properties { title asOf } node { id name } } }
    meetings(limit: 5, sort: [{ date: DESC }]) { id date kind }
    statements(limit: 5, sort: [{ date: DESC }]) { id text date }
  }
}`;

export const neo4jGraphqlWorkload: GraphQLWorkload = (p) => ({
  personMeetings: [() => ({ query: PERSON_MEETINGS, variables: { id: p.personId } })],
  countryStatements: [() => ({ query: COUNTRY_STATEMENTS, variables: { id: p.countryId, from: p.from, to: p.to } })],
  dyad: [() => ({ query: DYAD, variables: { a: p.dyadA, b: p.dyadB } })],
  neighborhood: [() => ({ query: NEIGHBORHOOD, variables: { id: p.personId } })],
  searchDetails: [
    () => ({ query: SEARCH, variables: { phrase: fuzzyNameQuery(p.searchText) } }),
    (previous) => ({ query: DETAILS, variables: { id: pick(previous, ['peopleByName', 'edges', 0, 'node', 'id']) } }),
  ],
});
