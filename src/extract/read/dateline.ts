/**
 * Datelines open a wire report with where and when it was filed and by whom:
 * `Jan. 21 (UPI) --`, `NEW DELHI, March 2 (Reuters) -`, `GENEVA (AP) —`, `Moscow, 3 June (TASS) –`, `CARTAGENA, Colombia, Sep 26 (EFE).-`.
 */
export interface Dateline {
  /** The place in the text's own casing ("NEW DELHI"), or null. */
  place: string | null;
  /** The month and day as written ("Jan. 21"), or null. */
  day: string | null;
  /** The agency in brackets ("UPI"), or null. */
  source: string | null;
  /** Length of the dateline at the start of the text, dash included. */
  length: number;
  /** A line of capitals alone ("MEXICO CITY"): a place only if it is a known one, since a section name looks the same. */
  alone?: boolean;
}

// "March 2", "Jan. 21", "3 June", "23rd September, 2024", "July 9, 2023".
const MONTH_DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:,\s+\d{4})?)`;
const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ ][\p{Lu}][\p{L}.'’-]*){0,3}`;
// The country after the place: "BIARRITZ, France", "BANGUI, Central African Republic", "GOMA, Democratic Republic of Congo".
const COUNTRY_AFTER = String.raw`(?:,\s+[\p{Lu}][\p{L}.]*(?:[ ](?:of|the|and)(?=[ ]\p{Lu})|[ ][\p{Lu}][\p{L}.]*){0,4})?`;
// The country after the place, in brackets: "QINGDAO (China)", "Islamabad [Pakistan]"; not an agency in capitals ("(AFP)").
const COUNTRY_IN_BRACKETS = String.raw`(?:\s+\([\p{Lu}][\p{Ll}][\p{L} ]{0,29}\)|\s+\[[\p{Lu}][\p{L} ]{1,30}\])?`;
const DATELINE = new RegExp(
  String.raw`^(?:(${PLACE})${COUNTRY_IN_BRACKETS}${COUNTRY_AFTER},?\s+)?(${MONTH_DAY})?\s*(?:\(([^)]{2,40})\)\.?)?\s*(?:--|[-–—])\s*`,
  'u',
);

// The dash may be missing after an agency that closes a place and day: "Bangkok, Apr 4 (PTI) Prime Minister …",
// "Islamabad [Pakistan], October 16 (ANI): External Affairs Minister …", and TASS writes its name between slashes:
// "ULAN BATOR, September 3. /TASS/. Russian President …".
const DATELINE_WITHOUT_DASH = new RegExp(
  String.raw`^(${PLACE})${COUNTRY_IN_BRACKETS}${COUNTRY_AFTER},\s+(${MONTH_DAY})\.?\s+(?:\(([^)]{2,40})\):?|\/([\p{Lu}][\p{L}-]{1,20})\/\.?)\s+`,
  'u',
);

// "ISLAMABAD: Pakistan and India agreed …", but not "UPDATE: …" or "EDITOR'S NOTE: …".
const NOT_A_PLACE = /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|NOTE|EDITOR'?S NOTE|CORRECTION|ANALYSIS|EXCLUSIVE|OPINION|WATCH|READ|VIDEO|PHOTOS?|LIVE|FACTBOX|EXPLAINER)$/;
// "GYEONGJU, South Korea, Oct. 31 Kyodo - Japanese Prime Minister …": an agency without brackets after the day.
const DATELINE_WITH_BARE_AGENCY = new RegExp(
  String.raw`^(${PLACE})${COUNTRY_AFTER},\s+(${MONTH_DAY}),?\s+([\p{Lu}][\p{L}]+(?:[ ][\p{Lu}][\p{L}]+)?)\s*(?:--|[-–—])\s*`,
  'u',
);

