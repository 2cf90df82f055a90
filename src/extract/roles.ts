import { allMatches } from './all-matches.ts';
import { AMBIGUOUS_DEMONYMS, type CountryForm, type OrganizationEntry, type TitleEntry } from './gazetteers/index.ts';
import type { GazetteerMentions } from './mentions.ts';
import { HONORIFIC_ALTERNATION } from './name-words.ts';
import type { PersonMention } from './persons.ts';
import type { PhraseMatch } from './phrase-matcher.ts';

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
 * "former President Donald Trump" is recorded as "former President"; "the late President" holds none.
 */
export function findRoles(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const mention of mentions) {
    const before = roleBefore(body, mention, mentions, gazetteer) ?? roleBeforeComma(body, mention, gazetteer) ?? roleOfBodyBeforeComma(body, mention, gazetteer) ?? roleOfCountryBefore(body, mention, gazetteer) ?? ambassadorBefore(body, mention, gazetteer);
    if (before) roles.push(before);
    const first = before ? firstOfJoinedTitles(body, before, gazetteer) : null;
    if (first) roles.push(first);
    const after = roleAfter(body, mention, gazetteer);
    if (after) roles.push(after);
    const joined = after ? titleJoinedAfter(body, after, gazetteer) : null;
    if (joined) roles.push(joined);
    const firstHolder = before || after ? null : firstHolderAfter(body, mention, gazetteer);
    if (firstHolder) roles.push(firstHolder);
    const chair = chairOfBody(body, mention, gazetteer);
    if (chair) roles.push(chair);
    const predecessor = before ? null : predecessorRole(body, mention, gazetteer);
    if (predecessor) roles.push(predecessor);
    const staff = before || after ? null : staffOfPerson(body, mention, mentions);
    if (staff) roles.push(staff);
    // Only where no listed title was found: "Comoros President Azali Assoumani, the current chairperson of the
    // African Union" gives both.
    const standing = standingAfter(body, mention, gazetteer) ?? (before ? null : standingBefore(body, mention, gazetteer));
    if (standing && !roles.some((role) => role.person === standing.person && role.title.toLowerCase() === standing.title.toLowerCase())) roles.push(standing);
  }
  roles.push(...rolesOfSharedTitle(body, mentions, gazetteer), ...rolesOfCountriesInTurn(body, mentions, gazetteer), ...rolesOfCountryNamePairs(body, mentions, gazetteer, COUNTRY_THEN_NAME), ...rolesOfCountryNamePairs(body, mentions, gazetteer, OWNER_THEN_NAME));
  for (const role of rolesOfNamedCountries(body, mentions, gazetteer)) {
    if (!roles.some((other) => other.person === role.person && other.title.toLowerCase() === role.title.toLowerCase())) roles.push(role);
  }
  for (const role of roles) if (role.country === null && role.organization === null) role.country = countryTold(body, role, gazetteer);
  // Counterparts last: they take the title of the person they answer to.
  for (const mention of mentions) {
    const counterpart = counterpartRole(body, mention, mentions, roles, gazetteer);
    if (counterpart) roles.push(counterpart);
  }
  roles.push(...pairedCounterparts(body, mentions, roles, gazetteer));
  return roles;
}

const PAIRED_COUNTERPARTS = /\b(?:his|her)\s+(\S+(?:\s\S+)?)\s+and\s+(\S+(?:\s\S+)?)\s+counterparts,?\s+$/;

/**
 * "Raisi hosted his Russian and Turkish counterparts, Vladimir Putin and Recep Tayyip Erdogan": two counterparts, each
 * of the country named in the same place, with the title of the one whose counterparts they are.
 */
function pairedCounterparts(body: string, mentions: readonly PersonMention[], roles: readonly RoleDraft[], gazetteer: GazetteerMentions): RoleDraft[] {
  const found: RoleDraft[] = [];
  mentions.forEach((first, index) => {
    const second = mentions[index + 1];
    if (!second || !/^\s+and\s+$/.test(body.slice(first.end, second.start))) return;
    const words = PAIRED_COUNTERPARTS.exec(body.slice(Math.max(0, first.start - 80), first.start));
    if (!words) return;
    const wordsStart = first.start - words[0].length;
    const countryOf = (surface: string | undefined): string | null => gazetteer.countries.find((match) => match.start >= wordsStart && match.end <= first.start && match.surface === surface)?.value.country.name ?? null;
    const countries = [countryOf(words[1]), countryOf(words[2])];
    const owner = subjectOf(body, mentions, first.sentence, wordsStart) ?? mentions.filter((other) => other.end <= wordsStart).pop();
    const ownerRole = owner ? [...roles].reverse().find((role) => role.person === owner.person && role.country !== null) : undefined;
    if (!ownerRole) return;
    [first, second].forEach((mention, at) => {
      const country = countries[at];
      if (country && country !== ownerRole.country && !roles.some((role) => role.person === mention.person)) {
        found.push({ person: mention.person, title: counterpartTitle(ownerRole.title), country, organization: null, sentence: mention.sentence, start: wordsStart, end: mention.end });
      }
    });
  });
  return found;
}

// "Presidents Gustavo Petro of Colombia, Luis Arce of Bolivia and Irfaan Ali of Guyana", "Foreign Ministers José
// Manuel Albares and Nasser Bourita": one title in the plural, shared by the names listed after it.
// "The foreign ministers, Nikos Kotzias of Greece and Nikola Dimitrov of Macedonia": in lower case or before a comma
// only names with their country take it.
const SHARED_TITLE = /\b((?:[Pp]rime |[Ff]oreign |[Dd]efen[cs]e |[Ff]inance |[Tt]rade |[Vv]ice )?(?:[Pp]residents|[Mm]inisters|[Pp]remiers|[Cc]hancellors))(,?)\s+(?=\p{Lu})/gu;
const NEXT_IN_LIST = /^(?:,\s+(?:and\s+)?|\s+and\s+)/;

function rolesOfSharedTitle(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const match of allMatches(SHARED_TITLE, body)) {
    // "accompanied by former presidents José Mujica and Julio María Sanguinetti": an office once held, as "former President".
    const former = /\b(?:former|ex-)\s*$/i.exec(body.slice(Math.max(0, match.index - 8), match.index));
    const title = `${former ? `${former[0].trim()} ` : ''}${(match[1] ?? '').replace(/s$/, '')}`.replace(/^ex- /, 'ex-');
    const countryNeeded = match[2] === ',';
    let at = match.index + match[0].length;
    for (;;) {
      const mention = mentions.find((candidate) => candidate.start === at);
      if (!mention) break;
      let end = mention.end;
      const of = /^\s+of\s+(?:the\s+)?/.exec(body.slice(end, end + 10));
      const country = of ? gazetteer.countries.find((candidate) => candidate.start === end + of[0].length && candidate.value.form === 'name') : undefined;
      if (country) end = country.end;
      if (countryNeeded && !country) break;
      roles.push({ person: mention.person, title, country: country?.value.country.name ?? null, organization: null, sentence: mention.sentence, start: match.index, end });
      const next = NEXT_IN_LIST.exec(body.slice(end, end + 8));
      if (!next) break;
      at = end + next[0].length;
    }
  }
  return roles;
}

