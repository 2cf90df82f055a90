/**
 * Meetings read across sentences, once each clause has given its mentions: a journey and the meeting at its end,
 * the place of the day's main encounter, a building named in another sentence, the delegates of talks told by
 * their countries, and the leaders at the summit a report is about.
 */
import { bystander } from './bystanders.ts';
import { insideQuotation } from './quote-marks.ts';
import { AIRPORT, isSubject, samePlace, setPlace, type MeetingDraft, type MeetingInputs, type PlaceOf } from './meeting-draft.ts';
import type { PersonMention } from './persons.ts';

/**
 * "Russian and Ukrainian negotiators held talks … Vladimir Medinsky, head of the Russian delegation, described the
 * talks as constructive. The Ukrainian delegation, led by David Arakhamia, …": the delegates the next sentences name
 * are the parties of talks first told by their countries.
 */
export function gatherDelegates(inputs: MeetingInputs, meetings: MeetingDraft[]): void {
  for (const meeting of meetings) {
    if (meeting.participants.length > 0 || meeting.countries.length < 2 || meeting.status !== 'held') continue;
    const first = Math.min(...meeting.sentences);
    for (const mention of inputs.personMentions) {
      if (mention.sentence <= first || mention.sentence > first + 8 || !isSubject(inputs, mention.person) || insideQuotation(inputs.body, mention.start)) continue;
      const sentence = inputs.sentences[mention.sentence];
      if (!sentence) continue;
      const before = inputs.body.slice(Math.max(sentence.start, mention.start - 45), mention.start);
      const after = inputs.body.slice(mention.end, Math.min(sentence.end, mention.end + 40));
      if ((DELEGATE_OF.test(before) || DELEGATE_OF.test(after)) && !meeting.participants.includes(mention.person)) meeting.participants.push(mention.person);
    }
  }
}

// "head of the Russian delegation", "The Ukrainian delegation, led by", "a member of the Ukrainian team",
// "After about three hours of talks, Russian Deputy Defence Minister Alexander Fomin announced".
const DELEGATE_OF = /\b(?:delegation|negotiators?|negotiating team|(?:member|members|head) of the (?:\w+ )?team|of talks,)/i;

/**
 * "\"…,\" Xi told Blinken at the Great Hall of the People": a sentence that names two parties of an encounter held in
 * a city, and a building they were at in it, gives the encounter its finer place.
 */
export function venueFromAnotherSentence(inputs: MeetingInputs, meetings: MeetingDraft[]): void {
  const told = new Set(meetings.flatMap((meeting) => meeting.sentences));
  for (const meeting of meetings) {
    if (meeting.status !== 'held' || meeting.locationKind !== 'city' || meeting.participants.length < 2) continue;
    for (const venue of inputs.gazetteer.places) {
      if (venue.value.kind !== 'venue' || (venue.value.city != null && venue.value.city !== meeting.location)) continue;
      if (!/\bat\s+(?:the\s+)?$/.test(inputs.body.slice(Math.max(0, venue.start - 8), venue.start))) continue;
      const sentence = inputs.sentences.find((candidate) => candidate.start <= venue.start && venue.end <= candidate.end);
      if (!sentence || (told.has(sentence.index) && !meeting.sentences.includes(sentence.index))) continue;
      // "…, where he said India's UPI payment system would be launched in France, starting at the Eiffel Tower": a
      // building in what was said there.
      if (/,\s+where\s+(?:he|she|they)\s+(?:said|told|announced)\b/.test(inputs.body.slice(sentence.start, venue.start))) continue;
      // An encounter told as before the news takes a building of its own sentence only: "The four leaders last met in
      // Paris in October 2015" was not at the Chancellery of the day's talks.
      if (meeting.past && !meeting.sentences.includes(sentence.index)) continue;
      const named = new Set(inputs.personMentions.filter((mention) => mention.sentence === sentence.index).map((mention) => mention.person));
      // In a sentence of its own one party named is enough: "met Zelenskiy …, before holding talks at the Mariinskyi Palace".
      if (meeting.participants.filter((person) => named.has(person)).length < (meeting.sentences.includes(sentence.index) ? 1 : 2)) continue;
      // "received Modi at Allama Iqbal International Airport …. The two leaders then flew … to … Raiwind …, and held
      // talks there": an airport the encounter moved on from, to the town a later sentence of it names.
      const movedOn = AIRPORT.test(venue.value.name) && meeting.spans.some((span) => span.sentence > sentence.index && meeting.location !== null && inputs.body.slice(span.start, span.end).includes(meeting.location));
      if (movedOn) continue;
      // "Kim later held separate meetings in Hanoi with …, before Trong hosted a banquet for him at the International
      // Convention Centre": a building of another encounter the sentence tells, with someone else, is that one's.
      if (meetings.some((other) => other !== meeting && other.location === venue.value.name && other.sentences.includes(sentence.index) && other.participants.some((person) => !meeting.participants.includes(person)) && other.participants.filter((person) => meeting.participants.includes(person)).length < 2)) continue;
      setPlace(meeting, { location: venue.value.name, locationCountry: venue.value.country ?? meeting.locationCountry, locationKind: 'venue', city: meeting.location });
      break;
    }
  }
}

