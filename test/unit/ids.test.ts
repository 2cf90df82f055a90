import { describe, expect, it } from 'vitest';
import { countryId, locationId, organizationId, personId } from '../../src/domain/ids.ts';

describe('ids', () => {
  it('makes readable ids, folding accents and punctuation', () => {
    expect(personId('Sergey Lavrov')).toBe('person:sergey-lavrov');
    expect(personId('Recep Tayyip Erdoğan')).toBe('person:recep-tayyip-erdogan');
    expect(personId('Luiz Inácio Lula da Silva')).toBe('person:luiz-inacio-lula-da-silva');
    expect(countryId('ru')).toBe('country:RU');
    expect(organizationId('NATO')).toBe('org:nato');
    expect(locationId('Geneva', 'CH')).toBe('location:geneva-ch');
    expect(locationId('Geneva', null)).toBe('location:geneva');
  });
});
