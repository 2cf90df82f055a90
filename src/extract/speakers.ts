import { allMatches } from './all-matches.ts';
import type { OrganizationEntry } from './gazetteers/index.ts';
import { COUNTRY_FORMS, SPEECH_VERBS } from './gazetteers/index.ts';
import { fitsGender, gendersOf, type Gender } from './gender.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import type { PersonDraft, PersonMention } from './persons.ts';
import { HOLDER_DESCRIPTION } from './name-words.ts';
import { insideQuotation } from './quote-marks.ts';
import type { RoleDraft } from './roles.ts';

export interface Speaker {
  name: string;
  type: 'person' | 'organization';
  /** Index into persons for a person speaker. */
  person: number | null;
}

/** What a speaker can be resolved from: the people, their roles and the organizations of the article. */
export interface SpeakerContext {
  body: string;
  persons: readonly PersonDraft[];
  personMentions: readonly PersonMention[];
  roles: readonly RoleDraft[];
  organizations: readonly PhraseMatch<OrganizationEntry>[];
}

export const SPEECH_VERB = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})\b`, 'g');
// The one named after these is spoken to or of: "told Putin", "called Trump \"an intelligent … politician\"".
const LISTENER_AFTER = /^(?:told|tells|telling|warned|warns|warning|urged|urges|urging|assured|assures|reminded|reminds|informed|informs|called|calls|calling)$/;
const BODY_TO_VERB = /^(?:,\s(?:in|on|at|through) [^,"“”.;:]{1,40},|\s\([\p{Lu}\p{N}&-]{2,10}\)|\s(?:leaders|ministers|members|allies|foreign ministers))(?:\s+(?:also|later|then|again))*\s+$/u;
// "Sen. John McCain, R-Ariz., called it": a party and state abbreviation is an apposition too.
// "Argentine President Alberto Fernández, speaking as pro tempore president of the Community of Latin American and
// Caribbean States (CELAC), said" too.
// "Livni, who leads Israel's team together with Yitzhak Molcho, an envoy of Prime Minister Benjamin Netanyahu, said": a
// relative clause may hold commas of its own.
const APPOSITION_GAP = /^,\s(?:[^,"“”.;:]{1,120}|who\s[^"“”.;:]{1,200}|[DRI]-[A-Z][a-z]{1,4}\.),(?:\s+(?:also|later|then|had|has|again))*\s+$/;
const APPOSITION_REACH = 220;
// "Kim was quoted as saying by KCNA" too.
const AUXILIARY_GAP = /^(?:\s+(?:also|later|then|had|has|have|again|earlier|previously|once|separately|further|would|will|repeatedly|(?:was|were|is|are) quoted as|(?:was|were) heard))*\s+$/;

/**
 * The speaker of a speech verb at `verbStart`: the subject just before it ("Lavrov said", "Biden had said",
 * "he said", "the ministry said") or the one just after it ("said Blinken", "said the foreign minister").
 * Authors and photographers are never speakers.
 */
export function speakerOfVerb(context: SpeakerContext, verbStart: number, verbEnd: number): Speaker | null {
  const { body } = context;
  const before = body.slice(Math.max(0, verbStart - 80), verbStart);
  // "…, calling him a \"promoter of terrorism\"", "…, saying \"…\"": a participle speaks for the subject of its sentence.
  if (/,\s+$/.test(before) && /ing$/.test(body.slice(verbStart, verbEnd))) return subjectOfSentence(context, verbStart);
  // "Lavrov said", "Mr. Lavrov has said"
  const gapFloor = auxiliaryGapFloor(body, verbStart);
  const person = context.personMentions.findLast((mention) => mention.end > gapFloor && (mention.end <= verbStart && AUXILIARY_GAP.test(body.slice(mention.end, verbStart)) || (mention.end <= verbStart && body.slice(mention.end, verbStart) === ' ')));
  if (person) return personSpeaker(context, person.person);
  // "Marcos, the Philippine leader, said", "Fidan, 55, told reporters", "Lavrov, who arrived on Thursday, said".
  const apposedAll = context.personMentions.filter((mention) => mention.end <= verbStart && verbStart - mention.end <= APPOSITION_REACH && APPOSITION_GAP.test(body.slice(mention.end, verbStart)));
  // "Livni, who leads Israel's team together with Yitzhak Molcho, an envoy of …, said": the one the relative clause
  // is about, not a name inside it.
  const apposed = apposedAll.find((mention) => /^,\s+who\s/.test(body.slice(mention.end, mention.end + 8))) ?? apposedAll.at(-1);
  if (apposed) return personSpeaker(context, apposed.person);
  const organization = context.organizations.findLast((match) => match.end > gapFloor && match.end <= verbStart && (AUXILIARY_GAP.test(body.slice(match.end, verbStart)) || body.slice(match.end, verbStart) === ' '))
    // "The Ministry of External Affairs, in a statement, said", "the Ministry of External Affairs (MEA) said", "the
    // G7 leaders said": the body, past an aside, its acronym or the members it speaks through.
    ?? context.organizations.findLast((match) => match.end <= verbStart && verbStart - match.end <= 60 && BODY_TO_VERB.test(body.slice(match.end, verbStart)));
  if (organization && isSpeakingBody(organization.value)) return { name: organization.value.name, type: 'organization', person: null };
  // "he said", "she told reporters"
  const pronoun = /\b(he|she|He|She)(?:\s+(?:also|later|then|had|has|again|added))*\s+$/.exec(before);
  if (pronoun?.[1]) return pronounSpeaker(context, verbStart - 3, pronoun[1]);
  // "the minister said", "the secretary added", "the ministry said"
  // "The president also told Putin": the adverbs between the title and the verb are no part of the title.
  // "the President of Uzbekistan stressed" is "the Uzbekistan president".
  // "The 81-year-old king replied": the age is no part of the title.
  const plain = before.replace(/(?:\s+(?:also|later|then|again|earlier|separately|repeatedly|had|has|have|was heard))+\s+$/, ' ').replace(/\b([Tt]he)\s+\d{1,3}-year-old\s+(?=[a-zA-Z-]+(?:\s+[a-zA-Z-]+)?\s+$)/, '$1 ').replace(TITLE_OF_COUNTRY, (_, title: string, country: string) => `the ${country} ${title.toLowerCase()} `);
  const titleOnly = /\b[Tt]he\s+((?:[A-Z][a-z.]+\s+|(?:[A-Z]\.){2,}\s+)?[a-zA-Z-]+(?:\s+[a-zA-Z-]+)?)\s+$/.exec(plain);
  if (titleOnly?.[1]) {
    // "The president also told Putin": whoever the title means, it is not the one told.
    const told = LISTENER_AFTER.test(body.slice(verbStart, verbEnd)) ? context.personMentions.find((mention) => mention.start >= verbEnd && /^\s+$/.test(body.slice(verbEnd, mention.start))) : undefined;
    const speaker = speakerByTitleWord(context, titleOnly[1], verbStart, told?.person);
    if (speaker) return speaker;
  }
  // "said Blinken", "said the foreign minister"; but "told Putin", "warned Biden" name who was spoken to.
  if (LISTENER_AFTER.test(body.slice(verbStart, verbEnd))) return null;
  const after = body.slice(verbEnd, verbEnd + 60);
  // "said the Prime Minister of Belize, John Briceño": the title and a comma may stand before the name.
  const personAfter = context.personMentions.find((mention) => mention.start >= verbEnd && mention.start - verbEnd < 50 && /^\s+(?:(?:the\s+)?[\p{L}. -]{0,40}?,?\s)?$/u.test(body.slice(verbEnd, mention.start)));
  // Not "and said he and Xi had agreed …": a pronoun after the verb is its subject, and whom it is told with no speaker.
  if (personAfter && /^\s+\S/.test(after) && !/^\s+(?:that|it|they|he|she|we|I|on|in|at|the\s+[a-z]+\s+(?:was|is|had|has))\b/.test(after)) return personSpeaker(context, personAfter.person);
  const titleAfter = /^\s+the\s+([a-zA-Z-]+(?:\s+[a-zA-Z-]+)?)\b/.exec(after);
  if (titleAfter?.[1]) return speakerByTitleWord(context, titleAfter[1], verbStart);
  return null;
}

/**
 * The offset of the last character before `verbStart` that no auxiliary gap (" had also", " later") can hold: not
 * a space, not a lowercase letter. A speaker ending at or before it is too far from the verb, so most of a long
 * article's mentions are passed over without testing the text between them and the verb.
 */
function auxiliaryGapFloor(body: string, verbStart: number): number {
  let at = verbStart - 1;
  while (at >= 0 && GAP_CHARACTER.test(body[at] ?? '')) at -= 1;
  return at;
}
const GAP_CHARACTER = /[\sa-z]/;

function subjectOfSentence(context: SpeakerContext, offset: number): Speaker | null {
  // The sentence starts after the last line break or after the last full stop (with its space) before `offset`.
  // That full stop, if after the break, is in the line, so only the line is searched, not the body up to here.
  const lineBreak = offset > 0 ? context.body.lastIndexOf('\n', offset - 1) : -1;
  const stop = lastSentenceStop(context.body.slice(lineBreak + 1, offset));
  const start = Math.max(lineBreak, stop < 0 ? -1 : lineBreak + 1 + stop) + 1;
  // "Standing beside Mr Zelensky, he accused Putin …, saying …": the sentence's subject is "he", whoever that is.
  const pronoun = /^\W*(?:\p{Lu}\p{Ll}+ing\b[^,;]*,\s+)?(he|she|He|She)\s+\p{Ll}/u.exec(context.body.slice(start, offset));
  if (pronoun?.[1]) return pronounSpeaker(context, start + pronoun[0].length - 1, pronoun[1]);
  // `"I had a call with President Putin …," Trump told reporters …, adding that …`: not one named in the quotation.
  // "At a state dinner hosted by Zuma in Pretoria on Saturday night, Obama raised a glass to Mandela, telling guests …":
  // nor one named in a phrase the sentence opens with.
  const opener = /^\W*(?:At|In|On|During|After|Before|From)\s[^,;"“”]{0,120},\s+/.exec(context.body.slice(start, offset));
  const from = opener ? start + opener[0].length : start;
  const first = context.personMentions.find((mention) => mention.start >= from && mention.end <= offset && !insideQuotation(context.body, mention.start));
  return first ? personSpeaker(context, first.person) : null;
}

/**
 * "… Kamala Harris and House Speaker Nancy Pelosi sat behind him …. \"Ukraine is alive and kicking,\" he said": the
 * subject "he" would be, unless the article tells that person is a woman; then the last person named before who may
 * be "he". So for "she" after "welcomed by … Catherine Samba-Panza": not Pope Francis.
 */
function pronounSpeaker(context: SpeakerContext, offset: number, pronoun: string): Speaker | null {
  const speaker = subjectBefore(context, offset);
  if (speaker?.person === null || speaker?.person === undefined) return speaker;
  const genders = gendersIn(context);
  const wanted = /^she$/i.test(pronoun) ? 'female' : 'male';
  // "Trump wrote …. The Mexican leader gave a different account. … \"…,\" she wrote", after Claudia Sheinbaum: "she" is
  // the woman named lately rather than one named sentences before whom the article gives no gender. But "Taiwanese
  // President Tsai Ing-wen said …. \"…,\" she said" is who the sentence names.
  const sentenceStart = sentenceStartBefore(context.body, offset);
  const previousStart = sentenceStart > 0 ? sentenceStartBefore(context.body, sentenceStart - 1) : sentenceStart;
  const opensSentence = (mention: PersonMention): boolean => /^\W*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+)*$/u.test(context.body.slice(mention.start >= sentenceStart ? sentenceStart : previousStart, mention.start));
  const namedHere = context.personMentions.some((mention) => mention.person === speaker.person && mention.start >= previousStart && mention.end <= offset && !insideQuotation(context.body, mention.start) && opensSentence(mention));
  const doubtful = wanted === 'female' && genders.get(speaker.person) === undefined && !namedHere;
  if (fitsGender(genders.get(speaker.person), pronoun) && !doubtful) return speaker;
  const other = context.personMentions.findLast((mention) =>
    mention.end <= offset && offset - mention.end <= 1200 && context.persons[mention.person]?.kind === 'subject' && !insideQuotation(context.body, mention.start) &&
    (genders.get(mention.person) === wanted || (wanted === 'male' && genders.get(mention.person) === undefined)));
  return other ? personSpeaker(context, other.person) : speaker;
}

const gendersByContext = new WeakMap<SpeakerContext, Map<number, Gender>>();
function gendersIn(context: SpeakerContext): Map<number, Gender> {
  let genders = gendersByContext.get(context);
  if (!genders) {
    genders = gendersOf(context.body, context.persons.map((person) => person.name), context.personMentions);
    gendersByContext.set(context, genders);
  }
  return genders;
}

function personSpeaker(context: SpeakerContext, index: number): Speaker | null {
  const person = context.persons[index];
  if (!person || person.kind !== 'subject') return null;
  return { name: person.name, type: 'person', person: index };
}

/**
 * What "he said" refers to: the person the sentence opens with, else the one the last sentence naming somebody
 * opens with ("The Brazilian leader attended the inauguration of Dilma Rousseff …" names Lula first only by title,
 * so that sentence's first named person is taken), else the last person named.
 */
export function subjectBefore(context: SpeakerContext, offset: number): Speaker | null {
  const { body, personMentions } = context;
  // Names inside a quotation are people spoken of: `"… with President Sheinbaum …," he wrote` is not Sheinbaum.
  // "But if Milei's party falls short, he warned": one named in the possessive owns something and is no subject.
  const eligible = (mention: PersonMention): boolean =>
    context.persons[mention.person]?.kind === 'subject' && !insideQuotation(body, mention.start) && !/^['’]s\b/.test(body.slice(mention.end, mention.end + 3));
  let index = personMentions.findLastIndex((mention) => mention.end <= offset && eligible(mention));
  // "Pressed on the plan, the king said Arab states would wait … \"Let's wait …,\" he said": a title that spoke
  // since the last name is who "he" is.
  const since = Math.max(personMentions[index]?.end ?? 0, offset - 600);
  const titled = allMatches(TITLE_SPEAKING, body.slice(since, offset)).pop();
  if (titled?.[1] && !insideQuotation(body, since + titled.index)) {
    const holder = speakerByTitleWord(context, titled[1], since + titled.index);
    if (holder) return holder;
  }
  // "The Malaysian leader described the project as a \"game changer\". \"We have to move fast,\" he said": a sentence
  // since the last name that opens with a title is about that title's holder.
  const opened = allMatches(TITLE_OPENS_SENTENCE, body.slice(since, offset)).pop();
  if (opened?.[1] && !insideQuotation(body, since + opened.index + opened[0].length - 1)) {
    const holder = speakerByTitleWord(context, opened[1], since + opened.index + opened[0].length);
    if (holder) return holder;
  }
  // "Standing beside Mr Zelensky, he accused Russian President Vladimir Putin …": one named in the participle phrase
  // the sentence opens with is beside "he", not "he".
  const sentenceStart = sentenceStartBefore(body, offset);
  const participle = /^\W*\p{Lu}\p{Ll}+ing\b[^,;]*,\s+$/u.exec(body.slice(sentenceStart, offset).replace(/(?:he|she|He|She)(?:\s+\p{Ll}+)*\s*$/u, ''));
  if (participle) {
    while (index >= 0 && (personMentions[index]?.start ?? 0) >= sentenceStart) index -= 1;
    while (index >= 0 && !eligible(personMentions[index] as PersonMention)) index -= 1;
  }
  while (index >= 0) {
    const sentence = personMentions[index]?.sentence;
    let firstIndex = index;
    for (let i = index - 1; i >= 0 && personMentions[i]?.sentence === sentence; i -= 1) if (eligible(personMentions[i] as PersonMention)) firstIndex = i;
    // "On Venezuela, where both governments back opposition leader Juan Guaido …, Trump again refused …": a name
    // inside a clause the sentence opens with is not its subject; the first name after that clause closes is.
    const opener = personMentions[firstIndex] as PersonMention;
    // "In a letter to Kim released by the White House, Trump wrote …": so is a name in an opening phrase.
    const openingText = body.slice(sentenceStartBefore(body, opener.start), opener.start);
    // "Speaking at a joint press conference with Omamo after the talks, Wang proposed …", "Later, addressing a forum
    // attended by Vice Premier Zhang Gaoli, Duterte went further": nor is one named in an opening participle phrase.
    if (/,\s*(?:where|when|while|which|whose)\b[^,;]*$/.test(openingText) || /^\W*(?:In|On|At|After|Before|During|With|From|Following|Unlike|Like)\s+(?:a|an|the|his|her|their|its)\s[^,;]*$/.test(openingText) || OPENING_PARTICIPLE.test(openingText)) {
      const closed = personMentions.slice(firstIndex + 1, index + 1).findIndex((mention) => eligible(mention) && body.slice(opener.end, mention.start).includes(','));
      if (closed >= 0) firstIndex += closed + 1;
    }
    // "After meeting President Alexander Lukashenko, he offered to help …": the one met in the opening phrase is not
    // "he", whom the sentence before names.
    const met = personMentions[firstIndex] as PersonMention;
    const metText = body.slice(sentenceStartBefore(body, met.start), met.start);
    if (/^\W*(?:After|Before|While|Upon|On|Since)\s+\p{Ll}+ing\b[^,;]*$/u.test(metText) && /^[^,;.]*,\s+(?:he|she)\s+\p{Ll}/u.test(body.slice(met.end, met.end + 200))) {
      let earlier = firstIndex - 1;
      while (earlier >= 0 && !eligible(personMentions[earlier] as PersonMention)) earlier -= 1;
      if (earlier < 0) return null;
      index = earlier;
      continue;
    }
    const first = personMentions[firstIndex] as PersonMention;
    // "Asked about jailed opposition leader Alexei Navalny, Biden said he had told Putin …", "Bukele also offered to
    // take violent criminals …, Rubio said": who spoke in the sentence before is who goes on speaking.
    // "Trudeau, who had a tense relationship with … Donald Trump, said": the subject before the apposition spoke.
    for (let i = firstIndex; i <= index; i += 1) {
      const mention = personMentions[i] as PersonMention;
      const spoke = eligible(mention) ? SPOKE_AFTER.exec(body.slice(mention.end, mention.end + 24)) : null;
      if (!spoke) continue;
      const verbAt = mention.end + spoke.index + spoke[0].length - (spoke[1]?.length ?? 0);
      const apposed = personMentions.slice(firstIndex, i).find((other) => eligible(other) && verbAt - other.end <= APPOSITION_REACH && APPOSITION_GAP.test(body.slice(other.end, verbAt)));
      return personSpeaker(context, (apposed ?? mention).person);
    }
    const opening = body.slice(sentenceStartBefore(body, first.start), first.start);
    // "On Thursday in Shanghai, the Brazilian leader attended the inauguration of … Dilma Rousseff": a sentence whose
    // subject is a title speaks of that title's holder, not of the first name it gives.
    // "Addressing the media with the Chinese leader, Nawaz Sharif called …": a title in an opening participle phrase
    // is beside the subject.
    const titleSubject = OPENING_PARTICIPLE.test(opening.replace(/,\s+$/, '')) ? null : TITLE_SUBJECT.exec(opening);
    const holder = titleSubject?.[1] ? speakerByTitleWord(context, titleSubject[1], first.start) : null;
    if (holder) return holder;
    // "In Paris, he joined French President Emmanuel Macron …": a sentence whose subject is itself "he" passes the
    // reference on to the sentence before it. Not when the name follows the clause the "he" is in: "Asked what he
    // made of the Syrian, Trump was effusive" is about Trump.
    if (!/\b(?:he|she|He|She)\s+\p{Ll}/u.test(opening) || /,\s+$/.test(opening)) return personSpeaker(context, first.person);
    let earlier = firstIndex - 1;
    while (earlier >= 0 && !eligible(personMentions[earlier] as PersonMention)) earlier -= 1;
    if (earlier < 0) return personSpeaker(context, first.person);
    index = earlier;
  }
  return null;
}

const TITLE_OF_COUNTRY = /\b[Tt]he\s+((?:[Pp]rime |[Ff]oreign )?(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+)\s+$/u;

// Not a name or title that ends so: "King Abdullah", "Beijing", "Chongqing".
const OPENING_PARTICIPLE = /^\W*(?:(?:Later|Earlier|Then|Afterwards|Separately),?\s+)?(?!(?:King|Beijing|Nanjing|Chongqing|Kunming|Reading|Sterling)\s)\p{L}\p{Ll}+ing\s[^,;]*$/u;
const SPOKE_AFTER = /^,?\s+(?:also\s+|later\s+|then\s+)?(said|says|told|added|stressed|noted|insisted|argued|recalled)\b/;
// The word before a title that tells its country: "the Brazilian leader", "the US leader", "the U.S. president".
const COUNTRY_QUALIFIER = String.raw`(?:[A-Z][a-z]+|[A-Z]{2,3}|(?:[A-Z]\.){2,})`;
const LEADING_TITLE = /\b(?:president|prime minister|premier|chancellor|leader|king|emir|sultan)\b/i;
// "The Russian minister was met at Entebbe airport … He said …" too.
// "The communist leader, whose brother Fidel Castro led the 1959 revolution, recalled …": with a word that describes
// the holder, and before an aside, too.
const TITLE_SUBJECT = new RegExp(String.raw`\b[Tt]he ((?:${COUNTRY_QUALIFIER} |${HOLDER_DESCRIPTION} )?(?:leader|president|premier|prime minister|chancellor|king|emir|(?:foreign )?minister))(?:,|\s+\p{Ll}+)`, 'u');
// "On the state of the alliance, the US leader was upbeat": past an opening phrase too.
const TITLE_OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.!?]["”]?[ \u00a0]+|\n)(?:The|\p{Lu}[^,.;"“”\n]{0,100},[ \u00a0]+the) ((?:${COUNTRY_QUALIFIER} )?(?:leader|president|premier|prime minister|chancellor|king|emir|(?:foreign )?minister))[ \u00a0]+\p{Ll}+`, 'gu');
const TITLE_SPEAKING = /\b[Tt]he ((?:[A-Z][a-z]+ )?(?:king|queen|emir|sultan|president|premier|chancellor|crown prince))\s+(?:said|says|told|added|stressed|warned|replied)\b/g;

