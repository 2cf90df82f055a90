/**
 * All Cypher that writes articles: loading resolved article graphs, and replacing or deleting one through the
 * removal every path shares (article-removal.ts).
 * Every statement is a constant of this module (labels and relationship types come from closed lists, never
 * from input); values travel as parameters. Nodes are MERGEd on their `id` (each backed by a uniqueness
 * constraint), relationships made from text on their endpoints plus `articleId`, `sentence` and `start`, so
 * loading the same article twice changes nothing and several articles can support one fact side by side.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { ArticleGraph, EvidenceRelationship } from '../domain/article-graph.ts';
import { removeArticleIn } from './article-removal.ts';
import { countDyads, type DyadChange } from './dyad-counts.ts';
import type { CreatedLink } from './link-summaries.ts';
import { NODE_LABELS, type NodeLabel } from './schema-repository.ts';
import { addCounts, countsOf, NO_WRITES, type WriteCounts } from './write-counts.ts';

export interface StoredArticle {
  id: string;
  url: string | null;
  extractorVersion: string | null;
}

// `fresh` tells the article this transaction created from one that was already there (loaded by a concurrent
// ingest of the same input): only a fresh article's relationships are written, so none is written twice. The
// marker property never outlives the statement.
const MERGE_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = $now, a.loading = true
SET a.url = row.url, a.title = row.title, a.publishedAt = row.publishedAt, a.source = row.source,
    a.extractorVersion = row.extractorVersion, a.text = row.text, a.authors = row.authors, a.lastSeenAt = $now
WITH a, a.loading IS NOT NULL AS fresh
REMOVE a.loading
RETURN collect(['Article', a.id, elementId(a)]) AS articles, collect(CASE WHEN fresh THEN a.id END) AS fresh`;

/**
 * Keeps `aliases` a sorted set without the name, whatever order articles arrive in. A row's own name is one of
 * its forms: "Brasília" in one article is an alias of the place another named "Brasilia" first, as deleting an
 * article, which recomputes aliases from the forms the remaining articles used, also finds.
 */
const UNION_ALIASES = (v: string) => `
SET ${v}.aliases = COLLECT { UNWIND coalesce(${v}.aliases, []) + row.aliases + [row.name] AS alias WITH DISTINCT alias WHERE alias <> ${v}.name RETURN alias ORDER BY alias }`;

/** Closes a node MERGE: each node's label, id and element id, under `name`. */
const returnNodes = (v: string, label: NodeLabel, name: string) => `\nRETURN collect(['${label}', ${v}.id, elementId(${v})]) AS ${name}`;

// Node rows come one per node and batch (see `batchNodes`), aliases already united across the batch. A new person
// or place starts with an empty link summary (link-summaries.ts), which the load then adds its links to: every one
// has a summary, whichever process wrote it first.
const MERGE_PERSONS = `
UNWIND $persons AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.linkSummary = []
WITH p, row ${UNION_ALIASES('p')}${returnNodes('p', 'Person', 'persons')}`;

const MERGE_COUNTRIES = `
UNWIND $countries AS row
MERGE (c:Country {id: row.id})
ON CREATE SET c.iso2 = row.iso2, c.iso3 = row.iso3, c.name = row.name, c.demonyms = row.demonyms
WITH c, row ${UNION_ALIASES('c')}${returnNodes('c', 'Country', 'countries')}`;

// A kind learnt from a gazetteer (`upgrade`: the batch's first such kind) beats the 'other' or 'media' a bare
// mention ("according to X") gave.
const MERGE_ORGANIZATIONS = `
UNWIND $organizations AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind
SET o.kind = CASE WHEN o.kind IN ['other', 'media'] AND row.upgrade IS NOT NULL THEN row.upgrade ELSE o.kind END
WITH o, row ${UNION_ALIASES('o')}${returnNodes('o', 'Organization', 'organizations')}`;

const MERGE_LOCATIONS = `
UNWIND $locations AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.name = row.name, l.kind = row.kind, l.linkSummary = []
WITH l, row ${UNION_ALIASES('l')}${returnNodes('l', 'Location', 'locations')}`;

// The first report sets a meeting's properties; later reports of the same encounter only add relationships.
const MERGE_MEETINGS = `
UNWIND $meetings AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.date = row.date, m.kind = row.kind, m.plover = row.plover, m.cameo = row.cameo,
              m.planned = row.planned, m.parties = row.parties${returnNodes('m', 'Meeting', 'meetings')}`;

