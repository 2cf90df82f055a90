import { describe, expect, it } from 'vitest';
import { decodeViewState, EMPTY_VIEW, encodeViewState, sameView, type ViewState } from '../../../web/src/url-state.ts';

const lavrov: ViewState = {
  entity: 'person:sergey-lavrov',
  depth: 3,
  from: '2022-01-01',
  to: '2022-12-31',
  selected: 'meeting:geneva-2022-01-21',
  expanded: ['location:geneva-ch', 'person:antony-blinken'],
  pathTo: 'person:joe-biden',
};

describe('view state in the URL', () => {
  it('reads back every part of a view it wrote', () => {
    const search = encodeViewState(lavrov);
    expect(decodeViewState(search)).toEqual(lavrov);
  });

  it('writes ids so they survive the URL, with expansions as repeated parameters', () => {
    expect(encodeViewState(lavrov)).toBe(
      '?entity=person%3Asergey-lavrov&depth=3&from=2022-01-01&to=2022-12-31&selected=meeting%3Ageneva-2022-01-21&path=person%3Ajoe-biden&expand=location%3Ageneva-ch&expand=person%3Aantony-blinken',
    );
  });

  it('leaves defaults out, and writes nothing for the empty view', () => {
    expect(encodeViewState(EMPTY_VIEW)).toBe('');
    expect(encodeViewState({ ...EMPTY_VIEW, entity: 'country:RU' })).toBe('?entity=country%3ARU');
  });

  it('reads an empty query, with or without "?", as the empty view', () => {
    expect(decodeViewState('')).toEqual(EMPTY_VIEW);
    expect(decodeViewState('?')).toEqual(EMPTY_VIEW);
  });

  it('keeps depth between 1 and 3, and reads a missing or non-numeric depth as 2', () => {
    expect(decodeViewState('entity=country:RU&depth=9').depth).toBe(3);
    expect(decodeViewState('entity=country:RU&depth=0').depth).toBe(1);
    expect(decodeViewState('entity=country:RU&depth=two').depth).toBe(2);
    expect(decodeViewState('entity=country:RU').depth).toBe(2);
    expect(encodeViewState({ ...EMPTY_VIEW, entity: 'country:RU', depth: 1 })).toBe('?entity=country%3ARU&depth=1');
  });

  it('drops dates that are not real calendar days, and swaps a reversed range', () => {
    expect(decodeViewState('from=2022-02-30&to=yesterday')).toMatchObject({ from: null, to: null });
    expect(decodeViewState('from=2023-01-01&to=2022-01-01')).toMatchObject({ from: '2022-01-01', to: '2023-01-01' });
  });

  it('ignores selection, expansions and path without an entity to hang them on', () => {
    expect(decodeViewState('selected=meeting:x&expand=location:geneva-ch&path=person:y')).toEqual(EMPTY_VIEW);
  });

  it('refuses ids with markup or spaces and drops repeated expansions', () => {
    const state = decodeViewState('entity=<script>&selected=a b');
    expect(state.entity).toBeNull();
    const repeated = decodeViewState('entity=country:RU&expand=country:US&expand=country:US&expand=%3Cb%3E');
    expect(repeated.expanded).toEqual(['country:US']);
  });

  it('tells views apart by what they show', () => {
    expect(sameView(lavrov, { ...lavrov })).toBe(true);
    expect(sameView(lavrov, { ...lavrov, selected: null })).toBe(false);
  });
});
