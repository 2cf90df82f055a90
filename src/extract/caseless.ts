export interface Pattern {
  test(text: string): boolean;
}

// Under i and u, ſ (U+017F) and the Kelvin sign (U+212A) fold onto the ASCII letters s and k; no other character
// matches an ASCII letter, a space or a word boundary differently with and without the u flag.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;
// ASCII words, spaces, groups and quantifiers, \b and \s: read the same with and without the u flag. Not "." nor a
// class, which may take a whole surrogate pair under u and half of one without.
const PLAIN_OPENING = /^(?:[\w ,'()|?:+*{}-]|\\[bs])*$/;

/**
 * A case-insensitive pattern whose end needs the u flag ("\p{L}"), read in two steps: its opening words alone without
 * the u flag, then the whole pattern only when they occur. Under both i and u V8 turns each \b into a lookbehind tried
 * at every position, about ten times slower, and most texts hold none of the opening words ("loyal to").
 * `openingFirst(String.raw`\bloyal to\s+`, String.raw`(?:\p{L}+\s+){0,2}$`)` tests what
 * `/\bloyal to\s+(?:\p{L}+\s+){0,2}$/iu` tests.
 */
export function openingFirst(opening: string, rest: string): Pattern {
  if (!PLAIN_OPENING.test(opening)) throw new TypeError(`openingFirst: the opening must be ASCII words with only \\b and \\s escapes, got /${opening}/`);
  const words = new RegExp(opening, 'i');
  const whole = new RegExp(opening + rest, 'iu');
  return { test: (text) => (FOLDS_TO_ASCII.test(text) || words.test(text)) && whole.test(text) };
}
