import type { OrganizationKind } from '../domain/extraction.ts';
import { allMatches, allMatchesHolding, anyOf } from './all-matches.ts';
import { COUNTRY_FORMS, type OrganizationEntry } from './gazetteers/index.ts';
import type { PhraseMatch } from './phrase-matcher.ts';

/**
 * Organizations the gazetteer does not list, named the way bodies are named: capitalised words ending in a word
 * for a body ("Asian Infrastructure Investment Bank", "Orange Democratic Movement"), or such a word followed by
 * an of-phrase ("Ministry of Foreign Affairs of Vietnam", "Office of the Central Foreign Affairs Commission").
 * An acronym defined in brackets right after the name ("… Bank (AIIB)") is an alias, and its later uses are
 * mentions of the same body.
 */
const HEAD = String.raw`(?:Ministry|Department|Office|Cabinet|Council|Commission|Agency|Bank|Fund|Union|Forum|Organi[sz]ation|Party|Authority|Committee|Court|Assembly|Parliament|Congress|Alliance|Movement|Front|Institute|Corporation|Company|Secretariat|Community|Directorate|Bureau|Service|Guard|Federation|League|Coalition|Fleet|Army|Navy|Force|Forces|Police|Brigades?|Group|Chamber|Command|Church|Academy|Patriarchate|Foundation|Society|Association|Consortium|Factory|Platform|Exchange)`;
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const SPACE = String.raw`[ \u00a0]+`;
// Found from the head word: capitalised words before it, then up to two of-phrases of capitalised words after it.
const HEAD_WORD = new RegExp(String.raw`\b${HEAD}\b`, 'gu');
// "U.S. Pacific Command": a country written with full stops opens the name too.
const WORDS_BEFORE = new RegExp(String.raw`(?:(?:${CAPITAL_WORD}|(?:\p{Lu}\.){2,3})${SPACE}){1,5}$`, 'u');
// "Economic Commission for Latin America and the Caribbean", not "… Affairs and the Chinese Ministry of …".
// "Sudan People's Liberation Movement in Opposition (SPLM-IO)", "… in Exile" too.
const OF_PHRASES = new RegExp(String.raw`(?:${SPACE}(?:of|for)${SPACE}(?:the${SPACE})?${CAPITAL_WORD}(?:${SPACE}(?:and${SPACE}(?:the${SPACE}(?!(?:${CAPITAL_WORD}${SPACE}){0,3}${HEAD}\b))?)?${CAPITAL_WORD}){0,4}){0,3}(?:${SPACE}in${SPACE}(?:Opposition|Exile))?\b`, 'uy');
const ACRONYM = /^\s+\(([\p{Lu}][\p{Lu}\d&-]{1,7})\)/u;
// A head word the name goes on past: "Pacific Police Support Group", "Human Rights Commission Secretariat".
const NAME_GOES_ON = new RegExp(String.raw`^(?:${SPACE}${CAPITAL_WORD}){0,3}${SPACE}${HEAD}\b`, 'u');
// Words that open a sentence or name a day rather than start a body's name.
// "Twenty Indian Army personnel …": a number word opening a sentence is a count, no word of a name.
// "Addressing Fiji's Parliament, Modi …": a verb opening the sentence is none either.
const NOT_A_FIRST_WORD = /^(?:The|A|An|In|On|At|For|And|But|Of|By|With|From|To|As|After|Before|During|Later|Earlier|Officials|Addressing|Visiting|Speaking|Touring|Hosting|Joining|Leaving|Attending|Inaugurating|Opening|Welcoming|Praising|Urging|Thanking|Citing|Quoting|Following|Including|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens|Several|Many|Some|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const DOCUMENT_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:treaty|agreement|pact|accord)\b/u;

// "Foreign Ministry spokesman" without a country names no particular body.
const GENERIC = /^(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Trade|Health|Affairs|Ministry|Office|Department|Committee|State|Presidential|Federal|Central)$/;

