import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.ts';
import type { GoldArticle } from '../../../src/eval/gold.ts';
import { quoteSimilarity } from '../../../src/eval/normalise.ts';
import { microAverage, scoreArticle } from '../../../src/eval/score.ts';

const gold: GoldArticle = {
  article: 'a.txt',
  publishedAt: '2022-01-21',
  persons: [
    { name: 'Sergey Lavrov', aliases: ['Lavrov'], accept: ['Sergei Lavrov'] },
    { name: 'Antony Blinken', aliases: ['Blinken'] },
    { name: 'Clyde Hughes', optional: true },
  ],
  roles: [{ person: 'Sergey Lavrov', title: 'Foreign Minister', country: 'Russia', organization: null }],
  countries: [{ name: 'Russia' }, { name: 'United States' }],
  locations: [{ name: 'Geneva', country: 'Switzerland' }],
  organizations: [{ name: 'United Nations', aliases: ['UN', 'U.N.'] }, { name: 'CNN', optional: true }],
  meetings: [{ participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Geneva' }],
  statements: [
    { speaker: 'Sergey Lavrov', text: 'We do not expect a breakthrough at these negotiations either. What we expect are concrete answers.' },
    { speaker: 'Antony Blinken', text: 'non-starter', optional: true },
  ],
};

function prediction(overrides: Partial<Extraction>): Extraction {
  return {
    article: { id: 'x', title: null, publishedAt: '2022-01-21', source: null, url: null, authors: [] },
    persons: [],
    countries: [],
    locations: [],
    organizations: [],
    meetings: [],
    statements: [],
    extractorVersion: 'test',
    ...overrides,
  };
}

const person = (name: string, aliases: string[] = [], kind: 'subject' | 'author' = 'subject') => ({ id: name, name, aliases, roles: [], kind, mentions: 1, evidence: [] });

describe('eval scoring', () => {
  it('matches persons on the full name or an accepted spelling, not on a bare surname', () => {
    const score = scoreArticle(prediction({ persons: [person('Sergei Lavrov'), person('Blinken'), person('Jane Roe')] }), gold);
    expect(score.persons).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
  });

  it("matches a pontiff or monarch with or without the title before the name: 'Pope Francis' and 'Francis'", () => {
    const titled: GoldArticle = { ...gold, persons: [{ name: 'Pope Francis' }, { name: 'Charles' }], roles: [], meetings: [], statements: [] };
    const score = scoreArticle(prediction({ persons: [person('Francis'), person('King Charles')] }), titled);
    expect(score.persons).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    // Not any word before a name: "General Francis" is not "Francis".
    expect(scoreArticle(prediction({ persons: [person('General Francis')] }), titled).persons.truePositives).toBe(0);
    // A sultan or a prince too: "Sultan Ibrahim" and "Ibrahim", "Prince William" and "William".
    const royals: GoldArticle = { ...titled, persons: [{ name: 'Sultan Ibrahim' }, { name: 'Prince William' }] };
    expect(scoreArticle(prediction({ persons: [person('Ibrahim'), person('William')] }), royals).persons).toMatchObject({ truePositives: 2, falsePositives: 0 });
  });

  it('lets optional items and unlisted authors neither reward nor penalise', () => {
    const score = scoreArticle(prediction({ persons: [person('Sergey Lavrov'), person('Antony Blinken'), person('Clyde Hughes', [], 'author'), person('Other Writer', [], 'author')] }), gold);
    expect(score.persons).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('matches organizations through aliases on either side', () => {
    const organizations = [{ id: 'o', name: 'U.N.', aliases: [], kind: 'intergovernmental' as const, mentions: 1, evidence: [] }];
    expect(scoreArticle(prediction({ organizations }), gold).organizations).toMatchObject({ truePositives: 1, falsePositives: 0 });
  });

  it("matches a role's body written in the gold by another form its organizations list gives", () => {
    const guterres = { ...person('Antonio Guterres'), roles: [{ title: 'Secretary-General', country: null, organization: 'United Nations', evidence: [] }] };
    const withRole = (organization: string) => ({
      ...gold,
      persons: [...gold.persons, { name: 'Antonio Guterres' }],
      roles: [{ person: 'Antonio Guterres', title: 'Secretary-General', country: null, organization }],
    });
    expect(scoreArticle(prediction({ persons: [guterres] }), withRole('UN')).roles).toMatchObject({ truePositives: 1, falsePositives: 0 });
    // A body the gold does not list as one of that organization's forms is another body.
    expect(scoreArticle(prediction({ persons: [guterres] }), withRole('UNESCO')).roles).toMatchObject({ truePositives: 0, falsePositives: 1 });
  });

  it("matches a role's body written in the gold by a form only the extraction's organizations give", () => {
    const guterres = { ...person('Antonio Guterres'), roles: [{ title: 'Secretary-General', country: null, organization: 'United Nations', evidence: [] }] };
    const bareGold: GoldArticle = {
      ...gold,
      persons: [{ name: 'Antonio Guterres' }],
      organizations: [{ name: 'UN' }],
      roles: [{ person: 'Antonio Guterres', title: 'Secretary-General', country: null, organization: 'UN' }],
    };
    const organization = (aliases: string[]) => [{ id: 'o', name: 'United Nations', aliases, kind: 'intergovernmental' as const, mentions: 1, evidence: [] }];
    expect(scoreArticle(prediction({ persons: [guterres], organizations: organization(['UN']) }), bareGold).roles).toMatchObject({ truePositives: 1, falsePositives: 0 });
    // Without that alias the extraction names another body.
    expect(scoreArticle(prediction({ persons: [guterres], organizations: organization([]) }), bareGold).roles).toMatchObject({ truePositives: 0, falsePositives: 1 });
  });

  it('takes a spokesman of a country\'s ministry told by its demonym and the ministry\'s spokesman of that country as one role', () => {
    const spokesman: GoldArticle = { ...gold, persons: [{ name: 'Liu Weimin' }], roles: [{ person: 'Liu Weimin', title: 'Foreign Ministry spokesman', country: 'China', organization: null }] };
    const liu = (role: { title: string; country: string | null; organization: string | null }) => ({ ...person('Liu Weimin'), roles: [{ ...role, evidence: [] }] });
    expect(scoreArticle(prediction({ persons: [liu({ title: 'spokesman', country: null, organization: 'Chinese Foreign Ministry' })] }), spokesman).roles).toMatchObject({ truePositives: 1, falsePositives: 0 });
    // Another country's ministry is another role.
    expect(scoreArticle(prediction({ persons: [liu({ title: 'spokesman', country: null, organization: 'Japanese Foreign Ministry' })] }), spokesman).roles).toMatchObject({ truePositives: 0, falsePositives: 1 });
    // A body that is no country's ministry stays a body.
    expect(scoreArticle(prediction({ persons: [liu({ title: 'spokesman', country: null, organization: 'Chinese Communist Party' })] }), spokesman).roles).toMatchObject({ truePositives: 0 });
  });

  it('matches meetings on participants, date and place together', () => {
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', countries: [], evidence: [], participants: ['Antony Blinken', 'Lavrov'], date: '2022-01-21', location: 'Geneva' };
    expect(scoreArticle(prediction({ meetings: [meeting], persons: [person('Sergey Lavrov', ['Lavrov'])] }), gold).meetings.truePositives).toBe(1);
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, date: '2022-01-20' }] }), gold).meetings).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('counts a predicted venue as the gold city only when the extraction ties the venue to that city', () => {
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', countries: [], evidence: [], participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Intercontinental Hotel' };
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, city: 'Geneva' }] }), gold).meetings.truePositives).toBe(1);
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, city: null }] }), gold).meetings.truePositives).toBe(0);
    // Null only equals null: a city with no location is no place.
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, location: null, city: 'Geneva' }] }), gold).meetings.truePositives).toBe(0);
  });

  it('counts the city of a predicted venue in any form the text gave the city ("Nur-Sultan" for Astana)', () => {
    const renamed: GoldArticle = { ...gold, locations: [{ name: 'Nur-Sultan' }], meetings: [{ participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Nur-Sultan' }] };
    const city = (aliases: string[]) => ({ id: 'c', name: 'Astana', kind: 'city' as const, country: 'Kazakhstan', aliases, mentions: 1, evidence: [] });
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', countries: [], evidence: [], participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Akorda', city: 'Astana' };
    expect(scoreArticle(prediction({ locations: [city(['Nur-Sultan'])], meetings: [meeting] }), renamed).meetings.truePositives).toBe(1);
    // Read only as Astana, the city is not the gold's.
    expect(scoreArticle(prediction({ locations: [city([])], meetings: [meeting] }), renamed).meetings.truePositives).toBe(0);
  });

  it('matches a place written in the gold as another form the extraction read it in', () => {
    const palace: GoldArticle = { ...gold, locations: [{ name: 'National Palace' }], meetings: [{ participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'National Palace' }] };
    const location = (aliases: string[]) => ({ id: 'l', name: 'Palacio Nacional', kind: 'venue' as const, country: 'Mexico', aliases, mentions: 1, evidence: [] });
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', countries: [], evidence: [], participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Palacio Nacional' };
    const read = scoreArticle(prediction({ locations: [location(['National Palace'])], meetings: [meeting] }), palace);
    expect(read.locations.truePositives).toBe(1);
    expect(read.meetings.truePositives).toBe(1);
    // A form the text never gave is not taken for the gold's.
    const unread = scoreArticle(prediction({ locations: [location([])], meetings: [meeting] }), palace);
    expect(unread.locations).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(unread.meetings.truePositives).toBe(0);
  });

  it('matches a place the extraction names in another form the gold gives', () => {
    const shoal: GoldArticle = { ...gold, locations: [{ name: 'Second Thomas Shoal', aliases: ['Ayungin Shoal'] }], meetings: [{ participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Second Thomas Shoal' }] };
    const location = { id: 'l', name: 'Ayungin Shoal', kind: 'region' as const, country: null, aliases: [], mentions: 1, evidence: [] };
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', countries: [], evidence: [], participants: ['Antony Blinken', 'Sergey Lavrov'], date: '2022-01-21', location: 'Ayungin Shoal' };
    const read = scoreArticle(prediction({ locations: [location], meetings: [meeting] }), shoal);
    expect(read.locations.truePositives).toBe(1);
    expect(read.meetings.truePositives).toBe(1);
    // Without the gold's other form, the two names are two places.
    const plain = scoreArticle(prediction({ locations: [location], meetings: [meeting] }), { ...shoal, locations: [{ name: 'Second Thomas Shoal' }] });
    expect(plain.locations).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(plain.meetings.truePositives).toBe(0);
  });

  it('matches a meeting of unnamed delegates on its countries, and allows optional participants', () => {
    const delegates: GoldArticle = { ...gold, meetings: [{ participants: [], optional_participants: ['Recep Tayyip Erdogan'], participant_countries: ['Russia', 'Ukraine'], date: null, location: 'Istanbul' }] };
    const meeting = { id: 'm', kind: 'talks' as const, status: 'held' as const, plover: 'CONSULT', cameo: '044', evidence: [], participants: [] as string[], countries: ['Ukraine', 'Russia'], date: null, location: 'Istanbul' };
    expect(scoreArticle(prediction({ meetings: [meeting] }), delegates).meetings.truePositives).toBe(1);
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, participants: ['Recep Tayyip Erdogan'] }] }), delegates).meetings.truePositives).toBe(1);
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, countries: ['Russia'] }] }), delegates).meetings.truePositives).toBe(0);
    expect(scoreArticle(prediction({ meetings: [{ ...meeting, participants: ['Antony Blinken'] }] }), delegates).meetings.truePositives).toBe(0);
  });

  it('matches statements on speaker and quote, whatever the join of a split quote', () => {
    const statement = { id: 's', speakerType: 'person' as const, kind: 'direct' as const, date: null, via: null, meeting: null, about: [], evidence: [], speaker: 'Sergey Lavrov', text: 'We do not expect a breakthrough at these negotiations either ... What we expect are concrete answers.' };
    expect(scoreArticle(prediction({ statements: [statement] }), gold).statements.truePositives).toBe(1);
    expect(scoreArticle(prediction({ statements: [{ ...statement, speaker: 'Antony Blinken' }] }), gold).statements).toMatchObject({ truePositives: 0, falsePositives: 1 });
  });

  it('matches a body speaking under another form its gold organization lists', () => {
    const readout: GoldArticle = { ...gold, statements: [{ speaker: 'United Nations', text: 'The talks must go on.' }] };
    const statement = { id: 's', speakerType: 'organization' as const, kind: 'direct' as const, date: null, via: null, meeting: null, about: [], evidence: [], speaker: 'UN', text: 'The talks must go on.' };
    expect(scoreArticle(prediction({ statements: [statement] }), readout).statements.truePositives).toBe(1);
    expect(scoreArticle(prediction({ statements: [{ ...statement, speaker: 'CNN' }] }), readout).statements.truePositives).toBe(0);
  });

  it('micro-averages over articles', () => {
    const good = scoreArticle(prediction({ countries: [{ id: 'c', name: 'Russia', iso2: 'RU', iso3: 'RUS', mentions: 1, evidence: [] }] }), gold);
    const metrics = microAverage([good, good]);
    expect(metrics.countries).toMatchObject({ truePositives: 2, falseNegatives: 2, precision: 1, recall: 0.5 });
    expect(metrics.countries.f1).toBeCloseTo(2 / 3);
  });

  it('compares quotes as words', () => {
    expect(quoteSimilarity('“We do not,” he said', '"we do not" he said')).toBe(1);
    expect(quoteSimilarity('Completely different words', 'We do not expect')).toBe(0);
  });
});
