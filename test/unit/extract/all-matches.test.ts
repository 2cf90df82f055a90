import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/extract/all-matches.ts';

const same = (regex: RegExp, text: string): void => {
  const expected = [...text.matchAll(regex)].map((match) => [match.index, match[0], match[1]]);
  expect(allMatches(regex, text).map((match) => [match.index, match[0], match[1]])).toEqual(expected);
  expect(regex.lastIndex).toBe(0);
};

describe('allMatches', () => {
  it('finds what matchAll finds', () => {
    same(/\b(said|told)\b/g, 'Lavrov said, and Blinken told reporters; he said no.');
    same(/\bsaid\b/g, 'nothing here');
  });

  it('steps past empty matches as matchAll does, by a code point under the u flag', () => {
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
  });

  it('starts from the beginning whatever lastIndex the regex was left with', () => {
    const regex = /\d+/g;
    regex.exec('12 34');
    expect(allMatches(regex, '12 34').map((match) => match[0])).toEqual(['12', '34']);
  });

  it('refuses a regex without the g flag, naming it', () => {
    expect(() => allMatches(/said/, 'he said')).toThrow('expected a global regex, got /said/');
  });
});
