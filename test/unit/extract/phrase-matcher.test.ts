import { describe, expect, it } from 'vitest';
import { PhraseMatcher, wordStarts } from '../../../src/extract/phrase-matcher.ts';

const surfaces = (matches: readonly { surface: string }[]): string[] => matches.map((match) => match.surface);

describe('phrase matcher', () => {
  const countries = new PhraseMatcher([['U.S.', 'US'], ['Russian', 'RU'], ['South Korea', 'KR']] as const);
  const titles = new PhraseMatcher([['Secretary of State', 'title'], ['State Department', 'org'], ['Korea', 'not a title']] as const);
  const text = 'U.S. Secretary of State Antony Blinken met South Korea officials and Russians at the State Department.';

  it('finds whole phrases, longest first, not inside longer words', () => {
    expect(surfaces(countries.findAll(text))).toEqual(['U.S.', 'South Korea']);
    expect(surfaces(titles.findAll(text))).toEqual(['Secretary of State', 'Korea', 'State Department']);
  });

  it('finds the same when matchers share one scan of the text', () => {
    // A match in one matcher ("South Korea") must not hide words from another ("Korea").
    const words = wordStarts(text);
    expect(countries.findAll(text, 0, words)).toEqual(countries.findAll(text));
    expect(titles.findAll(text, 0, words)).toEqual(titles.findAll(text));
  });

  it('shifts offsets and starts no phrase after a dot', () => {
    expect(countries.findAll('in the U.S.', 100)).toEqual([{ start: 107, end: 111, surface: 'U.S.', value: 'US' }]);
    expect(surfaces(titles.findAll('x.Korea'))).toEqual([]);
  });
});
