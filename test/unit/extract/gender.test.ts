import { describe, expect, it } from 'vitest';
import { fitsGender, gendersOf } from '../../../src/extract/gender.ts';
import type { PersonMention } from '../../../src/extract/persons.ts';

/** Mentions of each name where it first occurs in the body, person index by order. */
function mentionsOf(body: string, surfaces: readonly string[]): PersonMention[] {
  return surfaces.map((surface, person) => {
    const start = body.indexOf(surface);
    return { person, start, end: start + surface.length, surface, sentence: 0 };
  });
}

describe('gender told by the article', () => {
  it('reads a style before a name, or inside the mention, and a woman\'s given name', () => {
    const body = 'Mrs May met Mr Ramaphosa, Pope Francis, Kamala Harris and Shavkat Mirziyoyev.';
    const names = ['Theresa May', 'Cyril Ramaphosa', 'Francis', 'Kamala Harris', 'Shavkat Mirziyoyev'];
    const genders = gendersOf(body, names, mentionsOf(body, ['May', 'Mr Ramaphosa', 'Francis', 'Kamala Harris', 'Shavkat Mirziyoyev']));
    expect([...genders.entries()].sort()).toEqual([[0, 'female'], [1, 'male'], [2, 'male'], [3, 'female']]);
  });

  it('lets an unknown gender stand for either pronoun', () => {
    expect(fitsGender(undefined, 'she')).toBe(true);
    expect(fitsGender('male', 'she')).toBe(false);
    expect(fitsGender('female', 'Her')).toBe(true);
    expect(fitsGender('female', 'he')).toBe(false);
  });

  it('tells a woman or a man by a title made for one, and a Vietnamese woman by the middle name "Thi"', () => {
    // 789: "National Assembly chairwoman Nguyen Thi Kim Ngan"; "Kremlin spokesman Dmitry Peskov".
    const body = 'Kim met National Assembly chairwoman Nguyen Thi Kim Ngan and Kremlin spokesman Dmitry Peskov. Nguyen Thi Binh and Pham Minh Chinh spoke.';
    const names = ['Nguyen Thi Kim Ngan', 'Dmitry Peskov', 'Nguyen Thi Binh', 'Pham Minh Chinh'];
    const genders = gendersOf(body, names, mentionsOf(body, names));
    expect([...genders.entries()].sort()).toEqual([[0, 'female'], [1, 'male'], [2, 'female']]);
  });
});
