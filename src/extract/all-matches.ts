/**
 * Every match of a global regex in `text`, as `text.matchAll(regex)` gives them. `matchAll` copies the regex on
 * every call, which for the long alternations used here (speech verbs, name runs, date words) costs more than
 * scanning a sentence; a sentence-by-sentence scan pays it thousands of times per article. This runs the regex
 * itself, so it must not be shared with code that keeps its own `lastIndex` on it; it is left at 0.
 * Example: `allMatches(/\bsaid\b/g, 'He said so. She said no.').map((match) => match.index)` → `[3, 16]`.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`allMatches: expected a global regex, got /${regex.source}/${regex.flags}`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it as matchAll does, by a whole code point
    // under the u flag.
    if (match[0] === '') regex.lastIndex = advance(text, regex.lastIndex, regex.unicode);
  }
  regex.lastIndex = 0;
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * One pattern that finds any of `words`, written as they are. A body-wide pattern tries its alternatives at each
 * capitalised word of an article, while a search for a few plain words is about twice as fast, and most articles
 * hold none of the words that pattern needs.
 * Example: `anyOf(['Islands', 'Reef']).test('the Spratly Islands')` → `true`.
 */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** `allMatches(regex, text)`, or none when `text` holds none of the words one of which every match of `regex` holds. */
export function allMatchesHolding(regex: RegExp, text: string, words: RegExp): RegExpExecArray[] {
  return words.test(text) ? allMatches(regex, text) : [];
}
