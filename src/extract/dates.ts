import * as chrono from 'chrono-node';

export interface DateMention {
  /** Offsets into the text given. */
  start: number;
  end: number;
  date: string;
}

const FUTURE = /\b(?:will|would|is to|are to|is set to|are set to|plans? to|planned|scheduled|is expected to|are expected to|upcoming|due to)\b/i;

/**
 * Dates in one sentence, resolved against the publication date. News reports the past: a bare weekday
 * ("said Friday", "on Wednesday") is the latest such day on or before publication, unless the sentence says
 * "next" or speaks of the future ("will meet on Tuesday"), when it is the next such day after it.
 */
export function findDates(text: string, publishedAt: string | null): DateMention[] {
  if (publishedAt === null) return findAbsoluteDates(text);
  const reference = localDate(publishedAt);
  const future = FUTURE.test(text);
  return chrono.parse(text, reference).flatMap((result): DateMention[] => {
    const start = result.start;
    // Times alone ("at 5 p.m.") and bare years are not dates of an event.
    if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month')) return [];
    if (!start.isCertain('day') && !start.isCertain('weekday')) return [];
    let date = start.date();
    if (start.isCertain('weekday') && !start.isCertain('day')) {
      const weekday = start.get('weekday') ?? date.getDay();
      const saysNext = /\bnext\b/i.test(result.text) || /\bnext\s+$/i.test(text.slice(Math.max(0, result.index - 6), result.index));
      const saysLast = /\blast\b/i.test(result.text);
      date = saysNext || (future && !saysLast) ? nextWeekday(reference, weekday) : latestWeekday(reference, weekday);
    }
    return [{ start: result.index, end: result.index + result.text.length, date: isoDate(date) }];
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

function nextWeekday(reference: Date, weekday: number): Date {
  const date = new Date(reference);
  date.setDate(date.getDate() + (((weekday - reference.getDay() + 7) % 7) || 7));
  return date;
}

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
