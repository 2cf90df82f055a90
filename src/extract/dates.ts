import * as chrono from 'chrono-node';
import { allMatches } from './all-matches.ts';

export interface DateMention {
  /** Offsets into the text given. */
  start: number;
  end: number;
  date: string;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_HINTS = new RegExp(
  String.raw`\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|(?:last|next|this) (?:week|month|year))\b|\b${MONTH}\s+\d|\b\d{1,2}\s+${MONTH}|\d{4}-\d{2}-\d{2}`,
  'gi',
);
const DATE_HINT = new RegExp(DATE_HINTS.source, 'i');
// "He flies on Wednesday to Cotonou", "returns to the campaign trail on Saturday": a journey told in the present
// tense is one ahead.
const FUTURE = /\b(?:will|would|is to|are to|was to|were to|is set to|are set to|plans? to|planned|scheduled|(?:is|are) expected (?:to|in|at)|upcoming|due to|is due|are due|(?:travels|flies|heads|leaves|departs|returns|goes) (?:next )?(?:on|to|for|back|home)\b)\b/i;

/**
 * Dates in one sentence, resolved against the publication date. News reports the past: a bare weekday
 * ("said Friday", "on Wednesday") is the latest such day on or before publication, unless the sentence says
 * "next" or speaks of the future ("will meet on Tuesday"), when it is the next such day after it.
 */
export function findDates(text: string, publishedAt: string | null): DateMention[] {
  // chrono is the slowest step of extraction, and its cost grows with the text: it only reads a window
  // around each word that may start a date ("last Friday", "on March 3, 2023").
  const dates: DateMention[] = [];
  let coveredUntil = 0;
  for (const hint of allMatches(DATE_HINTS, text)) {
    if (hint.index < coveredUntil) continue;
    const windowStart = Math.max(0, hint.index - 12);
    const windowText = text.slice(windowStart, Math.min(text.length, hint.index + hint[0].length + 16));
    const clause = clauseAround(text, hint.index);
    // "He is scheduled to address the European Parliament on Thursday, … and to meet Angela Merkel in Berlin on
    // Friday": a second infinitive goes on with the plan told before it.
    // So does an -ing clause: "… is due to hold talks in Jerusalem, before meeting Abbas in Bethlehem on Tuesday".
    const future = FUTURE.test(clause) || (/^,?\s*(?:and\s+to|before\s+\w+ing|after\s+\w+ing)\s/i.test(clause) && FUTURE.test(text.slice(0, hint.index)));
    for (const found of parseWindowCached(windowText, publishedAt, future)) {
      const start = windowStart + found.start;
      if (start < coveredUntil || dates.some((date) => date.start === start)) continue;
      // "last met on Dec. 10 last year": a day and month in the year before, or after ("on March 3 next year").
      const year = /^,?\s+(last|next) year\b/.exec(text.slice(windowStart + found.end, windowStart + found.end + 12));
      const end = windowStart + found.end + (year ? year[0].length : 0);
      // "congratulated him on last month's parliamentary elections": a day or month in the possessive dates the thing
      // it names, not the clause, unless that is an encounter ("Tuesday's talks").
      const owned = POSSESSIVE_DATE.exec(text.slice(end, end + 60));
      if (owned && !ENCOUNTER_NOUN.test(owned[1] ?? '')) {
        coveredUntil = end;
        continue;
      }
      dates.push({ start, end, date: year && publishedAt !== null && found.date.slice(0, 4) === publishedAt.slice(0, 4) ? shiftYear(found.date, year[1] === 'last' ? -1 : 1) : found.date });
      coveredUntil = end;
    }
  }
  return dates.concat(anchoredDates(text, dates));
}

const POSSESSIVE_DATE = /^['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)/;
const ENCOUNTER_NOUN = /\b(?:talks|meetings?|summits?|calls?|conversations?|visits?|trip|tour|dinner|lunch|banquet|ceremony|conference|session|plenary|trilateral|bilateral|ministerial|opening|parade|event|outreach|signing|gathering|speech|address|remarks|statement|announcement|audience|consultations|negotiations)\b/i;

function shiftYear(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  // Feb. 29 of a leap year has no day in the year before or after; the last day of that February stands for it.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = date.slice(4) === '-02-29' && !leap ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

// Where the clause holding a date begins or ends: "Xi said on Tuesday | that China would …", "Modi assured them
// that India would help, | as he co-hosted the summit on Monday", "held talks with Biden on Monday | and is scheduled
// to visit Moscow next week".
// "Kirill, who was welcomed by Castro on Thursday, will visit Paraguay": a relative clause tells its own time.
// "Obama, who … held talks with Lee at the Blue House on Sunday, was due to fly back": the main verb after a relative
// clause opens a clause of its own.
const CLAUSE_EDGE = /;|\bthat\b|,\s+(?:as|while|after|before|when|whose|but|and|saying|adding|who|which)\b|,\s+(?=(?:will|would|is|are|was|were|has|have)\s)|\s+and\s+(?=(?:is|are|will|would)\s)/gi;

// "At a state banquet … on Friday evening, Suu Kyi said Myanmar would stand by …": what a speaker said has its own time.
const SPEAKER_EDGE = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?=(?:said|says|told)\s)/gu;

/** The clause around `at`, whose verb tells whether a bare weekday in it lies ahead or behind. */
function clauseAround(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  const edges = [...allMatches(CLAUSE_EDGE, text), ...allMatches(SPEAKER_EDGE, text)].sort((a, b) => a.index - b.index);
  for (const edge of edges) {
    if (edge.index <= at) start = edge.index;
    else {
      end = edge.index;
      break;
    }
  }
  // "The meeting got off to a frosty start on Thursday when Blinken said Washington would …": what a when-clause
  // after the day tells is of its own time. (A day inside it, "will hold talks when he arrives on Tuesday", still
  // reads the tense of the clause before.) So are words said after it: "On Monday, Biden held talks with Kishida at
  // the Akasaka Palace, where he said the United States would respond …".
  const own = OWN_TIME_ENDS.exec(text.slice(at, end));
  // "Spain's King Juan Carlos, who had lunch with Piñera in Santiago on Tuesday, flew to the observatory … the summit
  // he is due to host": a relative clause closed by its comma keeps its own tense.
  const relativeEnd = /^,\s+(?:who|which)\b/i.test(text.slice(start)) ? text.indexOf(',', Math.max(at, start + 2)) : -1;
  const closed = relativeEnd > at ? Math.min(end, relativeEnd) : end;
  return text.slice(start, own ? Math.min(at + own.index, closed) : closed);
}

const OWN_TIME_ENDS = /\s+when\b|\b(?:said|says|told|warned|added|stressed)\b/;

// "came a week after South Korean President Moon Jae-in and North Korean leader Kim Jong Un committed …" too.
const ANCHORED = /\b(a|one|two|three) (days?|weeks?) (after|before)\b/gi;
const DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * "on Thursday, a day after he met Meloni in Rome": the clause after "a day after" took place the day before the
 * date named just ahead of it. The mention is placed on "after"/"before", where that clause begins.
 */
function anchoredDates(text: string, dates: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const match of allMatches(ANCHORED, text)) {
    // "came less than two weeks after Sisi hosted … Abbas … on Sept. 2": a span told roughly names no day.
    if (/\b(?:less|more|fewer) than\s+$|\b(?:about|nearly|almost|some|over|under|just over|just under)\s+$/i.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    // "Turkey on Saturday strongly rejected …, a day after he held his first phone call with Erdogan": the day the
    // sentence told before, however far back.
    const anchor = dates.filter((date) => date.end <= match.index).pop();
    if (!anchor) continue;
    const days = (DAYS[(match[1] ?? 'a').toLowerCase()] ?? 1) * (/^week/i.test(match[2] ?? '') ? 7 : 1) * (/^after$/i.test(match[3] ?? '') ? -1 : 1);
    const date = localDate(anchor.date);
    date.setDate(date.getDate() + days);
    const at = match.index + match[0].length - (match[3] ?? '').length;
    found.push({ start: at, end: at + (match[3] ?? '').length, date: isoDate(date) });
  }
  // "Macron flew to Moscow on Feb 7 … and met Zelensky in Kyiv the following day": the day after the one the
  // sentence named just before.
  for (const match of allMatches(DAY_ON, text)) {
    const anchor = dates.filter((date) => date.end <= match.index).pop();
    if (!anchor || dates.some((date) => date.start === match.index)) continue;
    const date = localDate(anchor.date);
    date.setDate(date.getDate() + (/previous/i.test(match[0]) ? -1 : 1));
    found.push({ start: match.index, end: match.index + match[0].length, date: isoDate(date) });
  }
  return found;
}

const DAY_ON = /\bthe (?:following|next|previous) day\b/gi;

// Wire copy repeats its phrases ("on Tuesday", "said on Friday"), so the same window recurs across articles with the
// same publication date; chrono's answer depends on nothing else. Bounded at 10,000 windows, so a long stream does
// not grow it without end and extraction stays under 400 MB (at 50,000 a 50 MB stream peaked at 406 MB). Without a publication date chrono reads the clock, so those windows are not kept.
const windowCache = new Map<string, readonly DateMention[]>();

function parseWindowCached(text: string, publishedAt: string | null, future: boolean): readonly DateMention[] {
  if (publishedAt === null) return parseWindow(text, publishedAt, future);
  const key = `${publishedAt}${future ? '+' : '-'}${text}`;
  const cached = windowCache.get(key);
  if (cached) return cached;
  if (windowCache.size >= 10_000) windowCache.clear();
  const found = parseWindow(text, publishedAt, future);
  windowCache.set(key, found);
  return found;
}

function parseWindow(text: string, publishedAt: string | null, future: boolean): DateMention[] {
  if (publishedAt === null) return findAbsoluteDates(text);
  const reference = localDate(publishedAt);
  return chrono.parse(text, reference).flatMap((result): DateMention[] => {
    const start = result.start;
    // "met Mr Xi at the Great Hall of the People this evening": a part of the day of publication.
    if (/^this (?:morning|afternoon|evening)$/i.test(result.text)) return [{ start: result.index, end: result.index + result.text.length, date: isoDate(reference) }];
    // Times alone ("at 5 p.m."), months and bare years are not dates of an event.
    if (!start.isCertain('day') && !start.isCertain('weekday')) return [];
    // "last week", "next month": a span, not a day. "a day after" is relative to an event, not to publication.
    if (/\b(?:week|month|year)\b/i.test(result.text) || !DATE_HINT.test(result.text)) return [];
    let date = start.date();
    // "last met in Brasília on January 1", filed in August: a day without its year that has already come this year is
    // this year's, not the nearer one of the next; still to come, it is the next year's only when it lies ahead in it.
    if (start.isCertain('day') && !start.isCertain('year')) {
      const thisYear = new Date(reference.getFullYear(), start.get('month')! - 1, start.get('day')!, 12);
      if (thisYear <= reference) date = future && reference.getTime() - thisYear.getTime() > 86_400_000 ? new Date(reference.getFullYear() + 1, thisYear.getMonth(), thisYear.getDate(), 12) : thisYear;
      else if (future) date = thisYear;
    }
    if (start.isCertain('weekday') && !start.isCertain('day')) {
      const weekday = start.get('weekday') ?? date.getDay();
      const saysNext = /\bnext\b/i.test(result.text) || /\bnext\s+$/i.test(text.slice(Math.max(0, result.index - 6), result.index));
      const saysLast = /\blast\b/i.test(result.text);
      // "is expected in Brussels on Thursday", filed on a Thursday, is that day; "next Thursday" is a week on.
      date = saysNext ? nextWeekday(reference, weekday, false) : future && !saysLast ? nextWeekday(reference, weekday, true) : latestWeekday(reference, weekday);
    }
    // "scheduled for Wednesday, until March 10": not a span of days but two, the second the one it was put off to.
    const until = result.end?.isCertain('day') ? /,\s*until\s+/i.exec(result.text) : null;
    if (until && result.end) {
      return [
        { start: result.index, end: result.index + until.index, date: isoDate(date) },
        { start: result.index + until.index + until[0].length, end: result.index + result.text.length, date: isoDate(result.end.date()) },
      ];
    }
    // "last Wednesday," is read with its comma; the day ends before it, inside the clause it dates.
    return [{ start: result.index, end: result.index + result.text.replace(/[\s,]+$/, '').length, date: isoDate(date) }];
  });
}

function findAbsoluteDates(text: string): DateMention[] {
  return chrono.parse(text).flatMap((result) =>
    result.start.isCertain('year') && result.start.isCertain('day') ? [{ start: result.index, end: result.index + result.text.length, date: isoDate(result.start.date()) }] : [],
  );
}

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
}

function latestWeekday(reference: Date, weekday: number): Date {
  const date = new Date(reference);
  date.setDate(date.getDate() - ((reference.getDay() - weekday + 7) % 7));
  return date;
}

function nextWeekday(reference: Date, weekday: number, sameDay: boolean): Date {
  const date = new Date(reference);
  date.setDate(date.getDate() + (((weekday - reference.getDay() + 7) % 7) || (sameDay ? 0 : 7)));
  return date;
}

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
