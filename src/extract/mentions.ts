import { allMatches, allMatchesHolding, anyOf } from './all-matches.ts';
import type { CountryForm, OrganizationEntry, PlaceEntry, TitleEntry } from './gazetteers/index.ts';
import { AMBIGUOUS_DEMONYMS, COUNTRY_FORMS, ORGANIZATION_FORMS, PLACE_FORMS, TITLE_FORMS } from './gazetteers/index.ts';
import { HONORIFICS, NOT_NAME_WORDS, SURNAME_TITLES } from './name-words.ts';
import { findBodiesNamedAlone, findCompanies, findLegislatures, findOrganizationNames, findPressServices } from './organization-names.ts';
import { PhraseMatcher, wordStarts, type PhraseMatch } from './phrase-matcher.ts';

export interface GazetteerMentions {
  countries: PhraseMatch<CountryForm>[];
  places: PhraseMatch<PlaceEntry>[];
  organizations: PhraseMatch<OrganizationEntry>[];
  titles: PhraseMatch<TitleEntry>[];
}

const countryMatcher = new PhraseMatcher(COUNTRY_FORMS);
const placeMatcher = new PhraseMatcher(PLACE_FORMS);
const organizationMatcher = new PhraseMatcher(ORGANIZATION_FORMS, true);
const titleMatcher = new PhraseMatcher(TITLE_FORMS);

/**
 * Gazetteer mentions in the body. A place inside an organization's name is not a place ("New York" in
 * "The New York Times"); a country inside one still counts ("Russian" in "Russian Foreign Ministry").
 */
