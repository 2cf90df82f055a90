/**
 * The plain-data result of extracting one article: the `extract --json` contract of DESIGN.md.
 * Every fact carries `evidence`: the sentence index and the character span in `Article.body`.
 */

export interface Evidence {
  /** Index of the sentence in the body, from 0. */
  sentence: number;
  /** Character offsets into `Article.body`, end exclusive. */
  start: number;
  end: number;
  /** The sentence text (or the quoted span for statements). */
  text: string;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  authors: string[];
}

export interface ExtractedRole {
  /** Title as the text gives it, without the country word: "Foreign Minister". */
  title: string;
  /** Common English short name of the country, or null. */
  country: string | null;
  organization: string | null;
  evidence: Evidence[];
}

export interface ExtractedPerson {
  id: string;
  name: string;
  aliases: string[];
  roles: ExtractedRole[];
  /** How the person appears: "author" and "photographer" are never speakers. */
  kind: 'subject' | 'author' | 'photographer';
  mentions: number;
  evidence: Evidence[];
}

export interface ExtractedCountry {
  id: string;
  name: string;
  iso2: string;
  iso3: string;
  mentions: number;
  evidence: Evidence[];
}

export interface ExtractedLocation {
  id: string;
  name: string;
  kind: 'city' | 'region' | 'venue';
  /** Country of the place when known (gazetteer or text), common English short name. */
  country: string | null;
  /** Other forms the text gives the place ("National Palace" for Palacio Nacional); the dateline's capitals are not another form. */
  aliases: string[];
  mentions: number;
  evidence: Evidence[];
}

export type OrganizationKind = 'intergovernmental' | 'government' | 'media' | 'agency' | 'party' | 'armed group' | 'company' | 'other';

export interface ExtractedOrganization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  mentions: number;
  evidence: Evidence[];
}

export type MeetingKind = 'bilateral talks' | 'talks' | 'meeting' | 'summit' | 'phone call' | 'video call' | 'visit' | 'press conference';

export interface ExtractedMeeting {
  id: string;
  kind: MeetingKind;
  /** ISO date or null when the text does not say. */
  date: string | null;
  status: 'held' | 'planned';
  /** PLOVER event type (CONSULT, MEET…) and its CAMEO code ("040"–"046"). */
  plover: string;
  cameo: string;
  /** Full names of the persons who took part as parties. */
  participants: string[];
  /** Countries of the participants, or the parties when delegates are unnamed. */
  countries: string[];
  /** The most specific place the text gives: a venue ("Great Hall of the People"), city or region; null when not stated. */
  location: string | null;
  /** The city `location` lies in: the location itself when it is a city, a venue's city when known, else null. */
  city?: string | null;
  evidence: Evidence[];
}

export interface ExtractedStatement {
  id: string;
  /** Full name of the speaker (person, or organization/country for readouts); null when unknown. */
  speaker: string | null;
  speakerType: 'person' | 'organization' | 'country' | null;
  text: string;
  kind: 'direct' | 'indirect';
  date: string | null;
  /** The "according to" source, if any. */
  via: string | null;
  /** Id of the meeting the words were said at, when the article ties them to one. */
  meeting: string | null;
  /** Names of entities the statement is about (countries, people, organizations it mentions). */
  about: string[];
  evidence: Evidence[];
}

export interface Extraction {
  article: ArticleMeta;
  persons: ExtractedPerson[];
  countries: ExtractedCountry[];
  locations: ExtractedLocation[];
  organizations: ExtractedOrganization[];
  meetings: ExtractedMeeting[];
  statements: ExtractedStatement[];
  /** Version of the rules that produced this, stored on the Article node. */
  extractorVersion: string;
}
