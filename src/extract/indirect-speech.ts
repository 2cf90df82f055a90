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
      const text = clause?.[1]?.trim();
      if (!text || text.split(/\s+/).length < 4) continue;
      drafts.push({ speaker, text, sentence: sentence.index, start: verbEnd, end: sentence.end });
      break;
    }
  }
  return drafts;
}
