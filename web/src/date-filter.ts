/**
 * The date-range filter: meetings and statements outside the range are hidden; every other node,
 * and a meeting or statement whose date is unknown, stays visible.
 */
import type { DateRange } from './types.ts';

/** Labels of nodes that happen on a date and so can fall outside the range. */
export const DATED_LABELS: ReadonlySet<string> = new Set(['Meeting', 'Statement']);

/** `2022-01-21` — a real calendar day, not just the pattern. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whether a date (ISO date or date-time) lies in the inclusive range; an unknown date is in every range. */
export function inDateRange(date: string | null | undefined, range: DateRange): boolean {
  if (date === null || date === undefined || date === '') return true;
  const day = date.slice(0, 10);
  if (range.from !== null && day < range.from) return false;
  if (range.to !== null && day > range.to) return false;
  return true;
}

export function isOpenRange(range: DateRange): boolean {
  return range.from === null && range.to === null;
}

/**
 * The ids of nodes the filter hides.
 *
 * @example hiddenByDate([{ id: 'm1', label: 'Meeting' }], new Map([['m1', '2021-05-01']]), { from: '2022-01-01', to: null }) // → Set {'m1'}
 */
export function hiddenByDate(
  nodes: ReadonlyArray<{ id: string; label: string }>,
  dates: ReadonlyMap<string, string | null>,
  range: DateRange,
): Set<string> {
  const hidden = new Set<string>();
  if (isOpenRange(range)) return hidden;
  for (const node of nodes) {
    if (DATED_LABELS.has(node.label) && !inDateRange(dates.get(node.id), range)) hidden.add(node.id);
  }
  return hidden;
}
