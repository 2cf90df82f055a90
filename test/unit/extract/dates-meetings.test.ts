import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.ts';
import { extract } from './helpers.ts';

describe('dates', () => {
  // Published Friday 2022-01-21.
  it('moves a bare weekday to the latest such day on or before publication', () => {
    expect(findDates('Both said Friday they did not expect a breakthrough', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-21']);
    expect(findDates('On Wednesday, President Joe Biden sparked controversy', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-19']);
  });

  it('moves it forward for "next" or the future tense', () => {
    expect(findDates('They will meet again on Tuesday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-25']);
    expect(findDates('talks are planned for next Monday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-24']);
  });

  it('reads a month and day in the publication year', () => {
    expect(findDates('Jan. 21 (UPI) -- Secretary of State', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-21']);
  });

  it('ignores times and sentences without dates', () => {
    expect(findDates('They met at 5 p.m. for talks', '2022-01-21')).toEqual([]);
  });
});

describe('meetings', () => {
  it('finds talks with both parties, their countries, the place and the resolved date', () => {
    // Published Saturday: "on Friday" is the day before.
    const { meetings } = extract('Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov held talks in Geneva on Friday.', '2022-01-22');
    expect(meetings).toEqual([
      expect.objectContaining({ kind: 'bilateral talks', participants: ['Antony Blinken', 'Sergey Lavrov'], countries: ['United States', 'Russia'], location: 'Geneva', date: '2022-01-21', status: 'held', plover: 'CONSULT', cameo: '044' }),
    ]);
  });

  it('makes one meeting of an encounter mentioned twice', () => {
    const body = 'Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday. Biden said after the meeting with Xi that the talks were candid.';
    expect(extract(body, '2022-11-14').meetings).toHaveLength(1);
  });

  it('marks a phone call as CAMEO 041', () => {
    const { meetings } = extract('French President Emmanuel Macron held a phone call with Indian Prime Minister Narendra Modi on Tuesday.', '2023-06-01');
    expect(meetings[0]).toMatchObject({ kind: 'phone call', cameo: '041', participants: ['Emmanuel Macron', 'Narendra Modi'], date: '2023-05-30' });
  });

  it('marks a future meeting as planned', () => {
    const { meetings } = extract('Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol in Tokyo next week.', '2023-03-10');
    expect(meetings[0]).toMatchObject({ status: 'planned', location: 'Tokyo' });
  });

  it('does not report a meeting from words inside a quotation', () => {
    const { meetings } = extract('"We hope the talks with Russia succeed," Antony Blinken said.', '2022-01-21');
    expect(meetings).toEqual([]);
  });
});