/** Where the sentence holding `offset` starts: after the last full stop, question or exclamation mark, or line break. */
function sentenceStartBefore(body: string, offset: number): number {
  const lineStart = offset > 0 ? body.lastIndexOf('\n', offset - 1) + 1 : 0;
  const from = Math.max(lineStart, offset - 400);
  const stop = lastSentenceStop(body.slice(from, offset));
  return stop < 0 ? from : from + stop + 1;
}

/**
 * Where in `text` the last sentence ends (its full stop, question or exclamation mark), or -1. The dots of "U.S." and
 * "Mr." end no sentence: "The U.S. president insisted …" is one.
 */
function lastSentenceStop(text: string): number {
  return text.replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', '_')).search(/[.!?]["”]?\s+(?=[^.!?]*$)/);
}
const ABBREVIATION = /\b(?:[A-Z]\.){2,}(?=\s+\p{Ll})|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sr|Jr)\./gu;

/** The last person mentioned before `offset`. */
export function lastPersonBefore(context: SpeakerContext, offset: number): Speaker | null {
  for (let i = context.personMentions.length - 1; i >= 0; i -= 1) {
    const mention = context.personMentions[i];
    if (mention && mention.end <= offset) {
      const speaker = personSpeaker(context, mention.person);
      if (speaker) return speaker;
    }
  }
  return null;
}

