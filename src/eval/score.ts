import type { Extraction } from '../domain/extraction.ts';
import { COUNTRY_FORMS } from '../extract/gazetteers/index.ts';
import type { GoldArticle } from './gold.ts';
import { normaliseName, quoteSimilarity } from './normalise.ts';

export const KINDS = ['persons', 'roles', 'countries', 'locations', 'organizations', 'meetings', 'statements'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export type ArticleScore = Record<Kind, Counts & { missed: string[]; spurious: string[] }>;

interface GoldItem<T> {
  item: T;
  optional: boolean;
}

/**
 * Scores one extraction against its gold. Each kind is a one-to-one matching: a predicted item that matches
 * a required gold item is a true positive; one that matches an optional gold item counts for nothing either way.
 * Bylines and photo credits are optional by convention (ANNOTATION.md), so an unmatched author is ignored too.
 */
export function scoreArticle(extraction: Extraction, gold: GoldArticle): ArticleScore {
  const personKey = goldPersonResolver(gold);
  const ignoredPersons = new Set(extraction.persons.filter((person) => person.kind !== 'subject').map((person) => person.name));

  const persons = matchItems(
    extraction.persons.map((person) => person.name),
    gold.persons.map((person) => ({ item: person, optional: person.optional === true })),
    (name, person) => [person.name, ...(person.accept ?? [])].some((form) => normaliseName(form) === normaliseName(name)),
    (person) => person.name,
    (name) => ignoredPersons.has(name),
  );

  // A role's body may be written by any form either side's organizations give it, as organizations are matched:
  // "UN" in the gold for the extraction's United Nations (alias "UN").
  const sameOrganization = (predicted: string | null, expected: string | null): boolean => {
    if (predicted === null || expected === null) return predicted === expected;
    const expectedForms = gold.organizations
      .map((organization) => new Set([organization.name, ...(organization.aliases ?? [])].map(normaliseName)))
      .find((known) => known.has(normaliseName(expected))) ?? new Set([normaliseName(expected)]);
    const predictedOrganization = extraction.organizations.find((organization) => organization.name === predicted);
    const predictedForms = [predicted, ...(predictedOrganization?.aliases ?? [])].map(normaliseName);
    return predictedForms.some((form) => expectedForms.has(form));
  };
  const predictedRoles = extraction.persons.flatMap((person) => person.roles.map((role) => ({ person: personKey(person.name, person.aliases) ?? person.name, ...role })));
  const optionalPersons = new Set(gold.persons.filter((person) => person.optional).map((person) => person.name));
  const roles = matchItems(
    predictedRoles,
    gold.roles.map((role) => ({ item: role, optional: optionalPersons.has(role.person) })),
    (role, goldRole) =>
      normaliseName(role.person) === normaliseName(goldRole.person) &&
      ((normaliseName(role.title) === normaliseName(goldRole.title) && sameOrBothNull(role.country, goldRole.country) && sameOrganization(role.organization, goldRole.organization)) ||
        sameNationalTitle(role, goldRole)),
    (role) => `${role.person}: ${role.title} (${role.country ?? role.organization ?? '-'})`,
    () => false,
    (role) => `${role.person}: ${role.title} (${role.country ?? role.organization ?? '-'})`,
  );

  const countries = matchItems(
    extraction.countries.map((country) => country.name),
    gold.countries.map((country) => ({ item: country, optional: country.optional === true })),
    (name, country) => normaliseName(name) === normaliseName(country.name),
    (country) => country.name,
  );

  // A place is named as the extraction names it or in any form the extraction read it in ("National Palace" for
  // its Palacio Nacional), or in any form the gold gives it ("Ayungin Shoal" for Second Thomas Shoal), as for
  // organizations.
  const placeForms = new Map(extraction.locations.map((location) => [location.name, [location.name, ...(location.aliases ?? [])].map(normaliseName)]));
  const goldPlaceForms = new Map(gold.locations.map((location) => [location.name, [location.name, ...(location.aliases ?? [])].map(normaliseName)]));
  const locations = matchItems(
    extraction.locations.map((location) => location.name),
    gold.locations.map((location) => ({ item: location, optional: location.optional === true })),
    (name, location) => (placeForms.get(name) ?? [normaliseName(name)]).some((form) => (goldPlaceForms.get(location.name) ?? []).includes(form)),
    (location) => location.name,
  );

  const organizations = matchItems(
    extraction.organizations,
    gold.organizations.map((organization) => ({ item: organization, optional: organization.optional === true })),
    (organization, goldOrganization) => {
      const forms = new Set([goldOrganization.name, ...(goldOrganization.aliases ?? [])].map(normaliseName));
      return [organization.name, ...organization.aliases].some((form) => forms.has(normaliseName(form)));
    },
    (organization) => organization.name,
    () => false,
    (organization) => organization.name,
  );

  const meetings = matchItems(
    extraction.meetings,
    gold.meetings.map((meeting) => ({ item: meeting, optional: meeting.optional === true })),
    (meeting, goldMeeting) => {
      const predicted = new Set(meeting.participants.map((name) => normaliseName(personKey(name, []) ?? name)));
      const required = goldMeeting.participants.map(normaliseName);
      const allowed = new Set([...required, ...(goldMeeting.optional_participants ?? []).map(normaliseName)]);
      // Parties compared as sets; with no named party the gold lists the countries whose unnamed delegates met.
      const sameParties =
        required.every((name) => predicted.has(name)) &&
        [...predicted].every((name) => allowed.has(name)) &&
        (required.length > 0 || sameSet(meeting.countries, goldMeeting.participant_countries ?? []));
      return sameParties && (meeting.date ?? null) === (goldMeeting.date ?? null) && samePlace(meeting, goldMeeting.location, placeForms, goldPlaceForms);
    },
    (meeting) => `${meeting.participants.join(' + ') || (meeting.participant_countries ?? []).join(' + ')} ${meeting.date ?? '?'} ${meeting.location ?? '?'}`,
    () => false,
    (meeting) => `${meeting.participants.join(' + ') || meeting.countries.join(' + ')} ${meeting.date ?? '?'} ${meeting.location ?? '?'}`,
  );

  const statements = matchItems(
    extraction.statements.filter((statement) => statement.kind === 'direct'),
    gold.statements.map((statement) => ({ item: statement, optional: statement.optional === true })),
    (statement, goldStatement) => {
      const speaker = statement.speaker === null ? null : personKey(statement.speaker, []) ?? statement.speaker;
      // A body speaks under any of its forms: "G7" for the gold's "Group of Seven".
      return (sameOrBothNull(speaker, goldStatement.speaker) || sameOrganization(statement.speaker, goldStatement.speaker)) && quoteSimilarity(statement.text, goldStatement.text) >= 0.9;
    },
    (statement) => `${statement.speaker ?? '?'}: ${statement.text.slice(0, 60)}`,
    () => false,
    (statement) => `${statement.speaker ?? '?'}: ${statement.text.slice(0, 60)}`,
  );

  return { persons, roles, countries, locations, organizations, meetings, statements };
}

/** Maps any form of a person in the extraction to the gold person's name, through gold names, aliases and accepted forms. */
function goldPersonResolver(gold: GoldArticle): (name: string, aliases: readonly string[]) => string | null {
  const byForm = new Map<string, string>();
  for (const person of gold.persons) {
    for (const form of [person.name, ...(person.accept ?? [])]) byForm.set(normaliseName(form), person.name);
  }
  for (const person of gold.persons) {
    for (const form of person.aliases ?? []) if (!byForm.has(normaliseName(form))) byForm.set(normaliseName(form), person.name);
  }
  return (name, aliases) => byForm.get(normaliseName(name)) ?? aliases.map((alias) => byForm.get(normaliseName(alias))).find((found) => found !== undefined) ?? null;
}

function matchItems<P, G>(
  predicted: readonly P[],
  gold: readonly GoldItem<G>[],
  matches: (predicted: P, gold: G) => boolean,
  describeGold: (gold: G) => string,
  ignoreUnmatched: (predicted: P) => boolean = () => false,
  describePredicted: (predicted: P) => string = (item) => String(item),
): Counts & { missed: string[]; spurious: string[] } {
  const used = new Set<number>();
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [] as string[], spurious: [] as string[] };
  // Required gold first, so an optional item never takes a prediction a required one needed.
  const order = gold.map((_, index) => index).sort((a, b) => Number(gold[a]?.optional) - Number(gold[b]?.optional));
  for (const item of predicted) {
    const index = order.find((candidate) => !used.has(candidate) && matches(item, (gold[candidate] as GoldItem<G>).item));
    if (index === undefined) {
      if (!ignoreUnmatched(item)) {
        counts.falsePositives += 1;
        counts.spurious.push(describePredicted(item));
      }
      continue;
    }
    used.add(index);
    if (!gold[index]?.optional) counts.truePositives += 1;
  }
  gold.forEach((item, index) => {
    if (!item.optional && !used.has(index)) {
      counts.falseNegatives += 1;
      counts.missed.push(describeGold(item.item));
    }
  });
  return counts;
}

