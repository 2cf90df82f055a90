import type { Article } from '../domain/article.ts';
import type {
  Evidence, ExtractedCountry, ExtractedLocation, ExtractedMeeting, ExtractedOrganization, ExtractedPerson, ExtractedRole, ExtractedStatement, Extraction,
} from '../domain/extraction.ts';
import { countryId, locationId, organizationId, personId } from '../domain/ids.ts';
import { sha256Hex } from '../domain/sha256.ts';
import { findDates, type DateMention } from './dates.ts';
import { COUNTRY_BY_NAME, PLACE_FORMS } from './gazetteers/index.ts';
import { extractIndirectSpeech } from './indirect-speech.ts';
import { extractMeetings } from './meetings.ts';
import { cityStateNamed, findGazetteerMentions, PLACE_PREPOSITION } from './mentions.ts';
import { findPersons, type PersonMention } from './persons.ts';
import { extractQuotes } from './quotes.ts';
import { captionSpans, reportStart } from './read/byline.ts';
import { parseDateline, placeName } from './read/dateline.ts';
import { findRoles, type RoleDraft } from './roles.ts';
import { sentenceAt, splitSentences, type Sentence } from './sentences.ts';
import { datelineTownMentions, findUnlistedPlaces } from './unlisted-places.ts';
import type { SpeakerContext } from './speakers.ts';

export const EXTRACTOR_VERSION = 'rules-1';

/**
 * The extract stage: an Article in, its people, roles, countries, places, organizations, meetings and
 * statements out, each with evidence. Pure and deterministic: the same article always gives the same output.
 */