// Heads of state and government and their foreign ministers: who sits at a summit's table.
const SUMMIT_TITLE = /^(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince|Sultan|Foreign Minister|External Affairs Minister|Secretary-General|Secretary General)$/;

const LEADS_DELEGATION = /\b(?:led|leads|leading|headed|heads|heading) (?:the |his |her |its |[\p{Lu}][\p{L}]+['’]s )?(?:[\p{L}]+ )?delegation\b|\brepresent(?:ed|s|ing)\b/u;

// A sentence about what is still to come ("Li Qiang is due in Jakarta to join the East Asia Summit on Thursday"),
// narrower than a plan: "Lula said the accord would be a strong signal" still tells the summit.
const STILL_TO_COME = /\b(?:will|is set to|are set to|is due|are due|is expected to|are expected to|plans? to|scheduled)\b/i;
// Told as away: "skipped the summit", "did not attend", "sent Premier Li Qiang in his place".
const ABSENT = /\b(?:cancel(?:l)?ed|called off|had been (?:due|expected|scheduled)|skipp(?:ed|ing)|did not attend|didn't attend|not attending|absent|stayed away|stays away|in (?:his|her) place|in place of|instead of|was represented by|were represented by|by video|virtually|by phone|by telephone|was not invited|were not invited|barred)\b/i;

const STOOD_IN = /\b(?:was|were) represented by\s+(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * "South Africa's Ramaphosa, hosting the BRICS summit in Johannesburg, … Chinese President Xi Jinping welcomed the
 * step … Indian Prime Minister Narendra Modi and Brazilian President Lula also backed the decision": the leaders the
 * report goes on to name while it tells the summit took part in it. The story of the summit runs from its first
 * sentence until a sentence opens somewhere else ("In Riyadh, …") or reports another encounter elsewhere; those
 * told as away, or speaking from elsewhere, are left out.
 */
export function gatherSummitRoster(inputs: MeetingInputs, meetings: MeetingDraft[]): void {
  // The summit the report is about: the first one held, told in its opening sentences.
  const summit = meetings.find((meeting) => meeting.kind === 'summit' && meeting.status === 'held');
  if (summit && !summit.namedInFull && summit.location !== null && Math.min(...summit.sentences) <= 2) {
    const first = Math.min(...summit.sentences);
    const mentionsOf = new Map<number, PersonMention[]>();
    for (const mention of inputs.personMentions) {
      const list = mentionsOf.get(mention.sentence);
      if (list) list.push(mention);
      else mentionsOf.set(mention.sentence, [mention]);
    }
    const elsewhere = new Set(meetings.filter((other) => other !== summit && other.location !== null && !samePlace(other, summit)).flatMap((other) => other.sentences));
    // "… since 1969, when Prime Minister Sato Eisaku and President Richard Nixon met": leaders of an encounter of the past.
    const ofThePast = new Set(meetings.filter((other) => other.past).flatMap((other) => other.participants));
    for (const sentence of inputs.sentences.slice(first + 1)) {
      const text = inputs.body.slice(sentence.start, sentence.end);
      const opensElsewhere = /^(?:In|At|From|Back in|Meanwhile,? in)\s+\p{Lu}/u.test(text) && !text.startsWith(`In ${summit.location}`) && !(summit.city !== null && text.startsWith(`In ${summit.city}`));
      if (opensElsewhere || elsewhere.has(sentence.index)) break;
      // "Venezuela was represented by Vice President Delcy Rodríguez": whoever stood in for a leader was there.
      for (const mention of mentionsOf.get(sentence.index) ?? []) {
        if (!STOOD_IN.test(inputs.body.slice(Math.max(sentence.start, mention.start - 60), mention.start)) || !isSubject(inputs, mention.person) || summit.participants.includes(mention.person)) continue;
        summit.participants.push(mention.person);
      }
      if (ABSENT.test(text) || STILL_TO_COME.test(text)) continue;
      for (const mention of mentionsOf.get(sentence.index) ?? []) {
        if (!isSubject(inputs, mention.person) || insideQuotation(inputs.body, mention.start, sentence.start) || bystander(inputs.body, mention)) continue;
        // "after President Donald Trump's decision in December": whose decision, not who was there.
        if (/^['’]s?\b/.test(inputs.body.slice(mention.end, mention.end + 3))) continue;
        const roles = inputs.roles.filter((role) => role.person === mention.person && SUMMIT_TITLE.test(role.title));
        if (roles.length === 0 || summit.participants.includes(mention.person) || ofThePast.has(mention.person)) continue;
        // A minister sits at the table when leading a delegation: "Foreign Minister Sergei Lavrov led Russia's
        // delegation in person", not Ri Yong-ho named beside Kim.
        const minister = roles.every((role) => /Minister$/.test(role.title) && !/^Prime/.test(role.title));
        if (!minister || LEADS_DELEGATION.test(text)) summit.participants.push(mention.person);
      }
    }
  }
}

/**
 * "Modi travels on to Vienna later on Tuesday. He is scheduled to hold talks with Chancellor Karl Nehammer on
 * Wednesday": a journey by one person followed, in the next sentences, by a meeting of that person is where the
 * meeting happens, not an encounter of its own.
 */
export function joinTravelToMeeting(meetings: MeetingDraft[]): void {
  for (let i = meetings.length - 1; i >= 0; i -= 1) {
    const travel = meetings[i];
    if (!travel || travel.kind !== 'visit' || travel.participants.length !== 1) continue;
    const traveller = travel.participants[0] as number;
    const lastSentence = Math.max(...travel.sentences);
    const meeting = meetings.find(
      // "Modi left for Colombo later in the day. He will hold talks with …": gone there already, meeting there next.
      // Not a meeting in another country than the one travelled to: "a reciprocal visit to the United States. … Xi
      // would meet Putin in Samarkand".
      // "Díaz-Canel arrived in Moscow on Monday …. The Cuban leader last held talks with Putin in Moscow in October
      // 2019": an encounter told as before the news is not what the journey came for.
      // "Mr Wang is due in Suva on Sunday ahead of a meeting …, which he will co-host with Mr Bainimarama on Monday":
      // a plan told in the same sentence, with no place of its own, is there too.
      (other) => other !== travel && !other.past && other.participants.length >= 2 && other.participants.includes(traveller) && (other.status === travel.status || other.status === 'planned')
        && other.sentences.some((index) => (index > lastSentence && index <= lastSentence + 2) || (index === lastSentence && travel.status === 'planned' && other.status === 'planned' && other.location === null))
        && !(travel.destination !== undefined && other.locationCountry !== null && other.locationCountry !== travel.destination)
        // "On Sunday he travels on to Uzbekistan for a state visit and talks with President Islam Karimov": a meeting
        // on the way to another country is not where he arrived before.
        && !(other.destination !== undefined && travel.locationCountry !== null && other.destination !== travel.locationCountry)
        // "Díaz-Canel arrived in Moscow on Monday … From Russia he will travel to China, where he is expected to meet Xi
        // Jinping in Beijing": a meeting in another country is another stop.
        && !(travel.locationCountry !== null && other.locationCountry !== null && other.locationCountry !== travel.locationCountry),
    );
    if (!meeting) continue;
    if (meeting.location === null && travel.location !== null) setPlace(meeting, travel);
    meeting.date ??= travel.date;
    meetings.splice(i, 1);
  }
}

/**
 * Encounters on the days of the main one ("Putin also met Erdogan on Friday", "Later on Saturday, Faisal met
 * Raisi") took place where it did, or where the report was filed, unless the text names another place. The main
 * encounter itself, held in person on the days the report was filed and with no place of its own, took place at
 * the dateline ("NUSA DUA, Indonesia, Nov 14 (Reuters) - … held talks on Monday").
 */
export function placeAtMainEncounter(meetings: MeetingDraft[], dateline: MeetingInputs['datelinePlace'], publishedAt: string | null): void {
  const inPerson = (meeting: MeetingDraft): boolean => meeting.kind !== 'phone call' && meeting.kind !== 'video call' && !meeting.remote;
  const near = (a: string, b: string): boolean => Math.abs(Date.parse(a) - Date.parse(b)) <= 2 * 86_400_000;
  // An encounter told as before the news is not the day's main one, nor is one without a day ("is the first
  // Pakistani foreign minister to visit India since 2011").
  const main = meetings.find((meeting) => meeting.status === 'held' && !meeting.past && meeting.date !== null);
  if (!main || main.date === null) return;
  if (main.location === null && dateline && inPerson(main) && publishedAt !== null && near(main.date, publishedAt)) {
    setPlace(main, { location: dateline.name, locationCountry: dateline.country, locationKind: dateline.kind ?? 'city', city: dateline.kind === 'city' || !dateline.kind ? dateline.name : null });
  }
  const mainPlace: PlaceOf | null = main.location !== null ? main : dateline ? { location: dateline.name, locationCountry: dateline.country, locationKind: dateline.kind ?? 'city', city: dateline.name } : null;
  if (!mainPlace) return;
  for (const meeting of meetings) {
    // A stop of a tour is in the country it goes to.
    if (meeting === main || meeting.location !== null || meeting.date === null || !inPerson(meeting) || meeting.destination !== undefined) continue;
    if (meeting.inCountry !== undefined && meeting.inCountry !== mainPlace.locationCountry) continue;
    // "Kishida is set to hold talks with Zelensky on Sunday", at the summit of the day; but a planned visit goes
    // elsewhere, and so may a plan for another day: "On Monday, Biden will meet President Vo Van Thuong", the day
    // after his talks in Hanoi, says nothing of where. A summit goes on for days where it is.
    // "Modi is scheduled to hold talks with Putin on Monday on the sidelines of the gathering" is there too.
    if (meeting.status === 'planned' && (meeting.kind === 'visit' || main.kind === 'visit' || (meeting.date !== main.date && main.kind !== 'summit' && !meeting.beside))) continue;
    // "Muizzu held talks with Modi at Hyderabad House … He also called on President Droupadi Murmu": a building is
    // where the main two met, not where the day's other encounters took place.
    // Nor where a planned encounter of the same two will be: "… and then attend a state dinner offered by Piñera".
    if (mainPlace.locationKind === 'venue' && (!meeting.participants.every((person) => main.participants.includes(person)) || meeting.status === 'planned')) continue;
    // "At their annual summit in Tokyo on Friday …. Earlier that day, Modi held separate meetings with former prime
    // ministers", told from Sendai of Saturday's trip: a day spent elsewhere says nothing of where.
    const elsewhere = meeting.date !== main.date && meetings.some((other) => other.date === meeting.date && other.status === 'held' && !other.past && other.city !== null && other.city !== (mainPlace.city ?? mainPlace.location) && inPerson(other));
    if (near(meeting.date, main.date) && !elsewhere) setPlace(meeting, mainPlace);
  }
}