const MERGE_STATEMENTS = `
UNWIND $statements AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s.text = row.text, s.kind = row.kind, s.date = row.date${returnNodes('s', 'Statement', 'statements')}`;

/**
 * Every node of a batch, each MERGEd once; returns the element id of each by `id`, for the relationships, and
 * the ids of the articles this transaction created. Every node is found by its unique id whatever the graph
 * holds, so the plan never needs to change as the graph grows: `replan=skip` keeps the first one rather than
 * planning this large statement again (seconds each time) whenever the statistics move.
 */
const MERGE_NODES = `CYPHER replan=skip
CALL {${MERGE_ARTICLES}
}
CALL {${MERGE_COUNTRIES}
}
CALL {${MERGE_ORGANIZATIONS}
}
CALL {${MERGE_LOCATIONS}
}
CALL {${MERGE_PERSONS}
}
CALL {${MERGE_MEETINGS}
}
CALL {${MERGE_STATEMENTS}
}
RETURN articles + countries + organizations + locations + persons + meetings + statements AS nodes, fresh`;

/**
 * The properties each relationship type made from text carries beyond its evidence (DESIGN.md): a closed list,
 * so the statement below is one constant text whatever the batch holds.
 */
const EXTRA_PROPERTIES: Readonly<Record<EvidenceRelationship['type'], readonly string[]>> = {
  MENTIONS: ['count', 'aliases'],
  WRITTEN_BY: [],
  PUBLISHED_BY: [],
  HOLDS_ROLE: ['title', 'asOf'],
  PARTICIPANT: [],
  INVOLVES: [],
  HELD_IN: [],
  IN_COUNTRY: [],
  SAID_BY: [],
  ABOUT: [],
  AT: [],
  VIA: [],
  REPORTED_IN: [],
};
const TEXT_RELATIONSHIP_TYPES = Object.keys(EXTRA_PROPERTIES) as EvidenceRelationship['type'][];

/** Every (type, from, to) a relationship made from text can have in the graph model (DESIGN.md). */
const RELATIONSHIP_SHAPES = new Set(
  (
    [
      ['MENTIONS', 'Article', 'Person'],
      ['MENTIONS', 'Article', 'Country'],
      ['MENTIONS', 'Article', 'Organization'],
      ['MENTIONS', 'Article', 'Location'],
      ['WRITTEN_BY', 'Article', 'Person'],
      ['PUBLISHED_BY', 'Article', 'Organization'],
      ['HOLDS_ROLE', 'Person', 'Country'],
      ['HOLDS_ROLE', 'Person', 'Organization'],
      ['PARTICIPANT', 'Meeting', 'Person'],
      ['INVOLVES', 'Meeting', 'Country'],
      ['HELD_IN', 'Meeting', 'Location'],
      ['IN_COUNTRY', 'Location', 'Country'],
      ['SAID_BY', 'Statement', 'Person'],
      ['SAID_BY', 'Statement', 'Organization'],
      ['SAID_BY', 'Statement', 'Country'],
      ['ABOUT', 'Statement', 'Person'],
      ['ABOUT', 'Statement', 'Country'],
      ['ABOUT', 'Statement', 'Organization'],
      ['ABOUT', 'Statement', 'Location'],
      ['AT', 'Statement', 'Meeting'],
      ['VIA', 'Statement', 'Organization'],
      ['REPORTED_IN', 'Meeting', 'Article'],
      ['REPORTED_IN', 'Statement', 'Article'],
    ] as const
  ).map(([type, from, to]) => `${type} ${from} ${to}`),
);

/** Element ids of nodes a relationship names but the batch does not hold (read, not written). */
const FIND_NODES = `
UNWIND $refs AS ref
CALL (ref) {
${NODE_LABELS.map((label) => `  MATCH (n:${label} {id: ref.id}) WHERE ref.label = '${label}' RETURN n`).join('\n  UNION\n')}
}
RETURN ref.label + ' ' + ref.id AS key, elementId(n) AS elementId`;

/**
 * The relationships of the batch's fresh articles, one subquery per type over its own list. Endpoints come by
 * element id from MERGE_NODES (no index lookups), and each relationship is CREATEd: its article is new in this
 * transaction (a replaced version was deleted first), so no relationship carrying its id exists to be matched,
 * and rows are made unique by their evidence key beforehand. Like MERGE_NODES, one plan for any graph.
 */
