import { allMatches } from './all-matches.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import type { Sentence } from './sentences.ts';
import { sentenceAt } from './sentences.ts';
import { SPEECH_VERB, speakerOfVerb, subjectBefore, type Speaker, type SpeakerContext } from './speakers.ts';

export interface QuoteDraft {
  speaker: Speaker | null;
  /** The quoted words; parts of a quotation split by its attribution are joined with " ... ". */
  text: string;
  parts: { start: number; end: number }[];
  via: string | null;
  /** Sentence the attribution is in, for the date. */
  attributionSentence: number;
}

/**
 * Direct quotations and who said them:
 * - `"…," Lavrov said` and `"…," said Lavrov`; `Blinken said: "…"`; `Blinken said Russia wanted "concrete answers…"`;
 * - `"We do not expect," Lavrov said, "a breakthrough."` is one statement;
 * - a quotation that opens the next paragraph with no attribution of its own is the same speaker's;
 * - `according to The New York Times` gives `via`, not the speaker;
 * - scare quotes of one to three words with no attribution ("a \"non-starter\"") are not statements.
 */
export function extractQuotes(context: SpeakerContext, sentences: readonly Sentence[]): QuoteDraft[] {
  const { body } = context;
  const quotes: QuoteDraft[] = [];
  let previous: { draft: QuoteDraft; span: QuoteSpan } | null = null;
  for (const span of findQuoteSpans(body)) {
    const words = body.slice(span.start, span.end).trim().split(/\s+/).length;
    const sentence = sentences[sentenceAt(sentences, span.start)];
    const attribution = attributionOf(context, span, sentence, sentences);
    const followsPrevious = previous !== null && (previous.span.paragraph === span.paragraph || previous.span.paragraph === span.paragraph - 1);
    // A quotation left open at the end of its paragraph goes on in the next one, whatever attribution that carries.
    if (previous && previous.span.runsOn && previous.span.paragraph === span.paragraph - 1 && opensLine(body, span.outerStart)) {
      previous.draft.parts.push({ start: span.start, end: span.end });
      previous.draft.text = joinParts(body, previous.draft.parts);
      previous = { draft: previous.draft, span };
      continue;
    }
    // `"…humanitarian issues," Kuleba told a news conference afterwards, "but no progress was made."`: the tag
    // between the parts names the speaker of both, and the second part goes on from the first one's comma.
    if (previous && previous.span.paragraph === span.paragraph && splitAroundTag(body, previous.span, span) && (attribution.speaker === null || attribution.speaker.name === previous.draft.speaker?.name)) {
      previous.draft.parts.push({ start: span.start, end: span.end });
      previous.draft.text = joinParts(body, previous.draft.parts);
      previous = { draft: previous.draft, span };
      continue;
    }
    if (!attribution.speaker && previous && followsPrevious) {
      const sameParagraph = previous.span.paragraph === span.paragraph;
      const opensParagraph = opensLine(body, span.outerStart);
      // `…history," Trump said … before the signing. He later described it as "the dawn …"`: a new sentence
      // between two quotations makes the second a quotation of its own, by the same speaker.
      // The full stop may close the first quotation: `… would "pave the way for peace." As it ended, he said: "…"`.
      // Not the full stop of "Mr. Dissanayake said …".
      const newSentence = sameParagraph && /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sr|Jr))[.!?]["”]?\s+\p{Lu}/u.test(body.slice(Math.max(previous.span.end - 1, previous.span.start), span.outerStart));
      // A short quotation that is a whole sentence ("We are grateful.") is no scare quote.
      const wholeSentence = /^\p{Lu}/u.test(body.slice(span.start, span.end).trim()) && /[.!?]$/.test(body.slice(span.start, span.end).trim());
      if (newSentence && words > 3 && previous.draft.speaker && !previous.span.runsOn) {
        const draft = sameSpeakerAgain(body, previous.draft, span, attribution.via, sentence?.index ?? 0);
        quotes.push(draft);
        previous = { draft, span };
        continue;
      }
      // `the relationship was "back on the right track" and that the two countries should "seek common ground …"`:
      // two phrases quoted apart in one sentence, with no tag between them, are two statements of one speaker.
      const between = body.slice(previous.span.outerEnd, span.outerStart);
      const apart = sameParagraph && !previous.span.runsOn && previous.draft.speaker !== null && between.trim().split(/\s+/).length > 4 && !SAYS.test(between);
      if (apart && words > 3) {
        const draft = sameSpeakerAgain(body, previous.draft, span, attribution.via, previous.draft.attributionSentence);
        quotes.push(draft);
        previous = { draft, span };
        continue;
      }
      // `weakened by "the silence of the absent" and argued that "being the host country …"`: a second verb of saying
      // between them makes the second a statement of its own, by the same speaker.
      if (sameParagraph && !previous.span.runsOn && previous.draft.speaker !== null && SECOND_SAYING.test(between)) {
        const draft = sameSpeakerAgain(body, previous.draft, span, attribution.via, previous.draft.attributionSentence);
        quotes.push(draft);
        previous = { draft, span };
        continue;
      }
      // `"I wish you did," Trump shot back. "I'd take it."`: a short tag between them joins even a short second part.
      const shortTag = sameParagraph && /^\s+[^"“”.!?]{1,40}\.\s+$/.test(body.slice(previous.span.outerEnd, span.outerStart));
      if ((sameParagraph && (words > 3 || shortTag || wholeSentence)) || previous.span.runsOn) {
        // The rest of a split or running quotation.
        previous.draft.parts.push({ start: span.start, end: span.end });
        previous.draft.text = joinParts(body, previous.draft.parts);
        previous.draft.via ??= attribution.via;
        previous = { draft: previous.draft, span };
        continue;
      }
      if (opensParagraph && words > 3 && previous.draft.speaker) {
        // A new paragraph that opens with a quotation and names nobody: the same speaker goes on.
        const draft = sameSpeakerAgain(body, previous.draft, span, attribution.via, sentence?.index ?? 0);
        quotes.push(draft);
        previous = { draft, span };
        continue;
      }
    }
    if (!attribution.speaker && words <= 3) continue;
    // `rested on "mutual respect" and on …`: a short phrase quoted inside a sentence is a scare quote.
    if (words <= 3 && /[\p{L}\p{N}]\s+$/u.test(body.slice(Math.max(0, span.outerStart - 3), span.outerStart)) && !/^\s*,?\s*(?:\p{Ll}+\s+)?(?:said|says|told|added|asked)\b/u.test(body.slice(span.outerEnd, span.outerEnd + 20))) continue;
    // "has called a \"non-starter\"", "described it as \"a farce\"": a phrase named, not a statement.
    if (words <= 3 && /\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dismiss(?:ed|ing)?|label(?:l?ed|l?ing)?|term(?:ed|ing)?)\b[^.;:"“”]{0,30}$/.test(body.slice(Math.max(0, span.outerStart - 40), span.outerStart))) continue;
    // `Kishida, speaking after the meeting, struck a confident tone. "Our alliance has never been stronger."`
    if (!attribution.speaker) attribution.speaker = subjectOfSentenceBefore(context, span, sentences);
    if (!attribution.speaker && !attribution.via) continue;
    const draft: QuoteDraft = { speaker: attribution.speaker, text: '', parts: [{ start: span.start, end: span.end }], via: attribution.via, attributionSentence: attribution.sentence };
    draft.text = joinParts(body, draft.parts);
    quotes.push(draft);
    previous = { draft, span };
  }
  return quotes;
}

const SAYS = new RegExp(SPEECH_VERB.source);
const TRAILING_TAG = /,\s+(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|added)(?:\s+(?:in|on|at)\s+[^"“”.]*)?\.\s*$/u;
// "which Putin at the time called \"a stab in the back\"", "a gesture … Vikas Swarup summed up as \"…\"" too.
const CALLED_IT = /\b(?:who\s+)?(?:called|calls|described|describes|hailed|hails|termed|summed up)\s+(?:(?:it|this|that|them|the (?:\w+ )?\w+)\s+)?(?:as\s+)?$/;

/** A quotation of its own by the speaker of the one before it, with that one's source unless it names its own. */
function sameSpeakerAgain(body: string, before: QuoteDraft, span: QuoteSpan, via: string | null, attributionSentence: number): QuoteDraft {
  const parts = [{ start: span.start, end: span.end }];
  return { speaker: before.speaker, text: joinParts(body, parts), parts, via: via ?? before.via, attributionSentence };
}

/** The first part ends on a comma and only a short tag closing on a comma stands before the second. */
function splitAroundTag(body: string, first: QuoteSpan, second: QuoteSpan): boolean {
  if (!/,\s*$/.test(body.slice(first.start, first.end)) || second.outerStart - first.outerEnd > 100) return false;
  return /^\s+[^.!?;:"“”]+,\s*$/.test(body.slice(first.outerEnd, second.outerStart));
}

interface Attribution {
  speaker: Speaker | null;
  via: string | null;
  sentence: number;
}

const SECOND_SAYING = /^\s*,?\s*(?:and|but)\s+(?:\w+\s+)?(?:argued|added|said|stressed|warned|noted|insisted|called for)\s+(?:that\s+)?$/;
const NAMED_TAG = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|asked|added|replied|shouted|exclaimed|wrote)\b/u;

function attributionOf(context: SpeakerContext, span: QuoteSpan, sentence: Sentence | undefined, sentences: readonly Sentence[]): Attribution {
  const { body } = context;
  const sentenceIndex = sentence?.index ?? 0;
  // The sentence a closing quote ends may be the next one for wink ("…proposals." ends one, the tag is in it).
  const lastSentence = sentences[sentenceAt(sentences, Math.max(span.start, span.outerEnd - 1))] ?? sentence;
  // `"Who decided that it was the dollar?" he asked.`: after a question or exclamation mark the tag, in lower case,
  // may be split off as a sentence of its own.
  const following = sentences[(lastSentence?.index ?? sentenceIndex) + 1];
  // So may a tag naming the speaker: `"Finally, after 45 years!" Tusk said as he welcomed his guest.`
  const tagSplitOff = following !== undefined && following.start - span.outerEnd <= 2 &&
    (/^\p{Ll}/u.test(following.text) || (/[!?]$/.test(body.slice(span.start, span.end)) && NAMED_TAG.test(following.text)));
  const sentenceEnd = Math.max(lastSentence?.end ?? span.outerEnd, sentence?.end ?? span.outerEnd, tagSplitOff ? following.end : 0);
  const nextQuote = nextQuoteMark(body, span.outerEnd, sentenceEnd);
  const after = { start: span.outerEnd, end: nextQuote };
  const lineStart = body.lastIndexOf('\n', span.outerStart) + 1;
  const previousMark = previousQuoteMark(body, span.outerStart, lineStart);
  // `"…Haiti and Kenya," Ruto wrote on X. "We also discussed …"`: a tag closing with a full stop right after the
  // quotation before it is that quotation's, not this one's.
  const previousTag = previousMark > lineStart && /^\s*[^"“”]*[.!?]\s*$/.test(body.slice(previousMark, span.outerStart)) && /,["”]$/.test(body.slice(previousMark - 2, previousMark));
  const before = { start: previousTag ? span.outerStart : Math.max(sentence?.start ?? lineStart, previousMark), end: span.outerStart };
  const via = viaIn(context, after.start, after.end) ?? viaIn(context, before.start, before.end);

  // "…," Lavrov said / "…," said Lavrov — the verb must come early in the tag. `the White House said the talks had
  // been "very positive" and that Witkoff had told Araghchi …` goes on with what was said, no tag.
  // `Morrison called the meeting "a new dawn …", while Suga said …`: a clause of its own follows, with its own speaker.
  // "…," according to the Kremlin — a body that is not a news outlet speaks for itself. So does the body whose statement
  // it is: "…," according to a statement from the White House. Before any verb after it: "…," according to a statement
  // from the Syrian presidency, which said Assad had welcomed …".
  const accordingTo = /^[\s,]*according to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:statement|readout|communiqu[eé]|press release)\s+(?:issued\s+|released\s+)?(?:from|by)\s+)?/i.exec(body.slice(after.start, after.end));
  if (accordingTo) {
    const organization = speakingBodyAt(context, after.start + accordingTo[0].length);
    if (organization) return { speaker: { name: organization.value.name, type: 'organization', person: null }, via: null, sentence: sentenceIndex };
  }
  const goesOn = /^\s*,?\s*(?:(?:and|but|or)?\s*that|while|whereas|although|though)\b/.test(body.slice(after.start, after.start + 20));
  for (const verb of goesOn ? [] : verbsIn(body, after.start, after.end)) {
    if (verb.start - after.start > 60) break;
    const speaker = speakerOfVerb(context, verb.start, verb.end);
    if (speaker) return { speaker, via, sentence: sentenceAt(sentences, verb.start) };
  }
  // "According to a White House readout, Biden "reiterated …"": the words are the readout's, so its body's, whatever
  // verb tells them before the quotation; so are those of "the Kremlin's account of the conversation, Putin responded
  // positively … and \"immediately gave the corresponding command …\"".
  // "In a statement issued through the Israeli Prime Minister's Office, Israel said the leaders had \"agreed …\"": the
  // body that issued it.
  // "According to a statement from India's Ministry of External Affairs, \"the discussions were held …\"", "… a
  // statement the White House released on Wednesday": the body named after the word for it too.
  const readout = /\b(?:according to (?:a|an|the) [^,;]{2,60}? (?:readout|statement|communiqu[eé]|press release|account)|(?:according to|in) (?:a|an|the|its) (?:[\w-]+ ){0,2}(?:statement|readout|communiqu[eé]|press release) (?:issued |released )?(?:by|through|from) [^,;]{2,60}|according to (?:a|an) (?:statement|readout) [^,;]{2,60}? (?:released|issued))\b/i.exec(body.slice(before.start, before.end));
  // "… according to a readout issued by the Chinese foreign ministry, which quoted him as calling the issue \"…\"": the
  // words of the one it quoted.
  if (readout && !/\bquot(?:ed|ing|es)\s+(?:him|her|them|\p{Lu}[\p{L}.'’-]*)\s+as\b/u.test(body.slice(before.start + readout.index, before.end))) {
    const from = before.start + readout.index;
    const to = from + readout[0].length;
    const organization = context.organizations.find((match) => match.start >= from && match.end <= to);
    if (organization && organization.value.kind !== 'media' && organization.value.kind !== 'agency') {
      return { speaker: { name: organization.value.name, type: 'organization', person: null }, via: null, sentence: sentenceIndex };
    }
  }
  // Blinken said: "…" / Lavrov told reporters, "…" / Lavrov said Russia wanted "…"
  // "The Elysée Palace said Macron called on Putin to agree … \"as soon as possible\"": an urging told inside what
  // someone said is in their words ("Xi called on member states to \"resist …\"" alone is Xi's).
  // "The Kremlin said Putin told the Israeli leader …, and urged Israel \"not to allow …\"": so is an urging the
  // quotation goes on from, whatever was told between.
  const urged = /\burg(?:ed|es|ing)\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:him|her|them)\s+)$/u.test(body.slice(before.start, before.end));
  const verbsBefore = verbsIn(body, before.start, before.end)
    .filter((verb, index) => index === 0 || (!urged && !/^call(?:ed|s)?\s+on\b/.test(body.slice(verb.start, verb.end + 4))))
    .reverse();
  for (const verb of verbsBefore) {
    const speaker = speakerOfVerb(context, verb.start, verb.end);
    if (speaker) return { speaker, via, sentence: sentenceIndex };
  }
  // `The two presidents held "a long, frank and friendly exchange" on …, the Elysée Palace said in a statement issued
  // jointly with …`: the tag closing the sentence, after a comma, past what the quotation was part of.
  const tail = TRAILING_TAG.exec(body.slice(after.start, sentenceEnd));
  if (tail) {
    const verb = verbsIn(body, after.start + tail.index, after.start + tail.index + tail[0].length)[0];
    const speaker = verb ? speakerOfVerb(context, verb.start, verb.end) : null;
    if (verb && speaker) return { speaker, via, sentence: sentenceAt(sentences, verb.start) };
  }
  // `During the call the two leaders "discussed the strong relationship …" on climate change, food security …,
  // according to a statement from the White House.`: the body whose statement closes the sentence.
  const closing = /,\s+according to (?:a|an|the) (?:[\w-]+ ){0,2}(?:statement|readout|communiqu[eé]|press release) (?:issued |released )?(?:from|by) (?=[^,;]{2,60}[.!?]?\s*$)/i.exec(body.slice(after.start, sentenceEnd));
  const closingBody = closing ? speakingBodyAt(context, after.start + closing.index + closing[0].length) : undefined;
  if (closingBody && !/["“”]/.test(body.slice(after.start, sentenceEnd))) {
    return { speaker: { name: closingBody.value.name, type: 'organization', person: null }, via: null, sentence: sentenceIndex };
  }
  // `a ceremony hosted by Secretary of State Marco Rubio, who called it "an important moment …"`: naming a thing in
  // one's own words is saying them.
  const naming = CALLED_IT.exec(body.slice(before.start, before.end));
  if (naming) {
    const at = before.start + naming.index;
    const namer = context.personMentions.findLast((mention) => mention.end <= at && /^,?\s+(?:(?:at the time|later|then|once|has|had)\s+)*$/.test(body.slice(mention.end, at)));
    const person = namer ? context.persons[namer.person] : undefined;
    if (namer && person?.kind === 'subject') return { speaker: { name: person.name, type: 'person', person: namer.person }, via, sentence: sentenceIndex };
  }
  // `… he used a Russian folk saying: "Like it or not, be patient, my beauty."`: a quotation a colon brings in is the
  // words of the sentence's subject, a name or "he" followed by its verb.
  if (sentence && /:\s*$/.test(body.slice(before.start, before.end))) {
    const lead = body.slice(sentence.start, before.end);
    const pronoun = /(?:^|,\s+)(?:he|she|He|She)\s+\p{Ll}/u.exec(lead);
    const named = context.personMentions.find((mention) => mention.start >= sentence.start && mention.end <= before.end && /^\s+\p{Ll}/u.test(body.slice(mention.end, mention.end + 3)));
    if (named && (!pronoun || sentence.start + pronoun.index > named.start)) {
      const person = context.persons[named.person];
      if (person?.kind === 'subject') return { speaker: { name: person.name, type: 'person', person: named.person }, via, sentence: sentenceIndex };
    } else if (pronoun) {
      const speaker = subjectBefore(context, sentence.start + pronoun.index);
      if (speaker) return { speaker, via, sentence: sentenceIndex };
    }
  }
  // "According to Wong, the two sides "agreed to deepen cooperation"": a person one goes by is who said it.
  const source = context.personMentions.find((mention) => via !== null && context.persons[mention.person]?.name === via && mention.start >= before.start && mention.end <= after.end);
  const sourcePerson = source ? context.persons[source.person] : undefined;
  if (source && sourcePerson?.kind === 'subject') return { speaker: { name: sourcePerson.name, type: 'person', person: source.person }, via: null, sentence: sentenceIndex };
  return { speaker: null, via, sentence: sentenceIndex };
}

/** The body, not a news outlet, named at `at` or after a "the " there: "according to a statement from the White House". */
function speakingBodyAt(context: SpeakerContext, at: number): SpeakerContext['organizations'][number] | undefined {
  const organization = context.organizations.find((match) => match.start === at || match.start === at + 4);
  return organization && organization.value.kind !== 'media' && organization.value.kind !== 'agency' ? organization : undefined;
}

/**
 * A quotation that stands as a sentence of its own right after a sentence about a person: the person that
 * sentence opens with speaks it. Only in the same paragraph, and only when that sentence begins with the name.
 */
function subjectOfSentenceBefore(context: SpeakerContext, span: QuoteSpan, sentences: readonly Sentence[]): Speaker | null {
  const { body } = context;
  if (!afterSentenceEnd(body, span.outerStart)) return null;
  const lineStart = body.lastIndexOf('\n', span.outerStart) + 1;
  const previous = sentences[sentenceAt(sentences, span.outerStart - 2)];
  if (!previous || previous.start < lineStart) return null;
  const first = context.personMentions.find((mention) => mention.start >= previous.start && mention.end <= previous.end);
  if (!first || first.start - previous.start > 2) return null;
  const person = context.persons[first.person];
  return person && person.kind === 'subject' ? { name: person.name, type: 'person', person: first.person } : null;
}

function verbsIn(body: string, start: number, end: number): { start: number; end: number }[] {
  return allMatches(SPEECH_VERB, body.slice(start, end)).map((match) => ({ start: start + match.index, end: start + match.index + match[0].length }));
}

// "according to The New York Times" / "according to CNN" / "told CNN"
function viaIn(context: SpeakerContext, start: number, end: number): string | null {
  const text = context.body.slice(start, end);
  // "…," Kim was quoted as saying by KCNA: the outlet that carried the words, too.
  const according = /(?:according to|quoted (?:as saying )?by|as saying by)\s+/i.exec(text);
  if (!according) return null;
  const at = start + according.index + according[0].length;
  const organization = context.organizations.find((match) => match.start >= at && match.start <= at + 4);
  if (organization) return organization.value.name;
  const person = context.personMentions.find((mention) => mention.start >= at && mention.start <= at + 4);
  return person ? context.persons[person.person]?.name ?? null : null;
}

function nextQuoteMark(body: string, from: number, limit: number): number {
  const next = body.slice(from, limit).search(/["“]/);
  return next < 0 ? limit : from + next;
}

// The last closing mark in [lineStart, before), searched back from `before`: copying the line costs the whole
// line per quotation, which made a long one-line article quadratic.
function previousQuoteMark(body: string, before: number, lineStart: number): number {
  for (let i = before - 1; i >= lineStart; i -= 1) if (body[i] === '"' || body[i] === '”') return i + 1;
  return lineStart;
}

/** Whether only spaces stand between the start of the line and `at`, read back from `at`. */
function opensLine(body: string, at: number): boolean {
  if (body[at] === '\n') return true;
  for (let i = at - 1; i >= 0 && body[i] !== '\n'; i -= 1) if (!/\s/.test(body[i] ?? '')) return false;
  return true;
}

/** Whether the line before `at` ends with a full stop, question or exclamation mark and a space ("… tone. "). */
function afterSentenceEnd(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at) + 1;
  let i = at - 1;
  while (i >= lineStart && /\s/.test(body[i] ?? '')) i -= 1;
  return i < at - 1 && i >= lineStart && /[.!?]/.test(body[i] ?? '');
}

function joinParts(body: string, parts: readonly { start: number; end: number }[]): string {
  return parts
    .map((part) => body.slice(part.start, part.end).trim().replace(/,$/, '').replace(/\s+/g, ' '))
    .join(' ... ');
}


