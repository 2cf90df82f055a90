/**
 * The entity lists every write keeps (repositories/entity-event-lists.ts), read through MeetingRepository and
 * StatementRepository: a person's meetings and the statements by and about an entity, newest first, with their totals,
 * after loads, a load again, deleted articles (both implementations), merged entities and a count on start.
 * Each answer is compared with the general match (a filter the lists do not answer, which every event passes),
 * and with what a reader expects. Ids are this file's own, so other test files never add to them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph.ts';
import type { PageRequest } from '../../../src/domain/graph-model.ts';
import { CurationRepository } from '../../../src/repositories/curation-repository.ts';
import { DyadCountRepository } from '../../../src/repositories/dyad-counts.ts';
import { entityListPage } from '../../../src/repositories/entity-event-lists.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { MeetingRepository, type MeetingFilter } from '../../../src/repositories/meeting-repository.ts';
import { StatementRepository, type StatementFilter } from '../../../src/repositories/statement-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { factArticle as article, type Fact } from './fact-graphs.ts';
import { rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const ingest = new IngestRepository(db);
const curation = new CurationRepository(db);
const meetingsOf = new MeetingRepository(db);
const statementsOf = new StatementRepository(db);
const written = new Set<string>();

const X = 'country:XA-lists-test';
const Y = 'country:YB-lists-test';
const P = 'person:lists-test-pia';
const Q = 'person:lists-test-quinn';

async function load(...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) written.add(graph.article.id);
  await ingest.loadArticles(graphs, [], '2019-03-08T00:00:00Z');
}

const ALL: PageRequest = { offset: 0, limit: 50 };

interface Listed {
  ids: string[];
  total: number;
  hasNextPage: boolean;
}

/**
 * A person's meetings, newest first, from the list; checked against the general match (every meeting here is
 * of kind `talks`, a filter the list does not answer) and against `count`.
 */
async function meetings(person: string, range: { from?: string; to?: string } = {}, page: PageRequest = ALL): Promise<Listed> {
  const filter: MeetingFilter = { participants: [person], countries: [], location: null, from: range.from ?? null, to: range.to ?? null, kind: null, plover: null };
  const listed = await meetingsOf.findWithTotal(filter, 'DATE_DESC', page);
  const general = await meetingsOf.findWithTotal({ ...filter, kind: 'talks' }, 'DATE_DESC', page);
  const answer = { ids: listed.page.items.map((m) => m.id), total: listed.total, hasNextPage: listed.page.hasNextPage };
  expect(answer).toEqual({ ids: general.page.items.map((m) => m.id), total: general.total, hasNextPage: general.page.hasNextPage });
  expect(await meetingsOf.count(filter)).toBe(listed.total);
  expect((await meetingsOf.find(filter, 'DATE_DESC', page)).page.items.map((m) => m.id)).toEqual(answer.ids);
  return answer;
}

/** The statements about an entity, newest first, from the list; checked as `meetings` is (`text: ''` matches any). */
async function statements(subject: string, range: { from?: string; to?: string } = {}, page: PageRequest = ALL): Promise<Listed> {
  return listedStatements({ speaker: null, about: [subject], text: null, from: range.from ?? null, to: range.to ?? null }, page);
}

/** The statements an entity made, newest first, from its list; checked as `statements` is. */
async function said(speaker: string, range: { from?: string; to?: string } = {}, page: PageRequest = ALL): Promise<Listed> {
  return listedStatements({ speaker, about: [], text: null, from: range.from ?? null, to: range.to ?? null }, page);
}

/** A page of statements read from the lists, which must equal the general query's page, total and count. */
async function listedStatements(filter: StatementFilter, page: PageRequest): Promise<Listed> {
  const listed = await statementsOf.findWithTotal(filter, page);
  const general = await statementsOf.findWithTotal({ ...filter, text: '' }, page);
  const answer = { ids: listed.page.items.map((s) => s.id), total: listed.total, hasNextPage: listed.page.hasNextPage };
  expect(answer).toEqual({ ids: general.page.items.map((s) => s.id), total: general.total, hasNextPage: general.page.hasNextPage });
  expect(await statementsOf.count(filter)).toBe(listed.total);
  expect((await statementsOf.find(filter, page)).page.items.map((s) => s.id)).toEqual(answer.ids);
  return answer;
}

