import { allMatches } from './all-matches.ts';
import type { Sentence } from './sentences.ts';
import { SPEECH_VERB, speakerOfVerb, type Speaker, type SpeakerContext } from './speakers.ts';

export interface IndirectDraft {
  speaker: Speaker;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

/**
 * Reported speech without quotation marks: "Blinken said it will be up to Ukraine to determine the future of
 * its defense." → Blinken, "it will be up to Ukraine to determine the future of its defense".
 */
export function extractIndirectSpeech(context: SpeakerContext, sentences: readonly Sentence[]): IndirectDraft[] {
  const drafts: IndirectDraft[] = [];
  for (const sentence of sentences) {
    if (/["“”]/.test(sentence.text)) continue;
    for (const verb of allMatches(SPEECH_VERB, sentence.text)) {
      const verbStart = sentence.start + verb.index;
      const verbEnd = verbStart + verb[0].length;
      const speaker = speakerOfVerb(context, verbStart, verbEnd);
      if (!speaker) continue;
      const clause = /^\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:that\s+)?(.+?)[.!?]?$/s.exec(context.body.slice(verbEnd, sentence.end));
      const text = reportedContent(clause?.[1]?.trim() ?? '');
      if (!text || text.split(/\s+/).length < 4) continue;
      drafts.push({ speaker, text, sentence: sentence.index, start: verbEnd, end: sentence.end });
      break;
    }
  }
  return drafts;
}

/**
 * What was said, past a phrase on how or where it was said ("said in a statement that …"); nothing when the verb is
 * followed by when it was said: "Tusk said as he welcomed his guest" reports no words.
 */
function reportedContent(text: string): string | null {
  if (/^(?:as|when|while|after|before|during|until|since)\b/i.test(text)) return null;
  if (!/^(?:in|at|on|to|with|from|for|through|by)\b/i.test(text)) return text;
  const that = /\bthat\s+/.exec(text);
  return that ? text.slice(that.index + that[0].length) : text;
}
