import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp ("PROPN", "VERB", …). */
  pos: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (blank-line or newline separated block) the sentence is in. */
  paragraph: number;
  tokens: Token[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Sentences of the body with their character spans, tokens and POS tags (wink-nlp). Offsets are found by
 * walking the body, so evidence spans point into `Article.body` exactly.
 */
export function splitSentences(body: string): Sentence[] {
  const doc = nlp.readDoc(body);
  const texts = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const tokens: Token[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  // Where each token starts. Token indices from wink count SPACE tokens, which `tokens` leaves out; sentences map
  // through these offsets. Two cursors, as a token is looked for after the last one found of its own kind; they
  // differ only after a SPACE token, and one search serves both while they agree.
  const allStarts: number[] = [];
  let cursor = 0;
  let allCursor = 0;
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i] ?? '';
    const pos = tags[i] ?? 'X';
    const from = allCursor;
    const allStart = body.indexOf(text, from);
    allStarts.push(allStart < 0 ? from : allStart);
    if (allStart >= 0) allCursor = allStart + text.length;
    if (pos === 'SPACE') continue;
    const start = cursor === from ? allStart : body.indexOf(text, cursor);
    if (start < 0) continue;
    tokens.push({ text, start, end: start + text.length, pos });
    cursor = start + text.length;
  }
  let tokenCursor = 0;
  for (const [first, last] of spans) {
    const start = allStarts[first] ?? 0;
    const lastText = texts[last] ?? '';
    const end = (allStarts[last] ?? start) + lastText.length;
    for (const piece of splitOnNewlines(body, start, end)) {
      const sentenceTokens: Token[] = [];
      while (tokenCursor < tokens.length && (tokens[tokenCursor]?.start ?? Infinity) < piece.end) {
        const token = tokens[tokenCursor];
        if (token && token.start >= piece.start) sentenceTokens.push(token);
        tokenCursor += 1;
      }
      if (sentenceTokens.length === 0) continue;
      sentences.push({ index: sentences.length, start: piece.start, end: piece.end, text: body.slice(piece.start, piece.end), paragraph: 0, tokens: sentenceTokens });
    }
  }
  let paragraph = 0;
  for (let i = 0; i < sentences.length; i += 1) {
    const sentence = sentences[i];
    const previous = sentences[i - 1];
    if (!sentence) continue;
    if (previous && body.slice(previous.end, sentence.start).includes('\n')) paragraph += 1;
    sentence.paragraph = paragraph;
  }
  return sentences;
}

// wink keeps a headline-like line without a full stop in the next sentence; a newline always ends a sentence here.
function splitOnNewlines(body: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let pieceStart = start;
  for (let i = body.indexOf('\n', start); i >= 0 && i < end; i = body.indexOf('\n', i + 1)) {
    if (body.slice(pieceStart, i).trim() !== '') pieces.push(trimSpan(body, pieceStart, i));
    pieceStart = i + 1;
  }
  if (body.slice(pieceStart, end).trim() !== '') pieces.push(trimSpan(body, pieceStart, end));
  return pieces;
}

function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(body[start] ?? '')) start += 1;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** Index of the sentence holding a character offset (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? Infinity) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
