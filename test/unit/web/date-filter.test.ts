import { describe, expect, it } from 'vitest';
import { hiddenByDate, inDateRange, isIsoDate } from '../../../web/src/date-filter.ts';

describe('date filter', () => {
  it('knows real calendar days from look-alikes', () => {
    expect(isIsoDate('2022-01-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-1-21')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('includes both ends of the range and compares date-times by their day', () => {
    const range = { from: '2022-01-21', to: '2022-01-31' };
    expect(inDateRange('2022-01-21', range)).toBe(true);
    expect(inDateRange('2022-01-31T23:59:00Z', range)).toBe(true);
    expect(inDateRange('2022-01-20', range)).toBe(false);
    expect(inDateRange('2022-02-01', range)).toBe(false);
  });

  it('treats open ends as unbounded and an unknown date as inside', () => {
    expect(inDateRange('1990-01-01', { from: null, to: '2022-01-01' })).toBe(true);
    expect(inDateRange('2030-01-01', { from: '2022-01-01', to: null })).toBe(true);
    expect(inDateRange(null, { from: '2022-01-01', to: '2022-01-02' })).toBe(true);
  });

  it('hides only meetings and statements outside the range', () => {
    const nodes = [
      { id: 'person:sergey-lavrov', label: 'Person' },
      { id: 'meeting:geneva', label: 'Meeting' },
      { id: 'meeting:moscow', label: 'Meeting' },
      { id: 'statement:old', label: 'Statement' },
      { id: 'statement:undated', label: 'Statement' },
      { id: 'article:x', label: 'Article' },
    ];
    const dates = new Map<string, string | null>([
      ['meeting:geneva', '2022-01-21'],
      ['meeting:moscow', '2023-03-01'],
      ['statement:old', '2019-05-05'],
      ['statement:undated', null],
    ]);
    expect(hiddenByDate(nodes, dates, { from: '2022-01-01', to: '2022-12-31' })).toEqual(new Set(['meeting:moscow', 'statement:old']));
    expect(hiddenByDate(nodes, dates, { from: null, to: null }).size).toBe(0);
  });
});
