/**
 * Hand-made article graphs for the tests of what every write keeps (dyad counts, entity lists, link summaries):
 * meetings, statements, roles and places named by id, with the mentions and evidence a load needs.
 */
import type { ArticleGraph, EvidenceRelationship, NodeRef } from '../../../src/domain/article-graph.ts';

export type Fact =
  | { meeting: string; date: string | null; countries?: string[]; participants: string[] }
  | { statement: string; date: string | null; by: string; about?: string[]; at?: string }
  | { role: string; of: string; title?: string | null; asOf?: string | null; sentence?: number }
  | { place: string; in: string; sentence?: number };

/** One article's graph with these facts, each entity it names mentioned, every relationship with evidence in sentence 0. */
export function factArticle(id: string, facts: readonly Fact[]): ArticleGraph {
  const ref = (entity: string): NodeRef => ({
    label: entity.startsWith('country:') ? 'Country' : entity.startsWith('org:') ? 'Organization' : entity.startsWith('location:') ? 'Location' : 'Person',
    id: entity,
  });
  const relationships: EvidenceRelationship[] = [];
  const link = (type: EvidenceRelationship['type'], from: NodeRef, to: NodeRef, properties: EvidenceRelationship['properties'] = {}, sentence = 0) =>
    relationships.push({ type, from, to, articleId: id, sentence, start: sentence * 100, end: sentence * 100 + 10, properties });
  const named = new Set<string>();
  const graph: ArticleGraph = {
    article: { id, url: null, title: id, publishedAt: '2019-03-08', source: null, extractorVersion: 'test', text: 'A report.', authors: [] },
    persons: [],
    countries: [],
    organizations: [],
    locations: [],
    meetings: [],
    statements: [],
    relationships,
  };
  for (const fact of facts) {
    if ('meeting' in fact) {
      const countries = fact.countries ?? [];
      graph.meetings.push({ id: fact.meeting, date: fact.date, kind: 'talks', plover: 'CONSULT', cameo: '040', planned: false, parties: [...countries].sort() });
      const meeting: NodeRef = { label: 'Meeting', id: fact.meeting };
      for (const country of countries) link('INVOLVES', meeting, ref(country));
      for (const person of fact.participants) link('PARTICIPANT', meeting, ref(person));
      link('REPORTED_IN', meeting, { label: 'Article', id });
      [...countries, ...fact.participants].forEach((e) => named.add(e));
    } else if ('statement' in fact) {
      graph.statements.push({ id: fact.statement, text: fact.statement, kind: 'direct', date: fact.date });
      const statement: NodeRef = { label: 'Statement', id: fact.statement };
      link('SAID_BY', statement, ref(fact.by));
      for (const subject of fact.about ?? []) link('ABOUT', statement, ref(subject));
      if (fact.at) link('AT', statement, { label: 'Meeting', id: fact.at });
      link('REPORTED_IN', statement, { label: 'Article', id });
      [fact.by, ...(fact.about ?? [])].forEach((e) => named.add(e));
    } else if ('role' in fact) {
      const title = fact.title === undefined ? 'Foreign Minister' : fact.title;
      const asOf = fact.asOf === undefined ? '2019-03-08' : fact.asOf;
      link('HOLDS_ROLE', ref(fact.role), ref(fact.of), { ...(title === null ? {} : { title }), ...(asOf === null ? {} : { asOf }) }, fact.sentence);
      [fact.role, fact.of].forEach((e) => named.add(e));
    } else {
      link('IN_COUNTRY', ref(fact.place), ref(fact.in), {}, fact.sentence);
      [fact.place, fact.in].forEach((e) => named.add(e));
    }
  }
  for (const entity of named) {
    if (entity.startsWith('country:')) graph.countries.push({ id: entity, iso2: entity.slice(8, 10), iso3: entity.slice(8, 11), name: entity, demonyms: [], aliases: [] });
    else if (entity.startsWith('org:')) graph.organizations.push({ id: entity, name: entity, aliases: [], kind: 'government' });
    else if (entity.startsWith('location:')) graph.locations.push({ id: entity, name: entity, kind: 'city', aliases: [] });
    else graph.persons.push({ id: entity, name: entity, aliases: [] });
    link('MENTIONS', { label: 'Article', id }, ref(entity), { count: 1, aliases: [] });
  }
  return graph;
}
