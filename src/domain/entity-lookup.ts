/**
 * What the resolve stage needs to know about entities already in the graph. Resolution reads the graph only
 * through this interface, so its rules run in unit tests against an in-memory implementation.
 */

export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
  /** Ids of the countries and organizations the person holds roles in, from every article. */
  affiliations: string[];
}

export interface KnownOrganization {
  id: string;
  name: string;
  aliases: string[];
}

export interface KnownMeeting {
  id: string;
  date: string | null;
  locationId: string | null;
  participantIds: string[];
  countryIds: string[];
}

export interface MeetingQuery {
  /** Inclusive ISO date range. */
  from: string;
  to: string;
}

export interface EntityLookup {
  /** Persons whose name or an alias contains one of these surname keys (or a spelling one edit away). */
  personsBySurnames(surnames: readonly string[]): Promise<KnownPerson[]>;
  /** Organizations whose name or an alias has one of these `organizationKey`s. */
  organizationsByKeys(keys: readonly string[]): Promise<KnownOrganization[]>;
  /** Meetings dated within any of the ranges. */
  meetingsInRanges(ranges: readonly MeetingQuery[]): Promise<KnownMeeting[]>;
}