// "the foreign ministers of the United Arab Emirates, Bahrain, Morocco and Egypt - Sheikh Abdullah bin Zayed Al Nahyan,
// Abdullatif al-Zayani, Nasser Bourita and Sameh Shoukry": as many names as countries, each of the country in turn.
const TITLE_OF_COUNTRIES = /\b((?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade) [Mm]inisters|[Pp]residents)\s+of\s+(?:the\s+)?/g;
const LIST_TO_NAMES = /^\s*(?:[-–—:]|,)\s*/;

function rolesOfCountriesInTurn(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const match of allMatches(TITLE_OF_COUNTRIES, body)) {
    const countries: GazetteerMentions['countries'] = [];
    let at = match.index + match[0].length;
    for (;;) {
      const country = gazetteer.countries.find((candidate) => candidate.start === at && candidate.value.form === 'name');
      if (!country) break;
      countries.push(country);
      const next = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(body.slice(country.end, country.end + 12));
      if (!next) break;
      at = country.end + next[0].length;
    }
    const last = countries[countries.length - 1];
    const lead = last ? LIST_TO_NAMES.exec(body.slice(last.end, last.end + 6)) : null;
    if (!last || countries.length < 2 || !lead) continue;
    const named: PersonMention[] = [];
    at = last.end + lead[0].length;
    for (const mention of mentions) {
      if (named.length === countries.length) break;
      if (mention.start < at) continue;
      // An honorific may stand before a name: "Sheikh Abdullah bin Zayed Al Nahyan".
      if (!HONORIFIC_ONLY.test(body.slice(at, mention.start))) break;
      named.push(mention);
      const next = NEXT_IN_LIST.exec(body.slice(mention.end, mention.end + 8));
      if (!next) break;
      at = mention.end + next[0].length;
    }
    if (named.length !== countries.length) continue;
    const title = capitalise((match[1] ?? '').toLowerCase().replace(/s$/, ''));
    named.forEach((mention, i) => {
      roles.push({ person: mention.person, title, country: countries[i]?.value.country.name ?? null, organization: null, sentence: mention.sentence, start: mention.start, end: mention.end });
    });
  }
  return roles;
}

// A title in the plural, then each country told with the holder of its title:
// "The presidents of Rwanda, Paul Kagame, and Uganda, Yoweri Museveni, on Wednesday signed …";
// "the foreign ministers of the Quad grouping, Australia's Marise Payne, India's S. Jaishankar and Japan's Hayashi
// Yoshimasa", each holder after the possessive of their country.
const TITLE_THEN_OWNED = /\b((?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade) [Mm]inisters|[Pp]residents)\b[^,.;:"“”]{0,40},\s+/g;
// "hosted the presidents of Argentina, Mauricio Macri; Brazil, Jair Bolsonaro; …; and Peru, Martín Vizcarra" too.
const COUNTRY_THEN_NAME = { pattern: TITLE_OF_COUNTRIES, between: /^,\s+/, next: /^,?\s+and\s+(?:the\s+)?|^[,;]\s+(?:and\s+)?(?=\p{Lu})/u };
const OWNER_THEN_NAME = { pattern: TITLE_THEN_OWNED, between: /^['’]s\s+/, next: NEXT_IN_LIST };

function rolesOfCountryNamePairs(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions, form: { pattern: RegExp; between: RegExp; next: RegExp }): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const match of allMatches(form.pattern, body)) {
    const title = capitalise((match[1] ?? '').toLowerCase().replace(/s$/, ''));
    const pairs: RoleDraft[] = [];
    let at = match.index + match[0].length;
    for (;;) {
      const country = gazetteer.countries.find((candidate) => candidate.start === at && candidate.value.form === 'name');
      const between = country ? form.between.exec(body.slice(country.end, country.end + 4)) : null;
      const mention = country && between ? mentions.find((candidate) => candidate.start === country.end + between[0].length) : undefined;
      if (!country || !mention) break;
      pairs.push({ person: mention.person, title, country: country.value.country.name, organization: null, sentence: mention.sentence, start: mention.start, end: mention.end });
      const next = form.next.exec(body.slice(mention.end, mention.end + 12));
      if (!next) break;
      at = mention.end + next[0].length;
    }
    if (pairs.length >= 2) roles.push(...pairs);
  }
  return roles;
}

// "Scholz is to meet the presidents of all five Central Asian states in Astana: Tokayev and Mirziyoyev as well as Sadyr
// Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedov of Turkmenistan": a title in the
// plural, then names each told with a country, in the same sentence.
const PLURAL_TITLE = /\b(presidents|prime ministers|foreign ministers)\b/g;
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?/;
const LIST_GOES_ON = /^(?:[,.;:]|\s+(?:and|as well as)\b|$)/;
const SENTENCE_STOP = /[.;\n]/g;

function rolesOfNamedCountries(body: string, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const match of allMatches(PLURAL_TITLE, body)) {
    const from = match.index + match[0].length;
    SENTENCE_STOP.lastIndex = from;
    const to = SENTENCE_STOP.exec(body)?.index ?? body.length;
    const title = (match[1] ?? '').replace(/s$/, '');
    for (const mention of mentions) {
      if (mention.start < from || mention.end > to) continue;
      const of = OF_COUNTRY.exec(body.slice(mention.end, mention.end + 10));
      const country = of ? gazetteer.countries.find((candidate) => candidate.start === mention.end + of[0].length && candidate.value.form === 'name') : undefined;
      if (!country || !LIST_GOES_ON.test(body.slice(country.end, country.end + 12))) continue;
      roles.push({ person: mention.person, title, country: country.value.country.name, organization: null, sentence: mention.sentence, start: mention.start, end: country.end });
    }
  }
  return roles;
}

