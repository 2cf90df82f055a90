import { describe, expect, it } from 'vitest';
import { axisTicks, placeEvents } from '../../../web/src/timeline-scale.ts';

describe('timeline scale', () => {
  it('spreads events from the first date (0) to the last (1) and stacks events of one day', () => {
    const { placed, first, last } = placeEvents([
      { id: 'a', date: '2022-01-01' },
      { id: 'b', date: '2022-01-11' },
      { id: 'c', date: '2022-01-11' },
      { id: 'd', date: '2022-01-21' },
      { id: 'e', date: null },
    ]);
    expect(first).toBe('2022-01-01');
    expect(last).toBe('2022-01-21');
    expect(placed.map((p) => [p.event.id, p.x, p.row])).toEqual([
      ['a', 0, 0],
      ['b', 0.5, 0],
      ['c', 0.5, 1],
      ['d', 1, 0],
    ]);
  });

  it('puts a single day in the middle and places nothing without dates', () => {
    expect(placeEvents([{ date: '2022-01-21' }]).placed[0]?.x).toBe(0.5);
    expect(placeEvents([{ date: null }])).toEqual({ placed: [], first: null, last: null });
  });

  it('ticks months within a year or two, naming January by its year', () => {
    const ticks = axisTicks('2021-11-15', '2022-03-10');
    expect(ticks.map((tick) => tick.label)).toEqual(['Dec', '2022', 'Feb', 'Mar']);
    expect(ticks.every((tick) => tick.x > 0 && tick.x < 1)).toBe(true);
  });

  it('ticks years over longer spans', () => {
    expect(axisTicks('2015-06-01', '2022-06-01').map((tick) => tick.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022']);
  });
});
