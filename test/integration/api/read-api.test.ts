/** Analysts' read queries over HTTP against the real database, on the Geneva fixture graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBulkMeetings, loadSeedFixture, removeFixture, SEED_TEXT, type FixtureIds } from './fixtures.ts';
import { openCountingDatabase, startTestApi, type TestApi } from './api-harness.ts';

const PREFIX = `read-api-${process.pid}-`;
const BULK_KIND = `${PREFIX}bulk talks`;
const db = openCountingDatabase();
let api: TestApi;
let ids: FixtureIds;

beforeAll(async () => {
  await removeFixture(db, PREFIX);
  ids = await loadSeedFixture(db, PREFIX);
  await loadBulkMeetings(db, PREFIX, BULK_KIND, 60);
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.close();
  await removeFixture(db, PREFIX);
  await db.close();
});

interface MeetingNode {
  id: string;
  date: string;
  kind: string;
  plover: string;
  cameo: string;
  participants: Array<{ id: string; name: string }>;
  countries: Array<{ id: string; name: string }>;
  location: { name: string; country: { name: string } | null } | null;
}

describe('person and meetings', () => {
  it('lists the Geneva talks of 2022-01-21 with Antony Blinken among Sergey Lavrov’s meetings', async () => {
    const { status, body } = await api.query<{ person: { name: string; meetings: { totalCount: number; edges: Array<{ node: MeetingNode }> } } }>(
      `query($id: ID!) { person(id: $id) { name meetings(from: "2022-01-01", to: "2022-12-31") {
          totalCount edges { node { id date kind plover cameo participants { id name } countries { id name } location { name country { name } } } } } } }`,
      { id: ids.lavrov },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const person = body.data!.person;
    expect(person.name).toBe('Sergey Lavrov');
    expect(person.meetings.totalCount).toBe(1);
    const meeting = person.meetings.edges[0]!.node;
    expect(meeting).toMatchObject({ id: ids.meeting, date: '2022-01-21', kind: 'bilateral talks', plover: 'CONSULT', cameo: '040' });
    expect(meeting.participants.map((p) => p.name)).toEqual(['Antony Blinken', 'Sergey Lavrov']);
    expect(meeting.countries.map((c) => c.name)).toEqual(['Russia', 'United States']);
    expect(meeting.location).toEqual({ name: 'Geneva', country: { name: 'Switzerland' } });
  });

  it('finds a person by an alias, with roles and the sentence that gives each role', async () => {
    const { body } = await api.query<{ person: { id: string; mentionCount: number; roles: Array<{ title: string; asOf: string; country: { name: string }; evidence: Array<{ text: string; article: { id: string } }> }> } }>(
      `query($id: ID!) { person(id: $id) { id mentionCount roles { title asOf country { name } evidence { text start end article { id } } } } }`,
      { id: ids.lavrov },
    );
    const person = body.data!.person;
    expect(person.mentionCount).toBe(2);
    expect(person.roles).toHaveLength(1);
    expect(person.roles[0]).toMatchObject({ title: 'Foreign Minister', asOf: '2022-01-21', country: { name: 'Russia' } });
    expect(person.roles[0]!.evidence[0]!.text).toContain('Russian Foreign Minister Sergey Lavrov');
    expect(person.roles[0]!.evidence[0]!.article.id).toBe(ids.article);
  });

  it('gives the same roles when the client asks for no evidence, read without the sentences', async () => {
    type Roles = { person: { roles: Array<{ title: string; asOf: string; country: { name: string } | null; organization: { name: string } | null }> } };
    const fields = 'title asOf country { name } organization { name }';
    const bare = await api.query<Roles>(`query($id: ID!) { person(id: $id) { roles { ${fields} } } }`, { id: ids.lavrov });
    const withEvidence = await api.query<Roles>(`query($id: ID!) { person(id: $id) { roles { ${fields} evidence { text } } } }`, { id: ids.lavrov });
    expect(bare.body.data!.person.roles).toEqual([{ title: 'Foreign Minister', asOf: '2022-01-21', country: { name: 'Russia' }, organization: null }]);
    expect(withEvidence.body.data!.person.roles.map(({ title, asOf, country, organization }) => ({ title, asOf, country, organization }))).toEqual(bare.body.data!.person.roles);
  });

  it('filters meetings by participants, countries, place, kind and dates, and orders them', async () => {
    const { body } = await api.query<{ meetings: { totalCount: number; edges: Array<{ node: { id: string; date: string } }> } }>(
      `query($f: MeetingFilter!) { meetings(filter: $f, first: 3, orderBy: DATE_ASC) { totalCount edges { node { id date } } } }`,
      { f: { participants: [ids.blinken, ids.lavrov], countries: [ids.us, ids.ru], location: ids.geneva, kind: BULK_KIND, from: '2021-01-05', to: '2021-01-10' } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.meetings.totalCount).toBe(6);
    expect(body.data!.meetings.edges.map((e) => e.node.date)).toEqual(['2021-01-05', '2021-01-06', '2021-01-07']);
  });

  it('pages with opaque cursors until the list ends', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: Awaited<ReturnType<typeof api.query<{ meetings: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } } }>>> =
        await api.query(
          `query($kind: String!, $after: String) { meetings(filter: { kind: $kind }, first: 25, after: $after) {
             edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          { kind: BULK_KIND, after },
        );
      const connection = response.body.data!.meetings;
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      for (const edge of connection.edges) {
        expect(edge.cursor).not.toMatch(/^\d+$/);
        seen.push(edge.node.id);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
  });

  it('answers a page of 50 meetings with participants, countries, place and totalCount in one Cypher statement', async () => {
    const before = db.statements;
    const { body } = await api.query<{ meetings: { totalCount: number; edges: Array<{ node: MeetingNode }> } }>(
      `query($kind: String!) { meetings(filter: { kind: $kind }, first: 50) {
         totalCount edges { node { id date participants { id name } countries { id name iso2 } location { id name } } } } }`,
      { kind: BULK_KIND },
    );
    const statements = db.statements - before;
    expect(body.errors).toBeUndefined();
    expect(body.data!.meetings.edges).toHaveLength(50);
    expect(body.data!.meetings.totalCount).toBe(60);
    for (const { node } of body.data!.meetings.edges) {
      expect(node.participants).toHaveLength(2);
      expect(node.countries).toHaveLength(2);
      expect(node.location).not.toBeNull();
    }
    expect(statements).toBe(1);
  });
});

describe('search', () => {
  it('finds Sergey Lavrov from the misspelling "Lavrof"', async () => {
    const { body } = await api.query<{ search: Array<{ score: number; entity: { __typename: string; id: string; name: string } }> }>(
      `{ search(query: "Lavrof", types: [PERSON], first: 100) { score entity { __typename id name } } }`,
    );
    expect(body.errors).toBeUndefined();
    const hit = body.data!.search.find((h) => h.entity.id === ids.lavrov);
    expect(hit).toMatchObject({ entity: { __typename: 'Person', name: 'Sergey Lavrov' } });
    expect(hit!.score).toBeGreaterThan(0);
    expect(body.data!.search.every((h) => h.entity.__typename === 'Person')).toBe(true);
  });

  it('treats Lucene syntax in the input as text instead of failing', async () => {
    const { body } = await api.query<{ search: unknown[] }>(`{ search(query: "NATO) OR name:* AND \\"[", first: 5) { score } }`);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data!.search)).toBe(true);
  });
});

describe('graph', () => {
  it('returns the neighbourhood of Geneva with the meeting and its participants at depth 2', async () => {
    const { body } = await api.query<{ neighborhood: { nodes: Array<{ id: string; label: string; name: string }>; edges: Array<{ type: string; source: string; target: string }> } }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id label name } edges { id type source target } } }`,
      { id: ids.geneva },
    );
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.neighborhood;
    expect(nodes[0]).toEqual({ id: ids.geneva, label: 'Location', name: 'Geneva' });
    expect(nodes).toContainEqual({ id: ids.meeting, label: 'Meeting', name: 'bilateral talks 2022-01-21' });
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining([ids.blinken, ids.lavrov, ids.ch]));
    expect(edges).toContainEqual(expect.objectContaining({ type: 'HELD_IN', source: ids.meeting, target: ids.geneva }));
    expect(edges).toContainEqual(expect.objectContaining({ type: 'PARTICIPANT', source: ids.meeting, target: ids.lavrov }));
    const nodeIds = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
  });

  it('keeps a neighbourhood within its limit', async () => {
    const { body } = await api.query<{ neighborhood: { nodes: unknown[] } }>(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 5) { nodes { id } } }`, { id: ids.geneva });
    expect(body.data!.neighborhood.nodes).toHaveLength(5);
  });

  it('takes the nearest nodes around a hub of 3,000 neighbours without expanding past the limit', async () => {
    const hub = `${PREFIX}person:hub`;
    await db.write((tx) =>
      tx.run(
        `CREATE (hub:Person {id: $hub, name: 'Hub', aliases: []})
         WITH hub UNWIND range(1, 3000) AS i
         CREATE (m:Meeting {id: $prefix + 'hub-meeting-' + i, date: '2020-01-01', kind: 'hub talks', planned: false})
         CREATE (m)-[:PARTICIPANT {articleId: 'none', sentence: 0, start: 0, end: 1}]->(hub)
         CREATE (m)-[:PARTICIPANT {articleId: 'none', sentence: 0, start: 0, end: 1}]->(:Person {id: $prefix + 'person:leaf-' + i, name: 'Leaf ' + i, aliases: []})`,
        { hub, prefix: PREFIX },
      ),
    );
    type Neighbourhood = { neighborhood: { nodes: Array<{ id: string; label: string }>; edges: Array<{ type: string; source: string; target: string }> } };
    const around = (id: string, depth: number) =>
      api.query<Neighbourhood>(`query($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth, limit: 100) { nodes { id label } edges { type source target } } }`, { id, depth });

    const { body } = await around(hub, 2);
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.neighborhood;
    expect(nodes).toHaveLength(100);
    expect(nodes[0]!.id).toBe(hub);
    // The hub's direct neighbours fill the page before anything two hops away.
    expect(nodes.slice(1).every((node) => node.id.startsWith(`${PREFIX}hub-meeting-`))).toBe(true);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(100);
    expect(edges).toHaveLength(99);
    expect(edges.every((edge) => edge.type === 'PARTICIPANT' && edge.target === hub)).toBe(true);

    // From a leaf: its meeting, then the hub, then the hub's other meetings up to the limit.
    const leaf = await around(`${PREFIX}person:leaf-7`, 3);
    const leafNodes = leaf.body.data!.neighborhood.nodes.map((node) => node.id);
    expect(leafNodes).toHaveLength(100);
    expect(leafNodes.slice(0, 3)).toEqual([`${PREFIX}person:leaf-7`, `${PREFIX}hub-meeting-7`, hub]);
    expect(leafNodes.slice(3).every((id) => id.startsWith(`${PREFIX}hub-meeting-`))).toBe(true);
  });

  it('draws the relationships of one type between two nodes, one per reporting sentence, as one edge with their count', async () => {
    const meeting = `${PREFIX}meeting:thrice-reported`;
    const person = `${PREFIX}person:thrice-reported`;
    await db.write((tx) =>
      tx.run(
        `CREATE (m:Meeting {id: $meeting, date: '2021-06-16', kind: 'summit', planned: false})
         CREATE (p:Person {id: $person, name: 'Thrice Reported', aliases: []})
         WITH m, p UNWIND range(1, 3) AS sentence
         CREATE (m)-[:PARTICIPANT {articleId: 'none', sentence: sentence, start: 0, end: 1}]->(p)`,
        { meeting, person },
      ),
    );
    const { body } = await api.query<{ neighborhood: { edges: Array<{ id: string; type: string; source: string; target: string; count: number }> } }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { id type source target count } } }`,
      { id: person },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.neighborhood.edges).toEqual([{ id: `PARTICIPANT:${meeting}->${person}`, type: 'PARTICIPANT', source: meeting, target: person, count: 3 }]);
  });

  it('finds a path from Joe Biden to Sergey Lavrov', async () => {
    const { body } = await api.query<{ connections: Array<{ nodes: Array<{ id: string }>; edges: Array<{ type: string; source: string; target: string }> }> }>(
      `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 4, first: 5) { nodes { id label name } edges { id type source target } } }`,
      { from: ids.biden, to: ids.lavrov },
    );
    expect(body.errors).toBeUndefined();
    const paths = body.data!.connections;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0]!.id).toBe(ids.biden);
      expect(path.nodes.at(-1)!.id).toBe(ids.lavrov);
      expect(path.edges).toHaveLength(path.nodes.length - 1);
    }
  });

  it('reports an unknown node as NOT_FOUND', async () => {
    const { body } = await api.query(`{ neighborhood(id: "${PREFIX}nobody") { nodes { id } } }`);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('statements, articles, analytics', () => {
  it('gives a statement with speaker, source, meeting and the sentence it was read from', async () => {
    const { body } = await api.query<{ statements: { totalCount: number; edges: Array<{ node: { text: string; speaker: { name: string }; via: { name: string }; meeting: { id: string }; about: Array<{ name: string }>; evidence: Array<{ text: string; start: number; end: number; article: { id: string } }> } }> } }>(
      `query($speaker: ID!) { statements(filter: { speaker: $speaker, text: "BREAKTHROUGH" }) { totalCount edges { node {
         text speaker { name } via { name } meeting { id } about { name } evidence { text start end article { id } } } } } }`,
      { speaker: ids.lavrov },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.statements.totalCount).toBe(1);
    const statement = body.data!.statements.edges[0]!.node;
    expect(statement).toMatchObject({ speaker: { name: 'Sergey Lavrov' }, via: { name: 'The New York Times' }, meeting: { id: ids.meeting }, about: [{ name: 'Ukraine' }] });
    const evidence = statement.evidence[0]!;
    expect(evidence.text).toBe(SEED_TEXT.slice(evidence.start, evidence.end));
    expect(evidence.text).toContain('We do not expect a breakthrough');
  });

  it('filters meetings by people, countries and place, whichever the match starts from', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const { body } = await api.query<{ meetings: { totalCount: number } }>('query($filter: MeetingFilter) { meetings(filter: $filter) { totalCount } }', { filter });
      expect(body.errors).toBeUndefined();
      return body.data!.meetings.totalCount;
    };
    // Every meeting of the fixture (the Geneva talks and the bulk ones) has Blinken and Lavrov, the US and Russia, in Geneva.
    const all = await count({ participants: [ids.lavrov] });
    expect(all).toBeGreaterThan(0);
    expect(await count({ participants: [ids.lavrov, ids.blinken], countries: [ids.us], location: ids.geneva })).toBe(all);
    expect(await count({ countries: [ids.ru, ids.us] })).toBe(all);
    expect(await count({ location: ids.geneva, countries: [ids.us] })).toBe(all);
    expect(await count({ participants: [ids.lavrov, ids.biden] })).toBe(0);
    expect(await count({ countries: [ids.ru, ids.ua] })).toBe(0);
    expect(await count({ location: ids.geneva, participants: [ids.biden] })).toBe(0);
  });

  it('filters statements about a subject by a further subject and by speaker, whichever the match starts from', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const { body } = await api.query<{ statements: { totalCount: number } }>('query($filter: StatementFilter) { statements(filter: $filter) { totalCount } }', { filter });
      expect(body.errors).toBeUndefined();
      return body.data!.statements.totalCount;
    };
    expect(await count({ about: [ids.ua] })).toBe(1);
    expect(await count({ about: [ids.ua], speaker: ids.lavrov })).toBe(1);
    expect(await count({ about: [ids.ua], speaker: ids.biden })).toBe(0);
    expect(await count({ about: [ids.ua, ids.ru] })).toBe(0);
    expect(await count({ speaker: ids.lavrov, about: [ids.ru] })).toBe(0);
  });

  it('lists articles mentioning an entity and an article’s entities, most mentioned first', async () => {
    const { body } = await api.query<{ country: { articles: { totalCount: number; edges: Array<{ node: { id: string; publishedAt: string; ingestedAt: string; entities: Array<{ name: string }> } }> } } }>(
      `query($id: ID!) { country(id: $id) { articles { totalCount edges { node { id publishedAt ingestedAt entities { name } } } } } }`,
      { id: ids.ru },
    );
    expect(body.errors).toBeUndefined();
    const article = body.data!.country.articles.edges[0]!.node;
    expect(article).toMatchObject({ id: ids.article, publishedAt: '2022-01-21', ingestedAt: '2022-01-22T00:00:00.000Z' });
    expect(article.entities.slice(0, 2).map((e) => e.name).sort()).toEqual(['Antony Blinken', 'Russia']);
  });

  it('counts the Geneva talks in the US–Russia dyad', async () => {
    const { body } = await api.query<{ dyad: { a: { name: string }; b: { name: string }; buckets: Array<{ period: string; meetings: number; statements: number }>; totalMeetings: number } }>(
      `query($a: ID!, $b: ID!) { dyad(a: $a, b: $b, from: "2022-01-01", to: "2022-12-31") { a { name } b { name } buckets { period meetings statements } totalMeetings totalStatements } }`,
      { a: ids.us, b: ids.ru },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dyad).toMatchObject({ a: { name: 'United States' }, b: { name: 'Russia' }, totalMeetings: 1 });
    expect(body.data!.dyad.buckets).toEqual([{ period: '2022-01', meetings: 1, statements: 1 }]);
  });

  it('puts meetings and statements of an entity on one timeline in date order', async () => {
    const { body } = await api.query<{ timeline: Array<{ __typename: string; id: string; date: string }> }>(
      `query($ids: [ID!]!) { timeline(entities: $ids, from: "2022-01-01", first: 10) { __typename ... on Meeting { id date } ... on Statement { id date } } }`,
      { ids: [ids.lavrov] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.timeline.map((e) => e.__typename).sort()).toEqual(['Meeting', 'Statement']);
  });

  it('resolves node(id) to the right type and counts labels in stats', async () => {
    const { body } = await api.query<{ node: { __typename: string; name: string }; stats: { nodes: Array<{ name: string; count: number }> } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Entity { name } } stats { nodes { name count } relationships { name count } } }`,
      { id: ids.nato },
    );
    expect(body.data!.node).toEqual({ __typename: 'Organization', name: 'NATO' });
    expect(body.data!.stats.nodes.find((n) => n.name === 'Meeting')!.count).toBeGreaterThanOrEqual(61);
  });
});
