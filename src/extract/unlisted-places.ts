import { allMatches } from './all-matches.ts';
import { COUNTRY_FORMS, ORGANIZATION_FORMS, PLACE_FORMS, type PlaceEntry } from './gazetteers/index.ts';
import type { GazetteerMentions } from './mentions.ts';
import { NOT_NAME_WORDS } from './name-words.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import type { PersonMention } from './persons.ts';

// A town no list holds, named where something happened: "a seminary in Deoband", "the attack on tourists in
// Pahalgam", "visiting Orakandi", "the reactor complex at Yongbyon". One or two capitalised words after "in", "at",
// "near" or a visit, ending the name: not "in Washington's", "in Chinese-financed", "at Istanbul's Dolmabahce".
// An Arabic article joins the words of one name: "at Bait al-Baraka".
// "at Brdo pri Kranju", "in Frankfurt am Main": a town's name joined by a small word of its language.
// "in Playa del Carmen": a particle inside the name, whose last word may be a listed town of its own.
const AFTER_PLACE_WORD = /\b(?:in|at|near|visit(?:s|ed|ing)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+|\s(?:al|el)-\p{Lu}\p{Ll}+|\s(?:pri|am|nad|upon|del|de la|de|da|do|dos|das)\s\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]|\.\p{L}|\s+\p{Lu})/gu;
const PARTICLE_INSIDE = /\s(?:del|de la|de|da|do|dos|das)\s\p{Lu}/u;

// Capitalised words after "in" that name no place: "in Parliament", "in Congress", "in English". "Korea" alone is
// the peninsula of two countries, which the country gazetteer leaves to context.
// Languages ("said in Farsi", "spoke in Amharic") and orders ("is a Jesuit") come after "in" and "a" too.
const NOT_PLACES = new Set([
  'Parliament', 'Congress', 'Person', 'Private', 'Public', 'Power', 'Korea',
  'English', 'French', 'Arabic', 'Russian', 'Spanish', 'Chinese', 'Portuguese', 'German', 'Persian', 'Farsi', 'Dari', 'Pashto', 'Urdu', 'Bengali', 'Tamil',
  'Turkish', 'Hindi', 'Japanese', 'Korean', 'Mandarin', 'Cantonese', 'Amharic', 'Swahili', 'Hebrew', 'Italian', 'Ukrainian', 'Polish', 'Vietnamese', 'Tagalog', 'Filipino', 'Malay', 'Bahasa', 'Kazakh', 'Uzbek', 'Latin',
  'Jesuit', 'Franciscan', 'Dominican', 'Benedictine',
  // "one of the holiest sites in Judaism", "in Nazi uniform": faiths and movements, not towns.
  'Judaism', 'Islam', 'Christianity', 'Buddhism', 'Hinduism', 'Sikhism', 'Nazi', 'Communist', 'Soviet',
]);

/**
 * Places the gazetteers do not know, found once persons, countries, places and bodies are known, so that none of
 * their words is taken for a town: "in Butler" is a town only where nobody is named Butler.
 */