// "Comoros President Azali Assoumani, who chairs the African Union": the chair of the body named; "who leads the
// Brothers of Italy" its leader.
// A standing in a body or a trade that no title list holds, in lower case: "chairperson of the African Union",
// "the current CELAC chair", "a Washington Post columnist", "head of the State Committee for National Security",
// "EU chief negotiator Michel Barnier", "AU mediator", "Mossad chief Yossi Cohen", "Alibaba Group founder Jack Ma".
const STANDING = String.raw`(chairperson|chairwoman|chairman|chair|head|chief negotiator|negotiator|chief mediator|mediator|secretary-general|chief|founder|co-founder|columnist|journalist|correspondent|publisher)`;
// After the name, the standing may open with a capital ("the current Chairperson of the AU"), follow a body's
// possessive ("Olusegun Obasanjo, the AU's chief mediator", "Joao Lourenco, the African Union's mediator") and end on
// the body's acronym ("chairman of the African Union (AU),").
const STANDING_ANY_CASE = STANDING.replace(/(^\(|\|)([a-z])/g, (_whole: string, lead: string, letter: string) => `${lead}[${letter.toUpperCase()}${letter}]`);
const STANDING_AFTER = new RegExp(String.raw`^,\s+(?:the\s+|a\s+|an\s+)?(?:(?:current|rotating|incoming|then|former)\s+)?((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}|(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}\p{Ll}+['’]s\s+|(?:[\p{Lu}][\p{L}.&-]*\s+){0,2}[\p{Lu}][\p{L}.&-]*['’]s\s+)?${STANDING_ANY_CASE}(?:\s+of\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.'’&-]*)(?:\s+(?:of|for|and|on)?\s*[\p{Lu}][\p{L}.'’&-]*){0,6}))?(?:\s+\(\p{Lu}{2,8}\))?(?=[,.;]|\s+(?:and|who|since)\b)`, 'u');
const STANDING_BEFORE = new RegExp(String.raw`(?:^|\s)${STANDING}\s+$`);

/** "Azali Assoumani, the current chairperson of the African Union,": a standing in the body or country it names. */
function standingAfter(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const found = STANDING_AFTER.exec(body.slice(mention.end, mention.end + 160));
  if (!found) return null;
  const from = mention.end;
  const to = mention.end + found[0].length;
  if (/\bformer\b/.test(found[0]) || /\bthen\b/.test(found[0])) return null;
  const organization = gazetteer.organizations.find((match) => match.start >= from && match.end <= to);
  const country = organization ? undefined : gazetteer.countries.find((match) => match.start >= from && match.end <= to);
  // "a Washington Post columnist" with no body known names none; a head or chair of nothing named is no role.
  if (!organization && !country && !/^(?:columnist|journalist|correspondent|publisher|negotiator|mediator|chief negotiator|chief mediator)$/.test(found[2] ?? '')) return null;
  return { person: mention.person, title: found[2] ?? '', country: country?.value.country.name ?? null, organization: organization?.value.name ?? null, sentence: mention.sentence, start: mention.start, end: to };
}

/** "EU chief negotiator Michel Barnier", "CELAC chair Ralph Gonsalves": a body, then the standing, then the name. */
function standingBefore(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const found = STANDING_BEFORE.exec(body.slice(Math.max(0, mention.start - 24), mention.start));
  if (!found) return null;
  const standingStart = mention.start - found[0].length + (found[0].length - found[0].trimStart().length);
  const organization = gazetteer.organizations.find((match) => match.end <= standingStart && /^\s$/.test(body.slice(match.end, standingStart)));
  if (!organization) return null;
  return { person: mention.person, title: found[1] ?? '', country: null, organization: organization.value.name, sentence: mention.sentence, start: organization.start, end: mention.end };
}

// "Barack Obama on Friday became the first sitting president of the United States to visit Hiroshima": the title the
// name then held, of the country named with it.
const BECAME_FIRST = /^(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?,?)?\s+(?:has\s+|had\s+)?(?:became|becomes|become)\s+the\s+first\s+(?:sitting\s+|serving\s+)?(?:[\p{Lu}][\p{L}.]*\s+)?$/u;

function firstHolderAfter(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const title = gazetteer.titles.find((match) => match.start > mention.end && match.start - mention.end <= 70 && BECAME_FIRST.test(body.slice(mention.end, match.start)));
  if (!title) return null;
  const ofCountry = /^\s+of\s+(?:the\s+)?/.exec(body.slice(title.end, title.end + 10));
  const after = ofCountry ? gazetteer.countries.find((match) => match.start === title.end + ofCountry[0].length) : undefined;
  const qualifier = gazetteer.countries.find((match) => match.start > mention.end && match.end < title.start && match.value.form !== 'name');
  const country = after ?? qualifier;
  // "…, the first woman to lead the party" names no office of a country.
  if (!country || !/^\s+to\s/.test(body.slice(after ? after.end : title.end, (after ? after.end : title.end) + 4))) return null;
  return { person: mention.person, title: capitalise(title.value.title), country: country.value.country.name, organization: null, sentence: mention.sentence, start: mention.start, end: after ? after.end : title.end };
}

const CHAIRS = /^,\s+who\s+(?:currently\s+)?(chairs|heads|leads)\s+the\s+$/;

function chairOfBody(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const organization = gazetteer.organizations.find((match) => match.start > mention.end && match.start - mention.end <= 30);
  const verb = organization ? CHAIRS.exec(body.slice(mention.end, organization.start)) : null;
  if (!organization || !verb) return null;
  const title = verb[1] === 'chairs' ? 'chair' : verb[1] === 'leads' ? 'leader' : 'head';
  return { person: mention.person, title, country: null, organization: organization.value.name, sentence: mention.sentence, start: mention.start, end: organization.end };
}

/**
 * The country of a title stated with none, told around it (not carried over from the title before it in a list:
 * "Indian External Affairs Minister S. Jaishankar and Chief of Army Staff Gen Asim Munir" are of two countries):
 * - after the name: "Prime Minister Justin Trudeau of Canada";
 * - by the delegation it is in: "an Eritrean delegation led by Foreign Minister Osman Saleh and presidential adviser
 *   Yemane Gebreab".
 */
function countryTold(body: string, role: RoleDraft, gazetteer: GazetteerMentions): string | null {
  const of = /^\s+of\s+(?:the\s+)?/.exec(body.slice(role.end, role.end + 10));
  const after = of ? gazetteer.countries.find((match) => match.start === role.end + of[0].length && match.value.form === 'name') : undefined;
  if (after) return after.value.country.name;
  // Most roles are in no delegation: the words are looked for before the countries are.
  if (!/\bdelegation,?\s+(?:led|headed)\s+by\b/.test(body.slice(Math.max(0, role.start - 120), role.start))) return null;
  const delegation = gazetteer.countries.findLast(
    (match) => match.end < role.start && role.start - match.end <= 120 && /^\s+delegation,?\s+(?:led|headed)\s+by\s+(?:[^.;"“”]*?(?:,|\band)\s+)?$/.test(body.slice(match.end, role.start)),
  );
  return delegation?.value.country.name ?? null;
}

// "Brazil's foreign minister, Mauro Vieira,", "Saudi Arabia's crown prince, Mohammed bin Salman",
// "Qatar's emir, Sheikh Tamim bin Hamad Al Thani.", "Ukraine's ambassador to the United States, Oksana Markarova,",
// "Solomon Islands, whose prime minister, Manasseh Sogavare, signed": the country opens the phrase, the title
// (with where an envoy is sent) follows, and the name stands in apposition after a comma.
const COMMA_TO_NAME = /^(\s+(?:to|for)\s+[^,.;"“”]{2,40})?,\s{1,2}(?:(?:Sheikh|Sheikha|Prince|Princess|Cardinal|Archbishop|Mullah|Dr\.?|Gen\.?|Sir|Dame|Ayatollah)\s+){0,3}$/;
const APPOSITION_END = /^[,.;:]/;
const COMMA_GAP = 70;

function roleBeforeComma(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  if (!APPOSITION_END.test(body.slice(mention.end, mention.end + 8))) return null;
  // The length checks come first: they pass over the article's other titles and countries without copying text.
  const title = gazetteer.titles.find((match) => match.end <= mention.start && mention.start - match.end <= COMMA_GAP && COMMA_TO_NAME.test(body.slice(match.end, mention.start)));
  if (!title) return null;
  const country = gazetteer.countries.find((match) => match.end <= title.start && title.start - match.end <= QUALIFIER_GAP && QUALIFIER_TO_TITLE.test(body.slice(match.end, title.start)));
  if (!country) return null;
  const sentTo = COMMA_TO_NAME.exec(body.slice(title.end, mention.start))?.[1] ?? '';
  return { person: mention.person, title: `${title.value.title}${sentTo.replace(/\s+/g, ' ')}`, country: country.value.country.name, organization: null, sentence: mention.sentence, start: country.start, end: mention.end };
}

// "Trump's Middle East envoy, Steve Witkoff", "Raisi's political adviser Mohammad Jamshidi", "Sharif and his foreign
// affairs adviser Sartaj Aziz", "Redwan Hussien, Abiy's national security adviser,": someone's staff, the title as
// written with its remit; the country is the boss's, which the title does not state.
const STAFF = String.raw`((?:[\p{L}-]+\s+){0,3}?(?:adviser|advisor|envoy|spokesman|spokeswoman|spokesperson|aide|press secretary|chief of staff))`;
const STAFF_BEFORE = new RegExp(String.raw`(?:(\p{Lu}[\p{L}'’-]+)['’]s|\b(?:his|her))\s+${STAFF},?\s+$`, 'u');
const STAFF_AFTER = new RegExp(String.raw`^,\s+(?:(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(\p{Lu}[\p{L}'’-]+)['’]s|his|her)\s+${STAFF}(?=[,.;])`, 'u');

function staffOfPerson(body: string, mention: PersonMention, mentions: readonly PersonMention[]): RoleDraft | null {
  const before = STAFF_BEFORE.exec(body.slice(Math.max(0, mention.start - 80), mention.start));
  const after = before ? null : STAFF_AFTER.exec(body.slice(mention.end, mention.end + 80));
  const found = before ?? after;
  const title = found?.[2]?.trim();
  // Not "his sister and chief of staff": a kin word is no part of the title.
  if (!found || title === undefined || /^(?:the|a|an)\b/i.test(title) || /\b(?:and|sister|brother|wife|husband|son|daughter|son-in-law)\b/i.test(title)) return null;
  // A capitalised possessor is someone named: "Trump's", not "Pakistan's".
  const boss = found[1];
  if (boss !== undefined && !mentions.some((other) => other.person !== mention.person && other.surface.split(/\s+/).includes(boss))) return null;
  return { person: mention.person, title, country: null, organization: null, sentence: mention.sentence, start: mention.start, end: mention.end };
}

// "The president of Nauru, Baron Waqa, has accused …", "The President of the ECOWAS Commission, Dr Omar Alieu Touray,
// told …": the title of a country or body named after it, the name in apposition.
const OF_BODY_TO_NAME = /^\s+of\s+(?:the\s+)?$/;
const NAME_AFTER_COMMA = /^,\s{1,2}(?:(?:Sheikh|Sheikha|Prince|Princess|Dr\.?|Gen\.?|Sir|Dame)\s+){0,2}$/;
// "the Kurdistan Regional Government, for talks with its president, Nechirvan Barzani", "Peru sent its prime minister,
// Alberto Otarola": "its" stands for the country or body named last before it in the sentence.
const ITS = /\bits\s+$/;

function roleOfBodyBeforeComma(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  if (!APPOSITION_END.test(body.slice(mention.end, mention.end + 8))) return null;
  const title = gazetteer.titles.find((match) => match.end <= mention.start && mention.start - match.end <= COMMA_GAP && match.value.country === null && match.value.organization === null && (NAME_AFTER_COMMA.test(body.slice(match.end, mention.start)) || /^\s+of\s/.test(body.slice(match.end, match.end + 4))));
  if (!title) return null;
  const owners = [...gazetteer.countries.filter((match) => match.value.form === 'name'), ...gazetteer.organizations];
  if (NAME_AFTER_COMMA.test(body.slice(title.end, mention.start))) {
    if (!ITS.test(body.slice(Math.max(0, title.start - 5), title.start))) return null;
    const sentenceStart = body.lastIndexOf('.', title.start) + 1;
    const owner = owners.filter((match) => match.start >= sentenceStart && match.end <= title.start).sort((a, b) => a.end - b.end).at(-1);
    if (!owner) return null;
    return roleOfOwner(mention, title.value.title, owner, title.start);
  }
  const owner = owners.find((match) => OF_BODY_TO_NAME.test(body.slice(title.end, match.start)) && match.start > title.end && NAME_AFTER_COMMA.test(body.slice(match.end, mention.start)));
  return owner ? roleOfOwner(mention, title.value.title, owner, title.start) : null;
}

function roleOfOwner(mention: PersonMention, title: string, owner: PhraseMatch<CountryForm> | PhraseMatch<OrganizationEntry>, start: number): RoleDraft {
  const country = 'form' in owner.value ? owner.value.country.name : null;
  const organization = 'form' in owner.value ? null : owner.value.name;
  return { person: mention.person, title, country, organization, sentence: mention.sentence, start, end: mention.end };
}

// "United States Ambassador to Malaysia Edgar D. Kagan and China's Ambassador to Malaysia Ouyang Yujing": the posting
// stands between the title and the name, the sending country before the title.
const AMBASSADOR_TO = /\b[Aa]mbassador to (?:the )?$/;

function ambassadorBefore(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const posting = gazetteer.countries.find((match) => match.end < mention.start && mention.start - match.end <= 2 && TITLE_TO_NAME.test(body.slice(match.end, mention.start)) && match.value.form === 'name');
  if (!posting) return null;
  const lead = body.slice(Math.max(0, posting.start - 20), posting.start);
  const title = AMBASSADOR_TO.exec(lead);
  if (!title) return null;
  const titleStart = posting.start - lead.length + title.index;
  const sender = qualifierBefore(body, titleStart, gazetteer);
  const written = body.slice(titleStart, posting.end).replace(/\s+/g, ' ');
  return { person: mention.person, title: `A${written.slice(1)}`, country: sender.country, organization: null, sentence: mention.sentence, start: sender.start ?? titleStart, end: mention.end };
}

// "President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister of Fiji Sitiveni Rabuka",
// "Acting Foreign Minister of Afghanistan Mawlawi Amir Khan Muttaqi".
function roleOfCountryBefore(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const country = gazetteer.countries.find((match) => match.end < mention.start && mention.start - match.end <= 40 && TITLE_TO_NAME.test(body.slice(match.end, mention.start)) && match.value.form === 'name');
  if (!country) return null;
  const title = gazetteer.titles.find((match) => match.end < country.start && country.start - match.end <= 9 && /^\s+of\s+(?:the\s+)?$/.test(body.slice(match.end, country.start)));
  if (!title || title.value.country !== null || title.value.organization !== null) return null;
  const rank = rankBefore(body, title);
  if (/\b(?:former|ex-|late|then-)\s*$/i.test(body.slice(Math.max(0, title.start - rank.length - 10), title.start - rank.length))) return null;
  return { person: mention.person, title: rankedTitle(rank, title.value.title), country: country.value.country.name, organization: null, sentence: mention.sentence, start: title.start - rank.length, end: mention.end };
}

const COUNTERPART_BEFORE_NAME = new RegExp(`\\scounterparts?,?\\s{1,2}(?:(?:${HONORIFIC_ALTERNATION})\\s+)?$`);

/**
 * "Fidan met his Russian counterpart Sergey Lavrov", "Blinken and his Chinese counterpart, Wang Yi": the
 * counterpart holds the title of the person whose counterpart they are, for the country the demonym names.
 */
function counterpartRole(body: string, mention: PersonMention, mentions: readonly PersonMention[], roles: readonly RoleDraft[], gazetteer: GazetteerMentions): RoleDraft | null {
  // "his Saudi counterpart, Prince Faisal bin Farhan": a style may stand between the word and the name.
  const word = COUNTERPART_BEFORE_NAME.exec(body.slice(Math.max(0, mention.start - 40), mention.start));
  if (!word) return null;
  // The country may take several words: "his Papua New Guinea counterpart James Marape".
  const wordStart = mention.start - word[0].length;
  const country = gazetteer.countries.find((match) => match.end === wordStart);
  if (!country) return null;
  // "met Argentine counterpart Alberto Fernandez": right after the verb, the counterpart is the subject's.
  const lead = /(?:\b(?:his|her|met|meets|meeting|received|receives|hosted|hosts|welcomed|welcomes|with)|([\p{Lu}][\p{L}-]+)['’]s?) $/u.exec(body.slice(Math.max(0, country.start - 40), country.start));
  if (!lead) return null;
  const leadStart = country.start - lead[0].length;
  // Whose counterpart: the named possessor, else the subject of the sentence.
  const owner = lead[1]
    ? mentions.filter((other) => other.end <= leadStart + (lead[1]?.length ?? 0) && other.end >= leadStart).pop()
    : subjectOf(body, mentions, mention.sentence, leadStart) ?? mentions.filter((other) => other.end <= leadStart).pop();
  if (!owner || owner.person === mention.person) return null;
  // "Prime Minister Narendra Modi … with his Papua New Guinea counterpart": the owner's title, whatever its country.
  const ownerRole = [...roles].reverse().find((role) => role.person === owner.person && role.country !== null) ?? [...roles].reverse().find((role) => role.person === owner.person && role.organization === null);
  if (!ownerRole || ownerRole.country === country.value.country.name) return null;
  return { person: mention.person, title: counterpartTitle(ownerRole.title), country: country.value.country.name, organization: null, sentence: mention.sentence, start: leadStart, end: mention.end };
}

// "Blinken met his Chinese counterpart Wang Yi", "Jaishankar … his Russian counterpart Sergey Lavrov": one country's
// own name for an office is, for another country's holder, the office's common name.
const OWN_NAMES_OF_OFFICES: readonly (readonly [RegExp, string])[] = [
  [/^(?:Secretary of State|External Affairs Minister|Minister of External Affairs|International Relations Minister|Minister (?:of|for) International Relations(?: and Cooperation)?)$/i, 'Foreign Minister'],
  [/^(?:Secretary of Defense|Defense Secretary)$/i, 'Defense Minister'],
  [/^Taoiseach$/i, 'Prime Minister'],
];

function counterpartTitle(title: string): string {
  return OWN_NAMES_OF_OFFICES.find(([own]) => own.test(title))?.[1] ?? title;
}

/**
 * The sentence's subject: its first name, unless the sentence opens with "He" or "She" before it ("He opened the tour
 * in Cairo, meeting President Abdel Fattah al-Sisi and … his Egyptian counterpart Sameh Shoukry"), who is the first
 * named in the sentence before.
 */
function subjectOf(body: string, mentions: readonly PersonMention[], sentence: number, before: number): PersonMention | undefined {
  const first = mentions.find((other) => other.sentence === sentence && other.end <= before);
  if (!first) return undefined;
  const opening = body.slice(Math.max(0, first.start - 200), first.start).split(/(?<=[.!?]["”]?)\s+|\n/).pop() ?? '';
  // "He said Russian Ambassador Anatoly Antonov and his U.S. counterpart, John Sullivan, …": what he said has a
  // subject of its own.
  if (!/^(?:He|She)\s/.test(opening) || /^(?:He|She)\s+(?:\w+\s+)?(?:said|says|told|tells|added|noted)\b/.test(opening)) return first;
  const earlier = mentions.findLast((other) => other.sentence < sentence);
  return earlier ? mentions.find((other) => other.sentence === earlier.sentence) : first;
}

// "The last Indian prime minister to visit Pakistan was Atal Bihari Vajpayee", "the first sitting Japanese prime
// minister to visit Iran since Takeo Fukuda in 1978": whoever last did it held the title of the country named.
const PREDECESSOR = /\b(?:last|first|previous)\s+(?:sitting\s+)?(\p{Lu}[\p{L}]+)\s+([\p{L} ]{4,30}?)\s+to\s+[^.;:"“”]{1,90}?\s+(?:was|since)\s+(?:by\s+)?$/du;

function predecessorRole(body: string, mention: PersonMention, gazetteer: GazetteerMentions): RoleDraft | null {
  const from = Math.max(0, mention.start - 160);
  const spans = PREDECESSOR.exec(body.slice(from, mention.start))?.indices;
  const [demonymStart, demonymEnd] = spans?.[1] ?? [];
  const [titleStart, titleEnd] = spans?.[2] ?? [];
  if (demonymStart === undefined || demonymEnd === undefined || titleStart === undefined || titleEnd === undefined) return null;
  const country = gazetteer.countries.find((found) => found.start === from + demonymStart && found.end === from + demonymEnd);
  const title = gazetteer.titles.find((found) => found.start === from + titleStart && found.end === from + titleEnd);
  if (!country || !title || title.value.organization !== null) return null;
  return { person: mention.person, title: title.value.title, country: country.value.country.name, organization: null, sentence: mention.sentence, start: country.start, end: mention.end };
}

const FORMER = /\b(?:former|ex-)\s*$/i;

// "Saudi Foreign Minister Prince Faisal bin Farhan", "UAE Foreign Minister Sheikh Abdullah".
// "Prime Minister Datuk Seri Anwar Ibrahim", "Supreme Leader Ayatollah Ali Khamenei".
// "Oman's Deputy Prime Minister Sayyid Fahd bin Mahmoud Al Said", "Acting Foreign Minister Mawlawi Amir Khan Muttaqi".
const TITLE_TO_NAME = new RegExp(`^\\s{1,2}(?:(?:${HONORIFIC_ALTERNATION}|Sheikha|Sri)\\s+){0,3}$`);
const HONORIFIC_ONLY = new RegExp(`^(?:(?:${HONORIFIC_ALTERNATION})\\s+)?$`);
const HONORIFIC_THEN_CAPITAL = new RegExp(`^\\s{1,2}(?:(?:${HONORIFIC_ALTERNATION})\\s+)?\\p{Lu}`, 'u');
// "Russian Deputy Defence Minister", "First Vice Premier": a rank word before a title is part of it.
const SPACE = /\s/;
// "interim president Ahmed al-Sharaa", "Transitional President".
const RANK_BEFORE = /(?:\b(?:First|Senior|Acting|Deputy|Vice|Assistant|Under|Executive|Principal|Interim|Transitional|first|senior|acting|deputy|vice|assistant|under|interim|transitional)[ -])+$/;

/**
 * The rank words just before a title: "Deputy Prime Minister", "Under Secretary". "Under" ranks a secretary only:
 * "talks between the United States and China under President Joe Biden" name no rank.
 */
function rankBefore(body: string, title: PhraseMatch<TitleEntry>): string {
  const rank = RANK_BEFORE.exec(body.slice(Math.max(0, title.start - 30), title.start))?.[0] ?? '';
  return /\b[Uu]nder[ -]/.test(rank) && !/\bSecretary\b/i.test(title.value.title) ? '' : rank;
}

function roleBefore(body: string, mention: PersonMention, mentions: readonly PersonMention[], gazetteer: GazetteerMentions): RoleDraft | null {
  const nearest = titleJustBefore(body, gazetteer.titles, mention.start);
  if (!nearest) return null;
  // "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar": after an office, "Senator" is how the
  // holder is styled, and the office is the role.
  const office = nearest.value.title === 'Senator' ? gazetteer.titles.find((match) => match.end < nearest.start && /^[ \u00a0]+$/.test(body.slice(match.end, nearest.start))) : undefined;
  const title = office ?? nearest;
  // "ECOWAS Commission President Omar Touray": "Commission President" is the European Commission's title only when
  // no other commission is named in it.
  const owner = gazetteer.organizations.find((match) => match.start < title.start && match.end > title.start && match.end <= title.end);
  if (owner && title.value.organization !== null && owner.value.name !== title.value.organization) {
    return { person: mention.person, title: title.value.title, country: null, organization: owner.value.name, sentence: mention.sentence, start: owner.start, end: mention.end };
  }
  // "Chinese Foreign Ministry spokesman Wang Wenbin": the spokesman of the body named, not a title of the country's;
  // "Foreign Ministry spokesman Wang Wenbin" names no particular body and keeps the title whole.
  const spokesman = owner ? /^\s*(spokes(?:man|woman|person))$/i.exec(body.slice(owner.end, title.end)) : null;
  if (owner && spokesman?.[1] !== undefined) {
    return { person: mention.person, title: spokesman[1], country: null, organization: owner.value.name, sentence: mention.sentence, start: owner.start, end: mention.end };
  }
  const rank = rankBefore(body, title);
  const remit = rank === '' ? staffRemit(body, title) : '';
  const portfolio = rank === '' ? portfolioBefore(body, title, mentions, gazetteer) || regionOfEnvoy(body, title, gazetteer) || remit : '';
  const titleStart = title.start - rank.length - portfolio.length;
  // "the late President": no role held now. "then-President Yoon Suk Yeol" held it then, and that is the role.
  if (/\blate\s*$/i.test(body.slice(Math.max(0, titleStart - 10), titleStart))) return null;
  let qualifier = qualifierBefore(body, titleStart, gazetteer);
  // "Uganda's former Vice President Speciosa Wandira-Kazibwe": the country before "former".
  const formerWord = qualifier.start === null ? FORMER.exec(body.slice(Math.max(0, titleStart - 10), titleStart)) : null;
  if (formerWord) qualifier = qualifierBefore(body, titleStart - formerWord[0].length, gazetteer);
  // "Saudi Crown Prince and Prime Minister Mohammed bin Salman": the qualifier opens the first of two joined titles.
  const joined = qualifier.start === null ? titleJoinedBefore(body, gazetteer.titles, titleStart) : undefined;
  if (joined) qualifier = qualifierBefore(body, joined.start, gazetteer);
  // "former Nigerian President Olusegun Obasanjo", "ex-President …": a role once held, recorded as such.
  const former = FORMER.test(body.slice(Math.max(0, titleStart - 10), titleStart)) || (qualifier.start !== null && FORMER.test(body.slice(Math.max(0, qualifier.start - 10), qualifier.start)));
  // A remit keeps the title as written after it: "presidential spokesperson", "Presidential chief of staff".
  // So does a rank in lower case: "interim president", "acting foreign minister".
  const written = body.slice(title.start, title.end);
  const held = rankedTitle(rank, portfolio === '' ? (/^\p{Ll}/u.test(rank) ? written : title.value.title) : portfolio === remit ? `${portfolio}${written}` : `${portfolio}${title.value.title}`);
  return {
    person: mention.person,
    title: former ? `former ${held}` : held,
    country: qualifier.country ?? title.value.country,
    organization: qualifier.organization ?? title.value.organization,
    sentence: mention.sentence,
    start: qualifier.start ?? titleStart,
    end: mention.end,
  };
}

// "national security spokesman John Kirby", "presidential spokesperson Kang Yu-jung", "foreign policy aide Yuri
// Ushakov", "Government spokesman Steffen Hebestreit", "Communications Director Fahrettin Altun": whom a member of
// staff speaks or works for is part of the title.
// "Hamas political leader Ismail Haniyeh": a leader's sphere too.
const STAFF_TITLE = /^(?:Spokesman|Spokeswoman|Spokesperson|Aide|Adviser|Advisor|Director|Chief of Staff|Commissioner|leader)$/;
const STAFF_REMIT = /(?:^|[^\p{L}])((?:[Nn]ational [Ss]ecurity|[Ff]oreign [Pp]olicy|[Gg]overnment|[Pp]residential|[Cc]ommunications|[Ee]nlargement|[Tt]rade|[Cc]limate|[Ee]conomic|[Mm]ilitary|[Ss]ecurity|[Pp]olitical|[Ss]piritual|[Oo]pposition) )$/u;

function staffRemit(body: string, title: GazetteerMentions['titles'][number]): string {
  if (!STAFF_TITLE.test(title.value.title) || title.value.country !== null || title.value.organization !== null) return '';
  return STAFF_REMIT.exec(body.slice(Math.max(0, title.start - 24), title.start))?.[1] ?? '';
}

// "US Middle East envoy Steve Witkoff": the region an envoy is sent to is part of the title.
function regionOfEnvoy(body: string, title: GazetteerMentions['titles'][number], gazetteer: GazetteerMentions): string {
  if (!/\b(?:Envoy|Representative)$/.test(title.value.title)) return '';
  const region = gazetteer.places.find((place) => place.end === title.start - 1 && place.value.kind === 'region' && body[place.end] === ' ');
  return region ? `${region.surface} ` : '';
}

// "Infrastructure Minister", "Treasury and Finance Minister", "International Trade and Industry Minister": the
// portfolio a ministry title names, in capitalised words before it. "Energy Commissioner" in Brussels, and a
// portfolio written short: "GCSB Minister Andrew Little".
const PORTFOLIO = /(?:(?:[\p{Lu}][\p{Ll}]+|\p{Lu}{2,5})\s(?:and\s)?){1,4}$/u;
const NOT_PORTFOLIO = /^(?:The|A|An|His|Her|Its|Their|Former|Then|Late|Mr|Mrs|Ms|Dr|President|Premier|King|Prince|Crown|Chief|State|By|With|And|But|As|In|On|At|For|From|Of|To)$/;

function portfolioBefore(body: string, title: GazetteerMentions['titles'][number], mentions: readonly PersonMention[], gazetteer: GazetteerMentions): string {
  if (!/\b(?:Minister|Commissioner)$/.test(title.value.title) || /\b(?:Prime|Chief)\b/.test(title.value.title) || title.value.country !== null) return '';
  const found = PORTFOLIO.exec(body.slice(Math.max(0, title.start - 60), title.start))?.[0] ?? '';
  // Keep the words nearest the title, up to a country, organization, honorific or function word.
  const words = found.split(/\s+/).filter((word) => word !== '');
  let kept = '';
  let at = title.start;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i] ?? '';
    const candidate = word === 'and' ? `and ${kept}` : `${word} ${kept}`;
    const start = title.start - candidate.length;
    if (word !== 'and') {
      // "Congolese Foreign Minister" where the report names both Congos: a nationality, though no country's.
      if (NOT_PORTFOLIO.test(word) || AMBIGUOUS_DEMONYMS.has(word)) break;
      const overlaps = (match: { start: number; end: number }) => match.start < at && start < match.end;
      if (gazetteer.countries.some(overlaps) || gazetteer.organizations.some(overlaps) || gazetteer.titles.some(overlaps) || mentions.some(overlaps)) break;
    }
    if (body.slice(start, title.start) !== candidate) break;
    kept = candidate;
    at = start;
  }
  // A portfolio never begins with "and".
  return kept.replace(/^and\s/, '');
}

/** "Saudi Crown Prince and Prime Minister Mohammed bin Salman": the first title, held for the same country. */
function firstOfJoinedTitles(body: string, role: RoleDraft, gazetteer: GazetteerMentions): RoleDraft | null {
  const qualifier = gazetteer.countries.find((match) => match.start === role.start) ?? gazetteer.organizations.find((match) => match.start === role.start);
  // "Crown Prince and Prime Minister Mohammed bin Salman": with no qualifier, the title opening the pair.
  if (!qualifier) {
    const opening = titleJoinedBefore(body, gazetteer.titles, role.start);
    if (!opening || opening.value.title === role.title) return null;
    return { ...role, title: opening.value.title, country: opening.value.country ?? role.country, organization: opening.value.organization ?? role.organization, start: opening.start, end: opening.end };
  }
  const first = gazetteer.titles.find((match) => match.start > qualifier.end && match.start - qualifier.end <= QUALIFIER_GAP && QUALIFIER_TO_TITLE.test(body.slice(qualifier.end, match.start)));
  if (!first || !/^\s+and\s/.test(body.slice(first.end, first.end + 6)) || first.value.title === role.title) return null;
  return { ...role, title: first.value.title, end: first.end };
}

/** A title followed by " and " just before `at`: the first of two titles held together. */
function titleJoinedBefore(body: string, titles: GazetteerMentions['titles'], at: number): GazetteerMentions['titles'][number] | undefined {
  return titles.find((match) => match.end < at && at - match.end <= 5 && /^\s+and\s+$/.test(body.slice(match.end, at)));
}

/**
 * The first title (in text order) followed by nothing but a space or two and up to three honorifics before `at`.
 * Such a gap holds at most three words, so no title ending before the fourth word back can qualify: titles are in
 * text order and do not overlap, so a binary search skips those instead of testing every title of the article.
 */
function titleJustBefore(body: string, titles: GazetteerMentions['titles'], at: number): GazetteerMentions['titles'][number] | undefined {
  let earliest = at;
  while (earliest > 0 && SPACE.test(body[earliest - 1] ?? '')) earliest -= 1;
  for (let word = 0; word < 3; word += 1) {
    while (earliest > 0 && !SPACE.test(body[earliest - 1] ?? '')) earliest -= 1;
    while (earliest > 0 && SPACE.test(body[earliest - 1] ?? '')) earliest -= 1;
  }
  let low = 0;
  let high = titles.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((titles[middle]?.end ?? Infinity) < earliest) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < titles.length; i += 1) {
    const match = titles[i];
    if (!match || match.end >= at) break;
    if (TITLE_TO_NAME.test(body.slice(match.end, at))) return match;
  }
  return undefined;
}

function capitalise(words: string): string {
  return words.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}

function rankedTitle(rank: string, title: string): string {
  if (rank === '' || title.toLowerCase().startsWith(rank.trim().toLowerCase())) return title;
  return `${rank.replace(/\s+$/, ' ')}${title}`;
}

// "Russian" / "Russia's" / "U.S." / "NATO" directly before a title, or with a word on the holder's tenure between:
// "Australia's new Foreign Minister Penny Wong".
// "Argentina, whose libertarian President Javier Milei": the country the relative clause opens with.
const QUALIFIER_TO_TITLE = /^(?:(?:['’]s)?\s{1,2}(?:(?:new|newly[- ]appointed|interim|incoming|caretaker|top)\s{1,2})?|,\s+whose\s+(?:\p{Ll}+\s+)?)$/u;
const QUALIFIER_GAP = 26;
function qualifierBefore(body: string, at: number, gazetteer: GazetteerMentions): { country: string | null; organization: string | null; start: number | null } {
  // Only one to four characters can stand between qualifier and title; checked before the text is copied.
  const country = gazetteer.countries.find((match) => match.end < at && at - match.end <= QUALIFIER_GAP && QUALIFIER_TO_TITLE.test(body.slice(match.end, at)));
  if (country) return { country: country.value.country.name, organization: null, start: country.start };
  const organization = gazetteer.organizations.find((match) => match.end < at && at - match.end <= QUALIFIER_GAP && QUALIFIER_TO_TITLE.test(body.slice(match.end, at)));
  if (organization) {
    return { country: null, organization: organization.value.name, start: organization.start };
  }
  return { country: null, organization: null, start: null };
}

// "Dilma Rousseff as president of the New Development Bank", "Botchwey as the next Commonwealth Secretary-General".
const APPOSITION_START = /^(?:,\s+(?:who\s+is\s+|the\s+|a\s+|an\s+)?|\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?(?=\p{Ll}))/u;

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
  // "Vladimir Medinsky, head of the Russian delegation,"
  const head = /^head of the (?:([\p{Lu}][\p{L}]+) )?delegation\b/u.exec(body.slice(at, at + 60));
  if (head) {
    const demonym = head[1] ? gazetteer.countries.find((match) => match.start === at + 12 && match.surface === head[1]) : undefined;
    return { person: mention.person, title: 'head of the delegation', country: demonym?.value.country.name ?? country, organization: null, sentence: mention.sentence, start: mention.start, end: at + head[0].length };
  }
  // "Ali Bagheri Kani, the acting foreign minister of Iran": a rank word opens the title.
  const rank = /^(?:(?:acting|deputy|first|senior|interim|outgoing|incoming|new|then|former)\s+)+/i.exec(body.slice(at, at + 30))?.[0] ?? '';
  // "Barack Obama, then president," held the title then; "…, the outgoing president" is told about, not named by it.
  if (/\boutgoing\b/i.test(rank)) return null;
  const title = gazetteer.titles.find((match) => match.start === at + rank.length);
  // "Richard Grenell, the president's special envoy": the title of whom they serve.
  if (!title || /^['’]s?\s/.test(body.slice(title.end, title.end + 3))) return null;
  // "Joe Biden, Australian Prime Minister Anthony Albanese and …": a list of titled names, not an apposition.
  if (HONORIFIC_THEN_CAPITAL.test(body.slice(title.end, title.end + 12)) && !/^\s+(?:of|for|to)\b/.test(body.slice(title.end))) return null;
  // "…, president of the World Bank" / "…, foreign minister of India"
  const of = /^\s+(?:of|for|to)\s+(?:the\s+)?/.exec(body.slice(title.end, title.end + 12));
  let titleText = rankedTitle(/^(?:acting|deputy|first|senior|interim)\s+$/i.test(rank) ? capitalise(rank) : '', title.value.title);
  // "Pavel Ryabikin, a former minister for strategic industries": once held.
  if (/\bformer\b/i.test(rank)) titleText = `former ${titleText}`;
  // "According to Yunus's press secretary Shafiqul Alam, the Bangladesh chief adviser raised …": a title followed by
  // its verb opens a clause of its own, about someone else; an apposition closes, or goes on with "of", "who", ….
  if (!of && /^\s+\p{Ll}/u.test(body.slice(title.end, title.end + 3)) && !/^\s+(?:and|who|whose|which|since|from|in|at|on|with|during|until|between|under)\b/.test(body.slice(title.end, title.end + 12))) return null;
  if (of) {
    const target = title.end + of[0].length;
    // "chairman of the Sudan People's Liberation Movement in Opposition": a body whose name opens with a country's.
    const ofOrganization = gazetteer.organizations.find((match) => match.start === target);
    const ofCountry = gazetteer.countries.find((match) => match.start === target && match.value.form === 'name' && !(ofOrganization && ofOrganization.end > match.end));
    // "the U.S. ambassador to China": the title is "Ambassador to China", the country the one that sent them.
    // "Ambassador to the United States", as written.
    if (ofCountry && /^ambassador$/i.test(title.value.title) && /^\s+to\s/.test(of[0])) titleText = `Ambassador ${of[0].trim().replace(/\s+/g, ' ')} ${ofCountry.surface}`;
    else if (ofCountry) country ??= ofCountry.value.country.name;
    else if (ofOrganization) organization ??= ofOrganization.value.name;
  }
  return {
    person: mention.person,
    title: titleText,
    country: country ?? (organization ? null : title.value.country),
    organization: organization ?? title.value.organization,
    sentence: mention.sentence,
    start: mention.start,
    end: title.end,
  };
}

/**
 * A second title joined to an apposition by "and": "Xi Jinping, general secretary of the Communist Party of China
 * (CPC) Central Committee and Chinese president, held talks …" is also President of China.
 */
function titleJoinedAfter(body: string, first: RoleDraft, gazetteer: GazetteerMentions): RoleDraft | null {
  const join = /^[^,;.]{0,80}?\sand\s+/.exec(body.slice(first.end, first.end + 100));
  if (!join) return null;
  let at = first.end + join[0].length;
  const demonym = gazetteer.countries.find((match) => match.start === at && match.value.form !== 'name');
  if (demonym) at = demonym.end + 1;
  const title = gazetteer.titles.find((match) => match.start === at);
  // The apposition closes right after it: not "… and Foreign Minister Wang Yi", another person's title.
  if (!title || !/^\s*[,;.]/.test(body.slice(title.end, title.end + 2))) return null;
  return {
    person: first.person,
    title: title.value.title,
    country: demonym?.value.country.name ?? title.value.country,
    organization: demonym ? null : title.value.organization,
    sentence: first.sentence,
    start: first.start,
    end: title.end,
  };
}
