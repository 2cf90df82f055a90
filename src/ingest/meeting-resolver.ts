/**
 * One Meeting per real encounter. Two reports describe the same encounter when their dates are at most a
 * day apart (outlets in different time zones, "on Friday" read against different publication days), their
 * places do not disagree, and the same people took part (or, with no named people, the same countries).
 */
import { createHash } from 'node:crypto';
import type { KnownMeeting } from '../domain/entity-lookup.ts';

export interface MeetingToResolve {
  date: string | null;
  locationId: string | null;
  participantIds: string[];
  countryIds: string[];
}

const DAY_MS = 86_400_000;

/** Whole days between two ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}

/** The dates a report of a meeting on `date` may give for it: the day before to the day after. */
export function encounterWindow(date: string): { from: string; to: string } {
  const day = Date.parse(`${date}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(day - DAY_MS), to: iso(day + DAY_MS) };
}

/**
 * "The same participants": equal sets, or one report naming an extra person (an aide) beside at least two
 * people the other names too.
 */
function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const [smaller, larger] = a.length <= b.length ? [a, b] : [b, a];
  if (smaller.length === 0) return false;
  const contained = smaller.every((id) => larger.includes(id));
  return contained && (smaller.length === larger.length || smaller.length >= 2);
}

export function sameEncounter(incoming: MeetingToResolve, known: KnownMeeting): boolean {
  if (incoming.date === null || known.date === null || daysBetween(incoming.date, known.date) > 1) return false;
  if (incoming.locationId !== null && known.locationId !== null && incoming.locationId !== known.locationId) return false;
  if (incoming.participantIds.length > 0 && known.participantIds.length > 0) return sameParties(incoming.participantIds, known.participantIds);
  return sameParties(incoming.countryIds, known.countryIds) && incoming.countryIds.length === known.countryIds.length;
}

/** The known meeting that is this encounter: the nearest date first, then the smallest id. */
export function resolveMeeting(incoming: MeetingToResolve, candidates: readonly KnownMeeting[]): KnownMeeting | null {
  const matches = candidates.filter((candidate) => sameEncounter(incoming, candidate));
  const gap = (meeting: KnownMeeting) => (incoming.date !== null && meeting.date !== null ? daysBetween(incoming.date, meeting.date) : 0);
  return matches.sort((a, b) => gap(a) - gap(b) || a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * Who the meeting is between, for FOLLOWS: the countries when at least two are known (the talks go on when
 * the envoys change), otherwise the people, otherwise the one country.
 */
export function meetingParties(meeting: Pick<MeetingToResolve, 'participantIds' | 'countryIds'>): string[] {
  const countries = [...new Set(meeting.countryIds)].sort();
  if (countries.length >= 2) return countries;
  const people = [...new Set(meeting.participantIds)].sort();
  return people.length > 0 ? people : countries;
}

/**
 * A readable id built from what identifies the encounter, so two processes resolving the same report pick
 * the same node: `meeting:2022-01-21:ru-us:geneva-ch`. Undated meetings cannot be matched across reports and
 * get the reporting article in their id.
 */
export function meetingId(meeting: MeetingToResolve, articleId: string): string {
  const short = (id: string) => id.slice(id.indexOf(':') + 1).toLowerCase();
  let parties = meetingParties(meeting).map(short).join('-') || 'unknown';
  if (parties.length > 60) parties = createHash('sha256').update(parties).digest('hex').slice(0, 16);
  const when = meeting.date ?? `undated-${articleId.slice(0, 12)}`;
  return meeting.locationId === null ? `meeting:${when}:${parties}` : `meeting:${when}:${parties}:${short(meeting.locationId)}`;
}