export function findUnlistedPlaces(body: string, gazetteer: GazetteerMentions, persons: readonly { name: string; aliases: Iterable<string> }[], mentions: readonly PersonMention[]): PhraseMatch<PlaceEntry>[] {
  const known = [...gazetteer.countries, ...gazetteer.places, ...gazetteer.organizations, ...gazetteer.titles, ...mentions];
  const nameWords = new Set(persons.flatMap((person) => [person.name, ...person.aliases].flatMap((form) => form.split(/\s+/))));
  for (const match of [...gazetteer.organizations, ...gazetteer.places]) for (const word of match.surface.split(/\s+/)) nameWords.add(word);
  const found: PhraseMatch<PlaceEntry>[] = [];
  // A known form, a word of another name, or a span something else already holds.
  const taken = (name: string, start: number, end: number): boolean =>
    COUNTRY_FORMS.has(name) || PLACE_FORMS.has(name) || ORGANIZATION_FORMS.has(name) ||
    name.split(/\s+/).some((word) => NOT_NAME_WORDS.has(word) || NOT_PLACES.has(word) || COUNTRY_FORMS.has(word) || nameWords.has(word)) ||
    known.some((span) => span.start < end && start < span.end);
  for (const match of allMatches(AFTER_PLACE_WORD, body)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    // Demonyms and peoples too: "Congolese territory", "to Africans", "Chinese-financed".
    // Past a particle, a listed town inside the name is part of it: "Carmen" in "Playa del Carmen".
    const particle = PARTICLE_INSIDE.exec(name);
    const head = particle ? name.slice(0, particle.index) : name;
    if (/(?:ans|ese)$/.test(name) || COUNTRY_FORMS.has(name.split('-')[0] ?? '') || COUNTRY_FORMS.has(name) || PLACE_FORMS.has(name) || taken(head, start, start + head.length)) continue;
    // "at Sheetal Niwas, the presidential residence", "at Singha Durbar, the seat of government": a building.
    const building = APPOSED_KIND.test(body.slice(end, end + 60));
    found.push({ start, end, surface: name, value: { name, country: null, kind: building ? 'venue' : 'city' } });
  }
  // "between Haldibari in India and Chilahati in Bangladesh", "from San Jose, Costa Rica": a town told with its country.
  for (const country of gazetteer.countries) {
    // Not "the Legion of Honour, France's highest distinction".
    if (country.value.form !== 'name' || /^['’]s\b/.test(body.slice(country.end, country.end + 3))) continue;
    const town = TOWN_BEFORE_COUNTRY.exec(body.slice(Math.max(0, country.start - 60), country.start));
    const name = town?.[2] ?? '';
    if (!town || name === '') continue;
    const start = country.start - town[0].length + (town[1] ?? '').length;
    const end = start + name.length;
    if (taken(name, start, end) || found.some((span) => span.start < end && start < span.end)) continue;
    found.push({ start, end, surface: name, value: { name, country: country.value.country.name, kind: 'city' } });
  }
  // "a breakfast meeting at the European Council building", "received Haniyeh at the Dolmabahce Office in Istanbul":
  // a building no list holds, named by its own words and the kind of building it is. A body's name may be part of
  // it ("Foreign Ministry headquarters"), a person's may not.
  for (const match of allMatches(VENUE_AFTER_THE, body)) {
    const name = (match[1] ?? '').trim();
    const start = match.index + match[0].length - (match[1] ?? '').length;
    const end = start + name.length;
    // Not a name that goes on ("the US Institute of Peace") or a body's building told as its own ("the AU's headquarters");
    // an office's is a name: "at the President's Residence".
    if (PLACE_FORMS.has(name) || ORGANIZATION_FORMS.has(name) || (/['’]s\s/.test(name) && !OFFICE_HOLDERS.test(name)) || /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(body.slice(end, end + 12))) continue;
    if ([...gazetteer.places, ...mentions, ...found].some((span) => span.start < end && start < span.end)) continue;
    found.push({ start, end, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  // "a private dinner with Abe at Sukiyabashi Jiro, a tiny sushi restaurant", "signed the declaration at Biden's hotel
  // in Jerusalem, the Waldorf Astoria": a building named with what it is, in apposition.
  const apposed = [
    ...allMatches(NAME_THEN_KIND, body).map((match) => ({ name: match[1] ?? '', start: match.index + 'at '.length })),
    ...allMatches(OWNER_NAME_KIND, body).map((match) => ({ name: match[1] ?? '', start: match.index + match[0].length - (match[1] ?? '').length - (match[2] ?? '').length - 1 })),
    ...allMatches(KIND_THEN_NAME, body).map((match) => ({ name: match[1] ?? '', start: match.index + match[0].length - (match[1] ?? '').length })),
  ];
  for (const { name, start } of apposed) {
    const end = start + name.length;
    if (PLACE_FORMS.has(name) || ORGANIZATION_FORMS.has(name) || taken(name, start, end) || found.some((span) => span.start < end && start < span.end)) continue;
    found.push({ start, end, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  // "flew by helicopter to Camp Humphreys in Pyeongtaek": a military camp. "arrived on Tuesday at N'djili international
  // airport", "packed Ndolo airport": an airport no list holds, named by a town's word no list holds either.
  const airportTown = (name: string): string => name.replace(/\s+(?:international\s+)?airport$/, '');
  const named: [RegExp, (name: string, start: number, end: number) => boolean][] = [
    [CAMP_NAMED, (_name, start, end) => known.some((span) => span.start < end && start < span.end)],
    [AIRPORT_NAMED, (name, start) => taken(airportTown(name), start, start + airportTown(name).length)],
  ];
  for (const [pattern, excluded] of named) {
    for (const match of allMatches(pattern, body)) {
      const name = match[1] ?? '';
      const start = match.index + match[0].length - name.length;
      const end = start + name.length;
      if (excluded(name, start, end) || found.some((span) => span.start < end && start < span.end)) continue;
      found.push({ start, end, surface: name, value: { name, country: null, kind: 'venue' } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const CAMP_NAMED = /\b(?:at|to|in|near|from|visit(?:ed|ing|s)?)\s+(Camp\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
const AIRPORT_NAMED = /\b(?:at|in|to|from|into|packed|filled|reached)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:international\s+)?airport)\b/gu;

/** What a building is, told in apposition to its name: "a tiny sushi restaurant", "Biden's hotel". */
export const BUILDING_KIND = String.raw`(?:restaurant|hotel|resort|residence|palace|villa|estate|compound|guesthouse|guest house|museum|temple|shrine|castle|monastery)`;
const APPOSED_NAME = String.raw`((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,3})`;
const NAME_THEN_KIND = new RegExp(String.raw`\bat ${APPOSED_NAME}, (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}${BUILDING_KIND}\b`, 'gu');
const KIND_THEN_NAME = new RegExp(String.raw`\bat (?:his|her|their|\p{Lu}[\p{L}-]*['’]s) (?:[\p{Ll}-]+ )?${BUILDING_KIND}(?: in \p{Lu}[\p{L}-]+)?, the ${APPOSED_NAME}(?![\p{L}'’-])`, 'gu');

// "both men were driven to Putin's Bocharov Ruchei residence": a residence named between its owner and what it is.
const OWNER_NAME_KIND = /\b(?:to|at|in)\s+\p{Lu}[\p{L}-]*['’]s\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(residence|dacha|estate|villa|ranch|retreat|compound)\b/gu;

const APPOSED_KIND = new RegExp(String.raw`^,\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${BUILDING_KIND}|seat of (?:government|the (?:government|presidency)))\b`, 'u');

const VENUE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const OFFICE_HOLDERS = /^(?:President|Prime Minister|King|Queen|Governor|Emperor|Sultan|Emir)['’]s\s+\p{Lu}/u;
const VENUE_AFTER_THE = new RegExp(
  String.raw`\b(?:at|in|inside|outside) the ((?:${VENUE_WORD}\s+){1,4}(?:Palace|Hall|House|Office|Cent(?:er|re)|Building|Arena|Institute|Theat(?:re|er)|Mausoleum|Castle|Residence|Stadium|Hotel|Auditorium|Pavilion|Chancellery|Mosque|Cathedral|Basilica)|(?:${VENUE_WORD}\s+){1,3}(?:building|headquarters|complex|hotel|pavilion|airbase|palace|residence))(?![\p{L}'’-])`,
  'gu',
);

// A town right before its country, after a lower-case word so it opens no sentence: "… between Haldibari in India".
const TOWN_BEFORE_COUNTRY = /((?:^|[\p{Ll},])\s+)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:,\s+|\s+in\s+(?:the\s+)?)$/u;

/**
 * Where the body names again a town its dateline gives and no list holds: "Los Cabos, Mexico (dpa) - …. met at a
 * hotel in the Mexican resort of Los Cabos". A known place, a country or a span already read is left as it is.
 */
export function datelineTownMentions(body: string, name: string, at: number, from: number, gazetteer: GazetteerMentions): PhraseMatch<PlaceEntry>[] {
  if (PLACE_FORMS.has(name) || COUNTRY_FORMS.has(name) || ORGANIZATION_FORMS.has(name) || name.split(/\s+/).some((word) => NOT_NAME_WORDS.has(word) || NOT_PLACES.has(word))) return [];
  const known = [...gazetteer.countries, ...gazetteer.places, ...gazetteer.organizations, ...gazetteer.titles];
  // The dateline's own words, in whatever case it writes them ("LOS CABOS, Mexico"), then the body's.
  const found: PhraseMatch<PlaceEntry>[] = known.some((span) => span.start < at + name.length && at < span.end) ? [] : [{ start: at, end: at + name.length, surface: body.slice(at, at + name.length), value: { name, country: null, kind: 'city' } }];
  for (let start = body.indexOf(name, from); start >= 0; start = body.indexOf(name, start + name.length)) {
    const end = start + name.length;
    // Standing alone: not "the Lumbini Monastic Zone" after "Lumbini (Nepal), May 16 (PTI)".
    if (/[\p{L}\d'’-]/u.test(body[start - 1] ?? ' ') || /[\p{L}\d-]/u.test(body[end] ?? ' ') || /^\s\p{Lu}/u.test(body.slice(end, end + 2)) || /\p{Lu}[\p{L}'’.-]*\s$/u.test(body.slice(Math.max(0, start - 20), start)) || known.some((span) => span.start < end && start < span.end)) continue;
    found.push({ start, end, surface: name, value: { name, country: null, kind: 'city' } });
  }
  return found;
}
