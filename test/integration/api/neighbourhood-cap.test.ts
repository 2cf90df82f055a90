/**
 * A capped neighbourhood of a hub, over HTTP against the real database: of the people two hops away, the one the hub
 * met most often is kept before those it met once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFixture, removeFixture, type FixtureIds } from './fixtures.ts';
import { openCountingDatabase, startTestApi, type TestApi } from './api-harness.ts';

const PREFIX = `neighbourhood-cap-${process.pid}-`;
const db = openCountingDatabase();
let api: TestApi;
let ids: FixtureIds;

beforeAll(async () => {
  await removeFixture(db, PREFIX);
  ids = await loadSeedFixture(db, PREFIX);
  // Lavrov meets thirty people once each, and Blinken ten more times: Blinken is reached by eleven meetings, each of
  // the others by one.
  await db.write((tx) =>
    tx.run(
      `MATCH (lavrov:Person {id: $lavrov}), (blinken:Person {id: $blinken})
       UNWIND range(1, 30) AS i
       CREATE (p:Person {id: $prefix + 'person:once-' + i, name: 'Envoy ' + i})
       CREATE (m:Meeting {id: $prefix + 'meeting:once-' + i, date: '2021-06-01', kind: 'talks', plover: 'CONSULT', cameo: '040', planned: false})
       CREATE (m)-[:PARTICIPANT {articleId: $article, sentence: 0, start: 0, end: 10}]->(lavrov)
       CREATE (m)-[:PARTICIPANT {articleId: $article, sentence: 0, start: 0, end: 10}]->(p)
       WITH lavrov, blinken, i WHERE i <= 10
       CREATE (m:Meeting {id: $prefix + 'meeting:again-' + i, date: '2021-07-01', kind: 'talks', plover: 'CONSULT', cameo: '040', planned: false})
       CREATE (m)-[:PARTICIPANT {articleId: $article, sentence: 0, start: 0, end: 10}]->(lavrov)
       CREATE (m)-[:PARTICIPANT {articleId: $article, sentence: 0, start: 0, end: 10}]->(blinken)`,
      { lavrov: ids.lavrov, blinken: ids.blinken, article: ids.article, prefix: PREFIX },
    ),
  );
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.close();
  await removeFixture(db, PREFIX);
  await db.close();
});

type Neighbourhood = { neighborhood: { nodes: Array<{ id: string }> } };

describe('a capped neighbourhood', () => {
  it('keeps, of the nodes two hops away, the one reached the most ways', async () => {
    const query = `query($id: ID!, $depth: Int!, $limit: Int!) { neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } } }`;
    // Room for Lavrov's own neighbours and one node more.
    const first = await api.query<Neighbourhood>(query, { id: ids.lavrov, depth: 1, limit: 500 });
    const oneHop = first.body.data!.neighborhood.nodes.map((node) => node.id);
    expect(oneHop).not.toContain(ids.blinken);
    const second = await api.query<Neighbourhood>(query, { id: ids.lavrov, depth: 2, limit: oneHop.length + 1 });
    const added = second.body.data!.neighborhood.nodes.map((node) => node.id).filter((id) => !oneHop.includes(id));
    expect(added).toEqual([ids.blinken]);
  });
});
