/**
 * The gazetteers extraction looks names up in: countries (world-countries, ODbL, adjusted by
 * country-overrides.json), places (curated cities.json and venues.json, capitals, and the larger cities of city-timezones, MIT),
 * organizations, titles and speech verbs (curated JSON beside this file).
 */
import type { CityData } from 'city-timezones';
import cityMapData from 'city-timezones/data/cityMap.json' with { type: 'json' };
import type { Country } from 'world-countries';
import worldCountriesData from 'world-countries/countries.json' with { type: 'json' };
import type { OrganizationKind } from '../../domain/extraction.ts';
import citiesData from './cities.json' with { type: 'json' };
import countryOverrides from './country-overrides.json' with { type: 'json' };
import organizationsData from './organizations.json' with { type: 'json' };
import speechVerbsData from './speech-verbs.json' with { type: 'json' };
import titlesData from './titles.json' with { type: 'json' };
import venuesData from './venues.json' with { type: 'json' };

export interface CountryEntry {
  name: string;
  iso2: string;
  iso3: string;
}

/** One surface form of a country: its name ("Russia", "U.S.") or a demonym ("Russian"). */
export interface CountryForm {
  country: CountryEntry;
  form: 'name' | 'demonym';
}

export interface PlaceEntry {
  name: string;
  /** Common English short name, or null for places across borders ("Kashmir"). */
  country: string | null;
  kind: 'city' | 'region' | 'venue';
  /** For a venue, the city it stands in when known ("Kremlin" → Moscow). */
  city?: string | null;
  /** For a room or garden, the building it is part of ("Oval Office" → White House). */
  within?: string;
  /**
   * A large city taken from city-timezones without curation. Its name may be a person's ("Vladimir", "Austin"),
   * so it counts only standing alone, not inside a run of capitalised words.
   */
  uncurated?: boolean;
  /**
   * A smaller city (50,000 to 200,000 people) taken from city-timezones: "in Gyeongju", "his hometown of Wilmington".
   * Its name is a common word or name more often still, so it counts only after a preposition of place.
   */
  small?: boolean;
}

export interface OrganizationEntry {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  country: string | null;
  /** Named after its building ("Kremlin", "White House"): "at the Kremlin" is a place. */
  building: boolean;
  /** The city of that building. */
  city: string | null;
}

export interface TitleEntry {
  title: string;
  /** The one country the title implies ("Secretary of State" → United States), or null. */
  country: string | null;
  organization: string | null;
}

// The package's typings describe an ES default export it does not have under Node; its JSON is the same data.
const worldCountries = worldCountriesData as unknown as readonly Country[];

const overrides = countryOverrides as {
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  ambiguous: string[];
  ambiguousDemonyms: Record<string, string[]>;
  former: Array<{ name: string; iso2: string; iso3: string; aliases: string[]; demonyms: string[] }>;
};

export const COUNTRIES: readonly CountryEntry[] = worldCountries
  // Taiwan is named as a country too, as analysts' annotations name it, and stays a place (cities.json): "visited
  // Taiwan", "tensions over Taiwan".
  .filter((country) => country.independent || ['PS', 'XK', 'VA', 'CK', 'NU', 'TW'].includes(country.cca2))
  .map((country) => ({ name: overrides.names[country.cca2] ?? country.name.common, iso2: country.cca2, iso3: country.cca3 }))
  // "the collapse of the Soviet Union": a country of the past, named as one.
  .concat(overrides.former.map(({ name, iso2, iso3 }) => ({ name, iso2, iso3 })));

export const COUNTRY_BY_NAME: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.map((country) => [country.name, country]));

/** Every surface form of every country, case-sensitive: "Russia", "Russian Federation", "Russian", "U.S.". */
export const COUNTRY_FORMS: ReadonlyMap<string, CountryForm> = buildCountryForms();

