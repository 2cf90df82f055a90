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
  sentences: number[];
  spans: { sentence: number; start: number; end: number }[];
}

interface Trigger {
  kind: MeetingKind;
  pattern: RegExp;
}

// Words that report an encounter. Order matters: the first that matches a sentence names its kind.
const TRIGGERS: Trigger[] = [
  { kind: 'phone call', pattern: /\b(?:phone call|telephone call|call(?:ed)? by (?:tele)?phone|spoke by (?:tele)?phone|phone conversation|telephone conversation|spoke on the phone|phoned|telephoned|held a call|had a call|a call with)\b/i },
  { kind: 'video call', pattern: /\b(?:video call|videoconference|video conference|virtual meeting|virtual summit|video link)\b/i },
  { kind: 'press conference', pattern: /\bjoint (?:press|news) conference\b/i },
  { kind: 'summit', pattern: /\bsummit\b/i },
  { kind: 'visit', pattern: /\b(?:visit(?:ed|ing|s)?|state visit|trip to|arrived in|traveled to|travelled to)\b/i },
  { kind: 'talks', pattern: /\b(?:talks|negotiations|held discussions|dialogue with)\b/i },
  { kind: 'meeting', pattern: /\b(?:met|meet|meets|meeting|meetings|hosted|sat down with)\b/i },
];

const PLANNED = /\b(?:will|would|to meet|to hold|to visit|to travel|is set to|are set to|plans? to|planned|scheduled|is expected to|are expected to|upcoming|next week|next month|proposed)\b/i;
const NOT_AN_ENCOUNTER = /\b(?:meet(?:ing)? (?:the )?(?:demands?|targets?|goals?|needs?|requirements?|obligations?))\b/i;

export interface MeetingInputs {
  body: string;
  sentences: readonly Sentence[];
  persons: readonly PersonDraft[];
  personMentions: readonly PersonMention[];
  roles: readonly RoleDraft[];
  gazetteer: GazetteerMentions;
  datesBySentence: ReadonlyMap<number, DateMention[]>;
  publishedAt: string | null;
  /** The dateline place, where the report was filed: a meeting with no place of its own is not placed there. */
}

/**
 * Meetings: each sentence with an encounter word ("talks", "met", "phone call", "summit", "visit") gives a
 * mention with the people, countries, place and date of that sentence; mentions of the same encounter
 * (shared participants, or a bare "the talks" after one) are merged into one meeting.
 */
export function extractMeetings(inputs: MeetingInputs): MeetingDraft[] {
  const meetings: MeetingDraft[] = [];
  for (const sentence of inputs.sentences) {
    const text = sentence.text;
    if (NOT_AN_ENCOUNTER.test(text)) continue;
    const trigger = TRIGGERS.find((candidate) => candidate.pattern.test(text));
    if (!trigger) continue;
    const triggerAt = sentence.start + (trigger.pattern.exec(text)?.index ?? 0);
    // Words inside quotation marks are someone's speech, not a report of the encounter itself.
    if (insideQuote(inputs.body, sentence.start, triggerAt)) continue;
    const participants = [...new Set(inputs.personMentions.filter((mention) => mention.sentence === sentence.index).map((mention) => mention.person))].filter(
      (person) => inputs.persons[person]?.kind === 'subject',
    );
    const place = placeOf(inputs, sentence);
    const date = inputs.datesBySentence.get(sentence.index)?.[0]?.date ?? null;
    const planned = PLANNED.test(text) || (date !== null && inputs.publishedAt !== null && date > inputs.publishedAt);
    const countries = participantCountries(inputs, participants, sentence);
    const mention: MeetingDraft = {
      kind: trigger.kind,
      date,
      status: planned ? 'planned' : 'held',
      plover: 'CONSULT',
      cameo: '040',
      participants,
      countries,
      location: place?.name ?? null,
      locationCountry: place?.country ?? null,
      sentences: [sentence.index],
      spans: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
    };
    const same = meetings.find((meeting) => sameEncounter(meeting, mention));
    if (same) merge(same, mention);
    else if (participants.length >= 2 || (participants.length >= 1 && (place !== null || trigger.kind === 'phone call' || trigger.kind === 'visit')) || (participants.length === 0 && countries.length >= 2)) meetings.push(mention);
  }
  for (const meeting of meetings) classify(meeting);
  return meetings;
}

