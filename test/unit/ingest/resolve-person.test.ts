import { describe, expect, it } from 'vitest';
import type { KnownPerson } from '../../../src/domain/entity-lookup.ts';
import { matchPerson, resolvePerson, similarPersonNames } from '../../../src/ingest/resolve-person.ts';

const lavrov: KnownPerson = { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], affiliations: ['country:RU'] };
const kimJongUn: KnownPerson = { id: 'person:kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim'], affiliations: ['country:KP'] };
const kimYoJong: KnownPerson = { id: 'person:kim-yo-jong', name: 'Kim Yo Jong', aliases: [], affiliations: ['country:KP'] };
const kimHyunWook: KnownPerson = { id: 'person:kim-hyun-wook', name: 'Kim Hyun-wook', aliases: [], affiliations: ['country:KR'] };

describe('similarPersonNames', () => {
  it.each([
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['Aleksandr Lukashenko', 'Alexander Lukashenko'],
    ['George W. Bush', 'George Bush'],
    ['Kim Jong-un', 'Kim Jong Un'],
  ])('takes %s and %s for spellings of one name', (a, b) => {
    expect(similarPersonNames(a, b)).toBe(true);
  });

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Joe Biden', 'Hunter Biden'],
    ['Antony Blinken', 'Donald Blinken'],
    ['Lavrov', 'Sergey Lavrov'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(similarPersonNames(a, b)).toBe(false);
  });
});

describe('resolvePerson', () => {
  it('finds Sergey Lavrov for "Sergei Lavrov" with a Russian role', () => {
    expect(resolvePerson({ name: 'Sergei Lavrov', aliases: ['Lavrov'], affiliations: ['country:RU'] }, [lavrov])?.id).toBe('person:sergey-lavrov');
  });

  it('finds him for a bare "Lavrov" when he is the only Lavrov known', () => {
    expect(resolvePerson({ name: 'Lavrov', aliases: [], affiliations: [] }, [lavrov])?.id).toBe('person:sergey-lavrov');
  });

  it('does not merge a spelling variant whose roles are in other countries', () => {
    expect(matchPerson({ name: 'Sergei Lavrov', aliases: [], affiliations: ['country:FR'] }, lavrov)).toBeNull();
  });

  it('never merges two different Kims, and a bare "Kim" with several Kims known stays unresolved', () => {
    expect(resolvePerson({ name: 'Kim Yo Jong', aliases: ['Kim'], affiliations: ['country:KP'] }, [kimJongUn])).toBeNull();
    expect(resolvePerson({ name: 'Kim Jong Un', aliases: [], affiliations: [] }, [kimYoJong, kimHyunWook])).toBeNull();
    expect(resolvePerson({ name: 'Kim', aliases: [], affiliations: [] }, [kimYoJong, kimHyunWook])).toBeNull();
  });

  it('prefers an exact name over a spelling variant', () => {
    const sergei: KnownPerson = { id: 'person:sergei-lavrov', name: 'Sergei Lavrov', aliases: [], affiliations: [] };
    expect(resolvePerson({ name: 'Sergey Lavrov', aliases: [], affiliations: [] }, [sergei, lavrov])?.id).toBe('person:sergey-lavrov');
  });

  it('matches a known alias exactly, accents and case aside', () => {
    const erdogan: KnownPerson = { id: 'person:recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', aliases: ['Tayyip Erdoğan'], affiliations: [] };
    expect(matchPerson({ name: 'TAYYIP ERDOGAN', aliases: [], affiliations: ['country:TR'] }, erdogan)).toBe('exact');
  });
});