function sameOrBothNull(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return normaliseName(a) === normaliseName(b);
}

/**
 * The gold place names the meeting's venue, city or region; a prediction of the same place at another grain
 * counts when the extraction itself ties the two: a predicted venue whose city is the gold city ("Great Hall of
 * the People", city Beijing, against gold "Beijing"), in any form the text gives either (city Astana, read as
 * "Nur-Sultan"). Null only equals null.
 */
function samePlace(meeting: Extraction['meetings'][number], gold: string | null, forms: ReadonlyMap<string, readonly string[]>, goldForms: ReadonlyMap<string, readonly string[]>): boolean {
  if (sameOrBothNull(meeting.location, gold)) return true;
  if (gold === null || meeting.location === null) return false;
  const goldNames = goldForms.get(gold) ?? [normaliseName(gold)];
  const sameAsGold = (place: string): boolean => (forms.get(place) ?? [normaliseName(place)]).some((form) => goldNames.includes(form));
  return sameAsGold(meeting.location) || (typeof meeting.city === 'string' && sameAsGold(meeting.city));
}

type RoleShape = { title: string; country: string | null; organization: string | null };

/**
 * "spokesman" of the "Chinese Foreign Ministry" and "Foreign Ministry spokesman" of China are one role written two
 * ways: a country's own ministry or office, told by its demonym, read as part of the title.
 */