const m = (name: string) => `meeting:lists-test-${name}`;
const s = (name: string) => `statement:lists-test-${name}`;

/** The first article's facts. */
const FIRST: Fact[] = [
  { meeting: m('b'), date: '2019-03-08', participants: [P, Q] },
  { meeting: m('a'), date: '2019-03-08', participants: [P] },
  { meeting: m('undated'), date: null, participants: [P] },
  { meeting: m('january'), date: '2019-01-21', participants: [P] },
  // A month alone sorts after its days, as a descending sort of the strings does.
  { meeting: m('march'), date: '2019-03', participants: [P] },
  { statement: s('early'), date: '2019-02-01', by: P, about: [X] },
  { statement: s('undated'), date: null, by: P, about: [X] },
  { statement: s('late'), date: '2019-03-09', by: P, about: [X, Y] },
  { statement: s('mid'), date: '2019-03-08', by: Q, about: [X] },
];

const ids = async (listed: Promise<Listed>) => (await listed).ids;

afterAll(async () => {
  for (const id of written) await ingest.deleteArticle(id);
  await db.close();
});

describe('the entity lists kept by every write', () => {
  it('list a person’s meetings newest first, the same day by id, undated last, with totals by date range', async () => {
    await load(article('lists-test-1', FIRST));
    expect(await meetings(P)).toEqual({ ids: [m('a'), m('b'), m('march'), m('january'), m('undated')], total: 5, hasNextPage: false });
    expect(await meetings(Q)).toEqual({ ids: [m('b')], total: 1, hasNextPage: false });
    // A range leaves the undated out; its ends are inclusive.
    expect(await meetings(P, { from: '2019-02-01', to: '2019-12-31' })).toEqual({ ids: [m('a'), m('b'), m('march')], total: 3, hasNextPage: false });
    expect(await meetings(P, { from: '2019-03-08' })).toEqual({ ids: [m('a'), m('b')], total: 2, hasNextPage: false });
    expect(await meetings(P, { to: '2019-03-08' })).toEqual({ ids: [m('a'), m('b'), m('march'), m('january')], total: 4, hasNextPage: false });
    expect(await meetings(P, { to: '2019-01-21' })).toEqual({ ids: [m('january')], total: 1, hasNextPage: false });
    expect(await meetings(P, { from: '2020-01-01' })).toEqual({ ids: [], total: 0, hasNextPage: false });
    // Pages of two: the index is read from the offset on.
    expect(await meetings(P, {}, { offset: 0, limit: 2 })).toEqual({ ids: [m('a'), m('b')], total: 5, hasNextPage: true });
    expect(await meetings(P, {}, { offset: 4, limit: 2 })).toEqual({ ids: [m('undated')], total: 5, hasNextPage: false });

    expect(await statements(X)).toEqual({ ids: [s('late'), s('mid'), s('early'), s('undated')], total: 4, hasNextPage: false });
    expect(await statements(Y)).toEqual({ ids: [s('late')], total: 1, hasNextPage: false });
    expect(await statements(X, { from: '2019-02-01', to: '2019-03-08' })).toEqual({ ids: [s('mid'), s('early')], total: 2, hasNextPage: false });
    expect(await statements(X, {}, { offset: 2, limit: 1 })).toEqual({ ids: [s('early')], total: 4, hasNextPage: true });
    expect(await statements(P)).toEqual({ ids: [], total: 0, hasNextPage: false });

    expect(await said(P)).toEqual({ ids: [s('late'), s('early'), s('undated')], total: 3, hasNextPage: false });
    expect(await said(Q)).toEqual({ ids: [s('mid')], total: 1, hasNextPage: false });
    expect(await said(P, { from: '2019-02-01', to: '2019-03-08' })).toEqual({ ids: [s('early')], total: 1, hasNextPage: false });
    expect(await said(P, {}, { offset: 1, limit: 1 })).toEqual({ ids: [s('early')], total: 3, hasNextPage: true });
    expect(await said(X)).toEqual({ ids: [], total: 0, hasNextPage: false });
  });

  it('change nothing when the same article is loaded again, and add a participant another article reports', async () => {
    // As the pipeline loads an article again (a new extractor): the stored one replaced in the same transaction.
    await ingest.loadArticles([article('lists-test-1', FIRST)], ['lists-test-1'], '2019-03-09T00:00:00Z');
    expect(await meetings(P)).toEqual({ ids: [m('a'), m('b'), m('march'), m('january'), m('undated')], total: 5, hasNextPage: false });
    expect(await statements(X)).toEqual({ ids: [s('late'), s('mid'), s('early'), s('undated')], total: 4, hasNextPage: false });
    // Q was at meeting a too, says a second report; and a new statement about Y.
    await load(
      article('lists-test-2', [
        { meeting: m('a'), date: '2019-03-08', participants: [P, Q] },
        { statement: s('y-only'), date: '2019-04-01', by: Q, about: [Y] },
      ]),
    );
    expect(await meetings(Q)).toEqual({ ids: [m('a'), m('b')], total: 2, hasNextPage: false });
    expect(await meetings(P)).toMatchObject({ total: 5 });
    expect(await ids(statements(Y))).toEqual([s('y-only'), s('late')]);
    expect(await ids(said(Q))).toEqual([s('y-only'), s('mid')]);
    expect(await said(P)).toMatchObject({ total: 3 });
  });

  it('take back what a deleted article alone reported, through either delete', async () => {
    await ingest.deleteArticle('lists-test-2');
    written.delete('lists-test-2');
    // Meeting a stays (article 1 reports it) but no longer with Q; the statement about Y alone is gone.
    expect(await meetings(Q)).toEqual({ ids: [m('b')], total: 1, hasNextPage: false });
    expect(await meetings(P)).toMatchObject({ total: 5 });
    expect(await ids(statements(Y))).toEqual([s('late')]);
    expect(await said(Q)).toEqual({ ids: [s('mid')], total: 1, hasNextPage: false });

    await load(article('lists-test-3', [{ meeting: m('april'), date: '2019-04-02', participants: [Q] }, { statement: s('april'), date: '2019-04-02', by: Q, about: [X] }]));
    expect(await meetings(Q)).toEqual({ ids: [m('april'), m('b')], total: 2, hasNextPage: false });
    expect(await statements(X)).toMatchObject({ total: 5 });
    expect(await ids(said(Q))).toEqual([s('april'), s('mid')]);
    expect(await curation.deleteArticle('lists-test-3')).toBe(true);
    written.delete('lists-test-3');
    expect(await meetings(Q)).toEqual({ ids: [m('b')], total: 1, hasNextPage: false });
    expect(await statements(X)).toEqual({ ids: [s('late'), s('mid'), s('early'), s('undated')], total: 4, hasNextPage: false });
    expect(await said(Q)).toEqual({ ids: [s('mid')], total: 1, hasNextPage: false });
  });

  it('move the lists of an entity merged into another, counting an event linked to both once', async () => {
    await load(article('lists-test-4', [{ meeting: m('quinn-alone'), date: '2019-05-01', participants: [Q] }, { statement: s('y-may'), date: '2019-05-01', by: P, about: [Y] }]));
    expect((await curation.mergeEntities(P, Q)).status).toBe('merged');
    expect(await meetings(P)).toEqual({ ids: [m('quinn-alone'), m('a'), m('b'), m('march'), m('january'), m('undated')], total: 6, hasNextPage: false });
    expect(await meetings(Q)).toEqual({ ids: [], total: 0, hasNextPage: false });
    expect(await said(P)).toEqual({ ids: [s('y-may'), s('late'), s('mid'), s('early'), s('undated')], total: 5, hasNextPage: false });
    expect(await said(Q)).toEqual({ ids: [], total: 0, hasNextPage: false });
    // Statement late was about both X and Y: after the merge it is about X once.
    expect((await curation.mergeEntities(X, Y)).status).toBe('merged');
    expect(await statements(X)).toEqual({ ids: [s('y-may'), s('late'), s('mid'), s('early'), s('undated')], total: 5, hasNextPage: false });
    expect(await statements(Y)).toEqual({ ids: [], total: 0, hasNextPage: false });
  });

  it('list on start the events of a graph written without the lists', async () => {
    await db.write(async (tx) => {
      await tx.run("MATCH (e:Meeting|Statement) WHERE e.id STARTS WITH 'meeting:lists-test' OR e.id STARTS WITH 'statement:lists-test' REMOVE e.entryKeys, e.entryDays");
      await tx.run("MATCH (x:EventEntry|EntityDay) WHERE x.key CONTAINS 'lists-test' DELETE x");
    });
    expect((await meetingsOf.count({ participants: [P], countries: [], location: null, from: null, to: null, kind: null, plover: null }))).toBe(0);
    await new DyadCountRepository(db).countUncounted();
    expect(await meetings(P)).toMatchObject({ total: 6 });
    expect(await statements(X)).toMatchObject({ total: 5 });
    expect(await said(P)).toMatchObject({ total: 5 });
  });

  it('list on start the speakers of events listed before the lists of what each entity said', async () => {
    // As the lists were before: no SAID_BY entries or day counts, and no version on the events.
    await db.write(async (tx) => {
      await tx.run(
        `MATCH (e:Meeting|Statement) WHERE e.id STARTS WITH 'meeting:lists-test' OR e.id STARTS WITH 'statement:lists-test'
         SET e.entryKeys = [k IN e.entryKeys WHERE NOT k STARTS WITH 'SAID_BY '], e.entryDays = [k IN e.entryDays WHERE NOT k STARTS WITH 'SAID_BY ']
         REMOVE e.entryVersion`,
      );
      await tx.run("MATCH (x:EventEntry|EntityDay) WHERE x.key STARTS WITH 'SAID_BY ' AND x.key CONTAINS 'lists-test' DELETE x");
    });
    const filter: StatementFilter = { speaker: P, about: [], text: null, from: null, to: null };
    // What a speaker said is read from the list alone: empty until it is filled in.
    expect(await statementsOf.count(filter)).toBe(0);
    await new DyadCountRepository(db).countUncounted();
    expect(await said(P)).toEqual({ ids: [s('y-may'), s('late'), s('mid'), s('early'), s('undated')], total: 5, hasNextPage: false });
    expect(await meetings(P)).toMatchObject({ total: 6 });
    expect(await statements(X)).toMatchObject({ total: 5 });
  });

  it('read a page in index order: a range seek that provides the order, no sort', async () => {
    const { cypher, parameters } = entityListPage('ABOUT', X, '2019-01-01', '2019-12-31', 's', '', '{node: s}');
    const plan = (await db.read((tx) => tx.run(`EXPLAIN ${cypher}`, { ...parameters, offset: 0, limit: 21 }))).summary.plan;
    const operators: string[] = [];
    const walk = (step: { operatorType: string; children: unknown[] }) => {
      operators.push(step.operatorType);
      for (const child of step.children) walk(child as { operatorType: string; children: unknown[] });
    };
    if (plan) walk(plan);
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeekByRange') || op.startsWith('NodeIndexSeekByRange'))).toBe(true);
    expect(operators.filter((op) => /Sort|Top/.test(op))).toEqual([]);
  });

  it('read no day counts for a page that shows no total', async () => {
    const operatorsOf = async (withTotal: boolean) => {
      const { cypher, parameters } = entityListPage('SAID_BY', P, null, null, 's', '', '{node: s}', withTotal);
      const plan = (await db.read((tx) => tx.run(`EXPLAIN ${cypher}`, { ...parameters, offset: 0, limit: 6 }))).summary.plan;
      const details: string[] = [];
      const walk = (step: { arguments: Record<string, unknown>; children: unknown[] }) => {
        details.push(String(step.arguments['Details'] ?? ''));
        for (const child of step.children) walk(child as { arguments: Record<string, unknown>; children: unknown[] });
      };
      if (plan) walk(plan);
      return details.filter((detail) => detail.includes(':EntityDay'));
    };
    expect(await operatorsOf(true)).not.toEqual([]);
    expect(await operatorsOf(false)).toEqual([]);
    // The page itself is the same either way.
    const filter: StatementFilter = { speaker: P, about: [], text: null, from: null, to: null };
    expect((await statementsOf.find(filter, ALL)).page.items.map((s) => s.id)).toEqual((await statementsOf.findWithTotal(filter, ALL)).page.items.map((s) => s.id));
  });

  it('leave no entries or day counts behind once every article is deleted', async () => {
    for (const id of written) await ingest.deleteArticle(id);
    written.clear();
    const left = await rows<{ key: string }>(db, 'MATCH (x:EventEntry|EntityDay) WHERE x.key CONTAINS $marker RETURN x.key AS key', { marker: 'lists-test' });
    expect(left).toEqual([]);
  });
});
