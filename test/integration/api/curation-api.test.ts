/** Analysts' curation mutations (mergeEntities, addAlias) over HTTP with the editor token, on the Geneva fixture graph. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evidenceOf, loadSeedFixture, removeFixture, type FixtureIds } from './fixtures.ts';
import { openCountingDatabase, startTestApi, type GraphQLResponse, type TestApi } from './api-harness.ts';

const PREFIX = `curation-api-${process.pid}-`;
const EDITOR_TOKEN = 'curation-editor-token-0123456789ab';
const EDITOR = { authorization: `Bearer ${EDITOR_TOKEN}` };
const db = openCountingDatabase();
let api: TestApi;
let ids: FixtureIds;

/** The duplicate of Sergey Lavrov that the merge tests fold into the fixture's node, and what hangs on it. */
const dup = {
  person: `${PREFIX}person:sergej-lawrow`,
  article: `${PREFIX}article-001`,
  meeting: `${PREFIX}meeting:moscow-2021-12-30`,
  statement: `${PREFIX}statement:lawrow-red-lines`,
  aboutStatement: `${PREFIX}statement:about-lawrow`,
};

beforeAll(async () => {
  api = await startTestApi(db, { auth: { editorToken: EDITOR_TOKEN, readToken: null } });
});

beforeEach(async () => {
  // Every test starts from the same graph: merges and aliases change it.
  await removeFixture(db, PREFIX);
  ids = await loadSeedFixture(db, PREFIX);
  await loadDuplicate();
});

afterAll(async () => {
  await api?.close();
  await removeFixture(db, PREFIX);
  await db.close();
});

/**
 * "Sergej Lawrow" with a relationship of every kind a person has, in both directions: mentioned by the
 * fixture article (which also mentions Lavrov) and by another, author of that other article, participant
 * of the Geneva talks with the same evidence as Lavrov and of another meeting, speaker of a statement, the
 * subject of another, and holder of a role.
 */
async function loadDuplicate(): Promise<void> {
  const ev = evidenceOf(ids.article, 'talks in Geneva');
  const other = { articleId: dup.article, sentence: 1, start: 40, end: 95 };
  await db.write((tx) =>
    tx.run(
      `MATCH (a:Article {id: $ids.article}), (geneva:Meeting {id: $ids.meeting}), (ru:Country {id: $ids.ru}), (ua:Country {id: $ids.ua})
       CREATE (d:Person {id: $dup.person, name: 'Sergej Lawrow', aliases: ['S. W. Lawrow', 'Lavrov']})
       CREATE (b:Article {id: $dup.article, title: 'Lawrow in Moskau', publishedAt: '2021-12-30', source: 'DPA', authors: [], text: $text})
       CREATE (m:Meeting {id: $dup.meeting, date: '2021-12-30', kind: 'bilateral talks', plover: 'CONSULT', cameo: '040', planned: false})
       CREATE (s:Statement {id: $dup.statement, text: 'NATO must not cross our red lines', kind: 'direct', date: '2021-12-30'})
       CREATE (t:Statement {id: $dup.aboutStatement, text: 'Lawrow will travel to Geneva', kind: 'indirect', date: '2021-12-30'})
       CREATE (a)-[:MENTIONS {count: 2}]->(d)
       CREATE (b)-[:MENTIONS {count: 1}]->(d)
       CREATE (b)-[:WRITTEN_BY $other]->(d)
       CREATE (geneva)-[:PARTICIPANT $ev]->(d)
       CREATE (m)-[:PARTICIPANT $other]->(d)
       CREATE (m)-[:INVOLVES $other]->(ru)
       CREATE (m)-[:REPORTED_IN $other]->(b)
       CREATE (s)-[:SAID_BY $other]->(d)
       CREATE (s)-[:ABOUT $other]->(ua)
       CREATE (s)-[:REPORTED_IN $other]->(b)
       CREATE (t)-[:ABOUT $other]->(d)
       CREATE (t)-[:REPORTED_IN $other]->(b)
       CREATE (d)-[:HOLDS_ROLE $role]->(ru)`,
      {
        ids,
        dup,
        ev,
        other,
        role: { ...other, title: 'Minister of Foreign Affairs', asOf: '2021-12-30' },
        text: 'Moskau, 30. Dezember. Sergej Lawrow, der Außenminister Russlands, empfing gestern Gäste.',
      },
    ),
  );
}

interface RelationshipFact {
  type: string;
  outgoing: boolean;
  other: string;
  properties: Record<string, unknown>;
}