const CREATE_RELATIONSHIPS = 'CYPHER replan=skip' + TEXT_RELATIONSHIP_TYPES.map((type) => {
  const properties = ['articleId', 'sentence', 'start', 'end', ...EXTRA_PROPERTIES[type]].map((key) => `${key}: row.${key}`).join(', ');
  return `
CALL {
  UNWIND $relationships.${type} AS row
  MATCH (s) WHERE elementId(s) = row.from
  MATCH (t) WHERE elementId(t) = row.to
  CREATE (s)-[:${type} {${properties}}]->(t)
}`;
}).join('');

/**
 * For each meeting, the other meetings of the same parties (by date, then id), found through the index on
 * `parties` rather than by walking a party's meetings: a country such as the United States is in thousands.
 */
const FOLLOWS_NEIGHBOURS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE m.date IS NOT NULL AND size(m.parties) > 0
MATCH (o:Meeting) WHERE o.parties = m.parties AND o <> m AND o.date IS NOT NULL
WITH m, collect(o) AS others
RETURN m.id AS id,
  [o IN others WHERE o.date < m.date OR (o.date = m.date AND o.id < m.id) | [o.date, o.id]] AS earlier,
  [o IN others WHERE o.date > m.date OR (o.date = m.date AND o.id > m.id) | [o.date, o.id]] AS later`;

/** Points each `from` meeting at `to` as its one previous meeting. */
const LINK_FOLLOWS = `
UNWIND $pairs AS pair
MATCH (m:Meeting {id: pair.from})
OPTIONAL MATCH (m)-[old:FOLLOWS]->(x) WHERE x.id <> pair.to
DELETE old
WITH DISTINCT m, pair
MATCH (p:Meeting {id: pair.to})
MERGE (m)-[:FOLLOWS]->(p)`;

const UNLINK_FOLLOWS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})-[old:FOLLOWS]->()
DELETE old`;

/**
 * Removes an article and every fact only it supported. Every entity an article's facts touch has a MENTIONS
 * from it and every meeting or statement a REPORTED_IN to it. The relationships carrying its id are the
 * article's own, those of its meetings and statements, and the two kinds between entities (HOLDS_ROLE,
 * IN_COUNTRY), found through their index on `articleId` rather than by walking hubs such as country:US.
 * Entities no other article mentions and meetings and statements no other article reports go too; the FOLLOWS
 * chain closes over a removed meeting; surviving entities' aliases are recomputed from the forms the remaining
 * articles used.
 */

type Row = Record<string, unknown>;

const neo4jValue = (value: unknown) => (typeof value === 'number' ? neo4j.int(value) : value);

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * One row per node of the batch, in first-seen order: what MERGEing every article's copy in turn would leave.
 * The first copy creates the node (its name, kind and other properties), aliases are the union of all copies
 * (the Cypher sorts them and drops the name), and an organization's `upgrade` is the first kind other than
 * 'other' or 'media' any copy gives.
 */
function batchNodes<T extends { id: string }>(nodes: readonly T[], merge: (first: Row, next: T) => void = () => {}): Row[] {
  const byId = new Map<string, Row>();
  for (const node of nodes) {
    const first = byId.get(node.id);
    if (first) merge(first, node);
    else byId.set(node.id, { ...node });
  }
  return [...byId.values()];
}

const mergeAliases = (first: Row, next: { name: string; aliases: readonly string[] }) => {
  first['aliases'] = union(first['aliases'] as string[], next.name === first['name'] ? next.aliases : [...next.aliases, next.name]);
};

const UNSPECIFIC_KINDS = new Set(['other', 'media']);

/** The rows of each relationship type, unique by type, endpoints and evidence key; later copies win, as SET did. */
function relationshipRows(relationships: readonly EvidenceRelationship[], elementIds: ReadonlyMap<string, string>): Record<string, Row[]> {
  const byKey = new Map<string, { type: string; row: Row }>();
  for (const r of relationships) {
    const from = elementIds.get(`${r.from.label} ${r.from.id}`);
    const to = elementIds.get(`${r.to.label} ${r.to.id}`);
    if (from === undefined || to === undefined) continue;
    const key = [r.type, from, to, r.articleId, r.sentence, r.start].join('\u0000');
    const existing = byKey.get(key);
    const row: Row = existing?.row ?? { from, to, articleId: r.articleId, sentence: neo4j.int(r.sentence), start: neo4j.int(r.start) };
    row['end'] = neo4j.int(r.end);
    for (const [name, value] of Object.entries(r.properties)) row[name] = neo4jValue(value);
    if (!existing) byKey.set(key, { type: r.type, row });
  }
  const rows: Record<string, Row[]> = Object.fromEntries(TEXT_RELATIONSHIP_TYPES.map((type) => [type, [] as Row[]]));
  for (const { type, row } of byKey.values()) rows[type]?.push(row);
  return rows;
}