function buildCountryForms(): Map<string, CountryForm> {
  const forms = new Map<string, CountryForm>();
  const ambiguous = new Set(overrides.ambiguous);
  const add = (surface: string, form: CountryForm): void => {
    // Two-letter codes ("IN", "IS", "TO") are English words in capitals; only the curated aliases keep "US", "UK".
    if (ambiguous.has(surface) || surface.length < 2 || forms.has(surface)) return;
    forms.set(surface, form);
  };
  const byIso = new Map(worldCountries.map((country) => [country.cca2, country]));
  for (const entry of COUNTRIES) {
    add(entry.name, { country: entry, form: 'name' });
    for (const alias of overrides.aliases[entry.iso2] ?? []) add(alias, { country: entry, form: 'name' });
    for (const demonym of overrides.demonyms[entry.iso2] ?? []) add(demonym, { country: entry, form: 'demonym' });
  }
  for (const former of overrides.former) {
    const entry = COUNTRY_BY_NAME.get(former.name);
    if (!entry) continue;
    for (const alias of former.aliases) add(alias, { country: entry, form: 'name' });
    for (const demonym of former.demonyms) add(demonym, { country: entry, form: 'demonym' });
  }
  for (const entry of COUNTRIES) {
    const country = byIso.get(entry.iso2);
    if (!country) continue;
    add(country.name.common, { country: entry, form: 'name' });
    add(country.name.official, { country: entry, form: 'name' });
    for (const spelling of country.altSpellings) {
      if (spelling.length > 3 && /^[\p{Script=Latin}\s.,'’-]+$/u.test(spelling) && !spelling.includes(',')) add(spelling, { country: entry, form: 'name' });
    }
    const demonym = country.demonyms['eng'];
    if (demonym) {
      add(demonym.m, { country: entry, form: 'demonym' });
      add(demonym.f, { country: entry, form: 'demonym' });
    }
  }
  return forms;
}

/**
 * Demonyms shared by several countries, with the countries they may stand for: "Congolese" is of the DRC or of the
 * Republic of Congo. They are no country by themselves; mentions.ts resolves them in a report that names only one.
 */
export const AMBIGUOUS_DEMONYMS: ReadonlyMap<string, readonly CountryEntry[]> = new Map(
  Object.entries(overrides.ambiguousDemonyms).map(([surface, codes]) => [
    surface,
    codes.flatMap((code) => COUNTRIES.find((country) => country.iso2 === code) ?? []),
  ]),
);

/** Names of national capitals ("Beijing", "Riyadh"): a visit to one is a visit to its government. */
export const CAPITALS: ReadonlySet<string> = new Set(
  worldCountries.flatMap((country) => country.capital).concat(['Washington', 'Kyiv', 'New Delhi', 'Tehran', 'Ankara', 'Astana']),
);

/** A country's capital by the country's common English short name, as the places gazetteer names it. */
export const CAPITAL_OF: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((country) => {
    const entry = COUNTRIES.find((candidate) => candidate.iso2 === country.cca2);
    const capital = country.capital[0];
    return entry && capital ? [[entry.name, capital] as const] : [];
  }),
);

/**
 * Cities of at least this many people are places without curation: news names its big cities without saying
 * which country they are in ("in Harbin", "talks in Bujumbura").
 */
const LARGE_CITY = 200_000;
const SMALL_CITY = 50_000;
// Names of three letters are acronyms or parts of names more often than towns ("Van Hollen"); these towns are taken,
// after a preposition only ("flies to Ufa", "in Qom").
const SHORT_CITIES = new Set(['Ufa', 'Qom', 'Osh', 'Fez', 'Hue', 'Ica', 'Jos', 'Aba', 'Uyo', 'Ife', 'Oyo', 'Ibb']);
// City names that are also everyday words or common names ("Reading", "Nice", "Mobile", "Victoria", "Jackson"):
// capitalised at the start of a sentence or as a person's name far more often than meant as the city.
const NOT_A_CITY = new Set([
  'Reading', 'Nice', 'Mobile', 'Split', 'Bath', 'Victoria', 'Jackson', 'Florence', 'Columbus', 'Lincoln', 'Charlotte', 'Aurora',
  'Arlington', 'Hamilton', 'Independence', 'Concord', 'Mesa', 'Irving', 'Garland', 'Laredo', 'Durham', 'Worcester', 'Salem',
  'Madison', 'Lafayette', 'Vancouver', 'Kingston', 'Richmond', 'Surrey', 'Gary', 'Pueblo', 'Corona', 'Orange', 'Norman',
  'Warren', 'Ontario', 'Hollywood', 'Oxnard', 'Providence', 'Mercedes', 'Rafah', 'Gaza', 'Bo', 'Lang', 'Man', 'Tema', 'Ho',
  'Mary', 'Ali', 'Sultan', 'Dallas', 'Marrakesh', 'Cork', 'Derby', 'Hull', 'Plymouth', 'Santa', 'Rio', 'Petersburg',
]);
const COUNTRY_BY_ISO = new Map(COUNTRIES.map((country) => [country.iso2, country]));

const GIVEN_NAME_CAPITALS = new Set(['Santiago', 'Victoria', 'Kingston', 'Hamilton', 'Douglas', 'Stanley']);

/** Places by every surface form: the curated cities.json and venues.json, then each country's capital, then large cities. */
export const PLACE_FORMS: ReadonlyMap<string, PlaceEntry> = buildPlaceForms();

function buildPlaceForms(): Map<string, PlaceEntry> {
  const places = new Map<string, PlaceEntry>();
  for (const city of citiesData as { name: string; country: string | null; kind: PlaceEntry['kind']; aliases: string[] }[]) {
    const entry: PlaceEntry = { name: city.name, country: city.country, kind: city.kind };
    for (const surface of [city.name, ...city.aliases]) if (!places.has(surface)) places.set(surface, entry);
  }
  // Palaces, residences and halls where leaders meet, with the city they stand in ("Casa Rosada" → Buenos Aires).
  for (const venue of venuesData as { name: string; city: string | null; country: string | null; aliases: string[]; within?: string }[]) {
    const entry: PlaceEntry = { name: venue.name, country: venue.country, kind: 'venue', city: venue.city, ...(venue.within ? { within: venue.within } : {}) };
    for (const surface of [venue.name, ...venue.aliases]) if (!places.has(surface)) places.set(surface, entry);
  }
  // "Brasilia" is the listed "Brasília": a listed city or capital written without its accents is the same city.
  const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const curated = new Map<string, PlaceEntry>();
  for (const entry of places.values()) if (entry.kind === 'city') curated.set(fold(entry.name), entry);
  const sameAsCurated = (name: string, country: string): PlaceEntry | undefined => {
    const entry = curated.get(fold(name));
    return entry && entry.country === country ? entry : undefined;
  };
  const byIso = new Map(COUNTRIES.map((country) => [country.iso2, country]));
  for (const country of worldCountries) {
    const entry = byIso.get(country.cca2);
    if (!entry) continue;
    for (const capital of country.capital) {
      // "Washington D.C." is curated as "Washington"; "Kyiv" likewise with "Kiev".
      // "Paraguayan President Santiago Pena": a capital that is also a given name counts only standing alone.
      if (places.has(capital) || COUNTRY_FORMS.has(capital)) continue;
      const city = sameAsCurated(capital, entry.name) ?? { name: capital, country: entry.name, kind: 'city', ...(GIVEN_NAME_CAPITALS.has(capital) ? { uncurated: true } : {}) };
      places.set(capital, city);
      if (!curated.has(fold(capital))) curated.set(fold(capital), city);
    }
  }
  // Largest first, so a name shared by several cities ("Santiago") is the biggest of them.
  const large = (cityMapData as CityData[]).filter((city) => city.pop >= SMALL_CITY).sort((a, b) => b.pop - a.pop);
  for (const city of large) {
    const country = COUNTRY_BY_ISO.get(city.iso2);
    const short = city.city.length < 4;
    if (!country || (short && !SHORT_CITIES.has(city.city)) || NOT_A_CITY.has(city.city) || places.has(city.city) || COUNTRY_FORMS.has(city.city)) continue;
    places.set(city.city, sameAsCurated(city.city, country.name) ?? { name: city.city, country: country.name, kind: 'city', uncurated: true, ...(city.pop < LARGE_CITY || short ? { small: true } : {}) });
  }
  // A venue's city under the city's own name: the Alvorada Palace is in Brasília.
  for (const entry of places.values()) if (entry.kind === 'venue' && entry.city) entry.city = places.get(entry.city)?.name ?? entry.city;
  return places;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = (organizationsData as { name: string; kind: OrganizationKind; aliases: string[]; country?: string; building?: boolean; city?: string }[]).map(
  (organization) => ({ ...organization, country: organization.country ?? null, building: organization.building ?? false, city: organization.city ?? null }),
);

// "UN Development Programme" is written "U.N. Development Programme" in the style of American wires.
const spellingsOfUN = (surface: string): string[] => (/^UN\s/.test(surface) ? [surface, surface.replace(/^UN/, 'U.N.')] : [surface]);
// "Organisation for Security and Co-operation in Europe": British spelling of a name listed in American, and back.
const spellingsOfOrganization = (surface: string): string[] =>
  /Organi[sz]ation/.test(surface) ? [surface, surface.replace(/Organization/g, 'Organisation'), surface.replace(/Organisation/g, 'Organization')] : [surface];

export const ORGANIZATION_FORMS: ReadonlyMap<string, OrganizationEntry> = new Map(
  ORGANIZATIONS.flatMap((organization) =>
    [...new Set([organization.name, ...organization.aliases].flatMap(spellingsOfUN).flatMap(spellingsOfOrganization))].map((surface) => [surface, organization] as const),
  ),
);

const titleRecords = titlesData as (TitleEntry & { surface?: string })[];
export const TITLES: readonly TitleEntry[] = titleRecords.map(({ title, country, organization }) => ({ title, country, organization }));

/**
 * Titles by surface: as listed ("Foreign Minister"), in lower case ("foreign minister") for appositions, with
 * a lower-case last word ("Foreign Ministry spokesman", "Defense secretary"), and in sentence case for a
 * lower-case title opening a sentence ("National security adviser Jake Sullivan told reporters"); a form one
 * title lists as written is never taken over by another's sentence case. "Commission President" is the title
 * "President" of the European Commission.
 */
export const TITLE_FORMS: ReadonlyMap<string, TitleEntry> = buildTitleForms();

function buildTitleForms(): Map<string, TitleEntry> {
  const forms = new Map<string, TitleEntry>();
  const sentenceCase: Array<[string, TitleEntry]> = [];
  for (const [index, record] of titleRecords.entries()) {
    const title = TITLES[index] as TitleEntry;
    const surface = record.surface ?? record.title;
    forms.set(surface, title);
    forms.set(surface.toLowerCase(), title);
    forms.set(surface.replace(/(\S+)$/, (word) => word.toLowerCase()), title);
    sentenceCase.push([`${surface.charAt(0).toUpperCase()}${surface.slice(1).toLowerCase()}`, title]);
  }
  for (const [surface, title] of sentenceCase) if (!forms.has(surface)) forms.set(surface, title);
  return forms;
}

export const SPEECH_VERBS: readonly string[] = speechVerbsData.speech;
export const SPEECH_AUXILIARIES: readonly string[] = speechVerbsData.auxiliaries;