function sameNationalTitle(a: RoleShape, b: RoleShape): boolean {
  const left = asNationalTitle(a);
  const right = asNationalTitle(b);
  return (left !== a || right !== b) && normaliseName(left.title) === normaliseName(right.title) && sameOrBothNull(left.country, right.country) && left.organization === null && right.organization === null;
}

function asNationalTitle(role: RoleShape): RoleShape {
  const national = role.organization === null ? null : /^(\S+)\s+(.*\b(?:ministry|office|department))$/i.exec(role.organization);
  const demonym = national ? COUNTRY_FORMS.get(national[1] ?? '') : undefined;
  if (!national || demonym?.form !== 'demonym') return role;
  return { title: `${national[2] ?? ''} ${role.title}`, country: demonym.country.name, organization: null };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(normaliseName));
  const right = new Set(b.map(normaliseName));
  return left.size === right.size && [...left].every((item) => right.has(item));
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-average: counts summed over articles, then precision, recall and F1. */
export function microAverage(scores: readonly ArticleScore[]): Record<Kind, Metrics> {
  const result = {} as Record<Kind, Metrics>;
  for (const kind of KINDS) {
    const sum = scores.reduce(
      (total, score) => ({
        truePositives: total.truePositives + score[kind].truePositives,
        falsePositives: total.falsePositives + score[kind].falsePositives,
        falseNegatives: total.falseNegatives + score[kind].falseNegatives,
      }),
      { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    );
    const precision = sum.truePositives + sum.falsePositives === 0 ? 1 : sum.truePositives / (sum.truePositives + sum.falsePositives);
    const recall = sum.truePositives + sum.falseNegatives === 0 ? 1 : sum.truePositives / (sum.truePositives + sum.falseNegatives);
    result[kind] = { ...sum, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return result;
}
