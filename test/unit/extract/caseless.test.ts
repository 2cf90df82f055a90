import { describe, expect, it } from 'vitest';
import { openingFirst } from '../../../src/extract/caseless.ts';

describe('openingFirst', () => {
  const opening = String.raw`\b(?:loyal to|supporters of)\s+`;
  const rest = String.raw`(?:[\p{L}'’-]+\s+){0,3}$`;
  const whole = new RegExp(opening + rest, 'iu');
  const pattern = openingFirst(opening, rest);

  it('tests what the whole pattern under i and u tests', () => {
    for (const text of ['forces loyal to ', 'forces Loyal To South Sudan’s ', 'SUPPORTERS OF the ', 'disloyal to ', 'loyal to a b c d ', 'nothing here', '']) {
      expect(pattern.test(text)).toBe(whole.test(text));
    }
  });

  it('reads text with ſ or the Kelvin sign, which fold onto ASCII letters only under u, with the whole pattern', () => {
    expect(whole.test('ſupporters of ')).toBe(true);
    expect(pattern.test('ſupporters of ')).toBe(true);
    expect(openingFirst(String.raw`\bking\s+`, String.raw`\p{Lu}`).test('\u212Aing Charles')).toBe(true);
  });

  it('refuses an opening that would read differently without the u flag', () => {
    expect(() => openingFirst(String.raw`\p{Lu}\s+`, '$')).toThrow('openingFirst: the opening must be ASCII words');
    expect(() => openingFirst('a.b', '$')).toThrow('openingFirst');
    expect(() => openingFirst('[^,]+', '$')).toThrow('openingFirst');
  });
});
