import { describe, expect, it } from 'vitest';
import { COUNTRY_FORMS, ORGANIZATIONS, ORGANIZATION_FORMS, PLACE_FORMS, SPEECH_VERBS, TITLE_FORMS, TITLES } from '../../../src/extract/gazetteers/index.ts';

describe('country gazetteer', () => {
  it('uses the common English short names of ANNOTATION.md', () => {
    for (const [surface, name] of [['U.S.', 'United States'], ['Russia', 'Russia'], ['China', 'China'], ['UK', 'United Kingdom'], ['South Korea', 'South Korea'], ['DPRK', 'North Korea'], ['Türkiye', 'Turkey'], ['Iran', 'Iran']]) {
      expect(COUNTRY_FORMS.get(surface as string)?.country.name, surface).toBe(name);
    }
  });

  it('knows the Cook Islands, which conduct their own foreign affairs, and "Saint Vincent" said short', () => {
    expect(COUNTRY_FORMS.get('Cook Islands')?.country.name).toBe('Cook Islands');
    expect(COUNTRY_FORMS.get('Saint Vincent')?.country.name).toBe('Saint Vincent and the Grenadines');
    expect(COUNTRY_FORMS.get('DRC')?.country.name).toBe('Democratic Republic of Congo');
  });

  it('maps demonyms to countries and leaves ambiguous ones out', () => {
    expect(COUNTRY_FORMS.get('Turkish')).toMatchObject({ form: 'demonym', country: { name: 'Turkey' } });
    expect(COUNTRY_FORMS.get('Korean')).toBeUndefined();
    expect(COUNTRY_FORMS.get('Congolese')).toBeUndefined();
  });

  it('reads the adjectives news uses where the demonym is a noun: "Icelandic Prime Minister", "Slovenian"', () => {
    // 505: "Icelandic Prime Minister Katrín Jakobsdóttir"; the package gives Iceland only "Icelander".
    expect(COUNTRY_FORMS.get('Icelandic')).toMatchObject({ form: 'demonym', country: { name: 'Iceland' } });
    expect(COUNTRY_FORMS.get('Slovenian')).toMatchObject({ form: 'demonym', country: { name: 'Slovenia' } });
    expect(COUNTRY_FORMS.get('Cape Verdean')).toMatchObject({ form: 'demonym', country: { name: 'Cape Verde' } });
  });

  it('does not take two-letter codes that are English words', () => {
    expect(COUNTRY_FORMS.get('IN')).toBeUndefined();
    expect(COUNTRY_FORMS.get('IS')).toBeUndefined();
  });
});

describe('place gazetteer', () => {
  it('holds capitals and venues with their country', () => {
    expect(PLACE_FORMS.get('Geneva')).toMatchObject({ country: 'Switzerland', kind: 'city' });
    expect(PLACE_FORMS.get('Moscow')).toMatchObject({ country: 'Russia' });
    expect(PLACE_FORMS.get('Kiev')?.name).toBe('Kyiv');
    expect(PLACE_FORMS.get('Washington')?.country).toBe('United States');
    expect(PLACE_FORMS.get('Oval Office')).toMatchObject({ city: 'Washington', within: 'White House' });
  });
});

describe('organization gazetteer', () => {
  it('resolves aliases to one name', () => {
    expect(ORGANIZATION_FORMS.get('U.N.')?.name).toBe('United Nations');
    expect(ORGANIZATION_FORMS.get('UN')?.name).toBe('United Nations');
    expect(ORGANIZATION_FORMS.get('New York Times')?.name).toBe('The New York Times');
    // National agencies that file datelines: "(IANS)", "(dpa)", "(AAP)" is not the Associated Press.
    expect(ORGANIZATION_FORMS.get('IANS')?.name).toBe('Indo-Asian News Service');
    expect(ORGANIZATION_FORMS.get('dpa')?.name).toBe('Deutsche Presse-Agentur');
    expect(ORGANIZATION_FORMS.get('AAP')?.name).toBe('Australian Associated Press');
  });

  it('gives every organization a known kind and unique aliases', () => {
    const kinds = new Set(['intergovernmental', 'government', 'media', 'agency', 'party', 'armed group', 'company', 'other']);
    expect(ORGANIZATIONS.filter((organization) => !kinds.has(organization.kind))).toEqual([]);
    const names = ORGANIZATIONS.map((organization) => organization.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('titles and speech verbs', () => {
  it('knows which titles imply a country', () => {
    expect(TITLE_FORMS.get('Secretary of State')?.country).toBe('United States');
    expect(TITLE_FORMS.get('foreign minister')?.country).toBeNull();
    expect(TITLE_FORMS.get('External Affairs Minister')?.country).toBe('India');
    expect(TITLES.length).toBeGreaterThan(50);
  });

  it('lists the verbs of reported speech', () => {
    expect(SPEECH_VERBS).toEqual(expect.arrayContaining(['said', 'told', 'added', 'warned']));
  });
});