// "ASTANA. KAZINFORM – The heads of state …": a place in capitals, a full stop, the agency's name, a dash.
const DATELINE_WITH_AGENCY_AFTER_STOP = /^(\p{Lu}[\p{Lu} '’-]{2,30})\.\s+(\p{Lu}[\p{L}-]{1,20}(?:\s\p{Lu}[\p{L}-]{1,20})?)\s*(?:--|[-–—])\s*/u;
// "KATHMANDU, June 2: Prime Minister …": with the day before the colon, too.
const DATELINE_WITH_COLON = new RegExp(String.raw`^(\p{Lu}[\p{Lu} .'’-]{2,30})(?:,\s+(${MONTH_DAY}))?:\s+(?=\p{Lu})`, 'u');
// "(ANSA) - ROME, NOV 6 - Premier Giorgia Meloni …": the agency first, then the place and the day.
const DATELINE_AGENCY_FIRST = new RegExp(String.raw`^\(([^)]{2,40})\)\s*(?:--|[-–—])\s*(${PLACE}),\s+([A-Z][A-Za-z]{2,8}\.?\s+\d{1,2})\s*(?:--|[-–—])\s*`, 'u');

// "MEXICO CITY" on a line of its own, the report below it; "BIARRITZ, France" with its country.
const DATELINE_ON_ITS_OWN_LINE = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3})(?:,[ \t]+\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?[ \t]*\n\s*/u;

export function parseDateline(text: string): Dateline | null {
  const ownLine = DATELINE_ON_ITS_OWN_LINE.exec(text);
  if (ownLine && /\p{Lu}{3}/u.test(ownLine[1] ?? '') && !NOT_A_PLACE.test(ownLine[1] ?? '')) return { place: ownLine[1] ?? null, day: null, source: null, length: ownLine[0].length, alone: true };
  const agencyFirst = DATELINE_AGENCY_FIRST.exec(text);
  if (agencyFirst) return { place: agencyFirst[2] ?? null, day: agencyFirst[3] ?? null, source: agencyFirst[1] ?? null, length: agencyFirst[0].length };
  const stop = DATELINE_WITH_AGENCY_AFTER_STOP.exec(text);
  if (stop && /\p{Lu}{3}/u.test(stop[1] ?? '')) return { place: stop[1] ?? null, day: null, source: stop[2] ?? null, length: stop[0].length };
  const bareAgency = DATELINE.exec(text) ? null : DATELINE_WITH_BARE_AGENCY.exec(text);
  if (bareAgency) return { place: bareAgency[1] ?? null, day: bareAgency[2] ?? null, source: bareAgency[3] ?? null, length: bareAgency[0].length };
  const match = DATELINE.exec(text);
  const colon = match ? null : DATELINE_WITH_COLON.exec(text);
  if (colon && /\p{Lu}{3}/u.test(colon[1] ?? '') && !NOT_A_PLACE.test(colon[1] ?? '')) return { place: colon[1] ?? null, day: colon[2] ?? null, source: null, length: colon[0].length };
  if (!match) {
    const bare = DATELINE_WITHOUT_DASH.exec(text);
    if (!bare) return null;
    const [whole, place, day, bracketed, slashed] = bare;
    return { place: place ?? null, day: day ?? null, source: (bracketed ?? slashed)?.trim() ?? null, length: whole.length };
  }
  const [whole, place, day, source] = match;
  // A dateline needs its bracketed agency, or a place in capitals: "GENEVA —". Avoids eating "Talks - which".
  const placeInCaps = place !== undefined && place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  if (source === undefined && !placeInCaps) return null;
  if (place === undefined && day === undefined && source === undefined) return null;
  return { place: place ?? null, day: day ?? null, source: source?.trim() ?? null, length: whole.length };
}

/** "NEW DELHI" → "New Delhi"; mixed-case names are kept as written. */
export function placeName(place: string): string {
  if (place !== place.toUpperCase()) return place;
  // "PORT OF SPAIN" → "Port of Spain", "DAR ES SALAAM" → "Dar es Salaam", "PORT-AU-PRINCE" → "Port-au-Prince".
  return place
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(?<=[\s-])(?:Of|De|Del|Des|Du|Da|Das|Do|Dos|Es|La|Le|Y|Upon|On|En|Au|Aux|Sur|The)(?=[\s-])/gu, (particle) => particle.toLowerCase());
}