export function findGazetteerMentions(body: string): GazetteerMentions {
  // "talks at the Kremlin", "at the Zhongnanhai leadership compound": a body named after its building, used as a place.
  const buildings: PhraseMatch<PlaceEntry>[] = [];
  const ministriesMetAt: { start: number; end: number }[] = [];
  const words = wordStarts(body);
  const organizations = organizationMatcher.findAll(body, 0, words).filter((match) => !spelledOutOtherwise(body, match.surface, match.value)).filter((match) => {
    // "welcomed Duda to Downing Street": a guest received at a building. "talks with Sunak at Downing Street" too,
    // and "visit the White House", "left the White House", "returned to the White House", "a White House ceremony".
    const before = body.slice(Math.max(0, match.start - 80), match.start);
    const asPlace =
      // "Lula's visit to the White House", "the Oval Office of the White House", "in the courtyard of the Elysee Palace".
      /\b(?:at|in|inside|outside|into|visit(?:s|ed|ing)?|leave|leaves|left|leaving|(?:return(?:s|ed|ing)?|back|visits?|trips?)\s+to|(?:Office|Garden|Room|Wing|Lawn|grounds|steps|gates?|courtyard|forecourt|gardens?)\s+of)\s+(?:the\s+)?$/.test(before) ||
      // "a virtual meeting from the White House": where one took part from; not "a readout from the Kremlin".
      /\b(?:meeting|summit|call|joined|spoke|speaking|took part|taking part|participated|hosted|address|remarks|speech|across)\b[^.;,]{0,40}?\bfrom\s+(?:the\s+)?$/.test(before) ||
      /\b(?:welcom|receiv|host)(?:ed|es|e|s|ing)?\b[^.;]{0,60}?\bto\s+(?:the\s+)?$/.test(before) ||
      /^\s+(?:ceremony|meeting|visit|dinner|summit|lawn|balcony|walls?)\b/.test(body.slice(match.end, match.end + 12));
    // "the Kremlin leader said", "jailed Kremlin critic Alexei Navalny": the building's name describes a person,
    // and names neither the body nor a place.
    if (match.value.building && /^\s+(?:leader|critics?|foes?|opponents?|insiders?)\b/.test(body.slice(match.end, match.end + 12))) return false;
    // "kept his distance from the Kremlin's war": whose war, the body.
    // "met at the Treasury Department in talks hosted by …": a ministry the encounter was held at is its building.
    const metAt = match.value.kind === 'government' && /\b(?:met|meet|meets|meeting|talks|held|host|hosts|hosted|hosting|received)\s+(?:[\w-]+\s+){0,6}?at\s+(?:the\s+)?$/.test(before);
    if (!(match.value.building || metAt) || !(asPlace || metAt) || /^['’]s\b/.test(body.slice(match.end, match.end + 3))) return true;
    buildings.push({ start: match.start, end: match.end, surface: match.surface, value: { name: match.value.name, country: match.value.country, kind: 'venue', city: match.value.city } });
    // The ministry met at is still named as the body it is.
    if (!match.value.building) ministriesMetAt.push(match);
    return !match.value.building;
  });
  const titles = titleMatcher.findAll(body, 0, words);
  const inside = (match: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean =>
    spans.some((span) => match.start >= span.start && match.end <= span.end && (match.start !== span.start || match.end !== span.end));
  organizations.push(...findCountryBodies(body, organizations));
  // "the USS Missouri" is a ship.
  // "the Miraflores Locks" is no Miraflores palace: a one-word venue name inside a longer name is not the venue.
  const listed = placeMatcher.findAll(body, 0, words).filter((match) =>
    (!(match.value.uncurated || (match.value.kind === 'venue' && !/\s/.test(match.surface))) || standsAlone(body, match)) &&
    !SHIP_PREFIX.test(body.slice(Math.max(0, match.start - 5), match.start)) &&
    (!match.value.small || PLACE_PREPOSITION.test(body.slice(Math.max(0, match.start - 8), match.start))));
  // First the venues, which take the listed places they contain out of `listed`.
  const venues = withoutListed(findVenues(body), listed);
  const placeMatches = [...listed, ...venues].sort((a, b) => a.start - b.start);
  const byHead = findOrganizationNames(body, organizations, placeMatches);
  const legislatures = findLegislatures(body).filter((legislature) => !byHead.some((match) => match.start <= legislature.start && match.end >= legislature.end));
  const companies = findCompanies(body, [...placeMatches, ...organizations, ...byHead]);
  const alone = findBodiesNamedAlone(body).filter((match) => !byHead.some((other) => other.start < match.end && match.start < other.end));
  const named = [...byHead, ...legislatures, ...alone, ...companies, ...findPressServices(body)];
  const replaced = organizations.filter((known) => named.some((match) => match.start <= known.start && match.end >= known.end && (match.start !== known.start || match.end !== known.end)));
  // "at the U.S. Embassy": the mission one is at is a place; the same words as the subject of "said" are the body.
  const missions = venues.filter((venue) => MISSION.test(venue.surface));
  organizations.splice(0, organizations.length, ...[...organizations.filter((known) => !replaced.includes(known)), ...named].filter((body) => !missions.some((mission) => mission.start === body.start)));
  organizations.sort((a, b) => a.start - b.start);
  // "the Munich Security Conference", "the Raisina Dialogue in New Delhi": a gathering named after its city still names the city.
  const gathering = organizations.filter((organization) => /\b(?:Conference|Forum|Summit|Dialogue|Talks)$/.test(organization.surface));
  // "in the White House Rose Garden": the building is part of the longer place's name, not a place of its own.
  const places = [...placeMatches, ...buildings.filter((building) => !inside(building, placeMatches))]
    .sort((a, b) => a.start - b.start)
    .filter((place) => ministriesMetAt.some((ministry) => ministry.start === place.start && ministry.end === place.end) || ((!inside(place, organizations) || gathering.some((event) => event.start === place.start && place.value.kind === 'city')) && !organizations.some((o) => o.start === place.start && o.end === place.end)));
  // "the former Soviet republics of Central Asia": states that were part of the Union, not the Union.
  const countries = countryMatcher.findAll(body, 0, words).filter((country) => !places.some((place) => overlaps(place, country) && place.end - place.start > country.end - country.start) && !(country.surface === 'Soviet' && /^\s+(?:republics?|states?|space|bloc)\b/.test(body.slice(country.end, country.end + 12))));
  countries.push(...demonymsOfTheOneNamed(body, countries, [...places, ...organizations]));
  countries.sort((a, b) => a.start - b.start);
  placesOfCityStates(body, countries, places);
  unplaceAliasedVenues(places, countries);
  // "the collapse of the Soviet Union": a country's name shaped like a body's is the country.
  // "U.S. Treasury Secretary Scott Bessent": "Treasury" begins a country's title, so "U.S. Treasury" is no mention of
  // the body. A body's own title keeps it: "European Commission President", "Chinese Foreign Ministry spokesperson".
  const bodies = organizations.filter(
    (organization) =>
      !countries.some((country) => country.value.form === 'name' && country.start === organization.start && country.end === organization.end) &&
      !titles.some((title) => title.value.country !== null && title.start > organization.start && title.start < organization.end && title.end > organization.end),
  );
  const covered = [...countries, ...places, ...bodies];
  return { countries, places, organizations: bodies, titles: titles.filter((title) => !isSurname(body, title, covered)) };
}

/**
 * "held talks with Ethiopian Prime Minister Hailemariam Desalegn at the National Palace": a venue known by a common
 * English form is the listed one (Mexico City's Palacio Nacional) only in a report that names its country or its city;
 * elsewhere it is the building of that name, in no city the list knows.
 */
function unplaceAliasedVenues(places: PhraseMatch<PlaceEntry>[], countries: readonly PhraseMatch<CountryForm>[]): void {
  places.forEach((place, i) => {
    const venue = place.value;
    if (venue.kind !== 'venue' || !venue.city || place.surface.toLowerCase() === venue.name.toLowerCase()) return;
    if (countries.some((country) => country.value.country.name === venue.country) || places.some((other) => other.value.kind === 'city' && other.value.name === venue.city)) return;
    places[i] = { ...place, value: { name: place.surface, country: null, kind: 'venue', city: null } };
  });
}

// "first met in Singapore", "at Monaco": a city-state named as where something happens is a place there, not a
// country taking part. "Singapore's Prime Minister" stays the country. Djibouti's capital bears its name: "met in
// Djibouti on Thursday". One a where-clause follows is the place of that clause, and still a country named.
const CITY_STATES = new Set(['SG', 'MC', 'DJ']);
const PLACE_BEFORE = /\b(?:in|at)\s+$/;
// "Moon flies to Singapore, where he is due to hold talks": the city the clause after it is in.
const WHERE_AFTER = /^,\s+where\b/;

/** The city-state a place name stands for ("Singapore" in "Singapore, Nov. 7 (CNA)"), or null. */
export function cityStateNamed(name: string): string | null {
  const form = COUNTRY_FORMS.get(name);
  return form?.form === 'name' && CITY_STATES.has(form.country.iso2) ? form.country.name : null;
}

/** Moves a city-state's name used as a place from `countries` to `places`, each list kept in text order. */
function placesOfCityStates(body: string, countries: PhraseMatch<CountryForm>[], places: PhraseMatch<PlaceEntry>[]): void {
  const moved = countries.filter(
    (country) => country.value.form === 'name' && CITY_STATES.has(country.value.country.iso2) && (PLACE_BEFORE.test(body.slice(Math.max(0, country.start - 4), country.start)) || WHERE_AFTER.test(body.slice(country.end, country.end + 8))),
  );
  if (moved.length === 0) return;
  // Where a where-clause follows, the report still names the country it travels to.
  countries.splice(0, countries.length, ...countries.filter((country) => !moved.includes(country) || WHERE_AFTER.test(body.slice(country.end, country.end + 8))));
  const name = (country: PhraseMatch<CountryForm>) => country.value.country.name;
  places.push(...moved.map((country) => ({ start: country.start, end: country.end, surface: country.surface, value: { name: name(country), country: name(country), kind: 'city' as const } })));
  places.sort((a, b) => a.start - b.start);
}

const AMBIGUOUS_DEMONYM = new RegExp(String.raw`\b(?:${[...AMBIGUOUS_DEMONYMS.keys()].join('|')})\b`, 'g');

/**
 * "Congolese Foreign Minister Therese Kayikwamba Wagner" in a report that names the Democratic Republic of Congo and
 * not the Republic of Congo: a demonym two countries share stands for the one the report names. Naming both, or
 * neither, leaves it no country's. Not inside a place or a body ("the Korean Peninsula").
 */
function demonymsOfTheOneNamed(body: string, countries: readonly PhraseMatch<CountryForm>[], names: readonly { start: number; end: number }[]): PhraseMatch<CountryForm>[] {
  const found: PhraseMatch<CountryForm>[] = [];
  for (const match of allMatches(AMBIGUOUS_DEMONYM, body)) {
    const candidates = AMBIGUOUS_DEMONYMS.get(match[0]) ?? [];
    const named = candidates.filter((candidate) => countries.some((country) => country.value.form === 'name' && country.value.country.iso2 === candidate.iso2));
    const span = { start: match.index, end: match.index + match[0].length };
    if (named.length !== 1 || names.some((name) => overlaps(name, span))) continue;
    found.push({ ...span, surface: match[0], value: { country: named[0] as CountryForm['country'], form: 'demonym' } });
  }
  return found;
}

// A country's own bodies not in the gazetteer: "the Chinese foreign ministry", "the Colombian presidency",
// "Russia's Defence Ministry". "the U.S. military", "the Pakistani army" describe a country's forces rather
// than name a body; forces with names of their own ("Armed Forces of the Philippines") are listed.
// Embassies too, with the city they are in: "the Chinese embassy", "the U.S. Embassy in Hanoi", "China's embassy in
// Port Moresby"; not "at the Afghan embassy", a place.
const COUNTRY_BODY = /\b((?:[\p{Lu}][\p{L}.]+)(?:['’]s)?) ((?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Tt]rade|[Ee]nergy|[Jj]ustice) [Mm]inistry|[Pp]residency|[Ee]mbassy(?: in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?)\b/gu;
// Every match holds one of these words (see allMatchesHolding); so do those of the patterns below with theirs.
const COUNTRY_BODY_WORDS = anyOf(['inistry', 'residency', 'mbassy']);

function findCountryBodies(body: string, known: readonly PhraseMatch<OrganizationEntry>[]): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  for (const match of allMatchesHolding(COUNTRY_BODY, body, COUNTRY_BODY_WORDS)) {
    const qualifier = (match[1] ?? '').replace(/['’]s$/, '');
    const country = COUNTRY_FORMS.get(qualifier);
    // "Colombia's presidency" describes; "the Colombian presidency" names. Ministries and embassies are named either way.
    if (!country || (/['’]s$/.test(match[1] ?? '') && !/[Mm]inistry$|^[Ee]mbassy/.test(match[2] ?? ''))) continue;
    if (/^[Ee]mbassy/.test(match[2] ?? '') && /\bat\s+the\s+$/.test(body.slice(Math.max(0, match.index - 8), match.index))) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (known.some((organization) => organization.start < end && start < organization.end)) continue;
    const name = match[0];
    // "Indian foreign ministry spokesman Arindam Bagchi" in a report that names India's Ministry of External Affairs:
    // that ministry, by the name the report gives it.
    const ministry = /^[Ff]oreign [Mm]inistry$/.test(match[2] ?? '') ? known.find((organization) => organization.value.country === country.country.name && /^(?:Ministry of (?:Foreign|External) Affairs|Foreign Ministry|State Department|Foreign Office)$/.test(organization.value.name)) : undefined;
    found.push({ start, end, surface: name, value: ministry?.value ?? { name, kind: 'government', aliases: [], country: country.country.name, building: false, city: null } });
  }
  return found;
}

/**
 * An acronym the article spells out as something else: "India's National Security Adviser Ajit Doval …. \"The NSA
 * emphasised …\"" is the adviser, not the National Security Agency.
 */
function spelledOutOtherwise(body: string, surface: string, entry: OrganizationEntry): boolean {
  if (!/^[A-Z]{3,6}$/.test(surface) || surface === entry.name) return false;
  const spelled = new RegExp(String.raw`\b` + [...surface].map((letter) => letter + String.raw`\p{Ll}+`).join(String.raw`\s+`) + String.raw`\b`, 'gu');
  return allMatches(spelled, body).some((match) => match[0] !== entry.name && !entry.aliases.includes(match[0]));
}

// Named venues of diplomacy: "the Great Hall of the People", "Konstantinovsky Palace", "Miraflores palace",
// "the Oval Office", "Vostochny Cosmodrome", "the Temple of Heaven", "Naval Base Point Loma", "Joint Base
// Elmendorf-Richardson", "Hyderabad House",
// "Argyle International Airport", "Orly airport", "Villa Doria Pamphili", "Sukhbaatar Square", "Peace Memorial Park",
// "Yasukuni Shrine", "Seoul National Cemetery", "St. Peter's Basilica", "the Palace of Independence", "Palacio de las Garzas",
// "the Kosyam presidential palace", "the Biarritz town hall", "Trump Tower", "the Brandenburg Gate", "Thornton
// Manor", "Urugwiro Village", "the Presidential Villa", "the Presidential Secretariat", "the Archmere Academy" (not
// "the Chinese Academy of Sciences"), "the East Room", "the Presidential Complex" in Ankara, "the Shangri-La Hotel",
// "the King Abdulaziz International Conference Center", talks "at the Prime Minister's Office", "the Capitoline Museums",
// "Schloss Elmau", "Istana Nurul Iman", "the Church of the Nativity", "St Peter's Church" (not "the Church of England").
const VENUE = new RegExp(
  String.raw`(?:(?:H[ôo]tel (?:de (?:la )?|des |du )\p{Lu}\p{L}+|(?:Palacio|Palácio|Palais|Palazzo|Casa|Quinta|Fort|Château|Chateau|Schloss|Istana) (?:de (?:las? |los )?|do |da |dos |das |des |du |della |delle |di )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})|(?:\p{Lu}[\p{L}'’.-]+[ \u00a0]+){0,2}Palace of (?:the )?\p{Lu}\p{L}+|(?:\p{Lu}[\p{L}'’.-]+[ \u00a0]+){1,3}(?:(?:presidential |royal )?[Pp]alace|[Tt]own [Hh]all|[Cc]ity [Hh]all|Cosmodrome|Mansion|Monastery|Castle|Lawn|Mandapam|(?:Convention|Conference) Cent(?:er|re)|Hotel|Square|Memorial Park|[Aa]irport|Air Base|Shrine|Temple|Cemetery|[Ss]tadium|Basilica|Cathedral|Mosque|Mausoleum|Museums?|Gallery(?: of \p{Lu}\p{L}+)?|Pavilion|State Guesthouse|Guest House|Tower|Gate|Manor|Cottage|Lodge|Village|Villa|Secretariat|Academy(?![ \u00a0]+of\b)|Room|Complex)|(?:\p{Lu}[\p{L}'’.-]+[ \u00a0]+){1,2}House(?![ \u00a0]+of\b)|Villa(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]+){1,3}|(?:Great )?Hall of the People|Oval Office|(?:Federal )?Chancellery(?<=\bthe (?:Federal )?Chancellery)(?: of the Prime Minister)?|(?:\p{Lu}[\p{L}'’.-]+[ \u00a0]+)?Presidential Office|Prime Minister['’]s Office(?<=\bat the Prime Minister['’]s Office)|Temple of \p{Lu}\p{L}+|(?:\p{Lu}[\p{L}'’.-]+[ \u00a0]+){0,2}(?:Church|Cathedral|Basilica|Chapel) of (?:the |St\.? |Saint |Our )\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?: of (?:the )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)?|St\.? \p{Lu}\p{L}+['’]s (?:Church|Chapel)|(?:Naval|Joint|Air Force) Base(?:[ \u00a0]+\p{Lu}[\p{L}-]+){1,3})\b`,
  'gu',
);
// "in Gyeongju", "at Entebbe", "his hometown of Wilmington".
export const PLACE_PREPOSITION = /\b(?:in|at|near|from|to|of)\s$/;
const SHIP_PREFIX = /\b(?:USS|HMS|INS|HMAS|HMCS)\s$/;
const LEADING_FUNCTION_WORD = /^(?:The|At|In|On|From|To|Inside|Outside)\s+/;
const VENUE_OWNER = /^(?:\p{Lu}[\p{L}.-]*['’]s\s+|(?:U\.S\.|US|UK|U\.K\.)\s+(?!House\b))/u;

/**
 * Venues the pattern finds, less those the gazetteer already knows: "at the Mariinsky Palace" is the listed venue in
 * Kyiv. The pattern's longer name wins over a listed part of it ("Miraflores palace" over "Miraflores"), keeping
 * what the list knows of it.
 */
function withoutListed(venues: readonly PhraseMatch<PlaceEntry>[], listed: PhraseMatch<PlaceEntry>[]): PhraseMatch<PlaceEntry>[] {
  const kept: PhraseMatch<PlaceEntry>[] = [];
  for (const venue of venues) {
    const known = listed.findIndex((place) => overlaps(place, venue));
    const place = listed[known];
    if (!place) kept.push(venue);
    else if (venue.end - venue.start > place.end - place.start && venue.start <= place.start && venue.end >= place.end && place.value.kind === 'venue') {
      listed.splice(known, 1);
      // "Miraflores palace" is the listed Miraflores; "the National Palace of Culture" in Guatemala City is not the
      // listed National Palace of Mexico City, so it keeps nothing of it.
      const same = !/\bof\b/.test(venue.surface.slice(place.end - venue.start));
      const name = venue.surface.toLowerCase() === place.value.name.toLowerCase() ? place.value.name : venue.surface;
      kept.push({ ...venue, value: same ? { ...place.value, name } : { name: venue.surface, country: null, kind: 'venue' } });
    } else if (place.value.kind === 'city' && venue.end === place.end && venue.start < place.start && /\bof\s+(?:the\s+)?$/.test(venue.surface.slice(0, place.start - venue.start))) {
      // "the Palace of Versailles": a building named after the town it stands in.
      listed.splice(known, 1);
      kept.push({ ...venue, value: { name: venue.surface, country: place.value.country, kind: 'venue', city: place.value.name } });
    } else if (place.value.kind === 'region' && venue.value.kind === 'region' && venue.start === place.start && venue.end > place.end) {
      // "Guangdong province": the listed region under the name the text gives it.
      listed.splice(known, 1);
      kept.push({ ...venue, value: { ...place.value, name: venue.surface } });
    } else if (place.value.kind === 'city' && venue.start === place.start && venue.end > place.end) {
      // "Seoul National Cemetery": a building named after its city, in that city.
      listed.splice(known, 1);
      kept.push({ ...venue, value: { name: venue.surface, country: place.value.country, kind: 'venue', city: place.value.name } });
    }
  }
  return kept;
}

// A named estate told with what it is: "at the Kuksaroy country residence", "the Akorda presidential residence",
// "talks at the Sofitel Legend Metropole hotel", "the luxury resort of Borgo Egnazia". The name is the venue's; the
// whole phrase is another form of it.
// "the Costa Salguero convention centre", "the Lombrum naval base", "the Cidade Alta complex", "the Jeshoreshwari Kali
// temple" too.
// "the Suárez y Reyes presidential residence": Spanish, Portuguese and Italian names join their words with "y", "de", "da"….
const DESCRIBED_VENUE = /\b(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:y|e|de|del|da|do|dos|das|di|la|las|los)\s+)?\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:country|presidential|official|state|summer|private|seaside|mountain)\s+)?(?:residence|resort|hotel|estate|convention cent(?:re|er)|naval base|air base|complex|temple|restaurant)\b|\b(?:resort|estate|residence) of (\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\b/gu;
const DESCRIBED_VENUE_WORDS = anyOf(['residence', 'resort', 'hotel', 'estate', 'convention cent', 'naval base', 'air base', 'complex', 'temple', 'restaurant']);

// A mission one is at, in front of or visits: "his press conference at the Afghan embassy", "the statue in front of the
// Japanese Embassy in Seoul", "met staff at the newly reopened U.S. Embassy"; not "move the US embassy to Jerusalem",
// nor "the U.S. Embassy in Hanoi said", which is the mission speaking, nor "ordered most staff at the U.S. Embassy in
// Kyiv to leave", its people.
const EMBASSY = /\b(?:at|in front of|outside|inside|premises of|visited|toured)(?<!\b(?:most|all|the|some|its|non-essential) (?:staff|personnel|employees|diplomats) (?:at|in front of|outside|inside|premises of|visited|toured)) the (?:newly (?:re)?opened )?((?:U\.S\.|US|U\.K\.|UK|\p{Lu}\p{L}+) (?:[Ee]mbassy|High Commission))\b(?! (?:officials?|staff|spokes\w+|said|says)\b)/gu;

const MISSION = / (?:[Ee]mbassy|High Commission)$/;

// Land and water named by what they are: "the Euphrates River", "Lake Ohrid", "the Galwan Valley", "Guanabara Bay",
// "the Panama Canal", "the Grand Ethiopian Renaissance Dam", "Manus Island", "Mount Paektu"; not "Pacific Island
// countries".
// "the Lake Chad region" is the lake's.
const FEATURE = /\b(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:River|Valley|Bay|Canal|Dam|Island|Peninsula)\b(?!\s+\p{Lu}|\s+(?:nations?|countries|country|states?|leaders|forum|region)\b)|(?:Lake|Mount) \p{Lu}[\p{L}'’-]+\b(?!\s+\p{Lu}|\s+(?:nations?|countries|country|states?|leaders|forum)\b))/gu;
const FEATURE_WORDS = anyOf(['River', 'Valley', 'Bay', 'Canal', 'Dam', 'Island', 'Peninsula', 'Lake', 'Mount']);

// Buildings and grounds named by what they are: "the Lincoln Memorial", "the National Slavery Museum", "the Museum of
// Modern Art", "the Arthur Chung Conference Centre", "Parliament Hill", "Uhuru Gardens", "Chancay Port", "the Hall of
// Mirrors", "the Ronald Reagan Presidential Library", "Pearl Harbor", "the Western Wall".
// "the Tomb of the Unknown Soldier" too.
const GROUNDS = /\b(?:\p{Lu}[\p{L}'’-]+\s+(?:(?:and\s+)?\p{Lu}[\p{L}'’-]+\s+){0,3}(?:Memorial|Museum|Conference Cent(?:er|re)|Hill|Gardens|Port|Harbou?r|(?:Presidential )?Library|Wall)|(?:Museum|Hall) of (?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+|Tomb of the (?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu})/gu;
const GROUNDS_WORDS = anyOf(['Memorial', 'Museum', 'Conference Cent', 'Hill', 'Gardens', 'Port', 'Harbo', 'Library', 'Wall', 'Hall of', 'Tomb of the']);

// A university one is at: "a speech at Nazarbayev University", "students at the University of Ouagadougou", "talks at
// Far Eastern Federal University".
const UNIVERSITY = /\b(?:(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}University(?:\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?|University of \p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\b/gu;
const UNIVERSITY_WORDS = anyOf(['University']);

// A hall one is at: "called on Governor General Mary Simon at Rideau Hall". Only after a word of place, since "Hall"
// ends names of people too ("Stuart Hall"); "the Great Hall of the People" is the listed venue.
const HALL_AT = /\b(?:at|in|inside|outside|to|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,2}Hall)\b(?!\s+(?:of\b|\p{Lu}))/gu;
const HALL_WORDS = anyOf(['Hall']);

// Places that are no building: "the Senkaku Islands", "Second Thomas Shoal", "Shaanxi province".
// "Zhejiang Province", "Mie Prefecture" too.
const AREA = /\b(?:(?:\p{Lu}[\p{L}'’.-]+\s+){1,2}(?:Islands|Shoal|Reef|Atoll)|\p{Lu}\p{L}+ (?:[Pp]rovince|[Pp]refecture|[Oo]blast))\b/gu;
const AREA_WORDS = anyOf(['Islands', 'Shoal', 'Reef', 'Atoll', 'rovince', 'refecture', 'blast']);
// "the Sokol district", "Sentosa island": the place is named without what it is; not "Pacific island countries".
const DESCRIBED_AREA = /\b(\p{Lu}\p{L}+) (?:district|island)\b(?!\s+(?:countries|nations|states|leaders|forum)\b)/gu;

// A town told by what it is: "the western German city of Aachen", "the Greek border village of Psarades", "the holy
// city of Najaf", "his hometown of Tungipara".
// "the southern cities of Basra, Najaf and Karbala": each of them.
const TOWN_OF = /\b(?:city|town|village|hometown|port|capital|district) of (\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\b(?![ -]\p{Lu})/gu;
const TOWNS_OF = /\b(?:cities|towns|villages|districts) of ((?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, )*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,? and \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b(?![ -]\p{Lu})/gu;

// Venues the pattern finds by one word: "at the Chancellery".
const ONE_WORD_VENUES = new Set(['Chancellery']);

function findVenues(body: string): PhraseMatch<PlaceEntry>[] {
  const venues: PhraseMatch<PlaceEntry>[] = [];
  for (const match of allMatchesHolding(AREA, body, AREA_WORDS)) {
    // "the Japan-controlled Senkaku Islands", "the British-ruled Falkland Islands": who holds it is not part of the name.
    const lead = (LEADING_FUNCTION_WORD.exec(match[0])?.[0].length ?? 0) + (/^(?:The\s+)?\p{Lu}[\p{L}.]*-(?:controlled|claimed|held|administered|occupied|ruled|governed)\s+/u.exec(match[0])?.[0].length ?? 0);
    const name = match[0].slice(lead);
    // Not "an Ethiopian province", nor a place inside a longer name: "Forum for India-Pacific Islands Cooperation".
    if (!/\s/.test(name) || ORGANIZATION_FORMS.has(name) || COUNTRY_FORMS.has(name) || COUNTRY_FORMS.has(name.split(' ')[0] ?? '') || CAPITALISED_AFTER.test(body.slice(match.index + match[0].length, match.index + match[0].length + 2))) continue;
    venues.push({ start: match.index + lead, end: match.index + match[0].length, surface: name, value: { name, country: null, kind: 'region' } });
  }
  const towns = [...allMatches(TOWN_OF, body)].map((match) => ({ start: match.index + match[0].length - (match[1] ?? '').length, name: match[1] ?? '' }));
  for (const match of allMatches(TOWNS_OF, body)) {
    const listStart = match.index + match[0].length - (match[1] ?? '').length;
    for (const item of (match[1] ?? '').matchAll(/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?/gu)) towns.push({ start: listStart + item.index, name: item[0] });
  }
  for (const { start, name } of towns) {
    if (namesSomethingElse(name)) continue;
    venues.push({ start, end: start + name.length, surface: name, value: { name, country: null, kind: 'city' } });
  }
  for (const match of allMatches(DESCRIBED_AREA, body)) {
    const name = match[1] ?? '';
    if (namesSomethingElse(name)) continue;
    venues.push({ start: match.index, end: match.index + match[0].length, surface: match[0], value: { name, country: null, kind: 'region' } });
  }
  for (const [pattern, words, kind] of [[FEATURE, FEATURE_WORDS, 'region'], [GROUNDS, GROUNDS_WORDS, 'venue']] as const) {
    for (const match of allMatchesHolding(pattern, body, words)) {
      // "Papua New Guinea's Manus Island": the country whose it is is not part of the name ("Founder's Memorial" is).
      const owner = /^(.*)['’]s\s+/.exec(match[0]);
      const ownedByCountry = owner !== null && [...COUNTRY_FORMS.keys()].some((form) => `${body.slice(Math.max(0, match.index - 30), match.index)}${owner[1] ?? ''}`.endsWith(form));
      const lead = (LEADING_FUNCTION_WORD.exec(match[0])?.[0].length ?? 0) || (ownedByCountry ? owner[0].length : 0);
      const name = match[0].slice(lead);
      // "the Bay of Bengal" is found by the list; "Capitol Hill" and "Wall Street" name bodies and trades there.
      if (!/\s/.test(name) || ORGANIZATION_FORMS.has(name) || COUNTRY_FORMS.has(name) || PLACE_FORMS.has(name)) continue;
      venues.push({ start: match.index + lead, end: match.index + match[0].length, surface: name, value: { name, country: null, kind } });
    }
  }
  for (const match of allMatchesHolding(UNIVERSITY, body, UNIVERSITY_WORDS)) {
    const lead = LEADING_FUNCTION_WORD.exec(match[0])?.[0].length ?? 0;
    const start = match.index + lead;
    if (!/\b(?:at|in)\s+(?:the\s+)?$/.test(body.slice(Math.max(0, start - 8), start))) continue;
    const name = match[0].slice(lead);
    venues.push({ start, end: start + name.length, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  for (const match of allMatchesHolding(HALL_AT, body, HALL_WORDS)) {
    const name = match[1] ?? '';
    if (ORGANIZATION_FORMS.has(name) || /^(?:Town|City)\s/i.test(name)) continue;
    const start = match.index + match[0].length - name.length;
    venues.push({ start, end: start + name.length, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  for (const match of allMatches(EMBASSY, body)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    venues.push({ start, end: start + name.length, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  for (const match of allMatchesHolding(DESCRIBED_VENUE, body, DESCRIBED_VENUE_WORDS)) {
    const name = match[1] ?? match[2] ?? '';
    const opening = LEADING_FUNCTION_WORD.exec(name)?.[0].length ?? 0;
    const lead = opening + (VENUE_OWNER.exec(name.slice(opening))?.[0].length ?? 0);
    const bare = name.slice(lead);
    // "the Russian presidential residence", "Trump's Mar-a-Lago resort": a country or a body is no estate's name.
    // A place the gazetteer knows keeps its listed name: "the Mar-a-Lago estate", "the Novo-Ogaryovo residence".
    // "the residence of Ugandan President Yoweri Museveni": a person's, named by their title.
    const first = bare.split(' ')[0] ?? '';
    if (bare === '' || NOT_NAME_WORDS.has(bare) || COUNTRY_FORMS.has(bare) || ORGANIZATION_FORMS.has(bare) || PLACE_FORMS.has(bare) || /['’]s$/.test(bare) || COUNTRY_FORMS.has(first) || NOT_NAME_WORDS.has(first)) continue;
    // "the resort of Borgo Egnazia": the name alone, so "welcomed them to the luxury resort of" introduces it.
    const start = match[1] !== undefined ? match.index + lead : match.index + match[0].length - name.length + lead;
    const end = match.index + match[0].length;
    venues.push({ start, end, surface: body.slice(start, end), value: { name: bare, country: null, kind: 'venue' } });
  }
  for (const match of allMatches(VENUE, body)) {
    // "Istanbul's Ataturk Airport", "U.S. Thule Air Base": the owner before the name is not part of it.
    const lead = (LEADING_FUNCTION_WORD.exec(match[0])?.[0].length ?? 0) + (VENUE_OWNER.exec(match[0].slice(LEADING_FUNCTION_WORD.exec(match[0])?.[0].length ?? 0))?.[0].length ?? 0);
    const name = match[0].slice(lead);
    // "the US House" is a chamber of Congress, not a building; "Aachen's town hall" names none.
    if ((!/\s/.test(name) && !ONE_WORD_VENUES.has(name)) || (/ House$/.test(name) && COUNTRY_FORMS.has(name.split(' ')[0] ?? '')) || /^\p{Ll}/u.test(name)) continue;
    // "the White House" is the body named after its building, found with the organizations.
    if (ORGANIZATION_FORMS.has(name) || /^(?:White|Blue) House$/.test(name)) continue;
    venues.push({ start: match.index + lead, end: match.index + match[0].length, surface: name, value: { name, country: null, kind: 'venue' } });
  }
  return venues;
}

/** A word no town is named by, or a name the lists already give to a country, body or place. */
function namesSomethingElse(name: string): boolean {
  return NOT_NAME_WORDS.has(name) || COUNTRY_FORMS.has(name) || ORGANIZATION_FORMS.has(name) || PLACE_FORMS.has(name);
}

// "Vladimir Putin", "Lloyd Austin", "Fukushima Daiichi": a capitalised word right before or after makes the name
// part of another one.
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
const CAPITALISED_AFTER = /^\s\p{Lu}/u;

function standsAlone(body: string, match: { start: number; end: number }): boolean {
  return !CAPITALISED_BEFORE.test(body.slice(Math.max(0, match.start - 30), match.start)) && !CAPITALISED_AFTER.test(body.slice(match.end, match.end + 2));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// "Resources Minister Madeleine King and Industry Minister Tim Ayres", "Martin Luther King Jr.": a monarch's title
// right after a given name, and before no name of its own, is that person's surname. "Saudi King Salman", "the King
// said" and "Jordan's King Abdullah" keep the title.
const GIVEN_NAME_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) $/u;
function isSurname(body: string, title: PhraseMatch<TitleEntry>, covered: readonly { start: number; end: number }[]): boolean {
  if (!SURNAME_TITLES.has(title.surface)) return false;
  if (/^\s+\p{Lu}/u.test(body.slice(title.end, title.end + 3)) && !/^\s+Jr\b/.test(body.slice(title.end, title.end + 5))) return false;
  const given = GIVEN_NAME_BEFORE.exec(body.slice(Math.max(0, title.start - 30), title.start));
  if (!given || !given[1] || NOT_NAME_WORDS.has(given[1]) || HONORIFICS.has(given[1])) return false;
  const start = title.start - 1 - given[1].length;
  return !covered.some((match) => match.start < title.start && match.end > start);
}