export class IngestRepository {
  constructor(private readonly db: Database) {}

  /** The stored articles with any of these ids or URLs: what decides new, unchanged or updated. */
  async findArticles(ids: readonly string[], urls: readonly string[]): Promise<StoredArticle[]> {
    return this.db.read(async (tx) => {
      const result = await tx.run(
        `CALL {
           UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
           UNION
           UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
         }
         RETURN a.id AS id, a.url AS url, a.extractorVersion AS extractorVersion`,
        { ids: [...ids], urls: [...urls] },
      );
      return result.records.map((r) => ({ id: r.get('id') as string, url: r.get('url') as string | null, extractorVersion: r.get('extractorVersion') as string | null }));
    });
  }

  async hasArticles(): Promise<boolean> {
    return this.db.read(async (tx) => (await tx.run('MATCH (a:Article) RETURN a.id LIMIT 1')).records.length > 0);
  }

  /** Marks articles seen again without changing anything else. */
  async touchArticles(ids: readonly string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.write((tx) => tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.lastSeenAt = $now', { ids: [...ids], now }));
  }

  /**
   * Writes the graphs of several articles in one transaction: first removes the stored articles they replace,
   * then MERGEs nodes and relationships in UNWIND batches, then relinks FOLLOWS. All of it commits or none.
   */
  async loadArticles(graphs: readonly ArticleGraph[], replaces: readonly string[], now: string): Promise<WriteCounts> {
    return this.db.write(async (tx) => {
      let counts = NO_WRITES;
      for (const id of replaces) counts = addCounts(counts, (await removeArticleIn(tx, id)) ?? NO_WRITES);
      counts = addCounts(counts, await loadGraphsIn(tx, graphs, now));
      return counts;
    });
  }

  /** Removes an article and every fact no other article supports; null when there is no such article. */
  async deleteArticle(id: string): Promise<WriteCounts | null> {
    return this.db.write((tx) => removeArticleIn(tx, id));
  }
}

async function loadGraphsIn(tx: ManagedTransaction, graphs: readonly ArticleGraph[], now: string): Promise<WriteCounts> {
  for (const r of graphs.flatMap((g) => g.relationships)) {
    if (!RELATIONSHIP_SHAPES.has(`${r.type} ${r.from.label} ${r.to.label}`)) throw new Error(`not a relationship of the graph model: (${r.from.label})-[:${r.type}]->(${r.to.label})`);
    const extra = EXTRA_PROPERTIES[r.type];
    for (const name of Object.keys(r.properties)) if (!extra.includes(name)) throw new Error(`not a property of ${r.type} in the graph model: ${name}`);
  }
  const all = <T>(pick: (g: ArticleGraph) => readonly T[]) => graphs.flatMap(pick);
  const nodes = await tx.run(MERGE_NODES, {
    now,
    articles: batchNodes(all((g) => [g.article])),
    countries: batchNodes(all((g) => g.countries), mergeAliases),
    organizations: batchNodes(
      all((g) => g.organizations.map((o) => ({ ...o, upgrade: UNSPECIFIC_KINDS.has(o.kind) ? null : o.kind }))),
      (first, next) => {
        mergeAliases(first, next);
        first['upgrade'] ??= next.upgrade;
      },
    ),
    locations: batchNodes(all((g) => g.locations), mergeAliases),
    persons: batchNodes(all((g) => g.persons), mergeAliases),
    meetings: batchNodes(all((g) => g.meetings)),
    statements: batchNodes(all((g) => g.statements)),
  });
  let counts = countsOf(nodes);
  const record = nodes.records[0];
  const fresh = new Set((record?.get('fresh') as string[] | undefined) ?? []);
  const elementIds = new Map<string, string>();
  for (const [label, id, elementId] of (record?.get('nodes') as [string, string, string][] | undefined) ?? []) elementIds.set(`${label} ${id}`, elementId);
  const relationships = all((g) => (fresh.has(g.article.id) ? g.relationships : []));
  const missing = new Map<string, { label: NodeLabel; id: string }>();
  for (const r of relationships) for (const ref of [r.from, r.to]) if (!elementIds.has(`${ref.label} ${ref.id}`)) missing.set(`${ref.label} ${ref.id}`, ref);
  if (missing.size > 0) {
    for (const found of (await tx.run(FIND_NODES, { refs: [...missing.values()].map(({ label, id }) => ({ label, id })) })).records) {
      elementIds.set(found.get('key') as string, found.get('elementId') as string);
    }
  }
  const rows = relationshipRows(relationships, elementIds);
  if (relationships.length > 0) counts = addCounts(counts, countsOf(await tx.run(CREATE_RELATIONSHIPS, { relationships: rows })));
  const meetingIds = [...new Set(graphs.flatMap((g) => g.meetings.map((m) => m.id)))];
  if (meetingIds.length > 0) counts = addCounts(counts, await relinkFollows(tx, meetingIds));
  await countDyads(tx, { ...dyadChangeOf(graphs, relationships, elementIds), created: createdLinks([...(rows['HOLDS_ROLE'] ?? []), ...(rows['IN_COUNTRY'] ?? [])]) });
  return counts;
}

/**
 * The batch's meetings and statements with the links it wrote from them, and its persons with the countries its
 * roles give them, by element id.
 */
function dyadChangeOf(graphs: readonly ArticleGraph[], relationships: readonly EvidenceRelationship[], elementIds: ReadonlyMap<string, string>): DyadChange {
  const events = graphs.flatMap((g) => [...g.meetings.map((m) => `Meeting ${m.id}`), ...g.statements.map((s) => `Statement ${s.id}`)]);
  const countriesOf = new Map<string, Set<string>>();
  for (const person of graphs.flatMap((g) => g.persons)) {
    const elementId = elementIds.get(`Person ${person.id}`);
    if (elementId !== undefined && !countriesOf.has(elementId)) countriesOf.set(elementId, new Set());
  }
  for (const r of relationships) {
    if (r.type !== 'HOLDS_ROLE' || r.to.label !== 'Country') continue;
    const person = elementIds.get(`${r.from.label} ${r.from.id}`);
    if (person === undefined) continue;
    const countries = countriesOf.get(person) ?? new Set<string>();
    countries.add(r.to.id);
    countriesOf.set(person, countries);
  }
  const links = new Map<string, Set<string>>();
  for (const r of relationships) {
    if (r.type !== 'INVOLVES' && r.type !== 'SAID_BY' && r.type !== 'ABOUT' && r.type !== 'AT' && r.type !== 'PARTICIPANT') continue;
    const event = elementIds.get(`${r.from.label} ${r.from.id}`);
    if (event === undefined) continue;
    const list = links.get(event) ?? new Set<string>();
    list.add(`${r.type} ${r.to.id}`);
    links.set(event, list);
  }
  return {
    events: events.flatMap((key) => elementIds.get(key) ?? []),
    roles: [...countriesOf].map(([person, countries]) => ({ person, countries: [...countries] })),
    links: new Map([...links].map(([event, list]) => [event, [...list]])),
  };
}

/** Relationships a load created, from the rows it wrote: one for each. */
function createdLinks(rows: readonly Row[]): CreatedLink[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return rows.map((row) => ({ from: String(row['from']), to: String(row['to']), title: text(row['title']), asOf: text(row['asOf']) }));
}

/** Puts each given meeting into the chain of its parties' meetings: after the previous, before the next. */
async function relinkFollows(tx: ManagedTransaction, ids: string[]): Promise<WriteCounts> {
  const neighbours = await tx.run(FOLLOWS_NEIGHBOURS, { ids });
  const pairs = new Map<string, string>();
  const alone: string[] = [];
  const latest = (list: [string, string][]) => list.reduce<[string, string] | null>((best, x) => (best === null || x[0] > best[0] || (x[0] === best[0] && x[1] > best[1]) ? x : best), null);
  const earliest = (list: [string, string][]) => list.reduce<[string, string] | null>((best, x) => (best === null || x[0] < best[0] || (x[0] === best[0] && x[1] < best[1]) ? x : best), null);
  for (const record of neighbours.records) {
    const id = record.get('id') as string;
    const previous = latest(record.get('earlier') as [string, string][]);
    const next = earliest(record.get('later') as [string, string][]);
    if (previous) pairs.set(id, previous[1]);
    else alone.push(id);
    if (next) pairs.set(next[1], id);
  }
  let counts = NO_WRITES;
  if (alone.length > 0) counts = addCounts(counts, countsOf(await tx.run(UNLINK_FOLLOWS, { ids: alone })));
  if (pairs.size > 0) {
    const rows = [...pairs].map(([from, to]) => ({ from, to }));
    counts = addCounts(counts, countsOf(await tx.run(LINK_FOLLOWS, { pairs: rows })));
  }
  return counts;
}
