import { describe, expect, it } from 'vitest';
import { citedSentence, sentenceAround } from '../../../web/src/evidence.ts';

const article =
  'Blinken agreed, adding that he hopes to find some topics.\n\n' +
  '"We do not expect a breakthrough at these negotiations either," Lavrov said before talks started, according to The New York Times. ' +
  '"What we expect are concrete answers to our concrete proposals."\n\nThe talks ended.';

function span(text: string): { start: number; end: number; text: string } {
  const start = article.indexOf(text);
  return { start, end: start + text.length, text };
}

describe('the cited span in its sentence', () => {
  it('finds the sentence around a span of the article', () => {
    const quote = span('We do not expect a breakthrough');
    const sentence = sentenceAround(article, quote.start, quote.end);
    expect(article.slice(sentence.start, sentence.end)).toBe(
      '"We do not expect a breakthrough at these negotiations either," Lavrov said before talks started, according to The New York Times.',
    );
  });

  it('shows the whole sentence with the cited words marked when the evidence is the span alone', () => {
    const evidence = span('We do not expect a breakthrough at these negotiations either');
    expect(citedSentence(evidence, article, null)).toEqual({
      before: '"',
      cited: 'We do not expect a breakthrough at these negotiations either',
      after: '," Lavrov said before talks started, according to The New York Times.',
    });
  });

  it('marks the span inside the evidence text when that text is the sentence', () => {
    const { start, end } = span('hopes to find');
    const evidence = { start, end, text: 'Blinken agreed, adding that he hopes to find some topics.' };
    expect(citedSentence(evidence, article, null)).toEqual({ before: 'Blinken agreed, adding that he ', cited: 'hopes to find', after: ' some topics.' });
  });

  it('without the article, marks the statement words in the evidence text', () => {
    const evidence = { start: 0, end: 0, text: 'Lavrov said: we do not expect a breakthrough.' };
    expect(citedSentence(evidence, null, 'We do not expect a breakthrough')).toEqual({
      before: 'Lavrov said: ',
      cited: 'we do not expect a breakthrough',
      after: '.',
    });
  });

  it('marks the whole evidence text when nothing better is known', () => {
    expect(citedSentence({ start: 5, end: 900, text: 'The talks ended.' }, article, null)).toEqual({ before: '', cited: 'The talks ended.', after: '' });
  });
});

describe('sentence boundaries', () => {
  it('does not end a sentence at abbreviations such as "Jan." or "U.S."', () => {
    const text = 'Earlier news. Jan. 21 (UPI) -- U.S. Secretary of State Antony Blinken met Sergey Lavrov in Geneva. Then they left.';
    const start = text.indexOf('Geneva');
    const sentence = sentenceAround(text, start, start + 6);
    expect(text.slice(sentence.start, sentence.end)).toBe('Jan. 21 (UPI) -- U.S. Secretary of State Antony Blinken met Sergey Lavrov in Geneva.');
  });
});
