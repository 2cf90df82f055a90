/**
 * The entities resolution compares against during one ingest run: those read from the graph plus those
 * this run has resolved, so the tenth article about Lavrov finds the node the first one made even before it
 * is written. Pure and in memory; `ArticleResolver` fills it from an `EntityLookup`.
 */
import type { KnownMeeting, KnownOrganization, KnownPerson } from '../domain/entity-lookup.ts';
import { encounterWindow } from './meeting-resolver.ts';
import { organizationKeys } from './resolve-organization.ts';
import { surnameKeys, type PersonToResolve } from './resolve-person.ts';
import { transliterationKey } from '../domain/name-keys.ts';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

export class ResolutionPool {
  private readonly persons = new Map<string, KnownPerson>();
  private readonly personsBySurname = new Map<string, Set<string>>();
  private readonly organizations = new Map<string, KnownOrganization>();
  private readonly organizationsByKey = new Map<string, Set<string>>();
  private readonly meetings = new Map<string, KnownMeeting>();
  private readonly meetingsByDate = new Map<string, Set<string>>();
  /** Lookup keys already read from the graph in this run, so each is read once. */
  readonly fetchedSurnames = new Set<string>();
  readonly fetchedOrganizationKeys = new Set<string>();
  readonly fetchedDates = new Set<string>();

  /** Adds a person or merges what is known about one already here (aliases, affiliations). */
  addPerson(person: KnownPerson): void {
    const existing = this.persons.get(person.id);
    const merged: KnownPerson = existing
      ? { ...existing, aliases: union(existing.aliases, [person.name, ...person.aliases].filter((a) => a !== existing.name)), affiliations: union(existing.affiliations, person.affiliations) }
      : { ...person, aliases: union([], person.aliases), affiliations: union([], person.affiliations) };
    this.persons.set(person.id, merged);
    for (const surname of surnameKeys(merged)) addTo(this.personsBySurname, transliterationKey(surname), person.id);
  }

  /** Known persons sharing a surname spelling with any form of `person`. */
  personCandidates(person: Pick<PersonToResolve, 'name' | 'aliases'>): KnownPerson[] {
    const ids = new Set<string>();
    for (const surname of surnameKeys(person)) for (const id of this.personsBySurname.get(transliterationKey(surname)) ?? []) ids.add(id);
    return [...ids].map((id) => this.persons.get(id)).filter((p): p is KnownPerson => p !== undefined);
  }

  addOrganization(organization: KnownOrganization): void {
    const existing = this.organizations.get(organization.id);
    const merged: KnownOrganization = existing
      ? { ...existing, aliases: union(existing.aliases, [organization.name, ...organization.aliases].filter((a) => a !== existing.name)) }
      : organization;
    this.organizations.set(organization.id, merged);
    for (const key of organizationKeys(merged)) addTo(this.organizationsByKey, key, organization.id);
  }

  organizationCandidates(names: { name: string; aliases: string[] }): KnownOrganization[] {
    const ids = new Set<string>();
    for (const key of organizationKeys(names)) for (const id of this.organizationsByKey.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.organizations.get(id)).filter((o): o is KnownOrganization => o !== undefined);
  }

  addMeeting(meeting: KnownMeeting): void {
    const existing = this.meetings.get(meeting.id);
    const merged: KnownMeeting = existing
      ? { ...existing, participantIds: union(existing.participantIds, meeting.participantIds), countryIds: union(existing.countryIds, meeting.countryIds), locationId: existing.locationId ?? meeting.locationId }
      : meeting;
    this.meetings.set(meeting.id, merged);
    if (merged.date !== null) addTo(this.meetingsByDate, merged.date, meeting.id);
  }

  /** Known meetings dated from the day before `date` to the day after. */
  meetingCandidates(date: string): KnownMeeting[] {
    const { from, to } = encounterWindow(date);
    const ids = new Set<string>();
    for (const day of [from, date, to]) for (const id of this.meetingsByDate.get(day) ?? []) ids.add(id);
    return [...ids].map((id) => this.meetings.get(id)).filter((m): m is KnownMeeting => m !== undefined);
  }
}
