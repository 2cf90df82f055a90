import { distance } from 'fastest-levenshtein';
import { allMatches } from './all-matches.ts';
import type { GazetteerMentions } from './mentions.ts';
import { ALIAS_HONORIFICS, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, SURNAME_MONTHS, SURNAME_TITLES } from './name-words.ts';
import type { Sentence, Token } from './sentences.ts';
import { sentenceAt } from './sentences.ts';
import { COUNTRY_FORMS, SPEECH_VERBS } from './gazetteers/index.ts';

export interface PersonMention {
  /** Index into the persons list. */
  person: number;
  start: number;
  end: number;
  /** The form in the text, honorific included when there is one ("Mr. Lavrov"). */
  surface: string;
  sentence: number;
}

export interface PersonDraft {
  name: string;
  aliases: Set<string>;
  kind: 'subject' | 'author' | 'photographer';
}

export interface FoundPersons {
  persons: PersonDraft[];
  /** Sorted by position. */
  mentions: PersonMention[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

interface Candidate {
  words: Word[];
  start: number;
  end: number;
  /** A title or honorific precedes it, or a speech verb follows: a person even when one word long. */
  strong: boolean;
  honorific: string | null;
  sentence: number;
}

// A name word: "Lavrov", "al-Sudani", "O'Brien", "Jaishankar", an initial "S.", a regnal number "II".
const NAME_WORD = String.raw`(?:(?:al|el|Al|El|bin|ibn|ben)-)?\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}{2,}[\p{L}\p{M}]*)*(?:-\p{L}[\p{L}\p{M}]*)*\.?`;
// A regnal number after a given name: "Benedict XVI", "King Carl XVI Gustaf".
const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const PARTICLE = String.raw`(?:${[...NAME_PARTICLES].join('|')})`;
const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])*${NAME_WORD})*`, 'gu');
const WORD_IN_RUN = new RegExp(String.raw`${PARTICLE}(?=[ \u00a0])|${NAME_WORD}`, 'gu');
const SPEECH_AFTER = new RegExp(String.raw`^(?:[ ,]+(?:also|later|then|had|has|again|earlier|previously))*[ ,]+(?:${SPEECH_VERBS.join('|')})\b`);

/**
 * People named in the body: runs of capitalised words that are not countries, places, organizations or titles.
 * "Secretary of State Antony Blinken" → Antony Blinken; a later "Blinken" or "Mr. Blinken" is the same person.
 * Authors and photographers are persons too, of their own kind.
 */
/** `reportAt`: where the report opens, after its headline and byline. */
export function findPersons(body: string, sentences: readonly Sentence[], gazetteer: GazetteerMentions, authors: readonly string[], photographers: readonly string[], reportAt = 0): FoundPersons {
  // Which characters a gazetteer match covers, so a word's overlap with one is a look at its own characters
  // rather than a scan of every match (a long article has thousands of each).
  const covered = new Uint8Array(body.length + 1);
  for (const match of [...gazetteer.countries, ...gazetteer.places, ...gazetteer.organizations, ...gazetteer.titles]) covered.fill(1, match.start, match.end);
  const isCovered = (start: number, end: number): boolean => {
    for (let i = start; i < end; i += 1) if (covered[i] === 1) return true;
    return false;
  };
  // The POS of each word that opens a sentence or a quotation: elsewhere a capital marks a name anyway.
  const openingPos = new Map<number, string>();
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (i === 0 || isQuoteMark(tokens[i - 1]?.text)) openingPos.set(token.start, token.pos);
      // Should two tokens share an offset, the later one decides.
      else openingPos.delete(token.start);
    }
  }
  const titleEnds = new Set(gazetteer.titles.map((title) => title.end));
  // "Therese Kayikwamba Wagner": a one-word name of a body ("Wagner") that ends a name of two words is its surname.
  const oneWordBodies = new Set(gazetteer.organizations.filter((match) => !/\s/.test(match.surface)).map((match) => match.start));
  const endsName = (word: Word, current: readonly Word[]): boolean =>
    current.length >= 2 && oneWordBodies.has(word.start) && body.slice(current[current.length - 1]?.end ?? 0, word.start) === ' ' && !/^\s\p{Lu}/u.test(body.slice(word.end, word.end + 2));

  const candidates: Candidate[] = [];
  // Words opening a sentence that the tagger took for common nouns: "Moon told the meeting" after "President Moon
  // Jae-in". Each is a mention after all when a name of two or more words found elsewhere holds it.
  const openers: Word[] = [];
  for (const run of allMatches(NAME_RUN, body)) {
    const words = allMatches(WORD_IN_RUN, run[0]).map((word) => ({ text: trimDot(word[0]), start: run.index + word.index, end: run.index + word.index + trimDot(word[0]).length }));
    let current: Word[] = [];
    let honorific: string | null = null;
    const flush = (): void => {
      while (current.length > 0 && NAME_PARTICLES.has(current[current.length - 1]?.text ?? '')) current.pop();
      // "addressed the Indian diaspora at La Seine Musicale": a name with an article after "at" is a place's.
      const placeName = current.length > 1 && /^(?:La|Le|Les|Los|Las|Il)$/.test(current[0]?.text ?? '') && /\b(?:at|in|near|outside|inside|from)\s+$/.test(body.slice(Math.max(0, (current[0]?.start ?? 0) - 8), current[0]?.start ?? 0));
      // "cleared the purchase of 26 Rafale Marine jets": a make of weapon or craft, not a person. "the three Nile Basin
      // countries": a region.
      const make = current.length > 0 && /^\s+(?:jets?|aircraft|fighters?|fighter jets|warplanes?|helicopters?|missiles?|submarines?|tanks|warships?|frigates?|drones|rockets?|countries|nations|states)\b/.test(body.slice(current[current.length - 1]?.end ?? 0, (current[current.length - 1]?.end ?? 0) + 16));
      if (placeName || make) current = [];
      // No particle opens a name ("Von der Leyen said" is Leyen's), save the given names "Abu Mahdi al-Muhandis",
      // "Ben Wallace".
      // Nor does a capitalised one right after a title, where it is a surname: "special envoy Du Qiliang".
      while (current.length > 0 && NAME_PARTICLES.has(current[0]?.text.toLowerCase() ?? '') && !GIVEN_NAME_PARTICLES.has(current[0]?.text ?? '') && !(current.length === 2 && /^\p{Lu}/u.test(current[0]?.text ?? '') && titleJustBefore(body, titleEnds, current[0]?.start ?? 0))) current.shift();
      // "for the so-called Three Amigos summit": a nickname, not a person.
      const nickname = current.length > 0 && /\bso-called\s+["“]?$/i.test(body.slice(Math.max(0, (current[0]?.start ?? 0) - 12), current[0]?.start ?? 0));
      // "The aircraft carrier USS Gerald R. Ford": a ship named after a person.
      const ship = current.length > 0 && (/^(?:USS|HMS|INS|HMAS|HMCS)$/.test(current[0]?.text ?? '') || /\b(?:USS|HMS|INS|HMAS|HMCS)\s+$/.test(body.slice(Math.max(0, (current[0]?.start ?? 0) - 6), current[0]?.start ?? 0)));
      if (ship) current = [];
      // "since St Patrick's Day": a feast, not a person.
      const feast = current.length > 0 && /^['’]s\s+(?:Day|Eve)\b/.test(body.slice(current[current.length - 1]?.end ?? 0, (current[current.length - 1]?.end ?? 0) + 8));
      // "deporting New Zealanders with criminal records": a people, not a person.
      const people = current.length > 0 && COUNTRY_FORMS.get(body.slice(current[0]?.start ?? 0, current[current.length - 1]?.end ?? 0).replace(/s$/, ''))?.form === 'demonym';
      if (current.length > 0 && !nickname && !people && !feast && !current.some(isCompoundOfPlaces) && !(honorific === null && (isPortfolio(body, current) || isTopicOfDocument(body, current) || headsAName(body, current)))) candidates.push(makeCandidate(current, honorific, body, titleEnds, sentences));
      current = [];
      honorific = null;
    };
    let styledUntil = -1;
    for (const word of words) {
      if (word.start < styledUntil) continue;
      // "attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan": His Highness, His Excellency, written short.
      // A run of names may begin inside it: "H." right after "H." is no word of its own.
      const styleStart = word.start >= 2 && body.slice(word.start - 2, word.start) === 'H.' ? word.start - 2 : word.start;
      const style = /^H\.?$/.test(word.text) ? STYLE_ABBREVIATION.exec(body.slice(styleStart, styleStart + 8)) : null;
      if (style) {
        flush();
        honorific = style[0];
        styledUntil = styleStart + style[0].length;
        continue;
      }
      const raw = body.slice(word.start, word.end + 1);
      const openingTag = openingPos.get(word.start);
      // "Hassan Sheikh Mohamud": a word that is an honorific before a name is part of the name inside one.
      // "Sultan Ibrahim ibni Sultan Iskandar": a style after "son of" is the father's, inside the name.
      const afterLineage = current.length > 0 && /^(?:bin|ibni|binti|bint)$/.test(current[current.length - 1]?.text ?? '');
      const insideName = current.length > 0 && (/^(?:Sheikh|Sheikha|Seri|Tan|Tun|Sri)$/.test(word.text) || (afterLineage && /^(?:Sultan|Sheikh|Sheikha|Tunku|Raja)$/.test(word.text))) && body.slice(current[current.length - 1]?.end ?? word.start, word.start) === ' ' && /^\s\p{Lu}/u.test(body.slice(word.end, word.end + 2));
      // "Sheikh Mujibur Rahman", "Sheikh Sharif Sheikh Ahmed": "Sheikh" opens a name of two or more words that has none
      // of the Gulf's lineage words; "Sheikh Tamim bin Hamad Al Thani" is styled so.
      const sheikhOfName = current.length === 0 && /^Sheikha?$/.test(word.text) && opensGivenName(run[0].slice(word.end - run.index).trim());
      // "Foreign Minister Julie Bishop and …", "Erik Prince said": a style that ends a name after a given name is its
      // surname.
      // So is one after a courtesy title: "Ms Bishop said".
      const afterCourtesy = current.length === 0 && honorific !== null && /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(honorific);
      const surnameStyle = (current.length > 0 || afterCourtesy) && /^(?:Bishop|Prince)$/.test(word.text) && (afterCourtesy || body.slice(current[current.length - 1]?.end ?? word.start, word.start) === ' ') && !/^\s+\p{Lu}/u.test(body.slice(word.end, word.end + 2));
      const isHonorific = !insideName && !sheikhOfName && !surnameStyle && (HONORIFICS.has(word.text) || HONORIFICS.has(raw.trimEnd()));
      if (isHonorific) {
        flush();
        honorific = raw.endsWith('.') ? `${word.text}.` : word.text;
        continue;
      }
      const blocked =
        !insideName &&
        !sheikhOfName &&
        !surnameLikePronoun(word, current, openingTag, body, titleEnds) &&
        !givenNameOfFaith(word, current, honorific, body, titleEnds) &&
        ((isCovered(word.start, word.end) && !endsName(word, current)) ||
          (NOT_NAME_WORDS.has(word.text) && !NAME_PARTICLES.has(word.text) && !(current.length > 0 && SURNAME_TITLES.has(word.text) && !isCovered(word.start, word.end)) && !monthAsSurname(word, current, body)) ||
          (/^\p{Lu}{2,}$/u.test(word.text) && !/^(?:II|III|IV|VI)$/.test(word.text) && !(current.length > 0 && REGNAL_NUMBER.test(word.text)) && !initialsBeforeName(word, words)) ||
          (openingTag !== undefined && openingTag !== 'PROPN' && current.length === 0 && !opensListOfNames(word, body)));
      if (blocked) {
        // "Biden's Inflation Reduction Act", "NASA's Goddard Space Flight Center": the words before are the name of a
        // law or a building, not of a person.
        if (THING_HEADS.has(word.text) && current.length > 0 && body.slice(current[current.length - 1]?.end ?? 0, word.start) === ' ') current = [];
        flush();
        if (openingTag !== undefined && openingTag !== 'PROPN' && !NOT_NAME_WORDS.has(word.text) && !isCovered(word.start, word.end) && /^\s+\p{Ll}/u.test(body.slice(word.end, word.end + 2))) openers.push(word);
        if (monthAlone(word, body)) openers.push(word);
        continue;
      }
      current.push(word);
      // "… Volodymyr Zelensky. Zelensky said": a full stop after a name (not an initial) ends it.
      // "Chinese Foreign Minister Wang Yi. Swaraj was …": two letters are a name too; one is an initial.
      if (body[word.end] === '.' && word.text.length > 1 && !/^(?:St|Mt|Ft)$/.test(word.text)) flush();
    }
    flush();
  }
  if (openers.length > 0) {
    const nameWords = new Set(candidates.filter((candidate) => candidate.words.length >= 2).flatMap((candidate) => candidate.words.map((word) => word.text)));
    for (const word of openers) if (nameWords.has(word.text)) candidates.push(makeCandidate([word], null, body, titleEnds, sentences));
    candidates.sort((a, b) => a.start - b.start);
  }
  return buildPersons(candidates, body, sentences, authors, photographers, reportAt);
}

// Words that end the name of a thing named after people or words: "… Reduction Act", "… Space Flight Center".
const THING_HEADS = new Set(['Act', 'Center', 'Centre', 'Square', 'Street', 'Hotel', 'Airport', 'University', 'Institute', 'Prize', 'Medal', 'Museum', 'Stadium', 'Bridge', 'Avenue', 'Doctrine']);
const GIVEN_NAME_PARTICLES = new Set(['Abu', 'Ben']);
const STYLE_ABBREVIATION = /^(?:H\.R\.H\.|H\.[HEM]\.)(?=\s)/;

/** "the annual Australia-New Zealand Leaders' Meeting", "a New Zealand-born lawyer": a word made of places, no name. */
function isCompoundOfPlaces(word: Word): boolean {
  if (!word.text.includes('-')) return false;
  return /-(?:born|based|led|backed|made|bound)$/.test(word.text) || word.text.split('-').some((part) => COUNTRY_FORMS.get(part)?.form === 'name');
}

/**
 * "Vice Premier He Lifeng", "Vietnamese President To Lam", "Vice Premier Liu He,", "Wang Yi and He Lifeng": Chinese
 * and Vietnamese names with a word that elsewhere is "He" or "To". Only where that word cannot be the pronoun or the
 * preposition: not opening a sentence or a quotation, and right after a title, inside a name, or in a list of names.
 */
function surnameLikePronoun(word: Word, current: readonly Word[], openingTag: string | undefined, body: string, titleEnds: ReadonlySet<number>): boolean {
  if ((word.text !== 'He' && word.text !== 'To') || openingTag !== undefined) return false;
  const nameFollows = /^\s\p{Lu}\p{Ll}+/u.test(body.slice(word.end, word.end + 3));
  if (nameFollows && titleJustBefore(body, titleEnds, word.start)) return true;
  // "General Secretary of the Communist Party of Vietnam Central Committee To Lam held talks": inside a sentence the
  // preposition is lower case, so a capital "To" between a capitalised word and a one-word name is the name.
  // So does "Vietnamese Communist Party chief To Lam then hosted …", after a title in lower case.
  if (word.text === 'To') return /(?:\p{Lu}[\p{L}.]*|\b(?:chief|leader|secretary|president|premier|chairman|head))\s$/u.test(body.slice(Math.max(0, word.start - 20), word.start)) && /^\s\p{Lu}\p{Ll}+(?:[,.;:)]|\s+\p{Ll}|['’]s\b)/u.test(body.slice(word.end, word.end + 24));
  if (word.text !== 'He') return false;
  const last = current[current.length - 1];
  if (current.length === 1 && last && body.slice(last.end, word.start) === ' ' && /^(?:[,;:)]|\s+\p{Ll})/u.test(body.slice(word.end, word.end + 3))) return true;
  return current.length === 0 && nameFollows && /(?:,|\band)\s$/.test(body.slice(Math.max(0, word.start - 5), word.start));
}

/** A title ending one or two characters before `start`, with only spaces between: "Vice Premier He Lifeng". */
function titleJustBefore(body: string, titleEnds: ReadonlySet<number>, start: number): boolean {
  return [start - 1, start - 2].some((end) => titleEnds.has(end) && /^\s*$/.test(body.slice(end, start)));
}

/**
 * "President Islam Karimov", "Burkinabe President Roch Marc Christian Kabore": a faith's word that is also a given
 * name, inside a name or right after a title or honorific, with a surname after it. Elsewhere it stays the faith
 * ("Christian Democrats", "Islam Day").
 */
function givenNameOfFaith(word: Word, current: readonly Word[], honorific: string | null, body: string, titleEnds: ReadonlySet<number>): boolean {
  if (!GIVEN_NAMES_OF_FAITH.has(word.text)) return false;
  const surname = /^\s(\p{Lu}[\p{Ll}'’-]+)/u.exec(body.slice(word.end, word.end + 30))?.[1];
  if (!surname || NOT_NAME_WORDS.has(surname)) return false;
  // "after the death of Islam Karimov …. Karimov ruled for 27 years": a surname the report uses again alone.
  const surnameAgain = body.indexOf(surname, word.end + surname.length + 2) >= 0 || body.lastIndexOf(surname, Math.max(0, word.start - 2)) >= 0;
  return current.length > 0 || honorific !== null || titleJustBefore(body, titleEnds, word.start) || surnameAgain;
}

const GIVEN_NAMES_OF_FAITH = new Set(['Islam', 'Christian']);

/** What follows "Sheikh": a name of two or more words with none of the Gulf's lineage words ("Mujibur Rahman"). */
function opensGivenName(rest: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(rest) && !/\b(?:bin|bint|ibn|Al|al|Al-\p{L}+|al-\p{L}+)\b/u.test(rest);
}

// "the Nobel Peace Prize", "Starwood Hotels and Resorts", "the Mid-Year Coordination Meeting": capitalised words
// that go on into the name of a prize, a firm or an event are part of that name, not a person's.
// "the 1974 Land Boundary Agreement", "a 21st-century Maritime Silk Road" too.
// So are the saints of "the gilded St. Andrew's Hall", "St. Peter's Square".
const NAME_OF_THING = /^(?: (?:Prize|Award|Hotels?|Resorts?|Meeting|Consortium|Initiative|Programme|Program|Campaign|Festival|Games|Cup|Fund|Foundation|Agreement|Treaty|Accords?|Pact|Convention|Protocol|Charter|Declaration|Road)|['’]s (?:Hall|Cathedral|Church|Basilica|Square|Abbey|Chapel))\b/;

function headsAName(body: string, words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && NAME_OF_THING.test(body.slice(last.end, last.end + 16));
}

// "Public Safety Minister Dominic LeBlanc": the words before a minister's title and name are the ministry's.
function isPortfolio(body: string, words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && /^\s+Minister\s+\p{Lu}/u.test(body.slice(last.end, last.end + 12));
}

/** "signed the Document on Human Fraternity", "the Declaration on Common Principles": what a document is about. */
function isTopicOfDocument(body: string, words: readonly Word[]): boolean {
  const first = words[0];
  return first !== undefined && /\b(?:Document|Declaration|Charter|Treaty|Agreement|Convention|Statement|Memorandum|Protocol|Programme|Program|Plan|Strategy|Initiative|Summit|Conference|Forum|Dialogue) (?:on|of|for)\s+$/.test(body.slice(Math.max(0, first.start - 16), first.start));
}

function makeCandidate(words: Word[], honorific: string | null, body: string, titleEnds: ReadonlySet<number>, sentences: readonly Sentence[]): Candidate {
  const start = words[0]?.start ?? 0;
  const end = words[words.length - 1]?.end ?? start;
  const before = body.slice(Math.max(0, start - 40), start);
  // A title ending at most two characters before the name, with only spaces between.
  const titleBefore = titleEnds.has(start) || titleJustBefore(body, titleEnds, start);
  const speechAfter = SPEECH_AFTER.test(body.slice(end, end + 40).replace(/^['’]s\b/, 'x'));
  const afterThe = /\b[Tt]he\s+$/.test(before);
  // "arrived with his wife Emine", "accompanied by his wife, Yuko": a spouse named by a given name alone.
  const spouseBefore = /\b(?:his|her) (?:wife|husband|spouse),?\s+$/.test(before);
  return { words, start, end, honorific, strong: (titleBefore || honorific !== null || speechAfter || spouseBefore) && !afterThe, sentence: sentenceAt(sentences, start) };
}

const ROYAL_TITLE_BEFORE = /\b(?:King|Queen|Emperor|Empress|Sultan|Emir|Pope)\s+$/;
const NON_PERSON_PREVIOUS = /\b(?:the|a|an|of|in|at|from)\s+$/i;

function buildPersons(candidates: readonly Candidate[], body: string, sentences: readonly Sentence[], authors: readonly string[], photographers: readonly string[], reportAt: number): FoundPersons {
  const persons: PersonDraft[] = [];
  const byName = (name: string): number => persons.findIndex((person) => person.name === name);

  // Full names first: two or more words ("Sergey Lavrov"), or one word with a title/honorific/speech verb.
  const isFullName = (candidate: Candidate): boolean => {
    // "the Mau Mau uprising": one word said twice names a movement or a place, not a person.
    if (candidate.words.length === 2 && candidate.words[0]?.text === candidate.words[1]?.text) return false;
    if (candidate.words.length >= 2) return candidate.strong || !NON_PERSON_PREVIOUS.test(body.slice(Math.max(0, candidate.start - 6), candidate.start));
    return false;
  };
  // Persons first named after a monarch's title: "King Abdullah" is no later form of "Sheikh Abdullah bin Zayed".
  const royal = new Set<number>();
  const royalBefore = (candidate: Candidate): boolean => ROYAL_TITLE_BEFORE.test(body.slice(Math.max(0, candidate.start - 12), candidate.start));
  for (const candidate of candidates) {
    if (!isFullName(candidate)) continue;
    const name = candidate.words.map((word) => word.text).join(' ');
    if (findContaining(persons, name) >= 0) continue;
    const contained = persons.findIndex((person) => containsWords(name, person.name) || sameNameSpelledApart(name, person.name));
    if (contained >= 0) {
      const person = persons[contained];
      if (person && name.length > person.name.length && !sameNameSpelledApart(name, person.name)) {
        person.aliases.add(person.name);
        person.name = name;
      } else person?.aliases.add(name);
      continue;
    }
    if (royalBefore(candidate)) royal.add(persons.length);
    persons.push({ name, aliases: new Set(), kind: 'subject' });
  }
  // Where the report itself first names each person in full, past its headline.
  const namedInReport = new Map<number, number>();
  for (const candidate of candidates) {
    if (candidate.start < reportAt || !isFullName(candidate)) continue;
    const index = findContaining(persons, candidate.words.map((word) => word.text).join(' '));
    if (index >= 0 && !namedInReport.has(index)) namedInReport.set(index, candidate.start);
  }
  // "Hollande meets Fidel Castro" over "… talks with President Raúl Castro and … his elder brother Fidel. … welcomed by
  // Castro": a surname two people share is the one the report names first, not the one its headline names.
  const firstInReport = (index: number, surface: string): number => {
    const sharing = persons.map((person, found) => ({ person, found })).filter(({ person }) => person.kind === 'subject' && wordsOf(person.name).length > 1 && wordsOf(person.name).at(-1) === surface);
    if (sharing.length < 2) return index;
    const told = sharing.filter(({ found }) => namedInReport.has(found)).sort((a, b) => (namedInReport.get(a.found) ?? 0) - (namedInReport.get(b.found) ?? 0))[0];
    return told?.found ?? index;
  };

  // "President Joko Widodo (Jokowi)": the name in brackets right after a full name is what the report calls him next.
  for (const bracket of body.matchAll(/\s\((\p{Lu}\p{Ll}+)\)/gu)) {
    const before = body.slice(Math.max(0, bracket.index - 80), bracket.index);
    const person = persons.find((found) => before.endsWith(found.name));
    if (person && bracket[1] && !NOT_NAME_WORDS.has(bracket[1])) person.aliases.add(bracket[1]);
  }

  // "Rodrigo Londoño, better known as Timochenko", "Pereira, known as Agio": the name a person goes by.
  for (const known of body.matchAll(/,\s+(?:(?:better|widely|popularly|also)\s+)?known\s+as\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/gu)) {
    const before = body.slice(Math.max(0, known.index - 80), known.index);
    // The surname may open its paragraph: "\n\nPereira, known as Agio, called it …".
    const endsWithSurname = (found: PersonDraft): boolean => {
      const surname = wordsOf(found.name).at(-1) ?? found.name;
      return before.endsWith(surname) && /(?:^|\s)$/.test(before.slice(0, before.length - surname.length));
    };
    const person = persons.find((found) => before.endsWith(found.name) || endsWithSurname(found));
    if (person && known[1] && !NOT_NAME_WORDS.has(known[1]) && byName(known[1]) < 0) person.aliases.add(known[1]);
  }

  const mentions: PersonMention[] = [];
  for (const candidate of candidates) {
    const surface = candidate.words.map((word) => word.text).join(' ');
    // "an agreement on the S-400 air defence system" after "S Jaishankar": a letter alone is an initial, no mention.
    if (/^\p{Lu}$/u.test(surface)) continue;
    let index = findContaining(persons, surface);
    if (index >= 0 && candidate.words.length === 1 && candidate.start >= reportAt && persons[index]?.name !== surface) index = firstInReport(index, surface);
    if (index >= 0 && candidate.words.length === 1 && royalBefore(candidate) && !royal.has(index) && persons[index]?.name !== surface) {
      // "King Salman" after "Saudi Arabia's King Salman bin Abdulaziz Al Saud": the monarch whose name it opens, not
      // "Crown Prince Mohammed bin Salman".
      index = persons.findIndex((person, found) => royal.has(found) && (person.name === surface || wordsOf(person.name)[0] === surface));
      if (index < 0) {
        index = persons.length;
        royal.add(index);
        persons.push({ name: surface, aliases: new Set(), kind: 'subject' });
      }
    }
    if (index < 0) index = persons.findIndex((person) => sameNameSpelledApart(surface, person.name));
    // "talks at Seri Perdana" (the prime minister's residence): an honorific word after "at" names a place.
    const placeNamed = candidate.honorific !== null && /\b(?:at|in|to|from)\s+\S+\s+$/.test(body.slice(Math.max(0, candidate.start - 24), candidate.start));
    if (index < 0 && candidate.words.length === 1 && candidate.strong && !placeNamed) {
      index = persons.length;
      // "Sheikh Hasina": "Sheikh" before a single name nobody else in the article bears is part of that name.
      const sheikh = candidate.honorific === 'Sheikh' || candidate.honorific === 'Sheikha';
      persons.push({ name: sheikh ? `${candidate.honorific} ${surface}` : surface, aliases: new Set(), kind: 'subject' });
    }
    if (index < 0) continue;
    const person = persons[index];
    const spoken = candidate.honorific && ALIAS_HONORIFICS.has(candidate.honorific) ? `${candidate.honorific} ${surface}` : surface;
    const start = candidate.honorific && ALIAS_HONORIFICS.has(candidate.honorific) ? body.lastIndexOf(candidate.honorific, candidate.start) : candidate.start;
    if (person && spoken !== person.name) person.aliases.add(spoken);
    mentions.push({ person: index, start, end: candidate.end, surface: spoken, sentence: candidate.sentence });
  }

  for (const [names, kind] of [[authors, 'author'], [photographers, 'photographer']] as const) {
    // The credit in a caption kept in the body ("Photo by Martial Trezzini/EPA") names the photographer, not a subject.
    for (const name of names) {
      const found = byName(name);
      if (found < 0) persons.push({ name, aliases: new Set(), kind });
      else (persons[found] as PersonDraft).kind = kind;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  void sentences;
  return { persons, mentions };
}

/** The person whose full name holds every word of `surface` ("Blinken" in "Antony Blinken"), preferring a surname match. */
function findContaining(persons: readonly PersonDraft[], surface: string): number {
  // "Obama and Salman last met" after "King Salman" and "Mohammed bin Salman": one named so exactly, before any whose
  // longer name holds the word.
  const exact = persons.findIndex((person) => person.kind === 'subject' && (person.name === surface || person.aliases.has(surface)));
  if (exact >= 0) return exact;
  let best = -1;
  // "Kim" after "Kim Jong-un" and then "Tony Kim": a Korean name gives its family name first, and the one named
  // first is the one the report goes on about.
  let familyFirst = -1;
  for (let i = 0; i < persons.length; i += 1) {
    const person = persons[i];
    if (!person || person.kind !== 'subject') continue;
    if (containsWords(person.name, surface)) {
      const nameWords = wordsOf(person.name);
      const last = nameWords[nameWords.length - 1] ?? '';
      const surfaceLast = wordsOf(surface).at(-1);
      if (familyFirst < 0 && nameWords.length === 2 && nameWords[0] === surface && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nameWords[1] ?? '')) familyFirst = i;
      if (last === surfaceLast || withoutJoinedParticle(last) === withoutJoinedParticle(surfaceLast ?? '')) return familyFirst >= 0 ? familyFirst : i;
      if (best < 0) best = i;
    }
  }
  return best;
}

// Every candidate is compared with every person found so far, so the same names are split again and again; a long
// article has thousands of candidates. Bounded so a long stream does not grow it without end.
const nameWordsCache = new Map<string, readonly string[]>();

function wordsOf(name: string): readonly string[] {
  const cached = nameWordsCache.get(name);
  if (cached) return cached;
  if (nameWordsCache.size >= 10_000) nameWordsCache.clear();
  const words = name.split(' ');
  nameWordsCache.set(name, words);
  return words;
}

// "Bashar al-Assad" is "Assad" later on, "Mohammed Shia al-Sudani" is "Sudani": a particle joined by a hyphen or an
// apostrophe to the surname.
const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|ud|ul|d|l)[-‘’'](?=\p{Lu})/iu;

function withoutJoinedParticle(word: string): string {
  return word.replace(JOINED_PARTICLE, '');
}

// "Lopez Obrador" in a headline is "Andrés Manuel López Obrador": a word written with or without its accents.
function containsWords(name: string, part: string): boolean {
  const nameWords = wordsOf(name).flatMap((word) => (JOINED_PARTICLE.test(word) ? [word, withoutJoinedParticle(word)] : [word])).map(withoutAccents);
  const partWords = wordsOf(part).filter((word) => !NAME_PARTICLES.has(word)).map(withoutAccents);
  // "Al-Tayeb, who opened the session": a particle capitalised to open a sentence.
  return name === part || (partWords.length > 0 && partWords.every((word) => nameWords.includes(word) || (JOINED_PARTICLE.test(word) && nameWords.includes(withoutJoinedParticle(word)))));
}

function withoutAccents(word: string): string {
  return /[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

// "Sergei Lavrov" and "Sergey Lavrov": same surname, first names a letter or two apart.
function sameNameSpelledApart(a: string, b: string): boolean {
  // "Kim Jong-un" and "Kim Jong Un": one name, hyphenated or not.
  const squashed = (name: string): string => name.toLowerCase().replace(/[\s-‐]+/g, '');
  if (a !== b && a.includes(' ') && b.includes(' ') && squashed(a) === squashed(b)) return true;
  const aWords = wordsOf(a);
  const bWords = wordsOf(b);
  if (aWords.length !== bWords.length || aWords.length < 2 || a === b) return false;
  return aWords.every((word, i) => {
    const other = bWords[i] ?? '';
    return word === other || (word.length > 3 && distance(word, other) <= 1);
  }) && aWords[aWords.length - 1] === bWords[bWords.length - 1];
}

// "JD Vance": two capitals written as initials before a surname.
function initialsBeforeName(word: Word, words: readonly Word[]): boolean {
  const next = words[words.indexOf(word) + 1];
  return word.text.length === 2 && next !== undefined && next.start === word.end + 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(next.text);
}

function trimDot(word: string): string {
  // Keep the dot of an initial ("S.") and of honorifics ("Mr."); drop a sentence's full stop ("Lavrov.").
  return word.length > 2 && word.endsWith('.') ? word.slice(0, -1) : word;
}

function isQuoteMark(text: string | undefined): boolean {
  return text === '"' || text === '“' || text === '‘' || text === "'" || text === '(' || text === '--' || text === '—';
}

/** "Theresa May": a month right after a given name, with no day after it, ends the name. */
function monthAsSurname(word: Word, current: readonly Word[], body: string): boolean {
  const previous = current[current.length - 1];
  return previous !== undefined && SURNAME_MONTHS.has(word.text) && body.slice(previous.end, word.start) === ' ' && !/^,?\s*\d/.test(body.slice(word.end, word.end + 4));
}

/**
 * "May had travelled to Brussels", "May flew to the French city", "May, at a news conference", "May's allies": a month on its own that no day, year
 * or preposition of time goes with, taken as a name when someone of that surname is named in full.
 */
function monthAlone(word: Word, body: string): boolean {
  return SURNAME_MONTHS.has(word.text) && !/^,?\s*\d/.test(body.slice(word.end, word.end + 4)) && /^(?:['’]s\b|,|\s+(?:had|has|was|is|said|says|told|will|would|and|also|met|urged|added|flew|went|came|spoke|wrote|made|took|gave|won|left|held|sought|insisted|\p{Ll}{3,}ed)\b)/u.test(body.slice(word.end, word.end + 14)) &&
    !/\b(?:in|on|of|since|until|by|from|through|last|next|early|late|mid|before|after|this|that)[\s-]+$/i.test(body.slice(Math.max(0, word.start - 12), word.start));
}

/**
 * "Cai Qi and Wang Yi attended the meeting", "Cai Qi, Wang Yi and other officials": a word opening a sentence that
 * the tagger took for a common noun opens a name when a second capitalised word and then another name follow.
 */
function opensListOfNames(word: Word, body: string): boolean {
  return /^ \p{Lu}[\p{Ll}'’-]+(?:,| and) \p{Lu}\p{Ll}/u.test(body.slice(word.end, word.end + 40));
}