function insideQuote(body: string, from: number, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at) + 1;
  const marks = body.slice(Math.min(from, lineStart), at).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1;
}

function placeOf(inputs: MeetingInputs, sentence: Sentence): { name: string; country: string | null } | null {
  // "in Geneva", "at the Kremlin in Moscow"; the dateline place only when the sentence itself names no other.
  const inSentence = inputs.gazetteer.places.filter((place) => place.start >= sentence.start && place.end <= sentence.end);
  const introduced = inSentence.find((place) => /\b(?:in|at|to|from|near|outside)\s+(?:the\s+)?$/i.test(inputs.body.slice(Math.max(0, place.start - 12), place.start)));
  const place = introduced ?? null;
  return place ? { name: place.value.name, country: place.value.country } : null;
}

function participantCountries(inputs: MeetingInputs, participants: readonly number[], sentence: Sentence): string[] {
  const countries: string[] = [];
  for (const person of participants) {
    const role = inputs.roles.find((candidate) => candidate.person === person && candidate.country !== null);
    if (role?.country && !countries.includes(role.country)) countries.push(role.country);
  }
  if (participants.length === 0) {
    for (const match of inputs.gazetteer.countries) {
      if (match.start >= sentence.start && match.end <= sentence.end && !countries.includes(match.value.country.name)) countries.push(match.value.country.name);
    }
  }
  return countries;
}

function sameEncounter(meeting: MeetingDraft, mention: MeetingDraft): boolean {
  if (meeting.date && mention.date && meeting.date !== mention.date) return false;
  if (meeting.location && mention.location && meeting.location !== mention.location) return false;
  if (mention.participants.length === 0 && mention.countries.length === 0) return true;
  const shared = mention.participants.filter((person) => meeting.participants.includes(person)).length;
  if (mention.participants.length > 0 && shared === 0) return false;
  return shared > 0 || mention.countries.some((country) => meeting.countries.includes(country));
}

function merge(meeting: MeetingDraft, mention: MeetingDraft): void {
  meeting.date ??= mention.date;
  if (!meeting.location && mention.location) {
    meeting.location = mention.location;
    meeting.locationCountry = mention.locationCountry;
  }
  for (const person of mention.participants) if (!meeting.participants.includes(person)) meeting.participants.push(person);
  for (const country of mention.countries) if (!meeting.countries.includes(country)) meeting.countries.push(country);
  meeting.sentences.push(...mention.sentences);
  meeting.spans.push(...mention.spans);
}

/**
 * PLOVER CONSULT with its CAMEO code: 041 by telephone, 042 make a visit, 044 meet at a third place,
 * 046 negotiate, 040 otherwise. "bilateral talks" when two countries' envoys meet.
 */
function classify(meeting: MeetingDraft): void {
  const third = meeting.locationCountry !== null && meeting.countries.length > 0 && !meeting.countries.includes(meeting.locationCountry);
  switch (meeting.kind) {
    case 'phone call':
    case 'video call':
      meeting.cameo = '041';
      break;
    case 'visit':
      meeting.cameo = '042';
      break;
    case 'talks':
      meeting.cameo = third ? '044' : '046';
      if (meeting.countries.length === 2 || meeting.participants.length === 2) meeting.kind = 'bilateral talks';
      break;
    case 'bilateral talks':
    case 'meeting':
    case 'summit':
    case 'press conference':
      meeting.cameo = third ? '044' : '040';
      break;
  }
}
