import { isSubject, type MeetingDraft, type MeetingInputs } from './meeting-draft.ts';
import type { Sentence } from './sentences.ts';

// "President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister Rishi Sunak": only
// titles, demonyms and "and" stand between the names of a list.
const BETWEEN_NAMES = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,6}$/u;
const BEFORE_FIRST_NAME = /^\s*(?:(?:the\s+|The\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,6}$/u;
// Acts that need the parties in one place: "… and Rishi Sunak unveiled a plan on Monday", "… jointly signed".
const JOINT_ACT = /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+day\s+)?(?:(?:jointly|also|together)\s+)?(?:signed|unveiled|inaugurated|launched|issued a joint|posed for|laid a wreath|laid wreaths|toured|witnessed the signing|shook hands|embraced)\b/u;
// "Macron and Scholz on Sunday vowed to push Europe forward together as they marked 60 years of the Elysee Treaty":
// whatever they said, they said it at a ceremony they held together.
const AT_A_CEREMONY = /\b(?:as|when|while) they (?:marked|celebrated|commemorated|attended|opened|toured|visited)\b/;

/**
 * "SAN DIEGO (AP) — President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister Rishi
 * Sunak unveiled a plan on Monday for Australia to acquire nuclear-powered attack submarines": leaders of two or
 * more countries named together as the subject of an act done in one place, on a day the sentence gives, were together
 * that day, though no word of meeting says so.
 */
export function jointAppearance(inputs: MeetingInputs, sentence: Sentence): MeetingDraft | null {
  const from = Math.max(sentence.start, inputs.datelineEnd !== undefined && inputs.datelineEnd < sentence.end ? inputs.datelineEnd : sentence.start);
  const named = inputs.personMentions.filter((mention) => mention.sentence === sentence.index && mention.start >= from && isSubject(inputs, mention.person));
  const first = named[0];
  if (!first || !BEFORE_FIRST_NAME.test(inputs.body.slice(from, first.start))) return null;
  const list = [first];
  for (const mention of named.slice(1)) {
    const last = list[list.length - 1];
    if (!last || !BETWEEN_NAMES.test(inputs.body.slice(last.end, mention.start))) break;
    list.push(mention);
  }
  const end = list[list.length - 1]?.end ?? first.end;
  const after = inputs.body.slice(end, sentence.end);
  if (!JOINT_ACT.test(after) && !AT_A_CEREMONY.test(after)) return null;
  const participants = [...new Set(list.map((mention) => mention.person))];
  const countries: string[] = [];
  for (const person of participants) {
    const roles = inputs.roles.filter((role) => role.person === person);
    if (roles.length === 0) return null;
    const country = roles.find((role) => role.country !== null)?.country;
    if (country && !countries.includes(country)) countries.push(country);
  }
  // "President Joe Biden" in an American report: a title may go without its country.
  if (participants.length < 2 || countries.length < 2) return null;
  const date = (inputs.datesBySentence.get(sentence.index) ?? []).find((mention) => mention.start >= from)?.date;
  if (date === undefined) return null;
  return {
    kind: participants.length >= 3 ? 'summit' : 'meeting', date, status: 'held', plover: 'CONSULT', cameo: '040',
    participants, countries, location: null, locationCountry: null, city: null, locationKind: null, unlistedPlace: null, namedInFull: true,
    sentences: [sentence.index], spans: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
  };
}
