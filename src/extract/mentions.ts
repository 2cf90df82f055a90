import type { CountryForm, OrganizationEntry, PlaceEntry, TitleEntry } from './gazetteers/index.ts';
import { COUNTRY_FORMS, ORGANIZATION_FORMS, PLACE_FORMS, TITLE_FORMS } from './gazetteers/index.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';

export interface GazetteerMentions {
  countries: PhraseMatch<CountryForm>[];
  places: PhraseMatch<PlaceEntry>[];
  organizations: PhraseMatch<OrganizationEntry>[];
  titles: PhraseMatch<TitleEntry>[];
}

const countryMatcher = new PhraseMatcher(COUNTRY_FORMS);
const placeMatcher = new PhraseMatcher(PLACE_FORMS);
const organizationMatcher = new PhraseMatcher(ORGANIZATION_FORMS);
const titleMatcher = new PhraseMatcher(TITLE_FORMS);

/**
 * Gazetteer mentions in the body. A place inside an organization's name is not a place ("New York" in
 * "The New York Times"); a country inside one still counts ("Russian" in "Russian Foreign Ministry").
 */
export function findGazetteerMentions(body: string): GazetteerMentions {
  const organizations = organizationMatcher.findAll(body);
  const titles = titleMatcher.findAll(body);
  const inside = (match: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean =>
    spans.some((span) => match.start >= span.start && match.end <= span.end && (match.start !== span.start || match.end !== span.end));
  const places = placeMatcher.findAll(body).filter((place) => !inside(place, organizations) && !organizations.some((o) => o.start === place.start && o.end === place.end));
  const countries = countryMatcher.findAll(body).filter((country) => !places.some((place) => overlaps(place, country) && place.end - place.start > country.end - country.start));
  return { countries, places, organizations, titles };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
