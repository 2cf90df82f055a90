/**
 * Seed article 000 ingested through `Mutation.ingestArticle` (the real pipeline), then the analyst
 * questions of the issue asked over HTTP, then the article deleted again through the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { createApiIngester } from '../../../src/commands/api-ingester.ts';
import { openCountingDatabase, startTestApi, type TestApi } from './api-harness.ts';

const EDITOR_TOKEN = 'ingest-api-editor-token-0123456789';
const editor = { authorization: `Bearer ${EDITOR_TOKEN}` };
const db = openCountingDatabase();
let api: TestApi;
let articleId: string | null = null;

async function ingestSeed() {
  const text = fs.readFileSync(path.join(projectRoot, 'seed', 'articles', '000_5dc1a6d449b2344d.txt'), 'utf8');
  const { body } = await api.query<{ ingestArticle: { created: boolean; meetings: number; article: { id: string; publishedAt: string } } }>(
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created meetings statements entities article { id publishedAt source } } }`,
    { input: { text, format: 'TEXT' } },
    editor,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.ingestArticle;
}

beforeAll(async () => {
  api = await startTestApi(db, { auth: { editorToken: EDITOR_TOKEN, readToken: null }, services: { ingester: createApiIngester(db) } });
  let result = await ingestSeed();
  if (!result.created) {
    // Left over from an interrupted run: start from a graph without it.
    await api.query(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: result.article.id }, editor);
    result = await ingestSeed();
  }
  articleId = result.article.id;
  expect(result.created).toBe(true);
  expect(result.article.publishedAt).toBe('2022-01-21');
  expect(result.meetings).toBe(1);
});

afterAll(async () => {
  if (articleId) await api.query(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: articleId }, editor);
  await api?.close();
  await db.close();
});

describe('the seed article, ingested through the API', () => {
  it('lists the Geneva talks of 2022-01-21 with Antony Blinken among the meetings of Sergey Lavrov', async () => {
    const { body } = await api.query<{ person: { id: string; meetings: { edges: Array<{ node: { date: string; participants: Array<{ name: string }>; location: { name: string } | null } }> } } }>(
      `{ person(name: "Sergey Lavrov") { id meetings(first: 100) { edges { node { date kind participants { name } location { name } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.person.id).toBe('person:sergey-lavrov');
    const geneva = body.data!.person.meetings.edges.map((e) => e.node).find((m) => m.date === '2022-01-21');
    expect(geneva).toBeDefined();
    expect(geneva!.participants.map((p) => p.name)).toContain('Antony Blinken');
    expect(geneva!.location?.name).toBe('Geneva');
  });

  it('counts them in the dyad of the United States and Russia', async () => {
    const { body } = await api.query<{ dyad: { totalMeetings: number; buckets: Array<{ period: string; meetings: number }> } }>(
      `{ dyad(a: "country:US", b: "country:RU", interval: MONTH) { totalMeetings buckets { period meetings statements } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dyad.buckets.find((b) => b.period === '2022-01')?.meetings).toBeGreaterThanOrEqual(1);
  });

  it('connects Joe Biden to Sergey Lavrov', async () => {
    const { body } = await api.query<{ connections: Array<{ nodes: Array<{ id: string }> }> }>(
      `{ connections(from: "person:joe-biden", to: "person:sergey-lavrov", maxHops: 4) { nodes { id label name } edges { type source target } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.connections.length).toBeGreaterThan(0);
    expect(body.data!.connections[0]!.nodes.at(-1)!.id).toBe('person:sergey-lavrov');
  });

  it('finds Lavrov when searching "Lavrof"', async () => {
    const { body } = await api.query<{ search: Array<{ entity: { id: string } }> }>(`{ search(query: "Lavrof") { score entity { id name } } }`);
    expect(body.data!.search.map((hit) => hit.entity.id)).toContain('person:sergey-lavrov');
  });

  it('returns the meeting and its participants in the neighbourhood of Geneva', async () => {
    const { body } = await api.query<{ neighborhood: { nodes: Array<{ id: string; label: string }> } }>(
      `{ neighborhood(id: "location:geneva-ch", depth: 2, limit: 300) { nodes { id label name } edges { type source target } } }`,
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.neighborhood.nodes;
    expect(nodes.some((n) => n.label === 'Meeting')).toBe(true);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:antony-blinken', 'person:sergey-lavrov']));
  });

  it('reports the same article a second time as not created', async () => {
    const text = fs.readFileSync(path.join(projectRoot, 'seed', 'articles', '000_5dc1a6d449b2344d.txt'), 'utf8');
    const { body } = await api.query<{ ingestArticle: { created: boolean; article: { id: string } } }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`,
      { input: { text } },
      editor,
    );
    expect(body.data!.ingestArticle).toEqual({ created: false, article: { id: articleId } });
  });

  it.each(['0000-00-00', '2022-13-45', '2022-02-30T10:00:00Z'])('refuses publishedAt %s, which is no day of the calendar, and writes nothing', async (publishedAt) => {
    const before = await api.query<{ stats: { nodes: { name: string; count: number }[] } }>('{ stats { nodes { name count } } }');
    const { body } = await api.query<{ ingestArticle: null }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`,
      { input: { text: 'Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday.', publishedAt } },
      editor,
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe(`publishedAt: expected an ISO date or date-time, got ${JSON.stringify(publishedAt)}`);
    const after = await api.query<{ stats: { nodes: { name: string; count: number }[] } }>('{ stats { nodes { name count } } }');
    expect(after.body.data).toEqual(before.body.data);
  });
});
