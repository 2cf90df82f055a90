/**
 * Turns Neo4j nodes and values into the plain models of `domain/graph-model.ts`: integers become
 * numbers, temporals ISO strings, missing list properties empty lists.
 */
import neo4j, { isDate, isDateTime, isLocalDateTime, type Node } from 'neo4j-driver';
import {
  GRAPH_LABELS,
  type ArticleModel,
  type CountryModel,
  type EntityModel,
  type GraphLabel,
  type MeetingModel,
  type NodeModel,
  type OrganizationModel,
  type PersonModel,
  type StatementModel,
} from '../domain/graph-model.ts';

/** A JS number from a Neo4j Integer, a number, or null (→ fallback). */
export function toNumber(value: unknown, fallback = 0): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  return fallback;
}

/** Strings stay; Neo4j dates and date-times become ISO strings; anything else is null. */
export function toIsoString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isDate(value) || isLocalDateTime(value)) return value.toString();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The first of our labels a node carries; nodes of other labels (test markers, …) are not part of the model. */
export function graphLabelOf(node: Node): GraphLabel | null {
  return GRAPH_LABELS.find((label) => node.labels.includes(label)) ?? null;
}

export function toNodeModel(node: Node): NodeModel {
  const p = node.properties as Record<string, unknown>;
  const id = String(p['id']);
  const label = graphLabelOf(node);
  switch (label) {
    case 'Person':
      return { label, id, name: text(p['name']) ?? id, aliases: texts(p['aliases']) } satisfies PersonModel;
    case 'Country':
      return {
        label,
        id,
        name: text(p['name']) ?? id,
        aliases: texts(p['aliases']),
        iso2: text(p['iso2']),
        iso3: text(p['iso3']),
        demonyms: texts(p['demonyms']),
      } satisfies CountryModel;
    case 'Organization':
      return { label, id, name: text(p['name']) ?? id, aliases: texts(p['aliases']), kind: text(p['kind']) } satisfies OrganizationModel;
    case 'Location':
      return { label, id, name: text(p['name']) ?? id, aliases: texts(p['aliases']), kind: text(p['kind']) };
    case 'Article':
      return {
        label,
        id,
        url: text(p['url']),
        title: text(p['title']),
        publishedAt: toIsoString(p['publishedAt']),
        source: text(p['source']),
        authors: texts(p['authors']),
        text: text(p['text']),
        extractorVersion: text(p['extractorVersion']),
        ingestedAt: toIsoString(p['ingestedAt']),
      } satisfies ArticleModel;
    case 'Meeting':
      return {
        label,
        id,
        date: toIsoString(p['date']),
        kind: text(p['kind']),
        plover: text(p['plover']),
        cameo: text(p['cameo']),
        planned: p['planned'] === true,
      } satisfies MeetingModel;
    case 'Statement':
      return { label, id, text: text(p['text']) ?? '', kind: text(p['kind']), date: toIsoString(p['date']) } satisfies StatementModel;
    case null:
      throw new Error(`expected a node labelled one of ${GRAPH_LABELS.join(', ')}, got labels ${node.labels.join(', ')}`);
  }
}

function expectLabel<L extends NodeModel['label']>(model: NodeModel, label: L): Extract<NodeModel, { label: L }> {
  if (model.label !== label) throw new Error(`expected a ${label} node, got ${model.label} ${model.id}`);
  return model as Extract<NodeModel, { label: L }>;
}

export function isEntity(model: NodeModel): model is EntityModel {
  return model.label === 'Person' || model.label === 'Country' || model.label === 'Organization' || model.label === 'Location';
}

export function toEntity(node: Node): EntityModel {
  const model = toNodeModel(node);
  if (!isEntity(model)) throw new Error(`expected an entity node, got ${model.label} ${model.id}`);
  return model;
}

export const toPerson = (node: Node): PersonModel => expectLabel(toNodeModel(node), 'Person');
export const toCountry = (node: Node): CountryModel => expectLabel(toNodeModel(node), 'Country');
export const toOrganization = (node: Node): OrganizationModel => expectLabel(toNodeModel(node), 'Organization');
export const toArticle = (node: Node): ArticleModel => expectLabel(toNodeModel(node), 'Article');
export const toMeeting = (node: Node): MeetingModel => expectLabel(toNodeModel(node), 'Meeting');
export const toStatement = (node: Node): StatementModel => expectLabel(toNodeModel(node), 'Statement');
