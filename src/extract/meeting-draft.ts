/**
 * What a meeting is while extraction builds it, what it is built from, and the small facts about places and people
 * that both the clause-by-clause reading (meetings.ts) and the reading across sentences (meeting-story.ts) share.
 */
import type { MeetingKind } from '../domain/extraction.ts';
import type { DateMention } from './dates.ts';
import type { GazetteerMentions } from './mentions.ts';
import type { PersonDraft, PersonMention } from './persons.ts';
import type { RoleDraft } from './roles.ts';
import type { Sentence } from './sentences.ts';

export interface MeetingDraft {
  kind: MeetingKind;
  date: string | null;
  status: 'held' | 'planned';
  plover: string;
  cameo: string;
  participants: number[];
  countries: string[];
  location: string | null;
  locationCountry: string | null;
  /** The city the meeting place lies in: the location itself when it is a city, a venue's city when known. */
  city: string | null;
  /** Where a place the gazetteers do not list was named, so it is reported as a location too. */
  unlistedPlace?: { start: number; end: number } | null;
  locationKind: 'city' | 'region' | 'venue' | null;
  /** Told as what came next ("The pope then called on Margvelashvili …"): not the encounter just told with more people. */
  sequel?: boolean;
  /** Told as before or after a gathering ("held talks with Sisi on Thursday morning before the summit opened"). */
  apart?: boolean;
  /** Held by video ("hosted the first India-Central Asia Summit by video conference"): at no place the dateline gives. */
  remote?: boolean;
  /** The date was not told but taken from the story's day (`dayOfStory`). */
  dayInferred?: boolean;
  /** Told as a departure for a place ("left for Colombo", "flies to Sydney"): the place is where the traveller goes. */
  journey?: boolean;
  /** Told as an encounter before the news ("The two leaders last met in Bali"): never the news's own encounter. */
  past?: boolean;
  /** The country one stop of a tour goes to, when a clause lists several ("followed by Vanuatu, Papua New Guinea …"). */
  destination?: string;
  /** Told in a where-clause after a country ("arrived in San Salvador from Panama, where on Sunday he met …"): in that country, in no town the text names. */
  inCountry?: string;
  /** Told apart from a larger encounter: one of several ("held separate talks with Lavrov and Qin"), or one-on-one. */
  oneOfSeveral?: boolean;
  /** Told in a when-clause after an earlier encounter ("…, when Xi met Takaichi's predecessor Shigeru Ishiba"): it names who met then. */
  restates?: boolean;
  /** Told as held beside a gathering ("on the sidelines of the gathering"): where the gathering is, whatever the day. */
  beside?: boolean;
  /** A journey that is no encounter of its own: reported only if a meeting at its end takes it in. */
  provisional?: boolean;
  /** A summit told with its host alone and no place: reported only if the dateline's place becomes its place. */
  awaitsPlace?: boolean;
  /** One named party meeting a group the text does not name one by one ("met exiled opposition figures"): no other encounter. */
  withGroup?: boolean;
  /** Its parties are those the sentence telling it names ("A, B and C unveiled a plan"): no later sentence adds any. */
  namedInFull?: boolean;
  sentences: number[];
  spans: { sentence: number; start: number; end: number }[];
}

export interface MeetingInputs {
  body: string;
  sentences: readonly Sentence[];
  persons: readonly PersonDraft[];
  personMentions: readonly PersonMention[];
  roles: readonly RoleDraft[];
  gazetteer: GazetteerMentions;
  datesBySentence: ReadonlyMap<number, DateMention[]>;
  publishedAt: string | null;
  /** Where the report was filed (its dateline), the place of the main encounter when no other is named. */
  datelinePlace?: { name: string; country: string | null; kind?: 'city' | 'region' | 'venue' } | null;
  /** Spans that never report an encounter: photo captions. */
  captions?: readonly { start: number; end: number }[];
  /** Where the dateline ends: its day ("SUVA, May 31 (Reuters) -") is when the report was filed, not a day of the news. */
  datelineEnd?: number;
}

// Words that put an encounter in the future. "Blinken heads to Beijing" does; "the heads of state" are people. So does
// a meal being hosted: "… to meet Senior Minister Lee Hsien Loong, who is hosting a lunch in his honour".
// "Trump looked forward to travelling to Manila in November", "No date was given for Duterte's trip to Washington".
export const PLANNED = /\b(?:will|would|shall|look(?:s|ed|ing)? forward to (?:travell?ing|visiting|meeting|hosting|welcoming|attending)|no date (?:was|has been|had been) (?:given|set|announced)|to meet|to hold|(?:was|were) to (?:be|meet|hold|visit|travel|host|attend|sign|dine|fly|call on)|towards? (?:holding|hosting|convening)|push(?:es|ed|ing)? for|to speak|to talk|to dine|to visit|to travel|to attend|to join|to host|is set to|are set to|plans? to|planned|scheduled|(?:is|are) expected (?:to|in|at)|upcoming|next(?! to\b)|due|to (?:make|pay) (?:a |an )?(?:[\w-]+ )?visit|(?:at|on) (?:a|an) (?:future|later) date|(?:is|are) hosting (?:a|an) (?:[\w-]+ )?(?:lunch|luncheon|dinner|banquet|breakfast|reception)|travels|flies|heads(?!\s+of\b))\b/i;

export type PlaceOf = Pick<MeetingDraft, 'location' | 'locationCountry' | 'locationKind' | 'city'> & Partial<Pick<MeetingDraft, 'unlistedPlace'>>;

/**
 * One place at two grains counts as the same: "Beijing" and "the Great Hall of the People" (in Beijing), and a city
 * and a venue whose city nobody named ("in Rome" and "at Villa Doria Pamphili").
 */
/** Where a guest lands and is welcomed, not where talks are held. */
export const AIRPORT = /\b(?:Airport|Air ?Base|Airbase|Airfield)\b/i;

export function samePlace(a: PlaceOf, b: PlaceOf): boolean {
  return a.location === b.location || (a.city !== null && a.city === b.location) || (b.city !== null && b.city === a.location) || unplacedVenueIn(a, b) || unplacedVenueIn(b, a);
}

function unplacedVenueIn(venue: PlaceOf, city: PlaceOf): boolean {
  return venue.locationKind === 'venue' && venue.city === null && city.locationKind === 'city';
}

export function setPlace(meeting: MeetingDraft, from: PlaceOf): void {
  meeting.location = from.location;
  meeting.locationCountry = from.locationCountry;
  meeting.locationKind = from.locationKind;
  meeting.city = from.city;
  // A town no list holds goes with the place, so the encounter that takes it names a location the report lists.
  meeting.unlistedPlace = from.unlistedPlace ?? null;
}

export function isSubject(inputs: MeetingInputs, person: number): boolean {
  return inputs.persons[person]?.kind === 'subject';
}

export function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}
