/**
 * Finds gazetteer phrases in text: case-sensitive, longest match first, whole words only.
 * "U.S. Secretary of State" finds "U.S." then "Secretary of State"; "Russian" is not found inside "Russians".
 */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  surface: string;
  value: T;
}

const NONE: readonly never[] = [];
const WORD_START = /[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;
// A capitalised part after a hyphen inside a word: "Mercosur" in "Union-Mercosur", "ASEAN" in "EU-ASEAN".
const AFTER_HYPHEN = /(?<=\p{L}-)\p{Lu}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const TITLE_PREFIX = /^(?:[Tt]hen|[Ee]x)-(?=\p{Lu})/u;

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { surface: string; value: T }[]>();
  private readonly cache = new Map<string, readonly { surface: string; value: T }[]>();
  // The first UTF-16 unit of every lookup key. Most words of a text (all lowercase ones, for most gazetteers) start
  // with a unit no key starts with, and can be passed over without a lookup.
  private readonly firstUnits = new Uint8Array(0x10000);

  /**
   * `inCompounds`: a phrase may end where a hyphen joins it to another word ("EU-mediated talks", "NATO-led force",
   * "ASEAN-India ties") and start after a hyphen that follows a capitalised word ("the European Union-Mercosur trade
   * agreement"). Otherwise a hyphenated word is a word of its own ("Sino-", "Indo-Pacific").
   */
  constructor(entries: Iterable<readonly [string, T]>, private readonly inCompounds = false) {
    for (const [surface, value] of entries) {
      const key = firstWordKey(surface);
      const list = this.byFirstWord.get(key) ?? [];
      list.push({ surface, value });
      this.byFirstWord.set(key, list);
      if (key.length > 0) this.firstUnits[key.charCodeAt(0)] = 1;
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  }

  // "Russia's" must find "Russia" and "Russia's Foreign Ministry" alike: try the word and its stem before a quote or dot.
  private candidatesFor(word: string): readonly { surface: string; value: T }[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const key = firstWordKey(word);
    const keys = new Set([key, key.replace(/['’].*$/, ''), key.replace(/\..*$/, '')]);
    const lists = [...keys].map((candidateKey) => this.byFirstWord.get(candidateKey)).filter((list) => list !== undefined);
    const candidates = lists.length === 0 ? NONE : lists.length === 1 ? (lists[0] ?? NONE) : lists.flat().sort((a, b) => b.surface.length - a.surface.length);
    // Word forms repeat across a corpus; the cache is bounded so a long stream does not grow it without end.
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, candidates);
    return candidates as readonly { surface: string; value: T }[];
  }

  /**
   * Every non-overlapping match in `text` from left to right, offsets shifted by `offset`. `words` are the text's
   * `wordStarts`, passed in when several matchers read the same text so it is scanned once.
   */
  findAll(text: string, offset = 0, words: readonly WordStart[] = wordStarts(text)): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let blockedUntil = 0;
    for (const { start, word } of words) {
      // Every form of a word's key starts with the word's first unit, so no key starting with it means no candidates.
      if (start >= blockedUntil && this.firstUnits[word.charCodeAt(0)] === 1) {
        const match = this.matchAt(text, start, word, offset);
        if (match) {
          matches.push(match);
          blockedUntil = match.end - offset;
        }
      }
      if (!this.inCompounds || !word.includes('-') || !CAPITALISED.test(word)) continue;
      for (const part of word.matchAll(AFTER_HYPHEN)) {
        const at = start + part.index;
        if (at < blockedUntil || this.firstUnits[word.charCodeAt(part.index)] !== 1) continue;
        const match = this.matchAt(text, at, word.slice(part.index), offset);
        if (match) {
          matches.push(match);
          blockedUntil = match.end - offset;
        }
      }
    }
    return matches;
  }

  /** The longest phrase that starts at `start` with `word`, as a whole word, or null. */
  private matchAt(text: string, start: number, word: string, offset: number): PhraseMatch<T> | null {
    for (const candidate of this.candidatesFor(word)) {
      if (!text.startsWith(candidate.surface, start)) continue;
      const end = start + candidate.surface.length;
      const after = text[end];
      // "U.S." may end a sentence: its last dot is then shared, so a following space or end is fine.
      if (after !== undefined && WORD_CHAR.test(after)) continue;
      if (after === '-' && WORD_START.test(text[end + 1] ?? '') && !this.inCompounds) continue;
      return { start: start + offset, end: end + offset, surface: candidate.surface, value: candidate.value };
    }
    return null;
  }
}

export interface WordStart {
  start: number;
  word: string;
}

/**
 * The words of `text` a phrase may start at: not inside a word, not after a dot ("S" in "U.S." starts nothing).
 * The same for every matcher, since which words are skipped after a match does not change where the next word is.
 */
export function wordStarts(text: string): WordStart[] {
  const starts: WordStart[] = [];
  const word = /[\p{L}\p{N}][\p{L}\p{N}.'’&+-]*/gu;
  let found: RegExpExecArray | null;
  while ((found = word.exec(text)) !== null) {
    const start = found.index;
    const before = text[start - 1];
    // Most words follow a space, which is neither a word character nor a dot: no test needed.
    if (before !== undefined && before !== ' ' && (WORD_CHAR.test(before) || before === '.')) continue;
    starts.push({ start, word: found[0] });
    // "then-President Yoon Suk Yeol", "ex-President …": the title after the prefix is a word of its own.
    const prefix = found[0].includes('-') ? TITLE_PREFIX.exec(found[0]) : null;
    if (prefix) starts.push({ start: start + prefix[0].length, word: found[0].slice(prefix[0].length) });
  }
  return starts;
}

// The lookup key is the first word without trailing dots or hyphen parts: "U.S." → "U.S", "EPA-EFE" → "EPA".
function firstWordKey(text: string): string {
  const first = /^[\p{L}\p{N}][\p{L}\p{N}.'’&+]*/u.exec(text)?.[0] ?? text;
  return first.replace(/\.+$/, '');
}
