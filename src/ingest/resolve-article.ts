/**
 * The resolve stage for one article: turns its `Extraction` into an `ArticleGraph` whose nodes carry canonical
 * ids (the Person, Organization and Meeting other articles already made, when the rules say it is the same
 * one) and whose relationships each carry the evidence they came from. Pure: everything it compares against
 * is in the `ResolutionPool`, which it updates with what this article adds.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../domain/article.ts';
import type { Evidence, Extraction } from '../domain/extraction.ts';
import { locationId, organizationId, personId } from '../domain/ids.ts';
import { countryByIso2, countryByName } from './country-directory.ts';
import type {
  ArticleGraph,
  CountryNode,
  EvidenceRelationship,
  LocationNode,
  MeetingNode,
  NodeRef,
  OrganizationNode,
  PersonNode,
  StatementNode,
} from '../domain/article-graph.ts';
import { meetingId, meetingParties, resolveMeeting } from './meeting-resolver.ts';
import { foldName } from '../domain/name-keys.ts';
import type { ResolutionPool } from './resolution-pool.ts';
import { resolveOrganization } from './resolve-organization.ts';
import { resolvePerson } from './resolve-person.ts';

/** Facts from the article's metadata (byline, source) rather than a sentence of its body. */
const METADATA_EVIDENCE = { sentence: -1, start: 0, end: 0 } as const;
type Span = { sentence: number; start: number; end: number };

function spanOf(evidence: readonly Evidence[], fallback: Span = METADATA_EVIDENCE): Span {
  const first = evidence[0];
  return first ? { sentence: first.sentence, start: first.start, end: first.end } : fallback;
}

interface Mention {
  ref: NodeRef;
  count: number;
  forms: Set<string>;
  span: Span;
}

/** `statement:` and a hash of who said it and the words, so two reports of one quote give one node. */
export function statementId(speakerId: string | null, text: string): string {
  return `statement:${createHash('sha256').update(`${speakerId ?? ''}|${foldName(text)}`).digest('hex').slice(0, 20)}`;
}

class ArticleGraphBuilder {
  readonly persons = new Map<string, PersonNode>();
  readonly countries = new Map<string, CountryNode>();
  readonly organizations = new Map<string, OrganizationNode>();
  readonly locations = new Map<string, LocationNode>();
  readonly meetings = new Map<string, MeetingNode>();
  readonly statements = new Map<string, StatementNode>();
  readonly relationships: EvidenceRelationship[] = [];
  private readonly mentions = new Map<string, Mention>();
  /** Folded names and aliases of this article's entities → their node, for participants, speakers, ABOUT. */
  readonly byName = { Person: new Map<string, NodeRef>(), Country: new Map<string, NodeRef>(), Organization: new Map<string, NodeRef>(), Location: new Map<string, NodeRef>() };

  constructor(readonly articleId: string) {}

  relate(type: EvidenceRelationship['type'], from: NodeRef, to: NodeRef, span: Span, properties: EvidenceRelationship['properties'] = {}): void {
    this.relationships.push({ type, from, to, articleId: this.articleId, ...span, properties });
  }

  /** Counts a mention of an entity; every entity an article's facts touch gets one MENTIONS, so deletion can find it. */
  mention(ref: NodeRef, count: number, forms: readonly string[], span: Span): void {
    const key = `${ref.label}|${ref.id}`;
    const existing = this.mentions.get(key);
    if (existing) {
      existing.count += count;
      for (const form of forms) existing.forms.add(form);
      if (existing.span.sentence < 0 && span.sentence >= 0) existing.span = span;
      return;
    }
    this.mentions.set(key, { ref, count, forms: new Set(forms), span });
  }

  private entityNode(ref: NodeRef): { name: string; aliases: string[] } | undefined {
    switch (ref.label) {
      case 'Person':
        return this.persons.get(ref.id);
      case 'Country':
        return this.countries.get(ref.id);
      case 'Organization':
        return this.organizations.get(ref.id);
      case 'Location':
        return this.locations.get(ref.id);
      default:
        return undefined;
    }
  }

  name(label: keyof ArticleGraphBuilder['byName'], names: readonly string[], ref: NodeRef): void {
    for (const name of names) {
      const key = foldName(name);
      if (key !== '' && !this.byName[label].has(key)) this.byName[label].set(key, ref);
    }
  }

  find(label: keyof ArticleGraphBuilder['byName'], name: string): NodeRef | null {
    return this.byName[label].get(foldName(name)) ?? null;
  }

  /**
   * One MENTIONS per entity, carrying the forms this article used; an entity's `aliases` are those forms across
   * all its articles minus its name, which is also how deletion recomputes them.
   */
  mentionRelationships(): void {
    for (const mention of this.mentions.values()) {
      const node = this.entityNode(mention.ref);
      if (node) node.aliases = [...mention.forms].filter((form) => form !== node.name).sort();
      this.relate('MENTIONS', { label: 'Article', id: this.articleId }, mention.ref, mention.span, {
        count: Math.max(1, mention.count),
        aliases: [...mention.forms].sort(),
      });
    }
  }
}

