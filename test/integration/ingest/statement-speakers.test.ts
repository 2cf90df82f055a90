/**
 * The speakers a page of statements reads along with it (relation-repository.ts): from the ids each statement keeps
 * of its links, each speaker once whatever the number of reports, in name order, and the same when a statement
 * lacks the ids and its relationships are walked instead. Ids are this file's own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { StatementRepository, type StatementFilter } from '../../../src/repositories/statement-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { factArticle } from './fact-graphs.ts';

const db = openTestDatabase();
const ingest = new IngestRepository(db);
const statements = new StatementRepository(db);
const written = new Set<string>();

const X = 'country:XS-speakers-test';
const P = 'person:speakers-test-zoe';
const Q = 'person:speakers-test-abel';
const S = 'statement:speakers-test-1';

async function load(...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) written.add(graph.article.id);
  await ingest.loadArticles(graphs, [], '2019-03-08T00:00:00Z');
}

/** The speakers of S read along with a page of the statements about X, from the subject's list or the general match. */
async function speakersOf(general: boolean): Promise<string[]> {
  const filter: StatementFilter = { speaker: null, about: [X], text: general ? '' : null, from: null, to: null };
  const page = await statements.find(filter, { offset: 0, limit: 10 }, ['statementSpeaker']);
  return (page.related.get('statementSpeaker')?.get(S) ?? []).map((node) => node.id);
}

/** The speakers of S, checked to be the same from both reads. */
async function speakers(): Promise<string[]> {
  const listed = await speakersOf(false);
  expect(await speakersOf(true)).toEqual(listed);
  return listed;
}

afterAll(async () => {
  for (const id of written) await ingest.deleteArticle(id);
  await db.close();
});

describe("a page of statements read with each statement's speakers", () => {
  it('lists a speaker reported by several articles once, and several speakers by name', async () => {
    await load(factArticle('speakers-test-a', [{ statement: S, date: '2019-03-08', by: P, about: [X] }]));
    await load(factArticle('speakers-test-b', [{ statement: S, date: '2019-03-08', by: P, about: [X] }]));
    expect(await speakers()).toEqual([P]);
    await load(factArticle('speakers-test-c', [{ statement: S, date: '2019-03-08', by: Q, about: [X] }]));
    // "person:speakers-test-abel" sorts before "person:speakers-test-zoe" by name as well as by id.
    expect(await speakers()).toEqual([Q, P]);
  });

  it('reads the same speakers from the relationships of a statement that keeps no ids of its links', async () => {
    await db.write((tx) => tx.run('MATCH (s:Statement {id: $id}) REMOVE s.dyadLinks', { id: S }));
    expect(await speakers()).toEqual([Q, P]);
  });

  it('drops a speaker whose only report is deleted', async () => {
    await db.write((tx) => tx.run('MATCH (s:Statement {id: $id}) SET s.dyadLinks = null', { id: S }));
    await ingest.deleteArticle('speakers-test-c');
    written.delete('speakers-test-c');
    expect(await speakers()).toEqual([P]);
  });
});
