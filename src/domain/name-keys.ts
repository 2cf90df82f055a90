/** Comparison keys for names, so spellings that differ only in accents, dots, case or transliteration meet. */

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'prof', 'gen', 'sen', 'rep', 'sheikh']);

/** Accents folded, lower case, anything but letters and digits a single space: "Sergéy  Lavrov" → "sergey lavrov". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a person's name without honorifics: "Mr. Kim Jong-un" → ["kim", "jong", "un"]. */
export function personNameTokens(name: string): string[] {
  return foldName(name)
    .split(' ')
    .filter((token) => token !== '' && !HONORIFICS.has(token));
}

/**
 * Folds the usual romanisation variants of one word into one key: "sergei"/"sergey" → "sergei",
 * "zelenskyy"/"zelensky" → "zelenski", "alexander"/"aleksander" → "aleksander".
 */
export function transliterationKey(token: string): string {
  return token
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Key of an organization name or alias: "U.N." and "UN" → "un"; "The New York Times" → "new york times".
 * Dots are dropped before folding so acronyms with and without them agree.
 */
export function organizationKey(name: string): string {
  return foldName(name.replace(/\./g, '')).replace(/^the /, '');
}
