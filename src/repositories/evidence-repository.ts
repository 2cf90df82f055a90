/**
 * The sentences behind facts: `REPORTED_IN` spans of meetings and statements, and the roles people
 * hold with the spans that name them. Evidence text is cut from `Article.text` by the stored offsets,
 * so it is always the article's own words.
 */
import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { CountryModel, EvidenceModel, OrganizationModel, RoleModel } from '../domain/graph-model.ts';
import { linkOfEntry } from './link-summaries.ts';
import { callFindById } from './node-lookup.ts';
import { toNodeModel, toIsoString, toNumber } from './node-mapper.ts';

const REPORTED_FROM = { meeting: 'Meeting', statement: 'Statement' } as const;
export type ReportedKind = keyof typeof REPORTED_FROM;

function toEvidence(record: Neo4jRecord): EvidenceModel {
  return {
    articleId: record.get('articleId') as string,
    sentence: toNumber(record.get('sentence')),
    start: toNumber(record.get('start')),
    end: toNumber(record.get('end')),
    text: (record.get('text') as string | null) ?? '',
  };
}

// Matched from the person by its uniqueness constraint: with the holder's labels in the same pattern the planner
// started at every country and organization (the busiest person's roles at 100k articles: 523,637 database hits,
// 123,485 from the person).
const ROLES_OF_PEOPLE = `UNWIND $ids AS id
  MATCH (person:Person {id: id})
  MATCH (person)-[r:HOLDS_ROLE]->(holder)`;

const ROLES_WITH_EVIDENCE = `${ROLES_OF_PEOPLE}
  OPTIONAL MATCH (a:Article {id: r.articleId})
  RETURN id, r.title AS title, r.asOf AS asOf, holder,
         a.id AS articleId, r.sentence AS sentence, r.start AS start, r.end AS end,
         CASE WHEN a IS NULL OR r.start IS NULL THEN null ELSE substring(a.text, r.start, r.end - r.start) END AS text
  ORDER BY id, r.title, holder.name`;

/**
 * One row per role (title and holder) with its latest `asOf`, from the person's link summary (link-summaries.ts):
 * one property and a seek per holder, where grouping its HOLDS_ROLE relationships read one per reporting sentence
 * (5,880 for the busiest person at 100k articles). A person without the summary (written before it was kept)
 * groups its relationships.
 */
const ROLES_WITHOUT_EVIDENCE = `UNWIND $ids AS id
  MATCH (person:Person {id: id})
  CALL (person) {
    WITH person WHERE person.linkSummary IS NULL
    MATCH (person)-[r:HOLDS_ROLE]->(holder)
    RETURN r.title AS title, holder, max(r.asOf) AS asOf
    UNION
    WITH person WHERE person.linkSummary IS NOT NULL
    UNWIND person.linkSummary AS entry
    WITH ${linkOfEntry('entry')} AS role
    WITH role, role.target AS holderId
    ${callFindById('holderId', 'holder', ['Country', 'Organization'])}
    RETURN role.title AS title, holder, role.asOf AS asOf
  }
  RETURN id, title, asOf, holder, null AS articleId, null AS sentence, null AS start, null AS end, null AS text
  ORDER BY id, title, holder.name`;

export class EvidenceRepository {
  constructor(private readonly db: Database) {}

  /** For each meeting or statement id, the spans that report it, by article and position. */
  async reportedIn(kind: ReportedKind, ids: readonly string[]): Promise<Map<string, EvidenceModel[]>> {
    const result = await this.db.query(
      `UNWIND $ids AS id
       MATCH (:${REPORTED_FROM[kind]} {id: id})-[r:REPORTED_IN]->(a:Article)
       RETURN id, a.id AS articleId, r.sentence AS sentence, r.start AS start, r.end AS end,
              substring(a.text, r.start, r.end - r.start) AS text
       ORDER BY a.publishedAt, a.id, r.start`,
      { ids: [...new Set(ids)] },
    );
    const byId = new Map<string, EvidenceModel[]>(ids.map((id) => [id, []]));
    for (const record of result.records) byId.get(record.get('id') as string)?.push(toEvidence(record));
    return byId;
  }

  /**
   * For each person id, the roles they hold. One role reported by several sentences is one Role with
   * several pieces of evidence; `asOf` is the latest report date. Without `withEvidence` each role is one row
   * and its evidence is empty: a client that asks for titles does not read every reporting sentence.
   */
  async roles(personIds: readonly string[], withEvidence = true): Promise<Map<string, RoleModel[]>> {
    const result = await this.db.query(withEvidence ? ROLES_WITH_EVIDENCE : ROLES_WITHOUT_EVIDENCE, { ids: [...new Set(personIds)] });
    const byId = new Map<string, RoleModel[]>(personIds.map((id) => [id, []]));
    for (const record of result.records) {
      const roles = byId.get(record.get('id') as string);
      if (!roles) continue;
      const holder = toNodeModel(record.get('holder') as Node);
      const title = (record.get('title') as string | null) ?? '';
      const asOf = toIsoString(record.get('asOf'));
      let role = roles.find((r) => r.title === title && (r.country?.id ?? r.organization?.id) === holder.id);
      if (!role) {
        role = {
          title,
          asOf,
          country: holder.label === 'Country' ? (holder satisfies CountryModel) : null,
          organization: holder.label === 'Organization' ? (holder satisfies OrganizationModel) : null,
          evidence: [],
        };
        roles.push(role);
      } else if (asOf !== null && (role.asOf === null || asOf > role.asOf)) {
        role.asOf = asOf;
      }
      if (record.get('articleId') !== null && record.get('start') !== null) role.evidence.push(toEvidence(record));
    }
    return byId;
  }
}
