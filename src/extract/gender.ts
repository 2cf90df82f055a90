/**
 * Whether a person is a woman or a man, as far as the article lets a reader tell: a style before a name ("Mrs May",
 * "Queen Elizabeth", "Mr Ramaphosa", "Pope Francis") or a given name that is a woman's ("Kamala Harris", "Catherine
 * Samba-Panza", curated in female-given-names.json). Unknown otherwise: a man's given name is not guessed.
 */
import femaleGivenNames from './gazetteers/female-given-names.json' with { type: 'json' };
import type { PersonMention } from './persons.ts';

export type Gender = 'female' | 'male';

const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(femaleGivenNames);
// "National Assembly chairwoman Nguyen Thi Kim Ngan": a title made for a woman tells it too.
const FEMALE_STYLE = /\b(?:Mrs|Ms|Mme|Madam|Madame|Queen|Princess|Dame|Lady|Baroness|Empress|Duchess|Countess|[Cc]hairwoman|[Ss]pokeswoman|[Cc]ongresswoman|[Bb]usinesswoman|[Ff]irst [Ll]ady)\.?\s+$/;
// Not "Sheikh", which opens names of women too ("Sheikh Hasina").
const MALE_STYLE = /\b(?:Mr|Sir|King|Prince|Lord|Emperor|Emir|Sultan|Pope|[Cc]hairman|[Ss]pokesman|[Cc]ongressman|[Bb]usinessman)\.?\s+$/;
// "Nguyen Thi Kim Ngan": a Vietnamese name whose middle word is "Thi" is a woman's.
const VIETNAMESE_FEMALE_MIDDLE = /^\p{Lu}\p{L}+ Th[iị] \p{Lu}/u;

/** The gender of each person the mentions name, where a style or a given name tells it. */
export function gendersOf(body: string, names: readonly string[], mentions: readonly PersonMention[]): Map<number, Gender> {
  const genders = new Map<number, Gender>();
  for (const mention of mentions) {
    if (genders.has(mention.person)) continue;
    // "Mrs May", and "Mr Ramaphosa" when the style is part of the mention.
    const opening = /^\S+\s+/.exec(body.slice(mention.start, mention.end))?.[0] ?? '';
    const lead = body.slice(Math.max(0, mention.start - 16), mention.start);
    const before = lead + opening;
    // "chairwoman Nguyen Thi Kim Ngan": a title before the whole name.
    const style = FEMALE_STYLE.test(before) || FEMALE_STYLE.test(lead) ? 'female' : MALE_STYLE.test(before) || MALE_STYLE.test(lead) ? 'male' : null;
    if (style) genders.set(mention.person, style);
  }
  names.forEach((name, person) => {
    if (!genders.has(person) && (FEMALE_GIVEN_NAMES.has(name.split(' ')[0] ?? '') || VIETNAMESE_FEMALE_MIDDLE.test(name))) genders.set(person, 'female');
  });
  return genders;
}

/** Whether "she"/"her" or "he"/"his"/"him" can stand for someone of that gender. */
export function fitsGender(gender: Gender | undefined, pronoun: string): boolean {
  if (gender === undefined) return true;
  return /^(?:she|her|hers)$/i.test(pronoun) ? gender === 'female' : gender === 'male';
}
