/**
 * Countries by name, for facts that name a country the article's country list lacks ("Secretary of State"
 * implies the United States). Data from world-countries (ODbL); the article's own list is preferred.
 */
import type { Country } from 'world-countries';
import worldCountriesData from 'world-countries/countries.json' with { type: 'json' };
import { countryId } from '../domain/ids.ts';
import type { CountryNode } from '../domain/article-graph.ts';
import { foldName } from '../domain/name-keys.ts';

// The package's typings describe an ES default export it does not have under Node; its JSON is the same data.
const worldCountries = worldCountriesData as unknown as readonly Country[];

// Common English short names (ANNOTATION.md) where world-countries uses another.
const SHORT_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey', CZ: 'Czech Republic', CV: 'Cape Verde', PS: 'Palestine', VA: 'Vatican City' };

const byIso2 = new Map<string, CountryNode>();
const byName = new Map<string, CountryNode>();

for (const country of worldCountries) {
  const demonym = country.demonyms['eng'];
  const node: CountryNode = {
    id: countryId(country.cca2),
    iso2: country.cca2,
    iso3: country.cca3,
    name: SHORT_NAMES[country.cca2] ?? country.name.common,
    demonyms: demonym ? [...new Set([demonym.m, demonym.f])] : [],
    aliases: [],
  };
  byIso2.set(country.cca2, node);
  for (const name of [node.name, country.name.common, country.name.official, ...country.altSpellings]) {
    const key = foldName(name);
    // Two-letter codes in altSpellings ("IN", "TO") would collide with words; names need three letters.
    if (key.length > 2 && !byName.has(key)) byName.set(key, node);
  }
}

export function countryByIso2(iso2: string): CountryNode | null {
  return byIso2.get(iso2.toUpperCase()) ?? null;
}

/** "Russia", "Russian Federation", "Türkiye" → the country; null for names it does not know. */
export function countryByName(name: string): CountryNode | null {
  return byName.get(foldName(name)) ?? null;
}
