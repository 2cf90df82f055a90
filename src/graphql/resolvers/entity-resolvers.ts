/** Person, Country, Organization, Location and the Node/Entity interfaces. */
import type { CountryModel, EntityModel, NodeModel, PersonModel } from '../../domain/graph-model.ts';
import { EMPTY_ARTICLE_FILTER } from '../../services/article-service.ts';
import { EMPTY_MEETING_FILTER, EMPTY_STATEMENT_FILTER } from '../../services/meeting-service.ts';
import type { RelationName, RequestLoaders } from '../../services/request-loaders.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import type { GraphQLContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { isoDate } from '../dates.ts';
import { meetingIncludes, statementIncludes } from '../list-includes.ts';
import { selectsSubfield } from '../selection.ts';

interface DatedPaging {
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
  after?: string | null;
}

const articlesOf = (entity: EntityModel, args: { first?: number | null; after?: string | null }, { services }: GraphQLContext) =>
  services.articles.articlesPage({ ...EMPTY_ARTICLE_FILTER, mentions: entity.id }, args);

const mentionCountOf = (entity: EntityModel, _args: unknown, { loaders }: GraphQLContext) => loaders.mentionCount.load(entity.id);

function meetingsWhere(filter: 'participants' | 'countries' | 'location') {
  return (entity: EntityModel, args: DatedPaging & { orderBy: 'DATE_ASC' | 'DATE_DESC' }, { services, loaders }: GraphQLContext, info: GraphQLResolveInfo) =>
    services.meetings.meetings(
      {
        ...EMPTY_MEETING_FILTER,
        ...(filter === 'location' ? { location: entity.id } : { [filter]: [entity.id] }),
        from: isoDate(args.from),
        to: isoDate(args.to),
      },
      args.orderBy,
      args,
      { withTotal: selectsSubfield(info, 'totalCount'), include: meetingIncludes(info, loaders) },
    );
}

export const entityResolvers: Pick<Resolvers, 'Node' | 'Entity' | 'Person' | 'Country' | 'Organization' | 'Location' | 'Role'> = {
  Node: { __resolveType: (node: NodeModel) => node.label },
  Entity: { __resolveType: (entity: EntityModel) => entity.label },
  Person: {
    mentionCount: mentionCountOf,
    articles: articlesOf,
    roles: (person: PersonModel, _args, { loaders }, info) => (selectsSubfield(info, 'evidence') ? loaders.roles : loaders.rolesWithoutEvidence).load(person.id),
    meetings: meetingsWhere('participants'),
    statements: (person, args, { services, loaders }, info) =>
      services.meetings.statements(
        { ...EMPTY_STATEMENT_FILTER, speaker: person.id, from: isoDate(args.from), to: isoDate(args.to) },
        args,
        { withTotal: selectsSubfield(info, 'totalCount'), include: statementIncludes(info, loaders) },
      ),
  },
  Country: {
    mentionCount: mentionCountOf,
    articles: articlesOf,
    people: (country: CountryModel, _args, { loaders }) => relatedTo(loaders, 'countryPeople', country.id, (nodes) => allOf(nodes, 'Person')),
    meetings: meetingsWhere('countries'),
    statementsAbout: (country, args, { services, loaders }, info) =>
      services.meetings.statements(
        { ...EMPTY_STATEMENT_FILTER, about: [country.id], from: isoDate(args.from), to: isoDate(args.to) },
        args,
        { withTotal: selectsSubfield(info, 'totalCount'), include: statementIncludes(info, loaders) },
      ),
  },
  Organization: { mentionCount: mentionCountOf, articles: articlesOf },
  Location: {
    mentionCount: mentionCountOf,
    articles: articlesOf,
    country: (location, _args, { loaders }) => relatedTo(loaders, 'locationCountry', location.id, (nodes) => firstOf(nodes, 'Country')),
    meetings: meetingsWhere('location'),
  },
  Role: {},
};

/**
 * The nodes `relation` reaches from `id`, passed through `pick`. When the list `id` came from already read
 * them (a page of meetings with their participants) the answer is returned as it is: graphql-js then
 * completes the field at once instead of waiting on a promise per field.
 */
export function relatedTo<T>(loaders: RequestLoaders, relation: RelationName, id: string, pick: (nodes: NodeModel[]) => T): T | Promise<T> {
  const known = loaders.primed(relation, id);
  return known !== undefined ? pick(known) : loaders.related(relation).load(id).then(pick);
}

/** The first related node with this label; relations are typed by pattern, this narrows for the compiler. */
export function firstOf<L extends NodeModel['label']>(nodes: NodeModel[], label: L): Extract<NodeModel, { label: L }> | null {
  return (nodes.find((node) => node.label === label) as Extract<NodeModel, { label: L }> | undefined) ?? null;
}

export function allOf<L extends NodeModel['label']>(nodes: NodeModel[], label: L): Array<Extract<NodeModel, { label: L }>> {
  return nodes.filter((node): node is Extract<NodeModel, { label: L }> => node.label === label);
}

export function entitiesOf(nodes: NodeModel[]): EntityModel[] {
  return nodes.filter(
    (node): node is EntityModel => node.label === 'Person' || node.label === 'Country' || node.label === 'Organization' || node.label === 'Location',
  );
}