/** `avoid`: spans already named as something else (places, venues: "West Bank", "Oval Office"). */
export function findOrganizationNames(body: string, known: readonly PhraseMatch<OrganizationEntry>[], avoid: readonly { start: number; end: number }[]): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  let coveredUntil = 0;
  for (const head of allMatches(HEAD_WORD, body)) {
    if (head.index < coveredUntil) continue;
    const headEnd = head.index + head[0].length;
    if (NAME_GOES_ON.test(body.slice(headEnd, headEnd + 80))) continue;
    // "Air Force One" is the president's aircraft; "the Palam Air Force Station" a place.
    if (head[0] === 'Force' && /^[ \u00a0]+(?:One|Station|Base)\b/.test(body.slice(headEnd, headEnd + 9))) continue;
    // "Chief Cabinet Secretary Matsuno Hirokazu", "Foreign Affairs Cabinet Secretary": a title, not the cabinet.
    if (head[0] === 'Cabinet' && /^[ \u00a0]+Secretary\b/.test(body.slice(headEnd, headEnd + 11))) continue;
    const before = WORDS_BEFORE.exec(body.slice(Math.max(0, head.index - 80), head.index))?.[0] ?? '';
    OF_PHRASES.lastIndex = headEnd;
    const after = OF_PHRASES.exec(body)?.[0] ?? '';
    let start = head.index - before.length;
    let text = body.slice(start, headEnd + after.length);
    coveredUntil = headEnd + after.length;
    // "Northern Ireland's Democratic Unionist Party": the name starts after a possessive of two words too; the loop
    // below keeps a country's own ministry ("Qatar's Ministry of Foreign Affairs").
    // Only a place's: "the Chinese People's Political Consultative Conference" keeps its "People's".
    const owner = [...body.slice(start, head.index).matchAll(/['’]s\s+/g)].at(-1);
    const ownerEnd = owner ? start + owner.index : -1;
    if (owner && avoid.some((span) => span.end === ownerEnd && span.start >= start)) {
      start = ownerEnd + owner[0].length;
      text = body.slice(start, headEnd + after.length);
    }
    // Drop leading words that are not part of a name: "Officials from the …" never gets this far, "The …" might.
    while (true) {
      const first = /^(\S+)\s+/.exec(text);
      // "Istanbul's Dolmabahce Presidential Office": a possessive word is not part of the name. A country's is, before
      // a ministry or office that has no other owner in its name: "Qatar's Ministry of Foreign Affairs", as
      // "Saudi Arabia's Ministry of Foreign Affairs" keeps its own.
      // "the People's Council", "People's Liberation Army": a name's own possessive word.
      const possessive = /['’]s$/.test(first?.[1] ?? '') && !/^People['’]s$/.test(first?.[1] ?? '');
      const ownedByCountry = possessive && COUNTRY_FORMS.get((first?.[1] ?? '').slice(0, -2))?.form === 'name' && /^\S+\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Ministry|Department|Office|Directorate|Commission)\b/u.test(text);
      if (!first || ownedByCountry || !(NOT_A_FIRST_WORD.test(first[1] ?? '') || possessive)) break;
      start += first[0].length;
      text = text.slice(first[0].length);
    }
    text = text.replace(/(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*)$/, '');
    const words = text.split(/\s+/);
    if (words.length < 2 || (words.length === 2 && words.every((word) => GENERIC.test(word)))) continue;
    const end = start + text.length;
    if (avoid.some((span) => span.start < end && start < span.end)) continue;
    // "the Falepili Union treaty", "the Canada-European Union trade agreement": the name of a document, not a body.
    if (DOCUMENT_AFTER.test(body.slice(end, end + 24))) continue;
    // "extending its Compacts of Free Association with the three nations": a document's name goes on before it.
    if (/\b(?:Compacts?|Treat(?:y|ies)|Agreements?|Conventions?|Charter|Protocol|Declaration|Accords?) of[ \u00a0]+$/.test(body.slice(Math.max(0, start - 24), start))) continue;
    // A listed body already covers it; a listed body inside it counts unless the name goes on with an of-phrase
    // ("Communist Party of Vietnam" is not the listed "Communist Party").
    if (known.some((organization) => organization.start <= start && organization.end >= end)) continue;
    // Nor is one named in the of-phrase: "Standing Committee of the National People's Congress".
    const inner = known.filter((organization) => organization.start >= start && organization.end <= end && organization.start < headEnd);
    // A listed body before the head word names a body of its own: "the Myanmar Red Cross Society", "the SCO
    // Inter-Bank Consortium".
    if (inner.some((organization) => organization.end > head.index && !/^\s+(?:of|for)\s/.test(body.slice(organization.end, end + 1)))) continue;
    const name = text.replace(/['’]s$/, '');
    const entry: OrganizationEntry = { name, kind: kindOf(name), aliases: [], country: null, building: false, city: null };
    found.push({ start, end: start + name.length, surface: name, value: entry });
    const acronym = ACRONYM.exec(body.slice(start + name.length, start + name.length + 12));
    if (acronym?.[1]) {
      entry.aliases.push(acronym[1]);
      const uses = new RegExp(String.raw`\b${acronym[1].replace(/[&-]/g, '\\$&')}\b`, 'g');
      for (const use of body.slice(start + name.length).matchAll(uses)) {
        const at = start + name.length + use.index;
        if (!known.some((organization) => organization.start <= at && organization.end > at)) found.push({ start: at, end: at + acronym[1].length, surface: acronym[1], value: entry });
      }
    }
  }
  return found;
}

function kindOf(name: string): OrganizationKind {
  if (/\b(?:Party|Movement|Front|Coalition)\b/.test(name)) return 'party';
  if (/\b(?:Company|Corporation)$/.test(name)) return 'company';
  // "Qatar's Ministry of Foreign Affairs" too.
  if (/^(?:\S+['’]s\s+)?(?:Ministry|Department|Office|Secretariat|Directorate)\b|\b(?:Ministry|Department|Office)$/.test(name)) return 'government';
  return 'other';
}

// A press service named by whose it is: "the Akorda press service", "the Kazakh President's press service", "the
// press service of the Kyrgyz president".
const PRESS_SERVICE = /\b(?:(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2})[ \u00a0]+press service|press service of the (?:\p{Lu}[\p{L}-]*[ \u00a0]+)?(?:president|prime minister|government|presidency|Kremlin))\b/gu;
// Every match holds these words (see allMatchesHolding).
const PRESS_SERVICE_WORDS = anyOf(['press service']);

/** Press services, which speak for a head of state or government and are quoted as bodies. */
export function findPressServices(body: string): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  for (const match of allMatchesHolding(PRESS_SERVICE, body, PRESS_SERVICE_WORDS)) {
    // "The Kazakh President's press service reported": a word opening the sentence is no part of the name.
    const lead = match[1] !== undefined && NOT_A_FIRST_WORD.test(match[1].split(/\s+/)[0] ?? '') ? (/^\S+\s+/.exec(match[0])?.[0].length ?? 0) : 0;
    const name = match[0].slice(lead);
    if (/^press service$/i.test(name)) continue;
    found.push({ start: match.index + lead, end: match.index + match[0].length, surface: name, value: { name, kind: 'government', aliases: [], country: null, building: false, city: null } });
  }
  return found;
}

// "visited carmaker Geely", "dairy giant Fonterra and the kiwifruit marketer Zespri", "national carrier EgyptAir",
// "drugmaker Astellas Pharma Inc.", "Tokyo-based Kokuka Sangyo", "the Franco-Italian consortium Eurosam", "drinks
// group Pernod Ricard": a company named after the word for what it does. After a plural, each of those it lists:
// "defence firms Aselsan and Roketsan".
const COMPANY = new RegExp(
  String.raw`\b(?:(?:car|auto|drug|chip|steel|ship|plane|arms|aircraft|tank)maker|giant|firm|company|consortium|(?:drinks|food|energy|oil|gas|defen[cs]e|arms|tech|media|mining|shipping|engineering|construction|investment|industrial|luxury|telecoms?) group|conglomerate|manufacturer|producer|marketer|exporter|carrier|airline|lender|insurer|miner|shipbuilder|start-?up|\p{Lu}[\p{L}]+-based|(firms|companies|manufacturers|producers|makers|carmakers|giants))[ \u00a0]+((?:${CAPITAL_WORD}[ \u00a0]+){0,3}${CAPITAL_WORD})`,
  'gu',
);
// The names after the first a plural lists: "firms Aselsan and Roketsan", "companies Thales, Safran and Airbus".
const LISTED_NEXT = new RegExp(String.raw`^(?:,|,?[ \u00a0]+and)[ \u00a0]+((?:${CAPITAL_WORD}[ \u00a0]+){0,3}${CAPITAL_WORD})`, 'u');

// "Nippon Steel Corp.", "Mitsubishi Heavy Industries Ltd.", "Hyundai Motor Co.": a company named with its legal form,
// or with its trade: "a Samsung Electronics plant", "Singapore Airlines".
const LEGAL_FORM = new RegExp(String.raw`\b((?:${CAPITAL_WORD}[ \u00a0]+){1,4}(?:Corp|Corporation|Inc|Ltd|Co|PLC|AG|GmbH|Holdings|Electronics|Motors|Airlines|Airways|Aerospace|Pharmaceuticals|Industries(?:[ \u00a0]+(?:Ltd|Inc|Corp|Co))?))(?![\p{L}-])`, 'gu');

/** Companies named after a word for their trade or with their legal form; `avoid`: spans already named as something else. */
export function findCompanies(body: string, avoid: readonly { start: number; end: number }[]): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  for (const match of allMatches(COMPANY, body)) {
    const names = [{ start: match.index + match[0].length - (match[2] ?? '').length, words: match[2] ?? '' }];
    for (let next = match[1] === undefined ? null : LISTED_NEXT.exec(body.slice(match.index + match[0].length, match.index + match[0].length + 120)), from = match.index + match[0].length; next; next = LISTED_NEXT.exec(body.slice(from, from + 120))) {
      names.push({ start: from + next[0].length - (next[1] ?? '').length, words: next[1] ?? '' });
      from += next[0].length;
    }
    for (const { start, words } of names) {
      // "Astellas Pharma Inc.": the abbreviation's full stop is part of the name.
      const name = `${words}${/\b(?:Inc|Ltd|Co|Corp)$/.test(words) && body[start + words.length] === '.' ? '.' : ''}`;
      const end = start + name.length;
      // "The aircraft carrier USS Gerald R. Ford": a ship.
      const ship = /^(?:USS|HMS|INS|HMAS|HMCS)\b/.test(name) || /\baircraft\s+$/.test(body.slice(Math.max(0, match.index - 9), match.index));
      if (ship || NOT_A_FIRST_WORD.test(name.split(/\s/)[0] ?? '') || COUNTRY_FORMS.has(name) || avoid.some((span) => span.start < end && start < span.end)) continue;
      found.push({ start, end, surface: name, value: { name, kind: 'company', aliases: [], country: null, building: false, city: null } });
    }
  }
  for (const match of allMatches(LEGAL_FORM, body)) {
    const words = (match[1] ?? '').split(/[ \u00a0]+/);
    // "said Nippon Steel Corp.": the sentence's words before the name are not part of it.
    const skip = words.findIndex((word) => !NOT_A_FIRST_WORD.test(word));
    if (skip < 0 || words.length - skip < 2) continue;
    const lead = words.slice(0, skip).reduce((length, word) => length + word.length + 1, 0);
    const start = match.index + lead;
    const bare = (match[1] ?? '').slice(lead);
    const name = `${bare}${/\b(?:Inc|Ltd|Co|Corp)$/.test(bare) && body[match.index + (match[1] ?? '').length] === '.' ? '.' : ''}`;
    const end = start + name.length;
    // "toured a Tokyo Electron Ltd. plant": a town's name inside the legal name is the company's.
    if (found.some((span) => span.start < end && start < span.end) || avoid.some((span) => span.start < end && start < span.end && (span.start < start || span.end > end))) continue;
    found.push({ start, end, surface: name, value: { name, kind: 'company', aliases: [], country: null, building: false, city: null } });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "the Paraguayan Congress", "the French Senate", "Ghana's Parliament": a country's legislature, named by the
// country. The listed "Congress" and "Senate" are the United States' only when no other country's word stands before.
const LEGISLATURE = /\b(\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}[\p{L}.]*)?)(['’]s)?[ \u00a0]+(Congress|Senate|Parliament|National Assembly|House of Representatives|Chamber of Deputies)\b/gu;

export function findLegislatures(body: string): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  for (const match of allMatches(LEGISLATURE, body)) {
    const owner = match[1] ?? '';
    // "The Paraguayan Congress": the country's word may follow a word that opens the sentence.
    const last = owner.split(/\s/).at(-1) ?? '';
    const ownerWord = COUNTRY_FORMS.has(owner) ? owner : last;
    const country = COUNTRY_FORMS.get(ownerWord);
    if (!country || country.country.name === 'United States' || (match[2] !== undefined && country.form !== 'name')) continue;
    const start = match.index + owner.length - ownerWord.length;
    const name = body.slice(start, match.index + match[0].length);
    found.push({ start, end: start + name.length, surface: name, value: { name, kind: 'government', aliases: [], country: country.country.name, building: false, city: null } });
  }
  return found;
}

/**
 * A country's own bodies named by their capital letters alone, as its own press names them: "invited Obama to address
 * Parliament in Ottawa", "would be tabled in Parliament", "the Presidential Office confirmed Saturday". Not the building
 * of a parliament, or one named after it ("Parliament House", "Parliament Hill"), nor one office among others
 * ("Dolmabahce Presidential Office"). A government named for its purpose, too: "the Government of National Accord".
 */
export function findBodiesNamedAlone(body: string): PhraseMatch<OrganizationEntry>[] {
  const found: PhraseMatch<OrganizationEntry>[] = [];
  for (const match of [...allMatches(BARE_PARLIAMENT, body), ...allMatches(BARE_PRESIDENTIAL_OFFICE, body), ...allMatches(GOVERNMENT_OF_PURPOSE, body)]) {
    const name = match[0].replace(/\s+/g, ' ');
    found.push({ start: match.index, end: match.index + match[0].length, surface: match[0], value: { name, kind: 'government', aliases: [], country: null, building: false, city: null } });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "talks with Luxon at Parliament", "gathered on Parliament's forecourt": the building, a place.
// The lookbehinds follow the word they guard, so they are tried only where the word is.
const BARE_PARLIAMENT = /Parliament(?<=\b(?!at\b|on\b)\p{Ll}+[ \u00a0]Parliament)\b(?!['’]s\b|[ \u00a0]+(?:House|Hill|Square|Building|Buildings|Street|Palace))/gu;
// "met Tsai at the Presidential Office" is the building, a place.
const BARE_PRESIDENTIAL_OFFICE = /Presidential(?<=(?<!\bat\s+)\b[Tt]he\s+Presidential)\s+Office\b/gu;
// "the Government of National Accord", "a Government of National Unity": a government named for what it is, not
// for its country ("the Government of Pakistan").
const GOVERNMENT_OF_PURPOSE = /\bGovernment of (?:National|Transitional) (?:Accord|Unity|Salvation|Consensus|Stability)\b/gu;
