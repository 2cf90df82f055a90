import type { EntityLabel } from '../../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../../domain/errors.ts';
import { EMPTY_ARTICLE_FILTER } from '../../services/article-service.ts';
import { EMPTY_MEETING_FILTER, EMPTY_STATEMENT_FILTER } from '../../services/meeting-service.ts';
import type { EntityType, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { isoDate } from '../dates.ts';
import { meetingIncludes, statementIncludes } from '../list-includes.ts';
import { selectsSubfield } from '../selection.ts';

const ENTITY_TYPE_LABELS: Record<EntityType, EntityLabel> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  LOCATION: 'Location',
};

function checkIds(name: string, ids: readonly string[] | null | undefined, max = 20): string[] {
  if (!ids) return [];
  if (ids.length > max) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${name}: expected at most ${max} ids, got ${ids.length}`);
  return [...ids];
}

export const queryResolvers: QueryResolvers = {
  health: (_parent, _args, { services }) => services.health.health(),
  node: (_parent, { id }, { loaders }) => loaders.node.load(id),
  stats: (_parent, _args, { services }) => services.analytics.stats(),

  person: (_parent, args, { services }) => services.entities.person(args),
  country: (_parent, args, { services }) => services.entities.country(args),
  search: (_parent, { query, types, first }, { services }) =>
    services.entities.search(query, types ? types.map((type) => ENTITY_TYPE_LABELS[type]) : null, first),

  article: async (_parent, { id }, { loaders }) => {
    const node = await loaders.node.load(id);
    return node?.label === 'Article' ? node : null;
  },
  articles: (_parent, { filter, first, after }, { services }) =>
    services.articles.articlesPage(
      {
        ...EMPTY_ARTICLE_FILTER,
        mentions: filter?.mentions ?? null,
        source: filter?.source ?? null,
        from: isoDate(filter?.from),
        to: isoDate(filter?.to),
      },
      { first, after },
    ),

  meeting: async (_parent, { id }, { loaders }) => {
    const node = await loaders.node.load(id);
    return node?.label === 'Meeting' ? node : null;
  },
  meetings: (_parent, { filter, first, after, orderBy }, { services, loaders }, info) =>
    services.meetings.meetings(
      {
        ...EMPTY_MEETING_FILTER,
        participants: checkIds('filter.participants', filter?.participants),
        countries: checkIds('filter.countries', filter?.countries),
        location: filter?.location ?? null,
        from: isoDate(filter?.from),
        to: isoDate(filter?.to),
        kind: filter?.kind ?? null,
        plover: filter?.plover ?? null,
      },
      orderBy,
      { first, after },
      { withTotal: selectsSubfield(info, 'totalCount'), include: meetingIncludes(info, loaders) },
    ),

  statement: async (_parent, { id }, { loaders }) => {
    const node = await loaders.node.load(id);
    return node?.label === 'Statement' ? node : null;
  },
  statements: (_parent, { filter, first, after }, { services, loaders }, info) =>
    services.meetings.statements(
      {
        ...EMPTY_STATEMENT_FILTER,
        speaker: filter?.speaker ?? null,
        about: checkIds('filter.about', filter?.about),
        text: filter?.text && filter.text.trim() !== '' ? filter.text.trim() : null,
        from: isoDate(filter?.from),
        to: isoDate(filter?.to),
      },
      { first, after },
      { withTotal: selectsSubfield(info, 'totalCount'), include: statementIncludes(info, loaders) },
    ),

  timeline: (_parent, { entities, from, to, first }, { services }) =>
    services.analytics.timeline(entities, { from: isoDate(from), to: isoDate(to) }, first),
  dyad: (_parent, { a, b, from, to, interval }, { services }) =>
    services.analytics.dyad(a, b, { from: isoDate(from), to: isoDate(to) }, interval ?? 'MONTH'),

  connections: (_parent, { from, to, maxHops, first }, { services }) => services.graph.connections(from, to, maxHops ?? 4, first ?? 5),
  neighborhood: (_parent, { id, depth, limit }, { services }) => services.graph.neighborhood(id, depth ?? 1, limit ?? 100),
};
