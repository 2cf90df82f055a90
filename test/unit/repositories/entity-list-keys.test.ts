/**
 * The keys of the entity lists (repositories/entity-event-lists.ts): sorted as strings, an entity's entries
 * must come in the lists' order, `date IS NULL, date DESC, id`, and a range of keys must hold exactly the
 * dates `date >= from AND date <= to` keeps.
 */
import { describe, expect, it } from 'vitest';
import { dayRange, entryRange, reversedDate } from '../../../src/repositories/entity-event-lists.ts';

const entry = (date: string | null, id: string) => `ABOUT country:UA ${date === null ? '1' : `0${reversedDate(date)}`} ${id}`;
const day = (date: string | null) => `ABOUT country:UA ${date === null ? '1' : `0${date}`}`;
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const EVENTS: Array<[string | null, string]> = [
  ['2022-01-21', 'b'],
  ['2022-01-21', 'a'],
  [null, 'z'],
  ['2022-01', 'm'],
  ['2021-12-31', 'c'],
  [null, 'y'],
  ['2022-01-22', 'd'],
  ['2022', 'e'],
];

/** What the general match does: undated last, newest first, then by id. */
function listOrder(events: Array<[string | null, string]>): string[] {
  return [...events]
    .sort(([da, ia], [db, ib]) => (da === null) !== (db === null) ? (da === null ? 1 : -1) : da !== db ? byCodePoint(db ?? '', da ?? '') : byCodePoint(ia, ib))
    .map(([, id]) => id);
}

const within = (date: string | null, from: string | null, to: string | null) => date !== null ? (from === null || date >= from) && (to === null || date <= to) : from === null && to === null;

describe('entity list keys', () => {
  it('turn each digit of a date into 9 minus it and close it with ~', () => {
    expect(reversedDate('2022-01-21')).toBe('7977-98-78~');
  });

  it('sort an entity’s entries newest first, the same day by id, undated last, a month after its days', () => {
    const keys = EVENTS.map(([date, id]) => [entry(date, id), id] as const).sort(([a], [b]) => byCodePoint(a, b));
    expect(keys.map(([, id]) => id)).toEqual(listOrder(EVENTS));
    expect(listOrder(EVENTS)).toEqual(['d', 'a', 'b', 'm', 'e', 'c', 'y', 'z']);
  });

  it('hold in a range of keys exactly the dates between from and to, and the undated only without either', () => {
    const bounds: Array<string | null> = [null, '2022', '2022-01', '2022-01-21', '2021-12-31', '2023-01-01'];
    for (const from of bounds) for (const to of bounds) {
      const entries = entryRange('ABOUT', 'country:UA', from, to);
      const days = dayRange('ABOUT', 'country:UA', from, to);
      for (const [date, id] of EVENTS) {
        const key = entry(date, id);
        expect({ from, to, date, in: key >= entries.low && key <= entries.high }).toEqual({ from, to, date, in: within(date, from, to) });
        expect({ from, to, date, in: day(date) >= days.low && day(date) <= days.high }).toEqual({ from, to, date, in: within(date, from, to) });
      }
    }
  });

  it('keep another entity’s entries out of the range', () => {
    const range = entryRange('ABOUT', 'country:UA', null, null);
    for (const other of ['ABOUT country:U 0x', 'ABOUT country:UAE 0x', 'PARTICIPANT country:UA 0x', 'SAID_BY country:UA 0x', 'ABOUT country:UA0 1 x']) {
      expect(other >= range.low && other <= range.high).toBe(false);
    }
  });

  it('keep what an entity said apart from what was said about it', () => {
    const said = entryRange('SAID_BY', 'country:UA', null, null);
    expect(`SAID_BY country:UA 0${reversedDate('2022-01-21')} s`).toSatisfy((key: string) => key >= said.low && key <= said.high);
    expect(entry('2022-01-21', 's')).toSatisfy((key: string) => key < said.low || key > said.high);
  });
});