/** Every relationship of the node `id`, as type, direction, the other end's id and the properties, sorted. */
async function relationshipsOf(id: string): Promise<RelationshipFact[]> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (n:Person|Country {id: $id})-[r]-(x)
       RETURN type(r) AS type, startNode(r) = n AS outgoing, x.id AS other, properties(r) AS properties`,
      { id },
    ),
  );
  const facts = result.records.map((record) => ({
    type: record.get('type') as string,
    outgoing: record.get('outgoing') as boolean,
    other: record.get('other') as string,
    properties: Object.fromEntries(
      Object.entries(record.get('properties') as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'object' && value !== null ? Number(value) : value]),
    ),
  }));
  return facts.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function nodeExists(id: string): Promise<boolean> {
  const result = await db.read((tx) => tx.run(`MATCH (n:Person {id: $id}) RETURN count(n) AS n`, { id }));
  return Number(result.records[0]!.get('n')) > 0;
}

interface EntityResult {
  __typename: string;
  id: string;
  name: string;
  aliases: string[];
  mentionCount: number;
}

const ENTITY_FIELDS = `__typename id name aliases mentionCount`;

function merge(keep: string, mergeId: string): Promise<GraphQLResponse<{ mergeEntities: EntityResult }>> {
  return api.query(`mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { ${ENTITY_FIELDS} } }`, { keep, merge: mergeId }, EDITOR);
}

function addAlias(id: string, alias: string): Promise<GraphQLResponse<{ addAlias: EntityResult }>> {
  return api.query(`mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias) { ${ENTITY_FIELDS} } }`, { id, alias }, EDITOR);
}

async function searchIds(query: string): Promise<string[]> {
  const { body } = await api.query<{ search: Array<{ entity: { id: string } }> }>(
    `query($q: String!) { search(query: $q, types: [PERSON], first: 100) { entity { id } } }`,
    { q: query },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.search.map((hit) => hit.entity.id);
}

const codeOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.['code'];

describe('mergeEntities', () => {
  it('moves every relationship of the merged node, with its evidence, onto the kept node', async () => {
    const keptBefore = await relationshipsOf(ids.lavrov);
    const mergedBefore = await relationshipsOf(dup.person);
    expect(mergedBefore).toHaveLength(8);

    const { body } = await merge(ids.lavrov, dup.person);
    expect(body.errors).toBeUndefined();
    expect(body.data!.mergeEntities).toMatchObject({ __typename: 'Person', id: ids.lavrov, name: 'Sergey Lavrov' });

    expect(await nodeExists(dup.person)).toBe(false);
    expect(await relationshipsOf(dup.person)).toEqual([]);
    const keptAfter = await relationshipsOf(ids.lavrov);
    const isMention = (fact: RelationshipFact) => fact.type === 'MENTIONS';
    // Everything but MENTIONS arrives as it was; the Geneva PARTICIPANT that both had with the same
    // evidence is one relationship, not two.
    const expected = [...keptBefore, ...mergedBefore].filter((fact) => !isMention(fact));
    const unique = [...new Map(expected.map((fact) => [JSON.stringify(fact), fact])).values()];
    expect(keptAfter.filter((fact) => !isMention(fact))).toEqual(unique.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    expect(unique.length).toBe(expected.length - 1);
    // Two mentions from one article add up; the other article's mention moves.
    expect(keptAfter.filter(isMention)).toEqual([
      { type: 'MENTIONS', outgoing: false, other: ids.article, properties: { count: 4 } },
      { type: 'MENTIONS', outgoing: false, other: dup.article, properties: { count: 1 } },
    ]);
  });

  it('keeps the merged name and aliases as aliases, adds up mentions, and is visible through the API', async () => {
    const { body } = await merge(ids.lavrov, dup.person);
    expect(body.errors).toBeUndefined();
    const kept = body.data!.mergeEntities;
    expect(kept.aliases).toEqual(['Lavrov', 'Sergei Lavrov', 'Sergej Lawrow', 'S. W. Lawrow']);
    expect(kept.mentionCount).toBe(2 + 2 + 1);

    expect(await searchIds('Sergej Lawrow')).toContain(ids.lavrov);
    expect(await searchIds('Lawrow')).not.toContain(dup.person);

    const { body: read } = await api.query<{
      person: { meetings: { edges: Array<{ node: { id: string } }> }; statements: { edges: Array<{ node: { id: string } }> }; roles: Array<{ title: string; evidence: Array<{ article: { id: string } }> }> };
      meeting: { participants: Array<{ id: string }> };
      node: null;
    }>(
      `query($id: ID!, $meeting: ID!, $gone: ID!) {
         person(id: $id) { meetings { edges { node { id } } } statements { edges { node { id } } } roles { title evidence { article { id } } } }
         meeting(id: $meeting) { participants { id } }
         node(id: $gone) { id } }`,
      { id: ids.lavrov, meeting: ids.meeting, gone: dup.person },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.person.meetings.edges.map((e) => e.node.id).sort()).toEqual([dup.meeting, ids.meeting].sort());
    expect(read.data!.person.statements.edges.map((e) => e.node.id).sort()).toEqual([dup.statement, ids.statement].sort());
    expect(read.data!.person.roles.map((r) => [r.title, r.evidence[0]!.article.id]).sort()).toEqual([
      ['Foreign Minister', ids.article],
      ['Minister of Foreign Affairs', dup.article],
    ]);
    expect(read.data!.meeting.participants.map((p) => p.id)).toEqual([ids.blinken, ids.lavrov]);
    expect(read.data!.node).toBeNull();
  });

  it('refuses to merge a node into itself or a person into a country, and changes nothing', async () => {
    const before = { lavrov: await relationshipsOf(ids.lavrov), ru: await relationshipsOf(ids.ru) };
    const self = await merge(ids.lavrov, ids.lavrov);
    expect(codeOf(self.body)).toBe('BAD_USER_INPUT');
    expect(self.body.errors![0]!.message).toContain(ids.lavrov);

    for (const [keep, mergeId] of [[ids.ru, ids.lavrov], [ids.lavrov, ids.ru]] as const) {
      const across = await merge(keep, mergeId);
      expect(codeOf(across.body)).toBe('BAD_USER_INPUT');
      expect(across.body.errors![0]!.message).toMatch(/Person .* Country|Country .* Person/);
      expect(across.body.data ?? null).toBeNull();
    }
    expect({ lavrov: await relationshipsOf(ids.lavrov), ru: await relationshipsOf(ids.ru) }).toEqual(before);
    const { body } = await api.query<{ person: { aliases: string[] }; country: { aliases: string[] } }>(
      `query($p: ID!, $c: ID!) { person(id: $p) { aliases } country(id: $c) { aliases } }`,
      { p: ids.lavrov, c: ids.ru },
    );
    expect(body.data).toEqual({ person: { aliases: ['Lavrov', 'Sergei Lavrov'] }, country: { aliases: ['Russian Federation'] } });
  });

  it('reports an unknown keep or merge id as NOT_FOUND, naming it, and changes nothing', async () => {
    const before = await relationshipsOf(dup.person);
    for (const [keep, mergeId, missing] of [
      [`${PREFIX}person:nobody`, dup.person, `${PREFIX}person:nobody`],
      [ids.lavrov, `${PREFIX}person:nobody`, `${PREFIX}person:nobody`],
      [ids.meeting, dup.person, ids.meeting],
    ] as const) {
      const { body } = await merge(keep, mergeId);
      expect(codeOf(body)).toBe('NOT_FOUND');
      expect(body.errors![0]!.message).toContain(missing);
    }
    expect(await relationshipsOf(dup.person)).toEqual(before);
  });

  it('needs the editor token', async () => {
    const { body } = await api.query(`mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }`, { keep: ids.lavrov, merge: dup.person });
    expect(codeOf(body)).toBe('UNAUTHENTICATED');
    expect(await nodeExists(dup.person)).toBe(true);
  });
});

describe('addAlias', () => {
  it('adds an alias once, however often it is sent, and search finds the entity by it', async () => {
    expect(await searchIds('Joseph')).not.toContain(ids.biden);
    const first = await addAlias(ids.biden, 'Joseph R. Biden');
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.addAlias).toMatchObject({ id: ids.biden, name: 'Joe Biden', aliases: ['Biden', 'Joseph R. Biden'] });
    for (const again of ['Joseph R. Biden', '  Joseph  R. Biden\t', 'Joe Biden', 'Biden']) {
      const { body } = await addAlias(ids.biden, again);
      expect(body.errors).toBeUndefined();
      expect(body.data!.addAlias.aliases).toEqual(['Biden', 'Joseph R. Biden']);
    }
    expect(await searchIds('Joseph')).toContain(ids.biden);
  });

  it('rejects empty, blank and over-long aliases with BAD_USER_INPUT and a clear message', async () => {
    for (const alias of ['', '   ', '\n\t']) {
      const { body } = await addAlias(ids.biden, alias);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toBe('alias: expected 1 to 200 characters, got a blank alias');
    }
    const long = 'B'.repeat(201);
    const { body } = await addAlias(ids.biden, long);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toBe('alias: expected 1 to 200 characters, got 201 characters');
    expect(body.errors![0]!.message).not.toContain(long);
    const { body: read } = await api.query<{ person: { aliases: string[] } }>(`query($id: ID!) { person(id: $id) { aliases } }`, { id: ids.biden });
    expect(read.data!.person.aliases).toEqual(['Biden']);
  });

  it('reports an unknown entity, or a node that is not an entity, as NOT_FOUND', async () => {
    for (const id of [`${PREFIX}person:nobody`, ids.meeting]) {
      const { body } = await addAlias(id, 'Somebody');
      expect(codeOf(body)).toBe('NOT_FOUND');
      expect(body.errors![0]!.message).toContain(id);
    }
  });
});