// "the minister" → the last person holding a minister's title; "the ministry", "the Kremlin" → that body.
function speakerByTitleWord(context: SpeakerContext, words: string, offset: number, notPerson?: number): Speaker | null {
  const last = words.toLowerCase().split(/\s+/).pop() ?? '';
  if (/^(?:ministry|department|office|government|embassy|kremlin|palace|statement|readout)$/.test(last)) {
    // "the Prime Minister's Office said … Netanyahu was accompanied by … Mossad chief Yossi Cohen … The office
    // described the trip as …": the body the word names, else the last government body.
    const governments = context.organizations.filter((match) => match.end <= offset && match.value.kind === 'government');
    const organization = governments.findLast((match) => match.value.name.toLowerCase().split(/\s+/).includes(last)) ?? governments.at(-1);
    return organization ? { name: organization.value.name, type: 'organization', person: null } : null;
  }
  // "the Saudi minister" is a minister of Saudi Arabia, not the last minister named.
  const qualifier = words.split(/\s+/).find((word) => /^\p{Lu}/u.test(word));
  // "the U.N. chief told reporters": whoever holds a role in that body.
  // "the Commission chief said" after "European Commission President Jean-Claude Juncker": the body's last word will do.
  const headed = qualifier && /^(?:chief|head|boss)$/.test(last) ? context.organizations.find((match) => match.surface === qualifier) ?? context.organizations.find((match) => match.end <= offset && match.surface.split(/\s+/).at(-1) === qualifier) : undefined;
  if (headed) {
    const holder = context.roles.filter((role) => role.start < offset && role.organization === headed.value.name && !/^former /i.test(role.title)).pop();
    return holder ? personSpeaker(context, holder.person) : null;
  }
  const country = qualifier ? COUNTRY_FORMS.get(qualifier)?.country.name ?? null : null;
  // "the new prime minister" is the prime minister; "the Deputy Prime Minister" is not.
  const phrase = words.toLowerCase().replace(/^(?!(?:deputy|vice) )(?:\p{L}+ )?(?=prime minister$)/u, '');
  // Of several holders, the one named last: "Modi said the four countries were united … \"Our agenda …,\" the prime
  // minister said" is Modi, though Suga's title was told after his.
  const holding = (fits: (title: string) => boolean) => {
    const fitting = context.roles.filter((role) => role.start < offset && role.person !== notPerson && !/^former /i.test(role.title) && fits(role.title.toLowerCase()));
    // "the Egyptian president told …" after "President Abdel Fattah al-Sisi" and "Turkish President Erdogan": with
    // nobody's title of that country, the holder whose title names no country.
    const ofCountry = country === null ? fitting : fitting.filter((role) => role.country === country);
    const holders = new Set(ofCountry.map((role) => role.person));
    if (holders.size === 0 && country !== null) {
      // "the Chinese president" after "Chinese leader Xi Jinping": whoever leads that country.
      const leading = context.roles.filter((role) => role.start < offset && role.person !== notPerson && role.country === country && LEADING_TITLE.test(role.title));
      if (LEADING_TITLE.test(phrase)) for (const role of leading) holders.add(role.person);
    }
    if (holders.size === 0 && country !== null) {
      // "Volodymyr Zelenskyy said he had spoken with Trump … \"…,\" the Ukrainian president wrote": someone named
      // in the sentences just before with no title at all, else a holder of the title whose role names no country.
      const recent = context.personMentions.filter((mention) => mention.end <= offset && offset - mention.end <= 400 && mention.person !== notPerson);
      // Not a spouse named along: "Erdogan, who was accompanied by his wife Emine" is no Egyptian president.
      const spouse = (mention: PersonMention): boolean => /\b(?:wife|husband|spouse),?\s+$/.test(context.body.slice(Math.max(0, mention.start - 12), mention.start));
      const untitled = recent.filter((mention) => !context.roles.some((role) => role.person === mention.person) && !spouse(mention));
      const pool = untitled.length > 0 ? untitled.map((mention) => mention.person) : fitting.filter((role) => role.country === null && !context.roles.some((other) => other.person === role.person && other.country !== null)).map((role) => role.person);
      for (const person of pool) holders.add(person);
    }
    // `"I extend my sincere gratitude to President el-Sisi …," the president said` after Biden: not one the words name.
    const named = context.personMentions.findLast((mention) => mention.end <= offset && holders.has(mention.person) && !insideQuotation(context.body, mention.start));
    return named ? { person: named.person } : undefined;
  };
  // "the prime minister" is the Prime Minister, not the last foreign minister; "the Ethiopian premier" may be its
  // Prime Minister; "the Brazilian leader" whoever leads Brazil now.
  const holder =
    phrase === 'prime minister' ? holding((title) => title.includes('prime minister') && !/\b(?:deputy|vice)\b/.test(title))
    // "\"We hope for better relations with Russia,\" the vice president said", after President Donald Trump is named.
    : /^(?:deputy|vice)[\s-]president$/.test(phrase) ? holding((title) => /\b(?:deputy|vice)[\s-]president\b/.test(title))
    : /^(?:deputy|vice) prime minister$/.test(phrase) ? holding((title) => /\b(?:deputy|vice)[\s-]prime minister\b/.test(title))
    : last === 'premier' ? holding((title) => title.includes('premier')) ?? holding((title) => title.includes('prime minister'))
    : last === 'leader' ? holding((title) => /\b(?:president|prime minister|premier|chancellor|king|emir|leader)\b/.test(title))
    // "the Head of State said": the president, king, emir or sultan.
    : /\bhead of state$/.test(phrase) ? holding((title) => /^(?:president|king|queen|emir|sultan|monarch)$/.test(title))
    // "\"…,\" the monarch told Abbas": the king, queen, emir or sultan.
    : last === 'monarch' ? holding((title) => /^(?:king|queen|emir|sultan|emperor)$/.test(title))
    : holding((title) => title.split(/[\s-]+/).includes(last));
  return holder ? personSpeaker(context, holder.person) : null;
}

function isSpeakingBody(organization: OrganizationEntry): boolean {
  return organization.kind !== 'media' && organization.kind !== 'agency';
}
