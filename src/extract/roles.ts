import type { GazetteerMentions } from './mentions.ts';
import type { PersonMention } from './persons.ts';

export interface RoleDraft {
  person: number;
  title: string;
  country: string | null;
  organization: string | null;
  sentence: number;
  start: number;
  end: number;
}

/**
 * Roles stated next to a name:
 * - before it: "Russian Foreign Minister Sergey Lavrov", "U.S. Secretary of State Antony Blinken",
 *   "NATO Secretary-General Jens Stoltenberg", "Secretary of State Antony Blinken" (the title implies the US);
 * - after it: "Sergey Lavrov, Russia's foreign minister", "Jaishankar, the Indian external affairs minister",
 *   "Ajay Banga, president of the World Bank".
 * "former President Donald Trump" holds no role now, so none is recorded.
 */
export function findRoles(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const mention of mentions) {
    const before = roleBefore(body, mention, gazetteer);
    if (before) roles.push(before);
    const after = roleAfter(body, mention, gazetteer);
    if (after) roles.push(after);
  }
  return roles;
}

function roleBefore(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const title = gazetteer.titles.find((match) => match.end <= mention.start && /^\s{1,2}$/.test(body.slice(match.end, mention.start)));
  if (!title) return null;
  if (/\b(?:former|ex-|late|then-)\s*$/i.test(body.slice(Math.max(0, title.start - 10), title.start))) return null;
  const qualifier = qualifierBefore(body, title.start, gazetteer);
  return {
    person: mention.person,
    title: title.value.title,
    country: qualifier.country ?? title.value.country,
    organization: qualifier.organization ?? title.value.organization,
    sentence: mention.sentence,
    start: qualifier.start ?? title.start,
    end: mention.end,
  };
}

// "Russian" / "Russia's" / "U.S." / "NATO" directly before a title.
function qualifierBefore(body: string, at: number, gazetteer: GazetteerMentions): { country: string | null; organization: string | null; start: number | null } {
  const country = gazetteer.countries.find((match) => match.end <= at && /^(?:['’]s)?\s{1,2}$/.test(body.slice(match.end, at)));
  if (country) return { country: country.value.country.name, organization: null, start: country.start };
  const organization = gazetteer.organizations.find((match) => match.end <= at && /^(?:['’]s)?\s{1,2}$/.test(body.slice(match.end, at)));
  if (organization) {
    // A government office names its country: "State Department spokesman" is a US role.
    if (organization.value.kind === 'government' && organization.value.country) return { country: organization.value.country, organization: null, start: organization.start };
    return { country: null, organization: organization.value.name, start: organization.start };
  }
  return { country: null, organization: null, start: null };
}

const APPOSITION_START = /^,\s+(?:who\s+is\s+|the\s+|a\s+|an\s+)?/;

function roleAfter(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const lead = APPOSITION_START.exec(body.slice(mention.end, mention.end + 20));
  if (!lead) return null;
  let at = mention.end + lead[0].length;
  let country: string | null = null;
  let organization: string | null = null;
  const qualifierCountry = gazetteer.countries.find((match) => match.start === at);
  const qualifierOrganization = gazetteer.organizations.find((match) => match.start === at);
  if (qualifierCountry) {
    country = qualifierCountry.value.country.name;
    at = qualifierCountry.end + (/^['’]s\s/.test(body.slice(qualifierCountry.end)) ? 3 : 1);
  } else if (qualifierOrganization) {
    organization = qualifierOrganization.value.name;
    at = qualifierOrganization.end + (/^['’]s\s/.test(body.slice(qualifierOrganization.end)) ? 3 : 1);
  }
  const title = gazetteer.titles.find((match) => match.start === at);
  if (!title) return null;
  // "…, president of the World Bank" / "…, foreign minister of India"
  const of = /^\s+(?:of|for|to)\s+(?:the\s+)?/.exec(body.slice(title.end, title.end + 12));
  if (of) {
    const target = title.end + of[0].length;
    const ofCountry = gazetteer.countries.find((match) => match.start === target && match.value.form === 'name');
    const ofOrganization = gazetteer.organizations.find((match) => match.start === target);
    if (ofCountry) country ??= ofCountry.value.country.name;
    else if (ofOrganization) organization ??= ofOrganization.value.name;
  }
  return {
    person: mention.person,
    title: title.value.title,
    country: country ?? (organization ? null : title.value.country),
    organization: organization ?? title.value.organization,
    sentence: mention.sentence,
    start: mention.start,
    end: title.end,
  };
}
