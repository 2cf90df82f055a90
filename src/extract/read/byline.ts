/**
 * Bylines and photo captions: who wrote the article and who took its picture. Both are persons of the
 * article but never speakers. A caption line stays in the body (its places and countries are part of the
 * article as published) but never gives a statement or a meeting; a byline line is not article text.
 */

import { parseDateline } from './dateline.ts';

// "By Clyde Hughes", "By Jane Doe and John Roe", "By Jane Doe, Reuters"
const BYLINE = /^by\s+([A-Z][^\n]{1,120})$/i;
// A name and the day filed, as Anadolu prints them: "Murat Yildiz   |07.11.2019".
const NAME_AND_DATE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\|\s*\d{1,2}[./]\d{1,2}[./]\d{4}$/u;

// "By Harriet Lowe, PA Court Correspondent, in Paris": what the author does is not another author.
const JOB_WORDS = /\b(?:Correspondent|Editor|Reporter|Writer|Staff|Bureau|Chief|Producer|Contributor|Columnist|Analyst|Journalist)\b/;

/** Authors named in a `By X` line, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const dated = NAME_AND_DATE.exec(line.trim());
  if (dated?.[1]) return [dated[1].replace(/\s+/g, ' ')];
  const match = BYLINE.exec(line.trim());
  if (!match?.[1]) return null;
  const names = match[1]
    .split(/\s*(?:,|\band\b|&)\s*/)
    // "By Josh McCardle in Washington": where the author filed from is not part of the name.
    .map((name) => name.trim().replace(FILED_IN, ''))
    .filter((name) => /^[A-Z][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}$/u.test(name) && !JOB_WORDS.test(name))
    .map(nameCase);
  return names.length > 0 ? names : null;
}

// "Josh McCardle in Washington": where a reporter filed from.
const FILED_IN = /\s+in\s+\p{Lu}[\p{L} .'’-]*$/u;

// "Reporting by Parisa Hafezi in Dubai and Aziz El Yaakoubi in Riyadh; Additional reporting by Laurie Chen in Beijing;
// Editing by Alex Richardson": the credits a wire report ends with, in parts split by semicolons.
const CREDIT_PART = /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|graphics|research)(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+(.+?)\)?\.?$/i;
// "Associated Press writer Jonathan Lemire contributed to this report.", "Jane Roe in Tokyo contributed reporting."
const CONTRIBUTED = /^(.+?)\s+contributed(?:\s+reporting(?:\s+to\s+this\s+(?:report|story))?|\s+to\s+this\s+(?:report|story))\.?$/;
// "Associated Press writer Jonathan Lemire": the job before the name.
// "CNN’s Jennifer Hansler": the outlet before it.
const JOB_BEFORE_NAME = /^.*?\b(?:writers?|correspondents?|reporters?|journalists?)\s+|^\p{Lu}[\p{L}.&-]*['’]s\s+/u;

// "Shaun Walker in Geneva": a byline some papers print without "By", the author and where they filed from.
const FILED_FROM = /^(?!By\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+in\s+\p{Lu}[\p{L}'’ -]{2,30}$/u;

/** The author of a line that names only a reporter and where they filed from, or null. */
export function parseFiledFrom(line: string): string | null {
  return FILED_FROM.exec(line.trim())?.[1] ?? null;
}

/** The people a credit line at the end of a report names, or null when the line is no such credit. */
export function parseCreditLine(line: string): string[] | null {
  const trimmed = line.trim();
  if (trimmed.length > 300) return null;
  const parts = trimmed.split(/\s*;\s*/);
  const credited = parts.map((part) => CREDIT_PART.exec(part)?.[1]);
  const listed = credited.every((names) => names !== undefined) ? credited : [CONTRIBUTED.exec(trimmed)?.[1]?.replace(JOB_BEFORE_NAME, '')];
  if (listed.some((names) => names === undefined)) return null;
  const names = listed
    .flatMap((names) => (names ?? '').split(/\s*(?:,|\band\b|&)\s*/))
    // "Parisa Hafezi in Dubai": where they filed from is not part of the name.
    .map((name) => name.replace(FILED_IN, '').trim())
    .filter((name) => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(name) && !JOB_WORDS.test(name));
  return names.length > 0 ? names : null;
}

// "By ELAINE PORTER and MING-HUA CHEN": names set in capitals are written as names ("Ming-Hua Chen").
// "MARTA KOVALCHUK Associated Press": the agency after a name in capitals is not part of it.
function nameCase(written: string): string {
  const name = /^((?:\p{Lu}[\p{Lu}.'’-]+\s+)+\p{Lu}[\p{Lu}.'’-]+)\s+\p{Lu}\p{Ll}/u.exec(written)?.[1] ?? written;
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

// "Photo by Martial Trezzini/EPA-EFE", "(Photo by Jane Doe / Reuters)", "File Photo by Jane Doe/UPI"
// "Photo by Pavel Lesnoy/Sputnik/UPI": the agency may be two, each after its slash.
const PHOTO_CREDIT = /\bphotos?\s+(?:by|courtesy of)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*\/\s*[\p{L}\d .&\/-]+\)?\s*$/iu;

// "Rubio (left) greets Holness before their meeting in Kingston. – Carlton Reid/Photographer": a credit after a
// dash, the photographer's name then their job or their agency in capitals.
const DASHED_CREDIT = /\s[–—-]\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3})\s*\/\s*(?:(?:(?:Senior|Staff|Chief|Contributing)\s+)?Photographer|Photo|File(?:\s+Photo)?|[\p{Lu}]{2,}(?:[ -][\p{Lu}]{2,})?)\s*$/u;

// "FILE PHOTO: Chinese President Xi Jinping attends a meeting in Beijing, China, March 5, 2023. REUTERS/Thomas
// Peter/File Photo": the agency in capitals, then the photographer.
const AGENCY_FIRST_CREDIT = /\b\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?\s*\/\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3})(?:\s*\/\s*(?:File Photo|File|Pool|Handout))*\s*$/u;

