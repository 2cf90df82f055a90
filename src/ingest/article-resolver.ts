/**
 * Resolves a batch of articles: first one read of the graph for every surname, organization name and
 * meeting date the batch needs (through `EntityLookup`), then the pure rules article by article, in order,
 * so later articles of the batch resolve against what earlier ones added.
 */
import type { Article } from '../domain/article.ts';
import type { Extraction } from '../domain/extraction.ts';
import type { EntityLookup, MeetingQuery } from '../domain/entity-lookup.ts';
import type { ArticleGraph } from '../domain/article-graph.ts';
import { encounterWindow } from './meeting-resolver.ts';
import { organizationKey, personNameTokens } from '../domain/name-keys.ts';
import { ResolutionPool } from './resolution-pool.ts';
import { resolveArticle } from './resolve-article.ts';

export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
}

export type ResolveResult = { ok: true; graph: ArticleGraph } | { ok: false; error: Error };

export class ArticleResolver {
  constructor(
    private readonly lookup: EntityLookup,
    readonly pool: ResolutionPool = new ResolutionPool(),
  ) {}

  async resolve(batch: readonly ExtractedArticle[]): Promise<ResolveResult[]> {
    await this.prefetch(batch);
    return batch.map(({ article, extraction }) => {
      try {
        return { ok: true, graph: resolveArticle(article, extraction, this.pool) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
  }

  private async prefetch(batch: readonly ExtractedArticle[]): Promise<void> {
    const surnames = new Set<string>();
    const organizationKeys = new Set<string>();
    const dates = new Set<string>();
    const addSurname = (name: string) => {
      const last = personNameTokens(name).at(-1);
      if (last !== undefined && !this.pool.fetchedSurnames.has(last)) surnames.add(last);
    };
    const addOrganization = (name: string | null) => {
      const key = name === null ? '' : organizationKey(name);
      if (key !== '' && !this.pool.fetchedOrganizationKeys.has(key)) organizationKeys.add(key);
    };
    for (const { extraction } of batch) {
      for (const person of extraction.persons) for (const form of [person.name, ...person.aliases]) addSurname(form);
      for (const name of [...extraction.article.authors, ...extraction.meetings.flatMap((m) => m.participants)]) addSurname(name);
      for (const statement of extraction.statements) {
        if (statement.speakerType === 'person' && statement.speaker !== null) addSurname(statement.speaker);
        if (statement.speakerType === 'organization') addOrganization(statement.speaker);
        addOrganization(statement.via);
      }
      for (const organization of extraction.organizations) for (const form of [organization.name, ...organization.aliases]) addOrganization(form);
      for (const person of extraction.persons) for (const role of person.roles) addOrganization(role.organization);
      addOrganization(extraction.article.source);
      for (const meeting of extraction.meetings) {
        if (meeting.date === null) continue;
        const { from, to } = encounterWindow(meeting.date);
        for (const day of [from, meeting.date, to]) if (!this.pool.fetchedDates.has(day)) dates.add(day);
      }
    }
    const ranges: MeetingQuery[] = [...dates].sort().map((day) => ({ from: day, to: day }));
    const [persons, organizations, meetings] = await Promise.all([
      surnames.size > 0 ? this.lookup.personsBySurnames([...surnames]) : [],
      organizationKeys.size > 0 ? this.lookup.organizationsByKeys([...organizationKeys]) : [],
      ranges.length > 0 ? this.lookup.meetingsInRanges(ranges) : [],
    ]);
    for (const person of persons) this.pool.addPerson(person);
    for (const organization of organizations) this.pool.addOrganization(organization);
    for (const meeting of meetings) this.pool.addMeeting(meeting);
    for (const surname of surnames) this.pool.fetchedSurnames.add(surname);
    for (const key of organizationKeys) this.pool.fetchedOrganizationKeys.add(key);
    for (const day of dates) this.pool.fetchedDates.add(day);
  }
}