export function extractArticle(article: Article): Extraction {
  const { body } = article;
  const sentences = splitSentences(body);
  const gazetteer = findGazetteerMentions(body);
  // "NEW DELHI, March 2 (Reuters) -" → New Delhi
  // The dateline opens the report, after any photo caption kept at the top of the body.
  const reportAt = reportStart(body, article.title);
  const dateline = parseDateline(body.slice(reportAt));
  const datelineName = dateline?.place ? placeName(dateline.place) : null;
  // "Los Cabos, Mexico (dpa) - …. The two leaders met … in the Mexican resort of Los Cabos": a town no list holds is
  // the same place wherever the report names it again, not a person.
  if (dateline && datelineName !== null && !dateline.alone) {
    gazetteer.places.push(...datelineTownMentions(body, datelineName, reportAt, reportAt + dateline.length, gazetteer));
    gazetteer.places.sort((a, b) => a.start - b.start);
  }
  let { persons, mentions } = findPersons(body, sentences, gazetteer, article.authors, article.photographers, reportAt);
  // "Colombian President Juan Manuel Santos …. Santos said": the surname of someone named in full is the person, not
  // the Brazilian port, unless a preposition of place leads to it ("flew to Santos"). The people are read again
  // without the port, so that each such "Santos" is a mention of him.
  const surnames = new Set(persons.filter((person) => person.kind === 'subject' && person.name.includes(' ')).map((person) => person.name.split(' ').at(-1)));
  const surnamed = (match: (typeof gazetteer.places)[number]): boolean => match.value.uncurated === true && surnames.has(match.surface) && !PLACE_PREPOSITION.test(body.slice(Math.max(0, match.start - 8), match.start));
  if (gazetteer.places.some(surnamed)) {
    gazetteer.places.splice(0, gazetteer.places.length, ...gazetteer.places.filter((match) => !surnamed(match)));
    ({ persons, mentions } = findPersons(body, sentences, gazetteer, article.authors, article.photographers, reportAt));
  }
  // "Therese Kayikwamba Wagner": a body's name read as the end of a person's is no mention of the body.
  const withinName = spanContainment(mentions);
  gazetteer.organizations.splice(0, gazetteer.organizations.length, ...gazetteer.organizations.filter((match) => !withinName(match.start, match.end)));
  const roles = findRoles(body, mentions, gazetteer);
  // Towns no list holds ("in Pahalgam"), once every name is known; meetings and places see them as listed ones.
  const unlisted = findUnlistedPlaces(body, gazetteer, persons, mentions);
  // "Carmen" inside "Playa del Carmen" is no town of its own.
  gazetteer.places.splice(0, gazetteer.places.length, ...gazetteer.places.filter((match) => !unlisted.some((place) => place.start < match.start && match.end <= place.end)));
  gazetteer.places.push(...unlisted);
  gazetteer.places.sort((a, b) => a.start - b.start);
  countriesFromContext(roles, sentences, gazetteer);
  countriesOfDelegations(roles, sentences, gazetteer, mentions);
  const datesBySentence = new Map<number, DateMention[]>();
  for (const sentence of sentences) {
    const dates = findDates(sentence.text, article.publishedAt);
    if (dates.length > 0) datesBySentence.set(sentence.index, dates.map((date) => ({ ...date, start: date.start + sentence.start, end: date.end + sentence.start })));
  }
  const evidence = (start: number, end: number): Evidence => {
    const sentence = sentences[sentenceAt(sentences, start)];
    return { sentence: sentence?.index ?? 0, start, end, text: sentence?.text ?? body.slice(start, end) };
  };
  const context: SpeakerContext = { body, persons, personMentions: mentions, roles, organizations: gazetteer.organizations };

  // Each person's mentions and roles, in text order, gathered in one pass rather than one scan per person.
  const mentionsOf = persons.map((): PersonMention[] => []);
  for (const mention of mentions) mentionsOf[mention.person]?.push(mention);
  const rolesOfPerson = persons.map((): RoleDraft[] => []);
  for (const role of roles) rolesOfPerson[role.person]?.push(role);
  const extractedPersons: ExtractedPerson[] = persons.map((person, index) => {
    const own = mentionsOf[index] ?? [];
    return {
      id: personId(person.name),
      name: person.name,
      aliases: [...person.aliases].filter((alias) => alias !== person.name).sort(),
      roles: rolesOf(rolesOfPerson[index] ?? [], evidence),
      kind: person.kind,
      mentions: own.length,
      evidence: own.slice(0, 5).map((mention) => evidence(mention.start, mention.end)),
    };
  });

  const countries = new Map<string, ExtractedCountry>();
  const insidePerson = spanContainment(mentions);
  for (const match of gazetteer.countries) {
    if (insidePerson(match.start, match.end)) continue;
    const { country } = match.value;
    const entry = countries.get(country.iso2) ?? { id: countryId(country.iso2), name: country.name, iso2: country.iso2, iso3: country.iso3, mentions: 0, evidence: [] };
    entry.mentions += 1;
    if (entry.evidence.length < 5) entry.evidence.push(evidence(match.start, match.end));
    countries.set(country.iso2, entry);
  }

  const locations = new Map<string, ExtractedLocation>();
  const addLocation = (name: string, kind: ExtractedLocation['kind'], country: string | null, start: number, end: number, surface = name): void => {
    const iso2 = country ? COUNTRY_BY_NAME.get(country)?.iso2 ?? null : null;
    const id = locationId(name, iso2);
    const entry = locations.get(id) ?? { id, name, kind, country, aliases: [], mentions: 0, evidence: [] };
    entry.mentions += 1;
    if (surface.toLowerCase() !== name.toLowerCase() && !entry.aliases.includes(surface)) entry.aliases.push(surface);
    if (entry.evidence.length < 5) entry.evidence.push(evidence(start, end));
    locations.set(id, entry);
  };
  let datelinePlace: { name: string; country: string | null; kind: ExtractedLocation['kind'] } | null = null;
  if (dateline?.place && datelineName !== null && (!dateline.alone || PLACE_FORMS.has(datelineName))) {
    const name = datelineName;
    // "Singapore, Nov. 7 (CNA)": the city of the city-state.
    const cityState = cityStateNamed(name);
    const known = PLACE_FORMS.get(name) ?? (cityState !== null ? { name: cityState, country: cityState, kind: 'city' as const } : undefined);
    datelinePlace = { name: known?.name ?? name, country: known?.country ?? null, kind: known?.kind ?? 'city' };
    // "NAY PYI TAW, Jan 18 (Bernama)": the form the dateline writes is another name of the listed town.
    if (!gazetteer.places.some((match) => match.start === reportAt)) addLocation(known?.name ?? name, known?.kind ?? 'city', known?.country ?? null, reportAt, reportAt + dateline.place.length, name);
  }
  for (const match of gazetteer.places) addLocation(match.value.name, match.value.kind, match.value.country, match.start, match.end, match.surface);

  const organizations = new Map<string, ExtractedOrganization>();
  for (const match of gazetteer.organizations) {
    const { value } = match;
    const entry = organizations.get(value.name) ?? { id: organizationId(value.name), name: value.name, aliases: [], kind: value.kind, mentions: 0, evidence: [] };
    entry.mentions += 1;
    if (match.surface !== value.name && !entry.aliases.includes(match.surface)) entry.aliases.push(match.surface);
    if (entry.evidence.length < 5) entry.evidence.push(evidence(match.start, match.end));
    organizations.set(value.name, entry);
  }

  const captions = captionSpans(body);
  const inCaption = (offset: number): boolean => captions.some((caption) => offset >= caption.start && offset < caption.end);
  const meetingDrafts = extractMeetings({ body, sentences, persons, personMentions: mentions, roles, gazetteer, datesBySentence, publishedAt: article.publishedAt, datelinePlace, captions, datelineEnd: dateline ? reportAt + dateline.length : 0 });
  for (const draft of meetingDrafts) {
    if (draft.unlistedPlace && draft.location) addLocation(draft.location, 'city', null, draft.unlistedPlace.start, draft.unlistedPlace.end);
  }
  const meetings: ExtractedMeeting[] = meetingDrafts.map((draft) => {
    const participants = draft.participants.map((index) => persons[index]?.name ?? '').filter((name) => name !== '');
    return {
      id: stableId('meeting', [article.id, draft.kind, draft.date ?? '', draft.location ?? '', ...[...participants].sort()]),
      kind: draft.kind,
      date: draft.date,
      status: draft.status,
      plover: draft.plover,
      cameo: draft.cameo,
      participants,
      countries: draft.countries,
      location: draft.location,
      city: draft.city,
      evidence: draft.spans.map((span) => evidence(span.start, span.end)),
    };
  });

  const statements: ExtractedStatement[] = [];
  const meetingSentences = meetingDrafts.map((draft) => draft.sentences);
  const countryNames = [...countries.values()].map((country) => country.name);
  const personNames = extractedPersons.map((person) => person.name);
  for (const quote of extractQuotes(context, sentences)) {
    const first = quote.parts[0];
    const last = quote.parts[quote.parts.length - 1];
    // A caption's words are not anyone's statement.
    if (!first || !last || inCaption(first.start)) continue;
    const sentenceIndex = sentenceAt(sentences, first.start);
    statements.push({
      id: stableId('statement', [article.id, String(first.start), quote.text]),
      speaker: quote.speaker?.name ?? null,
      speakerType: quote.speaker?.type ?? null,
      text: quote.text,
      kind: 'direct',
      date: dateOfStatement(datesBySentence, quote.attributionSentence, sentenceIndex),
      via: quote.via,
      meeting: meetingOf(meetings, meetingSentences, sentenceIndex, quote.speaker?.name ?? null),
      about: aboutOf(body.slice(first.start, last.end), countryNames, personNames),
      evidence: quote.parts.map((part) => ({ ...evidence(part.start, part.end), text: body.slice(part.start, part.end) })),
    });
  }
  for (const indirect of extractIndirectSpeech(context, sentences)) {
    if (inCaption(indirect.start)) continue;
    statements.push({
      id: stableId('statement', [article.id, String(indirect.start), indirect.text]),
      speaker: indirect.speaker.name,
      speakerType: indirect.speaker.type,
      text: indirect.text,
      kind: 'indirect',
      date: dateOfStatement(datesBySentence, indirect.sentence, indirect.sentence),
      via: null,
      meeting: null,
      about: aboutOf(indirect.text, countryNames, personNames),
      evidence: [evidence(indirect.start, indirect.end)],
    });
  }

  return {
    article: { id: article.id, title: article.title, publishedAt: article.publishedAt, source: article.source, url: article.url, authors: [...article.authors] },
    persons: extractedPersons,
    countries: [...countries.values()],
    locations: [...locations.values()],
    organizations: [...organizations.values()],
    meetings,
    statements,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/**
 * A title stated without its country, opening a sentence that names no country, takes the country the sentence
 * before opens with ("China reacted angrily on Tuesday. Foreign Ministry spokesman Wang Wenbin said …"), or a
 * spokesman the body it opens with.
 */
function countriesFromContext(roles: RoleDraft[], sentences: readonly Sentence[], gazetteer: ReturnType<typeof findGazetteerMentions>): void {
  for (const role of roles) {
    if (role.country !== null || role.organization !== null) continue;
    const sentence = sentences[role.sentence];
    // Only a title opening its sentence takes a country from context; checked first since it is cheap. So does one
    // after "Its": "Ukraine was not pleased. Its foreign ministry spokesman Oleg Nikolenko wrote …".
    if (!sentence || (role.start !== sentence.start && !/^(?:Its|The country['’]s)\s+$/.test(sentence.text.slice(0, role.start - sentence.start)))) continue;
    const free = gazetteer.countries.filter(
      (match) => match.start >= sentence.start && match.end <= sentence.end && !roles.some((other) => other !== role && other.start <= match.start && other.end >= match.end),
    );
    const names = new Set(free.map((match) => match.value.country.name));
    const previous = sentences[role.sentence - 1];
    if (!previous || previous.paragraph < sentence.paragraph - 1) continue;
    // "China is New Zealand's largest trading partner. Tourism Minister Peeni Henare …": a sentence naming two
    // countries is about neither alone.
    const opening = names.size === 0 ? gazetteer.countries.find((match) => match.start === previous.start && match.value.form === 'name') : undefined;
    const others = opening ? gazetteer.countries.some((match) => match.start > previous.start && match.end <= previous.end && match.value.country.name !== opening.value.country.name) : false;
    if (opening && !others) role.country = opening.value.country.name;
    // "The Kremlin responded cautiously. Spokesman Dmitry Peskov told CNN that Russia …": a spokesman speaks for the
    // body the sentence before opens with.
    const body = opening ? undefined : gazetteer.organizations.find((match) => (match.start === previous.start || match.start === previous.start + 4) && match.value.kind === 'government');
    if (body && /^(?:Spokes(?:man|woman|person)|Press Secretary)$/.test(role.title)) role.organization = body.value.name;
  }
}

// "The Ukrainian side included … Foreign Minister Andrii Sybiha", "The US delegation was led by Rubio and National
// Security Adviser Mike Waltz", "Venezuela was represented by Vice President Delcy Rodríguez": the members listed after
// it are that country's; "Foreign Minister Sergei Lavrov led Russia's delegation": so is who led it.
const DELEGATION_LISTED = /\b(?:[Tt]he (\p{Lu}[\p{L}.]*) (?:side|delegation|team) (?:included|includes|was led by|is led by|was headed by|comprised|consisted of)|(\p{Lu}[\p{L}.]*) was represented by)\s/gu;
const DELEGATION_LED = /^\s+led (\p{Lu}[\p{L}.]*)['’]s delegation\b/u;

function listedBefore(sentence: Sentence, at: number): { start: number; end: number } | null {
  const before = sentence.text.slice(0, at - sentence.start);
  const match = /(?:^|,\s+|\band\s+)(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?:\s+(?:side|delegation|team))?\s+by\s+$/u.exec(before);
  if (!match || !match[1]) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length };
}

/** A title stated without its country, of a member of one country's delegation as the sentence lists it, is that country's. */
function countriesOfDelegations(roles: RoleDraft[], sentences: readonly Sentence[], gazetteer: ReturnType<typeof findGazetteerMentions>, mentions: readonly PersonMention[]): void {
  const countryAt = (start: number, end: number): string | null => gazetteer.countries.find((country) => country.start >= start && country.end <= end)?.value.country.name ?? null;
  for (const role of roles) {
    if (role.country !== null || role.organization !== null) continue;
    const sentence = sentences[role.sentence];
    if (!sentence) continue;
    const named = mentions.find((mention) => mention.person === role.person && mention.start >= role.start && mention.start <= role.end + 2);
    const led = named ? DELEGATION_LED.exec(sentence.text.slice(named.end - sentence.start)) : null;
    if (led && named) {
      role.country = countryAt(named.end, named.end + led[0].length);
      continue;
    }
    // "The UAE was represented by …, Bahrain by Crown Prince Salman bin Hamad Al Khalifa", "… and the Saudi side by
    // national security adviser Musaed Al-Aiban": the country named right before "by" in a list that leaves out the verb.
    const gapped = listedBefore(sentence, role.start);
    if (gapped && sentence.text.match(DELEGATION_LISTED)) {
      role.country = countryAt(sentence.start + gapped.start, sentence.start + gapped.end);
      continue;
    }
    // "China was represented by Premier Li Qiang, while Russian President Vladimir Putin … sent Foreign Minister Sergey
    // Lavrov": another country named in between ends the list.
    const listed = [...sentence.text.matchAll(DELEGATION_LISTED)].filter((match) => {
      const from = sentence.start + (match.index ?? 0) + match[0].length;
      return from <= role.start && !/[;.]/.test(sentence.text.slice(from - sentence.start, role.start - sentence.start)) && !gazetteer.countries.some((country) => country.start >= from && country.end <= role.start);
    });
    const last = listed.at(-1);
    if (last) role.country = countryAt(sentence.start + (last.index ?? 0), sentence.start + (last.index ?? 0) + last[0].length);
  }
}

/** One role per title: a title stated with its country wins over the same title without one. */
function rolesOf(drafts: readonly RoleDraft[], evidence: (start: number, end: number) => Evidence): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const draft of drafts) {
    const same = roles.find((role) => role.title === draft.title);
    if (same) {
      same.country ??= draft.country;
      same.organization ??= draft.organization;
      if (same.evidence.length < 3) same.evidence.push(evidence(draft.start, draft.end));
      continue;
    }
    roles.push({ title: draft.title, country: draft.country, organization: draft.organization, evidence: [evidence(draft.start, draft.end)] });
  }
  // "Ambassador Nicholas Burns, the U.S. ambassador to China": the bare title is the fuller one said shorter.
  const kept = roles.filter((role) => role.country !== null || role.organization !== null || !roles.some((other) => other !== role && other.title.startsWith(`${role.title} `)));
  // "Chinese leader Xi Jinping … President Xi": "leader" describes the holder of the other title, and that title
  // serves the same country.
  const titled = kept.filter((role) => !/^leader$/i.test(role.title));
  const result = titled.length > 0 ? titled : kept;
  const country = [...roles].find((role) => role.country !== null)?.country ?? null;
  for (const role of result) if (role.country === null && role.organization === null && country !== null && new Set(roles.map((other) => other.country).filter((name) => name !== null)).size === 1) role.country = country;
  return result;
}

/**
 * Whether a span lies inside one of `spans` (sorted by start): the spans starting at or before it are a prefix, and
 * one of them holds it when the furthest end among them reaches its end. Binary search instead of a scan per span.
 */
function spanContainment(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const span of spans) {
    furthest = Math.max(furthest, span.end);
    furthestEnd.push(furthest);
  }
  return (start, end) => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((spans[middle]?.start ?? Infinity) <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? -Infinity) >= end;
  };
}

function dateOfStatement(datesBySentence: ReadonlyMap<number, DateMention[]>, attribution: number, sentence: number): string | null {
  return datesBySentence.get(attribution)?.[0]?.date ?? datesBySentence.get(sentence)?.[0]?.date ?? null;
}

function meetingOf(meetings: readonly ExtractedMeeting[], sentencesOf: readonly number[][], sentence: number, speaker: string | null): string | null {
  for (let i = 0; i < meetings.length; i += 1) {
    const meeting = meetings[i];
    if (meeting && sentencesOf[i]?.includes(sentence) && (speaker === null || meeting.participants.includes(speaker))) return meeting.id;
  }
  return null;
}

function aboutOf(text: string, countries: readonly string[], persons: readonly string[]): string[] {
  return [...countries, ...persons].filter((name) => text.includes(name));
}

function stableId(kind: string, parts: readonly string[]): string {
  return `${kind}:${sha256Hex(parts.join('\u0000')).slice(0, 16)}`;
}

export type { Sentence };
