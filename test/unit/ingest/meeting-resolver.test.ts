import { describe, expect, it } from 'vitest';
import type { KnownMeeting, KnownOrganization } from '../../../src/domain/entity-lookup.ts';
import { meetingId, meetingParties, resolveMeeting, sameEncounter } from '../../../src/ingest/meeting-resolver.ts';
import { resolveOrganization } from '../../../src/ingest/resolve-organization.ts';

const geneva: KnownMeeting = {
  id: 'meeting:2022-01-21:ru-us:geneva-ch',
  date: '2022-01-21',
  locationId: 'location:geneva-ch',
  participantIds: ['person:antony-blinken', 'person:sergey-lavrov'],
  countryIds: ['country:RU', 'country:US'],
};

describe('sameEncounter', () => {
  const report = { date: '2022-01-21', locationId: 'location:geneva-ch', participantIds: ['person:antony-blinken', 'person:sergey-lavrov'], countryIds: ['country:US', 'country:RU'] };

  it('joins reports of the same people at the same place up to a day apart', () => {
    expect(sameEncounter(report, geneva)).toBe(true);
    expect(sameEncounter({ ...report, date: '2022-01-22' }, geneva)).toBe(true);
    expect(sameEncounter({ ...report, locationId: null }, geneva)).toBe(true);
  });

  it('keeps apart meetings two days apart, elsewhere, or with other people', () => {
    expect(sameEncounter({ ...report, date: '2022-01-23' }, geneva)).toBe(false);
    expect(sameEncounter({ ...report, locationId: 'location:vienna-at' }, geneva)).toBe(false);
    expect(sameEncounter({ ...report, participantIds: ['person:antony-blinken', 'person:wang-yi'] }, geneva)).toBe(false);
    expect(sameEncounter({ ...report, date: null }, geneva)).toBe(false);
  });

  it('accepts one report naming an extra participant beside the two the other names', () => {
    expect(sameEncounter({ ...report, participantIds: [...report.participantIds, 'person:wendy-sherman'] }, geneva)).toBe(true);
  });

  it('compares countries when a report names no people', () => {
    expect(sameEncounter({ ...report, participantIds: [] }, geneva)).toBe(true);
    expect(sameEncounter({ ...report, participantIds: [], countryIds: ['country:US'] }, geneva)).toBe(false);
  });

  it('picks the nearest date when several match', () => {
    const dayAfter: KnownMeeting = { ...geneva, id: 'meeting:b', date: '2022-01-22' };
    expect(resolveMeeting({ ...report, date: '2022-01-22' }, [geneva, dayAfter])?.id).toBe('meeting:b');
  });
});

describe('meetingParties and meetingId', () => {
  it('uses the countries when two are known, else the people', () => {
    expect(meetingParties({ participantIds: ['person:b', 'person:a'], countryIds: ['country:US', 'country:RU'] })).toEqual(['country:RU', 'country:US']);
    expect(meetingParties({ participantIds: ['person:b', 'person:a'], countryIds: ['country:US'] })).toEqual(['person:a', 'person:b']);
  });

  it('builds a readable id from date, parties and place', () => {
    expect(meetingId({ date: '2022-01-21', locationId: 'location:geneva-ch', participantIds: [], countryIds: ['country:US', 'country:RU'] }, 'abc')).toBe('meeting:2022-01-21:ru-us:geneva-ch');
  });
});

describe('resolveOrganization', () => {
  const un: KnownOrganization = { id: 'org:united-nations', name: 'United Nations', aliases: ['UN'] };
  it('finds the United Nations for "U.N." through a shared alias, and nothing for an unrelated body', () => {
    expect(resolveOrganization({ name: 'U.N.', aliases: [] }, [un])?.id).toBe('org:united-nations');
    expect(resolveOrganization({ name: 'the United Nations', aliases: [] }, [un])?.id).toBe('org:united-nations');
    expect(resolveOrganization({ name: 'UNESCO', aliases: [] }, [un])).toBeNull();
  });
});
