/**
 * The link summaries every write keeps (repositories/link-summaries.ts): a person's roles and the countries a place
 * is in, with how many relationships stand for each, read by `roles` and by the edges of a neighbourhood. After
 * loads, a load again, deleted articles (both implementations), merged entities and a summary made on start, each
 * answer is compared with what a reader expects and with the relationships themselves (roles with evidence, and a
 * count of the relationships behind each edge). Ids are this file's own, so other test files never add to them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph.ts';
import { CurationRepository } from '../../../src/repositories/curation-repository.ts';
import { DyadCountRepository } from '../../../src/repositories/dyad-counts.ts';
import { EvidenceRepository } from '../../../src/repositories/evidence-repository.ts';
import { GraphRepository } from '../../../src/repositories/graph-repository.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { factArticle as article, type Fact } from './fact-graphs.ts';
import { rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const ingest = new IngestRepository(db);
const curation = new CurationRepository(db);
const evidence = new EvidenceRepository(db);
const graph = new GraphRepository(db);
const written = new Set<string>();

const X = 'country:XS-summary-test';
const Y = 'country:YS-summary-test';
const O = 'org:summary-test-council';
const P = 'person:summary-test-pia';
const Q = 'person:summary-test-quinn';
const L = 'location:summary-test-town';
const M = 'location:summary-test-village';

async function load(...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) written.add(graph.article.id);
  await ingest.loadArticles(graphs, [], '2019-03-08T00:00:00Z');
}

/**
 * A person's roles as `title | asOf | holder`, in the order the API lists them; the same as the roles read with
 * their evidence, which groups the HOLDS_ROLE relationships themselves.
 */
async function roles(person: string): Promise<string[]> {
  const brief = (await evidence.roles([person], false)).get(person) ?? [];
  const full = (await evidence.roles([person], true)).get(person) ?? [];
  const show = (list: typeof brief) => list.map((r) => `${r.title} | ${r.asOf ?? '-'} | ${r.country?.id ?? r.organization?.id ?? '?'}`);
  expect(show(brief)).toEqual(show(full));
  return show(brief);
}

/** What the entity keeps: its summary entries. */
async function summaryOf(id: string): Promise<string[] | null> {
  const [row] = await rows<{ summary: string[] | null }>(db, 'MATCH (n:Person|Location {id: $id}) RETURN n.linkSummary AS summary', { id });
  return row?.summary ?? null;
}

/**
 * The HOLDS_ROLE and IN_COUNTRY edges of the entity's neighbourhood (depth 1) as `source TYPE target count`, each
 * checked against a count of the relationships between the two nodes.
 */
async function edges(id: string): Promise<string[]> {
  const subgraph = await graph.neighborhood(id, 1, 100);
  const shown: string[] = [];
  for (const edge of subgraph?.edges ?? []) {
    if (edge.type !== 'HOLDS_ROLE' && edge.type !== 'IN_COUNTRY') continue;
    const [counted] = await rows<{ n: unknown }>(db, 'MATCH (a {id: $source})-[r]->(b {id: $target}) WHERE type(r) = $type RETURN count(r) AS n', { ...edge });
    expect(edge.count).toBe(Number(counted?.n));
    shown.push(`${edge.source} ${edge.type} ${edge.target} ${edge.count}`);
  }
  return shown.sort();
}

const role = (person: string, of: string, title: string | null, asOf: string | null, sentence = 0): Fact => ({ role: person, of, title, asOf, sentence });
const place = (location: string, country: string, sentence = 0): Fact => ({ place: location, in: country, sentence });

const FIRST: Fact[] = [
  role(P, X, 'Foreign Minister', '2019-03-08'),
  // The same role named again in another sentence: one role, two reports.
  role(P, X, 'Foreign Minister', '2019-03-08', 1),
  role(P, O, 'Chair of the Council', null),
  // A title with spaces and none at all.
  role(Q, X, null, '2019-01-01'),
  place(L, X),
  place(L, X, 1),
  place(L, X, 2),
];

afterAll(async () => {
  for (const id of written) await ingest.deleteArticle(id);
  await db.close();
});