export function resolveArticle(article: Article, extraction: Extraction, pool: ResolutionPool): ArticleGraph {
  const b = new ArticleGraphBuilder(article.id);
  const articleRef: NodeRef = { label: 'Article', id: article.id };

  // Countries first: roles, places and meetings point at them.
  const countryRef = (name: string, count = 1, span: Span = METADATA_EVIDENCE): NodeRef | null => {
    const known = b.find('Country', name);
    if (known) return known;
    const node = countryByName(name);
    if (!node) return null;
    const ref: NodeRef = { label: 'Country', id: node.id };
    if (!b.countries.has(node.id)) b.countries.set(node.id, { ...node, aliases: [] });
    b.name('Country', [name, node.name], ref);
    b.mention(ref, count, [name], span);
    return ref;
  };
  for (const country of extraction.countries) {
    const base = countryByIso2(country.iso2);
    const node: CountryNode = base ? { ...base, name: country.name } : { id: `country:${country.iso2.toUpperCase()}`, iso2: country.iso2.toUpperCase(), iso3: country.iso3, name: country.name, demonyms: [], aliases: [] };
    const ref: NodeRef = { label: 'Country', id: node.id };
    if (!b.countries.has(node.id)) b.countries.set(node.id, node);
    b.name('Country', [country.name, node.name, country.iso2, country.iso3], ref);
    b.mention(ref, country.mentions, [country.name], spanOf(country.evidence));
  }

  const organizationRef = (names: { name: string; aliases: string[] }, kind: string, count = 1, span: Span = METADATA_EVIDENCE): NodeRef => {
    const inArticle = [names.name, ...names.aliases].map((name) => b.find('Organization', name)).find((ref) => ref !== null);
    if (inArticle) {
      b.mention(inArticle, count, [names.name, ...names.aliases], span);
      return inArticle;
    }
    const known = resolveOrganization(names, pool.organizationCandidates(names));
    const id = known?.id ?? organizationId(names.name);
    const canonical = known?.name ?? names.name;
    const aliases = [...new Set([names.name, ...names.aliases])].filter((alias) => alias !== canonical).sort();
    const ref: NodeRef = { label: 'Organization', id };
    b.organizations.set(id, { id, name: canonical, aliases, kind });
    pool.addOrganization({ id, name: canonical, aliases });
    b.name('Organization', [canonical, ...aliases], ref);
    b.mention(ref, count, [names.name, ...names.aliases], span);
    return ref;
  };
  for (const organization of extraction.organizations) {
    organizationRef({ name: organization.name, aliases: organization.aliases }, organization.kind, organization.mentions, spanOf(organization.evidence));
  }

  const locationRef = (name: string, kind: string, country: string | null, count = 1, span: Span = METADATA_EVIDENCE): NodeRef => {
    const inArticle = b.find('Location', name);
    if (inArticle) {
      b.mention(inArticle, count, [name], span);
      return inArticle;
    }
    const countryNode = country !== null ? countryRef(country) : null;
    const iso2 = countryNode ? (b.countries.get(countryNode.id)?.iso2 ?? null) : null;
    const ref: NodeRef = { label: 'Location', id: locationId(name, iso2) };
    b.locations.set(ref.id, { id: ref.id, name, kind, aliases: [] });
    b.name('Location', [name], ref);
    b.mention(ref, count, [name], span);
    if (countryNode) b.relate('IN_COUNTRY', ref, countryNode, span);
    return ref;
  };
  for (const location of extraction.locations) {
    locationRef(location.name, location.kind, location.country, location.mentions, spanOf(location.evidence));
  }

  const personRef = (person: { name: string; aliases: string[]; affiliations: string[] }, count = 1, span: Span = METADATA_EVIDENCE): NodeRef => {
    const inArticle = [person.name, ...person.aliases].map((name) => b.find('Person', name)).find((ref) => ref !== null);
    if (inArticle) {
      b.mention(inArticle, count, [person.name, ...person.aliases], span);
      return inArticle;
    }
    const known = resolvePerson(person, pool.personCandidates(person));
    const id = known?.id ?? personId(person.name);
    const canonical = known?.name ?? person.name;
    const aliases = [...new Set([person.name, ...person.aliases])].filter((alias) => alias !== canonical).sort();
    const ref: NodeRef = { label: 'Person', id };
    b.persons.set(id, { id, name: canonical, aliases });
    pool.addPerson({ id, name: canonical, aliases, affiliations: person.affiliations });
    b.name('Person', [canonical, ...aliases], ref);
    b.mention(ref, count, [person.name, ...person.aliases], span);
    return ref;
  };
  const authorRefs: NodeRef[] = [];
  for (const person of extraction.persons) {
    const roles = person.roles.map((role) => ({
      role,
      target: role.organization !== null ? organizationRef({ name: role.organization, aliases: [] }, 'other') : role.country !== null ? countryRef(role.country) : null,
    }));
    const affiliations = roles.flatMap(({ target }) => (target ? [target.id] : []));
    const ref = personRef({ name: person.name, aliases: person.aliases, affiliations }, person.mentions, spanOf(person.evidence));
    for (const { role, target } of roles) {
      if (target) b.relate('HOLDS_ROLE', ref, target, spanOf(role.evidence, spanOf(person.evidence)), { title: role.title, asOf: extraction.article.publishedAt });
    }
    if (person.kind === 'author') authorRefs.push(ref);
  }
  for (const author of extraction.article.authors) {
    const ref = b.find('Person', author) ?? personRef({ name: author, aliases: [], affiliations: [] });
    if (!authorRefs.includes(ref)) authorRefs.push(ref);
  }
  for (const author of authorRefs) b.relate('WRITTEN_BY', articleRef, author, METADATA_EVIDENCE);

  const source = extraction.article.source ?? article.source;
  if (source) b.relate('PUBLISHED_BY', articleRef, organizationRef({ name: source, aliases: [] }, 'media'), METADATA_EVIDENCE);

  const meetingIds = new Map<string, string>();
  for (const meeting of extraction.meetings) {
    const span = spanOf(meeting.evidence);
    const participants = meeting.participants.map((name) => b.find('Person', name) ?? personRef({ name, aliases: [], affiliations: [] }, 1, span));
    const countries = meeting.countries.map((name) => countryRef(name, 1, span)).filter((ref): ref is NodeRef => ref !== null);
    const place = meeting.location !== null ? locationRef(meeting.location, 'city', null, 1, span) : null;
    const toResolve = {
      date: meeting.date,
      locationId: place?.id ?? null,
      participantIds: [...new Set(participants.map((ref) => ref.id))].sort(),
      countryIds: [...new Set(countries.map((ref) => ref.id))].sort(),
    };
    const known = meeting.date !== null ? resolveMeeting(toResolve, pool.meetingCandidates(meeting.date)) : null;
    const id = known?.id ?? meetingId(toResolve, article.id);
    meetingIds.set(meeting.id, id);
    pool.addMeeting({ id, ...toResolve });
    if (!b.meetings.has(id)) {
      b.meetings.set(id, { id, date: meeting.date, kind: meeting.kind, plover: meeting.plover, cameo: meeting.cameo, planned: meeting.status === 'planned', parties: meetingParties(toResolve) });
    }
    const ref: NodeRef = { label: 'Meeting', id };
    for (const participant of participants) b.relate('PARTICIPANT', ref, participant, span);
    for (const country of countries) b.relate('INVOLVES', ref, country, span);
    if (place) b.relate('HELD_IN', ref, place, span);
    b.relate('REPORTED_IN', ref, articleRef, span);
  }

  for (const statement of extraction.statements) {
    const span = spanOf(statement.evidence);
    const speaker = statement.speaker === null ? null : speakerRef(statement.speaker, statement.speakerType);
    const id = statementId(speaker?.id ?? null, statement.text);
    const ref: NodeRef = { label: 'Statement', id };
    if (!b.statements.has(id)) b.statements.set(id, { id, text: statement.text, kind: statement.kind, date: statement.date });
    if (speaker) b.relate('SAID_BY', ref, speaker, span);
    if (statement.via !== null) b.relate('VIA', ref, organizationRef({ name: statement.via, aliases: [] }, 'media', 1, span), span);
    const meeting = statement.meeting !== null ? meetingIds.get(statement.meeting) : undefined;
    if (meeting) b.relate('AT', ref, { label: 'Meeting', id: meeting }, span);
    for (const name of statement.about) {
      const about = b.find('Person', name) ?? b.find('Country', name) ?? b.find('Organization', name) ?? b.find('Location', name);
      if (about) b.relate('ABOUT', ref, about, span);
    }
    b.relate('REPORTED_IN', ref, articleRef, span);
  }

  function speakerRef(name: string, type: Extraction['statements'][number]['speakerType']): NodeRef | null {
    switch (type) {
      case 'organization':
        return organizationRef({ name, aliases: [] }, 'other');
      case 'country':
        return countryRef(name);
      case 'person':
      case null:
        return b.find('Person', name) ?? personRef({ name, aliases: [], affiliations: [] });
    }
  }

  b.mentionRelationships();
  return {
    article: {
      id: article.id,
      url: extraction.article.url ?? article.url,
      title: extraction.article.title ?? article.title,
      publishedAt: extraction.article.publishedAt ?? article.publishedAt,
      source,
      extractorVersion: extraction.extractorVersion,
      text: article.body,
      authors: extraction.article.authors,
    },
    persons: [...b.persons.values()],
    countries: [...b.countries.values()],
    organizations: [...b.organizations.values()],
    locations: [...b.locations.values()],
    meetings: [...b.meetings.values()],
    statements: [...b.statements.values()],
    relationships: dedupe(b.relationships),
  };
}

/** The same fact twice in one article at the same evidence is one relationship. */
function dedupe(relationships: EvidenceRelationship[]): EvidenceRelationship[] {
  const seen = new Set<string>();
  return relationships.filter((r) => {
    const key = `${r.type}|${r.from.id}|${r.to.id}|${r.sentence}|${r.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
