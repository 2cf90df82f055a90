/**
 * One place written two ways by two articles ("Brasilia", "Brasília"): the form the second article used is an alias
 * of the node the first created, whether the two come in one batch or two, and deleting the second article takes
 * it back, so a load and a delete agree on what the aliases are. Ids are this file's own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const ingest = new IngestRepository(db);
const PLACE = 'location:aliases-test-brasilia';
const written = new Set<string>();

/** An article that names the place once, in its own spelling. */
function naming(id: string, name: string): ArticleGraph {
  return {
    article: { id, url: null, title: id, publishedAt: '2023-08-25', source: null, extractorVersion: 'test', text: `A report from ${name}.`, authors: [] },
    persons: [],
    countries: [],
    organizations: [],
    locations: [{ id: PLACE, name, kind: 'city', aliases: [] }],
    meetings: [],
    statements: [],
    relationships: [{ type: 'MENTIONS', from: { label: 'Article', id }, to: { label: 'Location', id: PLACE }, articleId: id, sentence: 0, start: 14, end: 14 + name.length, properties: { count: 1, aliases: [name] } }],
  };
}

async function load(...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) written.add(graph.article.id);
  await ingest.loadArticles(graphs, [], '2023-08-25T00:00:00Z');
}

async function place(): Promise<{ name: string; aliases: string[] } | undefined> {
  return (await rows<{ name: string; aliases: string[] }>(db, 'MATCH (l:Location {id: $id}) RETURN l.name AS name, l.aliases AS aliases', { id: PLACE }))[0];
}

afterAll(async () => {
  for (const id of written) await ingest.deleteArticle(id);
  await db.close();
});

describe('a place two articles spell differently', () => {
  it('keeps the first name and the other spelling as an alias, loaded apart or together', async () => {
    await load(naming('aliases-test-1', 'Brasilia'));
    await load(naming('aliases-test-2', 'Brasília'));
    expect(await place()).toEqual({ name: 'Brasilia', aliases: ['Brasília'] });
    await ingest.deleteArticle('aliases-test-2');
    written.delete('aliases-test-2');
    expect(await place()).toEqual({ name: 'Brasilia', aliases: [] });
    // One batch: the second copy's name is united into the first's aliases before the write.
    await load(naming('aliases-test-3', 'Brasília'), naming('aliases-test-4', 'Brasilia'));
    expect(await place()).toEqual({ name: 'Brasilia', aliases: ['Brasília'] });
  });

  it('leaves no trace of the place once every article naming it is deleted', async () => {
    for (const id of [...written]) {
      await ingest.deleteArticle(id);
      written.delete(id);
    }
    expect(await place()).toBeUndefined();
  });
});
