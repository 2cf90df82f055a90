/**
 * Where events sit on the timeline strip: a linear time axis from the first to the last date, events
 * on the same day stacked in rows, and tick labels by year or month depending on the span.
 */

export interface PlacedEvent<T> {
  event: T;
  /** 0 at the first date, 1 at the last. */
  x: number;
  /** 0 for the first event of a day, 1 for the second… */
  row: number;
}

export interface Tick {
  x: number;
  label: string;
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The dated events placed on the axis; undated ones are left out. A single day sits in the middle. */
export function placeEvents<T extends { date: string | null }>(events: readonly T[]): { placed: Array<PlacedEvent<T>>; first: string | null; last: string | null } {
  const dated = events.filter((event): event is T & { date: string } => event.date !== null && !Number.isNaN(dayNumber(event.date)));
  if (dated.length === 0) return { placed: [], first: null, last: null };
  const days = dated.map((event) => dayNumber(event.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const rows = new Map<number, number>();
  const placed = dated.map((event, i) => {
    const day = days[i] ?? min;
    const row = rows.get(day) ?? 0;
    rows.set(day, row + 1);
    return { event, x: max === min ? 0.5 : (day - min) / (max - min), row };
  });
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return { placed, first: iso(min), last: iso(max) };
}

/** Tick marks between two ISO dates: each year when the span is over two years, else each month (at most ~12). */
export function axisTicks(first: string, last: string): Tick[] {
  const min = dayNumber(first);
  const max = dayNumber(last);
  if (max <= min) return [];
  const ticks: Tick[] = [];
  const start = new Date(min * DAY_MS);
  const years = (max - min) / 365;
  if (years > 2) {
    const step = Math.ceil(years / 10);
    for (let year = start.getUTCFullYear() + 1; ; year += step) {
      const day = Date.UTC(year, 0, 1) / DAY_MS;
      if (day > max) break;
      ticks.push({ x: (day - min) / (max - min), label: String(year) });
    }
    return ticks;
  }
  const months = (max - min) / 30.4;
  const step = Math.max(1, Math.ceil(months / 12));
  for (let m = start.getUTCMonth() + 1; ; m += step) {
    const date = new Date(Date.UTC(start.getUTCFullYear(), m, 1));
    const day = date.getTime() / DAY_MS;
    if (day > max) break;
    const month = date.getUTCMonth();
    ticks.push({ x: (day - min) / (max - min), label: month === 0 ? String(date.getUTCFullYear()) : (MONTHS[month] ?? '') });
  }
  return ticks;
}