describe('the link summaries kept by every write', () => {
  it('keep each role and place once with how many relationships name it and the latest date', async () => {
    await load(article('summary-test-1', FIRST));
    expect(await summaryOf(P)).toEqual([`${X} 2 2019-03-08 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await summaryOf(Q)).toEqual([`${X} 1 2019-01-01`]);
    expect(await summaryOf(L)).toEqual([`${X} 3 -`]);
    expect(await roles(P)).toEqual([`Chair of the Council | - | ${O}`, `Foreign Minister | 2019-03-08 | ${X}`]);
    expect(await roles(Q)).toEqual([` | 2019-01-01 | ${X}`]);
    expect(await edges(P)).toEqual([`${P} HOLDS_ROLE ${X} 2`, `${P} HOLDS_ROLE ${O} 1`]);
    expect(await edges(X)).toEqual([`${L} IN_COUNTRY ${X} 3`, `${P} HOLDS_ROLE ${X} 2`, `${Q} HOLDS_ROLE ${X} 1`]);
  });

  it('change nothing when the same article is loaded again, and add what another article reports', async () => {
    await ingest.loadArticles([article('summary-test-1', FIRST)], ['summary-test-1'], '2019-03-09T00:00:00Z');
    expect(await summaryOf(P)).toEqual([`${X} 2 2019-03-08 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await summaryOf(L)).toEqual([`${X} 3 -`]);
    await load(article('summary-test-2', [role(P, X, 'Foreign Minister', '2020-01-01'), role(P, Y, 'Envoy', '2019-06-01'), place(L, X), place(M, Y)]));
    expect(await roles(P)).toEqual([`Chair of the Council | - | ${O}`, `Envoy | 2019-06-01 | ${Y}`, `Foreign Minister | 2020-01-01 | ${X}`]);
    expect(await summaryOf(P)).toEqual([`${X} 3 2020-01-01 Foreign Minister`, `${Y} 1 2019-06-01 Envoy`, `${O} 1 - Chair of the Council`]);
    expect(await edges(P)).toEqual([`${P} HOLDS_ROLE ${X} 3`, `${P} HOLDS_ROLE ${Y} 1`, `${P} HOLDS_ROLE ${O} 1`]);
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 4`]);
  });

  it('take back what a deleted article alone reported, through either delete', async () => {
    await ingest.deleteArticle('summary-test-2');
    written.delete('summary-test-2');
    // The latest date is the latest of what is left.
    expect(await roles(P)).toEqual([`Chair of the Council | - | ${O}`, `Foreign Minister | 2019-03-08 | ${X}`]);
    expect(await summaryOf(L)).toEqual([`${X} 3 -`]);

    await load(article('summary-test-3', [role(P, X, 'Foreign Minister', '2021-05-05'), place(L, X)]));
    expect(await summaryOf(P)).toEqual([`${X} 3 2021-05-05 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 4`]);
    expect(await curation.deleteArticle('summary-test-3')).toBe(true);
    written.delete('summary-test-3');
    expect(await summaryOf(P)).toEqual([`${X} 2 2019-03-08 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 3`]);
  });

  it('move the links of a merged person, holder or country onto the kept one', async () => {
    await load(article('summary-test-4', [role(Q, Y, 'Foreign Minister', '2019-04-04'), place(M, Y, 3), place(L, Y)]));
    expect((await curation.mergeEntities(P, Q)).status).toBe('merged');
    // A role without a title comes after those with one, as the relationships sort.
    expect(await roles(P)).toEqual([
      `Chair of the Council | - | ${O}`,
      `Foreign Minister | 2019-03-08 | ${X}`,
      `Foreign Minister | 2019-04-04 | ${Y}`,
      ` | 2019-01-01 | ${X}`,
    ]);
    // Y into X: the roles and places of both countries are X's, counted together.
    expect((await curation.mergeEntities(X, Y)).status).toBe('merged');
    expect(await summaryOf(P)).toEqual([`${X} 1 2019-01-01`, `${X} 3 2019-04-04 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await edges(P)).toEqual([`${P} HOLDS_ROLE ${X} 4`, `${P} HOLDS_ROLE ${O} 1`]);
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 4`]);
    expect((await curation.mergeEntities(L, M)).status).toBe('merged');
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 5`]);
  });

  it('summarise on start the persons and places of a graph written without the summaries', async () => {
    await db.write((tx) => tx.run('MATCH (n:Person|Location) WHERE n.id IN $ids REMOVE n.linkSummary', { ids: [P, L] }));
    // Read from the relationships meanwhile.
    expect(await edges(P)).toEqual([`${P} HOLDS_ROLE ${X} 4`, `${P} HOLDS_ROLE ${O} 1`]);
    expect(await roles(P)).toHaveLength(3);
    await new DyadCountRepository(db).countUncounted();
    expect(await summaryOf(P)).toEqual([`${X} 1 2019-01-01`, `${X} 3 2019-04-04 Foreign Minister`, `${O} 1 - Chair of the Council`]);
    expect(await summaryOf(L)).toEqual([`${X} 5 -`]);
    expect(await edges(L)).toEqual([`${L} IN_COUNTRY ${X} 5`]);
  });

  it('leave none of these entities behind once every article is deleted', async () => {
    for (const id of written) await ingest.deleteArticle(id);
    written.clear();
    const left = await rows<{ id: string }>(db, 'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', { ids: [X, Y, O, P, Q, L, M] });
    expect(left).toEqual([]);
  });
});