/** The photographer of a caption line ending in `Photo by X/AGENCY` or `– X/Photographer`, or null for any other line. */
export function parsePhotoCaption(line: string): string | null {
  // Both credits hold a slash; most lines hold none, and a search for it spares the patterns' scan of the line.
  if (!line.includes('/')) return null;
  const trimmed = line.trim();
  const dashed = DASHED_CREDIT.exec(trimmed);
  if (dashed?.[1]) return dashed[1].trim();
  const agencyFirst = AGENCY_FIRST_CREDIT.exec(trimmed);
  if (agencyFirst?.[1]) return agencyFirst[1].trim();
  if (!/photo/i.test(line)) return null;
  const match = PHOTO_CREDIT.exec(trimmed);
  return match?.[1]?.trim() ?? null;
}

/** Offsets of the caption lines of a body: `…attend talks in Geneva. Photo by Martial Trezzini/EPA-EFE`. */
export function captionSpans(body: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (parsePhotoCaption(line) !== null) spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

// "THE CANADIAN PRESS", "ASSOCIATED PRESS" on a line of their own above the dateline: the agency's credit.
const AGENCY_CREDIT = /^(?:THE\s+)?[\p{Lu}.&' -]{0,40}\b(?:PRESS|NEWS|AGENCY|WIRE|NEWSWIRE)\b[\p{Lu}.&' -]{0,20}$/u;

/**
 * Where the report itself begins: the first line that is neither blank, nor a caption, nor an agency's credit line
 * (its dateline is there).
 */
export function reportStart(body: string, title: string | null = null): number {
  let start = 0;
  let first: number | null = null;
  let headlines = 0;
  for (const line of body.split('\n')) {
    // The headline kept at the top of the body: the report, and its dateline, start after it.
    const headline = title !== null && line.trim() === title.trim();
    if (line.trim() !== '' && !headline && parsePhotoCaption(line) === null && !AGENCY_CREDIT.test(line.trim())) {
      const at = start + (line.length - line.trimStart().length);
      // A headline other than the title ("… at Egypt summit" above a title that says "… at Sharm el-Sheikh summit"):
      // a line with no full stop of its own, above the dateline; a page may show a tagline above it too.
      if (parseDateline(body.slice(at)) !== null) return at;
      if (!HEADLINE_LIKE.test(line.trim()) || headlines === 2) return first ?? at;
      headlines += 1;
      first ??= at;
    }
    start += line.length + 1;
  }
  return first ?? 0;
}

// One line of words that does not end as a sentence does.
const HEADLINE_LIKE = /^[^\n]{1,200}(?<![.!?:"”’])$/u;
