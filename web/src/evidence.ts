/**
 * Finds the cited span inside an evidence sentence, so the panel can show the sentence with the
 * words that support the fact highlighted.
 *
 * An evidence's `start`/`end` are offsets into the article's text; its `text` is the sentence (or, for
 * a statement, the quoted words alone). With the article text the span is exact; without it the
 * statement's words are looked for in the sentence.
 */
import type { Evidence } from './types.ts';

export interface CitedSentence {
  before: string;
  cited: string;
  after: string;
}

/** Sentence ends: `.`, `!`, `?` (optionally closed by a quote or bracket) then space, or a blank line. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+|\n\s*\n/g;

/** Words whose full stop ends no sentence: "Jan. 21 (UPI)", "Mr. Lavrov", "U.S. officials", "J. Biden". */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|No|vs|U\.S|U\.K|U\.N|[A-Z]\.[A-Z])\.$/;

function endsSentence(text: string, match: RegExpExecArray): boolean {
  if (!match[0].startsWith('.')) return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, match.index - 6), match.index + 1));
}

/** The sentence of `text` that contains offsets [start, end). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    if (!endsSentence(text, match)) continue;
    const boundary = match.index + match[0].length;
    if (boundary <= start) sentenceStart = boundary;
    else if (match.index >= end - 1) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { start: sentenceStart, end: sentenceEnd };
}

function split(sentence: string, cited: string): CitedSentence | null {
  if (cited.trim() === '') return null;
  const at = sentence.indexOf(cited);
  if (at >= 0) return { before: sentence.slice(0, at), cited, after: sentence.slice(at + cited.length) };
  const lowerAt = sentence.toLowerCase().indexOf(cited.toLowerCase());
  if (lowerAt < 0) return null;
  return {
    before: sentence.slice(0, lowerAt),
    cited: sentence.slice(lowerAt, lowerAt + cited.length),
    after: sentence.slice(lowerAt + cited.length),
  };
}

/**
 * The evidence sentence cut into before / cited / after.
 *
 * @param articleText the article's text when loaded, else null
 * @param quote the statement's words, for statements
 * @example citedSentence({ start: 4, end: 9, text: 'The talks began.', … }, 'The talks began.', null)
 *          // → { before: 'The ', cited: 'talks', after: ' began.' }
 */
export function citedSentence(evidence: Pick<Evidence, 'start' | 'end' | 'text'>, articleText: string | null, quote: string | null): CitedSentence {
  const spanIsValid = articleText !== null && evidence.start >= 0 && evidence.end <= articleText.length && evidence.start < evidence.end;
  if (articleText !== null && spanIsValid) {
    const span = articleText.slice(evidence.start, evidence.end);
    // The evidence text is the sentence: highlight the span inside it.
    if (evidence.text.length > span.length) {
      const parts = split(evidence.text, span);
      if (parts) return parts;
    }
    // The evidence text is the span itself: show the sentence of the article around it.
    const sentence = sentenceAround(articleText, evidence.start, evidence.end);
    return {
      before: articleText.slice(sentence.start, evidence.start).trimStart(),
      cited: span,
      after: articleText.slice(evidence.end, Math.max(evidence.end, sentence.end)),
    };
  }
  if (quote !== null) {
    const parts = split(evidence.text, quote);
    if (parts) return parts;
  }
  return { before: '', cited: evidence.text, after: '' };
}
