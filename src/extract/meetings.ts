import type { MeetingKind } from '../domain/extraction.ts';
import { allMatches } from './all-matches.ts';
import { bystander } from './bystanders.ts';
import { openingFirst } from './caseless.ts';
import { jointAppearance } from './joint-appearance.ts';
import type { DateMention } from './dates.ts';
import { CAPITAL_OF, CAPITALS, PLACE_FORMS } from './gazetteers/index.ts';
import type { PlaceEntry } from './gazetteers/index.ts';
import { fitsGender, gendersOf, type Gender } from './gender.ts';
import { AIRPORT, isSubject, PLANNED, samePlace, setPlace, unique, type MeetingDraft, type MeetingInputs } from './meeting-draft.ts';
import { HOLDER_DESCRIPTION } from './name-words.ts';
import { gatherDelegates, gatherSummitRoster, joinTravelToMeeting, placeAtMainEncounter, venueFromAnotherSentence } from './meeting-story.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import type { PersonMention } from './persons.ts';
import { insideQuotation } from './quote-marks.ts';
import type { Sentence } from './sentences.ts';
import { BUILDING_KIND } from './unlisted-places.ts';

export type { MeetingDraft, MeetingInputs } from './meeting-draft.ts';

interface Trigger {
  kind: MeetingKind;
  pattern: RegExp;
}

const JOURNEY = /^(?:(?:travel(?:s|ed|led|ling|ing)?|flew|flown|flies|heads?|headed|return(?:s|ed|ing)?) (?:on )?to|(?:going|goes|went|moving|moves|moved) on to|(?:left|leaves|leaving|departed|departs) for)$/i;
const SAID_ON = /\b(?:said|says|told (?:\w+ )?\w+|announced|added|wrote)\s+(?:on\s+)?$/i;
const BROUGHT_TOGETHER = /\b(?:brought together|brings together|bringing together|gathered|assembled|(?:was|were) attended by)\b/i;
const HOSTED_BY = /\b(?:hosted|chaired|mediated|brokered) by\b/i;
// "Lacalle Pou, who hosted the summit": a host of a gathering told before attends it.
// "Around the table were Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II, …" too.
const ATTENDANCE = /\b(?:attend(?:ed|s|ing)?|took part|taking part|joined(?= (?:in )?from\b)|were among|was among|[Aa]mong them (?:were|was)|[Aa]round the table (?:were|was)|chaired|co-chaired|hosted(?= the (?:summit|meeting|talks|gathering)\b(?! with\b)))\b/i;
// "took part from Brussels", "joined from Berlin and Paris": taking part in a call from afar.
const REMOTE = /\b(?:took part|taking part|joined)(?: in)? from\b/i;
const ATTENDING = new RegExp(`^(?:${ATTENDANCE.source})`, 'i');

// Words that report an encounter. Order matters: the first that matches a clause names its kind.
// A lookbehind comes after the word it guards ("\bsigned\b(?<=\b(?:deal|…) signed)"), not before it: V8 tries a
// leading lookbehind at every position of the text, and this list is tested on every sentence.
const TRIGGERS: Trigger[] = [
  // "Trump spoke separately by phone on Friday with Sheikh Tamim, Prince Mohammed and …" too.
  { kind: 'phone call', pattern: /\b(?:phone call|telephone call|phone talks|telephone talks|call(?:ed)? by (?:tele)?phone|(?:spoke|spoken|speak|speaks|speaking) (?:(?:separately|briefly|again|also) )?(?:by|on the|over the) (?:tele)?phone|phone conversation|telephone conversation|phoned|telephoned|(?:held|had|hold|holds|holding|have|has) (?:a|an|another) (?:(?:second|third|new|further|follow-up) )?(?:phone |telephone )?call|a call with|spoke with|speaking with)\b/i },
  // "Biden spoke on Monday with Macron, Merkel, Draghi and Johnson", "Sisi also spoke the same day with Syrian
  // President Bashar al-Assad".
  { kind: 'phone call', pattern: /\b(?:spoke|speaks) (?:on \w+day|again|briefly|at length|separately|(?:on )?the same day|that day|(?:later|earlier)(?: (?:in|on) the day| that day)?) with\b/i },
  // "The two leaders last spoke on Dec. 30", "The two leaders spoke on Sunday morning": the pair's own conversation,
  // not a speech ("spoke at the summit", "spoke to reporters").
  { kind: 'phone call', pattern: /\b(?:spoke|talked)(?<=\b(?:[Tt]he two (?:leaders|men|presidents|prime ministers)|[Bb]oth leaders) (?:last |had |have |also |previously |first )?(?:spoke|talked))(?= (?:on|last|again|earlier)\b)/ },
  // "Erdogan and Putin agreed by telephone within hours that …", "talked by phone on Monday".
  { kind: 'phone call', pattern: /\b(?:agreed|agree|agrees|talked|talk|talks|conferred|confer|confers|chatted|discussed|discuss|discusses) (?:by|over the|on the) (?:tele)?phone\b/i },
  // "Putin then spent more than an hour on the phone with U.S. President Donald Trump".
  { kind: 'phone call', pattern: /\bon the (?:tele)?phone with\b/i },
  // "Scholz spoke to Russian President Vladimir Putin by telephone on Friday".
  { kind: 'phone call', pattern: /\b(?:spoke|spoken|speaks|talked|talks|speaking|talking) (?:to|with) [^.;:"“”]{1,80}?\b(?:by|on the|over the) (?:tele)?phone\b/i },
  // "Trump also called Ukrainian President Volodymyr Zelensky", but not "what he called their courage" or "the
  // so-called Normandy format".
  // Nor "what he called Washington's neglect", "a group called Hamas".
  // Not "had called U.S. Vice President Mike Pence a "political dummy"", "called Pandor "my friend"": calling someone
  // names. Nor "Moon called Japan
  // South Korea's "closest friend".
  { kind: 'phone call', pattern: /\bcalled(?<!-called)(?<!\bwhat (?:he|she|they|it|we|I) called)(?<!\b(?:is|was|are|were|be|been|being|group|party|movement|body|plan|policy) called)(?= [A-Z])(?! (?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:(?:a|an)\s+)?["“]| (?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.-]*['’]s\s+["“])/u },
  // "Harris spoke by video last month with Guatemalan President Alejandro Giammattei" too.
  { kind: 'video call', pattern: /\b(?:video call|videoconference|video conference|virtual meeting|virtual summit|virtual talks|video talks|video summit|by video link|via video link|(?:spoke|speaks|talked|talks|met|meets) (?:by|via|over) video)\b/i },
  { kind: 'press conference', pattern: /\bjoint (?:press|news) conference\b/i },
  { kind: 'summit', pattern: /\bsummit\b/i },
  // "Wang's tour has already taken him to the Solomon Islands, Kiribati and Samoa".
  // Not "the visiting presidents", who are guests.
  { kind: 'visit', pattern: /\b(?:(?<!\bthe )visit(?:ed|ing|s)?|state visit|trip to|(?:tour|trip|journey) (?:has |had )?(?:already )?taken (?:him|her|them) to|arrived in|(?:travel(?:s|ed|led|ling|ing)?|flew|flown|flies|heads?|headed|return(?:s|ed|ing)?) (?:on )?to|(?:left|leaves|leaving|departed|departs) for|is (?:then |also )?due in|is (?:then |also )?expected in(?= [A-Z])|(?:going|goes|went|moving|moves|moved) on to(?= (?:the )?[A-Z]))\b/i },
  // "The two presidents talked for nearly three hours", "talked one-on-one for nearly two hours", but not "talked about".
  // "Trump and Zelenskyy spoke for about 15 minutes inside St. Peter's Basilica".
  // "Mr Sharif and Mr Modi spoke briefly on the sidelines of the climate conference in Paris": a conversation where
  // both were, not a speech ("spoke at the summit").
  { kind: 'talks', pattern: /\b(?:spoke|talked|chatted)(?: (?:briefly|informally|privately))? on the sidelines\b/i },
  // "when Kiir and Machar began two days of direct discussions in Khartoum".
  { kind: 'talks', pattern: /\b(?:began|begin|begins|opened|resumed|held|hold|holds|holding) (?:(?:two|three|several|\d+) days of )?(?:direct|face-to-face|bilateral|closed-door|formal) discussions\b/i },
  { kind: 'talks', pattern: /\b(?:talks|negotiations|consultations|held discussions|dialogue with|talked (?:(?:one-on-one|privately|alone|face to face|face-to-face) )?(?:for (?:(?:nearly|about|almost|more than|over) )?(?:an?|one|two|three|four|five|several|\d+) (?:hours?|minutes)|with)|spoke for (?:(?:nearly|about|almost|more than|over) )?(?:an?|one|two|three|four|five|several|\d+) (?:hours?|minutes))\b/i },
  // "… said on Sunday … after receiving U.S. Secretary of State Marco Rubio at the Palacio de las Garzas".
  // "told visiting Spanish Prime Minister Pedro Sanchez", "after sitting down with Shehbaz Sharif".
  // "said on Thursday he would receive a high-level US delegation led by … Antony Blinken next week".
  // "Obama and Putin sat down for about 20 minutes at the Constantine Palace": two who sat down together talked.
  { kind: 'talks', pattern: /\b(?:sat|sit|sits|sitting) down(?= (?:for|together|privately|briefly|on|at|in)\b)(?<=\band (?:[A-Z][\w'’-]+ ){1,4}(?:sat|sit|sits|sitting) down|\b(?:two|both) (?:leaders|men|presidents|ministers) (?:sat|sit|sits|sitting) down)/ },
  // "Obama was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan by President Pratibha Patil and Singh".
  { kind: 'meeting', pattern: /\b(?:accorded|given) (?:a|an) (?:[\w-]+ ){0,2}welcome\b(?= [^.;]{0,80}\bby\b)/i },
  { kind: 'meeting', pattern: /\b(?:met|meet|meets|meeting|(?:held|holds|hold|holding|had|separate) (?:[\w-]+ )?meetings|hosted|hosts|host|hosting|received|receives|receiving|welcomed|welcomes|welcoming|greeted|greets|(?:sat|sits|sitting|sit) down with|told (?:the )?visiting|(?:receive|welcome|greet)(?<=\b(?:will|would|to|shall) (?:also )?(?:receive|welcome|greet)))\b/i },
  // "Modi held a roundtable with Madbouly and senior ministers".
  { kind: 'meeting', pattern: /\b(?:held|holds|hold|holding|had|chaired) (?:a |an )?(?:[\w-]+ )?(?:roundtable|round-table|round table) with\b/i },
  // "The two leaders will see each other again in July".
  { kind: 'meeting', pattern: /\b(?:see|meet|saw|met) each other\b/i },
  // "after a private audience in which he thanked the pontiff", "spent nearly an hour with Francis".
  { kind: 'meeting', pattern: /\b(?:(?:private|papal|an|his|her|their) audience (?:with|in which|at)|spent (?:(?:nearly|about|almost|more than|over) )?(?:an?|one|two|three|\d+) (?:hours?|minutes) with)\b/i },
  // A courtesy call: "Muizzu called on President Droupadi Murmu" (but "called on Russia to withdraw" is a demand).
  // "Blinken also called on Kazakh President Kassym-Jomart Tokayev" too.
  // "Jaishankar called on her at her hotel", but not "called on him to resign".
  // "he also called on the Grand Mufti of Egypt, Shawki Ibrahim Abdel-Karim Allam, and discussed …", "Jaishankar
  // called on the visiting leader earlier in the day".
  // "Albanese called on Nguyen Phu Trong, the general secretary of the ruling Communist Party", "Trump called on Nguyen
  // Phu Trong, general secretary of …", but not "called on Putin, the Russian leader, to withdraw".
  { kind: 'meeting', pattern: /\bcall(?:ed|s)? on (?=(?:[A-Z][a-z]+ )?(?:President|Prime|King|Queen|Emperor|Vice|Chancellor|Premier|Governor|Sultan|Emir|Crown)|the (?:visiting |[A-Z][a-z]+ )?(?:president|prime minister|premier|leader|king|emir|governor|chancellor)\b|the (?:Grand Mufti|Patriarch|Supreme Leader|Speaker|Governor-General|Crown Prince|Emir|King|Sultan) of (?:[A-Z][\w'’-]+ ){0,3}?[A-Z][\w'’-]+, [A-Z]|(?:[A-Z][\w'’-]+ ){1,3}at (?:the|his|her) |(?:him|her) (?:at|in|during)\b|(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, (?:(?:the|a) )?(?:[\w-]+ ){0,3}(?:general secretary|secretary general|president|prime minister|premier|leader|chairman|chairwoman|speaker|king|queen|emir|sultan)\b(?![^.;]*?, to [a-z]))/ },
  // An envoy called in: "Foreign Minister Laurent Fabius summoned US Ambassador Charles Rivkin the same day", "the
  // ministry summoned Canada's High Commissioner Nadir Patel".
  { kind: 'meeting', pattern: /\bsummon(?:ed|s)\b(?= (?:the |a )?(?:[A-Z][\w.'’-]*\s+){0,5}(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé]|[Hh]igh [Cc]ommissioner)\b)/ },
  // "Jaishankar paid a courtesy call on him at his hotel".
  { kind: 'meeting', pattern: /\bcourtesy (?:call|visit)\b/ },
  // "Blinken spent hours with Foreign Minister Qin Gang on Sunday", "Araghchi and Witkoff spent more than two hours in separate rooms in Muscat".
  // "spent more than half an hour alone with Mulino" too.
  { kind: 'meeting', pattern: /\bspent (?:(?:more than|nearly|about|almost|some|over) )?(?:(?:an?|one|two|three|four|five|six|several|many|half an?) )?(?:hours?|minutes|the day|the morning|the afternoon|the evening|time) (?:alone )?(?:with|in|together|negotiating|talking)\b/i },
  // A signing ceremony: "signed a declaration …", "signed the documents with …".
  // "signed a joint communique in Beijing", "signed a joint statement", "signed a joint pledge in Jerusalem".
  // "Trudeau, Trump and … Pena Nieto put their names to the United States-Mexico-Canada Agreement".
  // "was due to fly to Paris later on Friday to sign a similar agreement with French President Emmanuel Macron".
  { kind: 'meeting', pattern: /\b(?:signed(?: off on)?|sign(?<=\b(?:(?:due|set|expected|scheduled|(?:fly|travel|go|come) to [A-Z][\w-]+(?: [\w-]+){0,3}) to|will) sign)|put (?:their|his|her) (?:names?|signatures?) to) (?:a|an|the) (?:[\w-]+ ){0,3}(?:declaration|agreement|documents?|accords?|deal|memorandum|pact|treaty|communiqu[eé]|joint statement|protocol|convention|text|pledge|charter|roadmap|MoUs?|letters? of intent)\b/i },
  // "The agreement was signed in Pretoria by Redwan Hussien … and Getachew Reda", "the deal signed in Beijing on
  // March 10 by Ali Shamkhani … and Musaed bin Mohammed Al-Aiban".
  { kind: 'meeting', pattern: /\b(?:was|were) signed\b(?<=\b(?:declaration|agreement|documents?|accords?|deal|memorandum|pact|treaty|communiqu[eé]) (?:was|were) signed)(?=[^.;]{0,60}\bby\b)/i },
  // Without "was", only when who signed is named: not "an agreement signed by the two countries' prime ministers".
  { kind: 'meeting', pattern: /\bsigned\b(?<=\b(?:[Dd]eclaration|[Aa]greement|[Dd]ocuments?|[Aa]ccords?|[Dd]eal|[Mm]emorandum|[Pp]act|[Tt]reaty|[Cc]ommuniqu[eé]) signed)(?=[^.;]{0,60}\bby\s+[A-Z\u00C0-\u00DE])/ },
  // "then attend a state dinner offered by Piñera and his wife".
  { kind: 'meeting', pattern: /\b(?:joined by|(?:working |state |official )?(?:dinner|luncheon|lunch|breakfast|banquet) (?:with|for|hosted|offered|given)|signing ceremony)\b/i },
  // "Trump, Macron and their wives … were to dine Thursday evening at the Jules Verne restaurant": a meal together.
  { kind: 'meeting', pattern: /\b(?:dined|dine|dines|dining)(?= (?:together|with|at|on|in|\w+day)\b)/i },
  // "On Sunday, Abe and Trump played golf in Mobara": a round of golf together.
  { kind: 'meeting', pattern: /\b(?:played|plays|play|playing) (?:a round of |nine holes of |18 holes of )?golf\b/i },
  // "The two leaders had been having dinner at the Florida resort": a meal taken together.
  { kind: 'meeting', pattern: /\b(?:had|has|have|having|held|holds|hold|holding)\s+(?:a |an )?(?:working |private |state |official |informal )?(?:dinner|lunch|luncheon|breakfast|banquet)\b/i },
  // "had an \"excellent conversation\" with Donald Trump over dinner at … Mar-a-Lago": a meal shared is an encounter.
  { kind: 'meeting', pattern: /\bover (?:a |an )?(?:working |private |long |state )?(?:dinner|lunch|luncheon|breakfast)\b/i },
  // "he joined French President Emmanuel Macron and German Chancellor Olaf Scholz for a working dinner".
  { kind: 'meeting', pattern: /\bjoined\b(?=[^.;:]{1,120}?\bfor (?:a |an |the )?(?:[\w-]+ )?(?:dinner|lunch|luncheon|breakfast|talks|meeting)\b)/i },
  // "Mr Albanese also joined Tuvalu Prime Minister Feleti Teo to mark the entry into force of the Falepili Union treaty".
  { kind: 'meeting', pattern: /\bjoined(?= (?:[A-Z]\S*\s+){1,6}(?:to|in) (?:mark|sign|celebrate|launch|witness|unveil|inaugurate)\b)/ },
  // A handover in person: "Haavisto handed his country's accession documents to Blinken", "presented his credentials to".
  { kind: 'meeting', pattern: /\b(?:handed(?: over)?|delivered|presented) (?:his|her|their|the|a|an|[A-Z][\w-]*['’]s) (?:[\w'’-]+ ){0,4}(?:documents?|instruments?|credentials|letters?|message|invitation)(?: of [\w-]+)? to\b/i },
  // A greeting in person: "Modi's trip to Moscow, where he embraced Russian President Vladimir Putin", "hugged him".
  { kind: 'meeting', pattern: /\b(?:embraced|hugged|shook hands with) (?=[A-Z]|(?:him|her)\b)/ },
  // Taking part in an encounter already reported: "Biden and Johnson were among those who attended".
  { kind: 'meeting', pattern: ATTENDANCE },
];
/**
 * A trigger's source without its opening \b. Only for a source whose every match begins at that \b: one with an
 * alternation outside any group ("\ba|b") would lose it on one side, so it is refused.
 */
function withoutOpeningBoundary(source: string): string {
  if (!source.startsWith(String.raw`\b`) || hasTopLevelAlternation(source)) throw new TypeError(`meetings: a trigger must open with \\b and hold no bare |, got /${source}/`);
  return source.slice(2);
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

// Every trigger opens with \b: the union tests it once at each position, then the words, which V8 runs about twice as
// fast as trying each alternative's own \b in turn. Same matches, at the same places.
const ANY_TRIGGER_SOURCE = String.raw`\b(?:${TRIGGERS.map((trigger) => withoutOpeningBoundary(trigger.pattern.source)).join('|')})`;
const ANY_TRIGGER = new RegExp(ANY_TRIGGER_SOURCE, 'iu');
// Case-insensitive matching with the u flag is about ten times slower in V8, and this test runs on every sentence.
// The pattern is ASCII, so without the flag it matches the same text unless that holds ſ or K (U+017F, U+212A), the
// only characters Unicode case folding maps onto ASCII letters; such text keeps the flagged pattern.
const ANY_TRIGGER_ASCII = new RegExp(ANY_TRIGGER_SOURCE, 'i');
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** The pattern of all encounter words to read `text` with: the faster one, unless the text holds a letter it would misread. */
function anyTriggerFor(text: string): RegExp {
  return FOLDS_TO_ASCII.test(text) ? ANY_TRIGGER : ANY_TRIGGER_ASCII;
}

// Not reports of an encounter: "governments … welcomed the outcome", "Netanyahu did not attend" (but not "held talks
// with … but did not take part in the negotiations"), "had discussed the possibility of a meeting", "meet the demands",
// "open to talks", "called for talks", "called on Putin to withdraw", "hopes of being able to travel to the United
// States without visas"
// (but "agreed in a phone call on Monday to restore ties" is one), "has cancelled a planned visit to Denmark".
const NOT_AN_ENCOUNTER = /\b(?:meet(?:ing)? (?:the |their |its )?(?:demands?|targets?|goals?|needs?|requirements?|obligations?|expectations?)|open to (?:talks|dialogue|negotiations)|call(?:ed|s)? for (?:talks|negotiations|dialogue)|talks on (?:a|an) \$|(?:did not|didn't|will not|won't|would not|declined to|refused to|chose not to|decided not to) (?:hold|have|meet|visit)|(?:did not|didn't|will not|won't|would not|declined to|refused to) (?:attend|take part|join)(?<!\bbut [\w'’ ]{6,20})|without meeting|welcom(?:ed|es|ing|e) (?:the|a|an|this|that|its|their|his|her) (?:[\w-]+ ){0,3}(?:outcome|results?|decision|deal|agreement|move|news|victory|announcement|step|ceasefire|truce|release|plan|proposal|statement|initiative|progress|efforts?|report|vote)\b|(?:regular|reciprocal|frequent|mutual|further|future|shuttle) (?:[\w-]+ )?visits\b|(?:discussed|raised|explored|floated) (?:the )?(?:possibility|prospect|idea) of (?:a |an )?(?:[\w-]+ )?(?:meeting|summit)|no (?:talks|meeting) (?:with|between)|efforts? to (?:revive|resume|restart|relaunch) (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|(?:harm|undermine|hurt|jeopardi[sz]e|derail) (?:the )?(?:resumption|revival) of (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|no (?:plans?|intention|invitation) (?:for (?:\w+ ){1,3})?to (?:meet|visit|hold|see)\b|(?:call(?:ed|s|ing)|(?:to|will|would|must|should) call) on [^.;:,]{1,60}? to (?!visit\b|meet\b|attend\b|receive\b)[a-z]+|(?:cancel(?:l)?(?:ed|s)|called off|scrapped) (?:a |an |the |his |her |their )?(?:planned |scheduled |proposed )?(?:visit|trip|meeting|summit|talks)|(?:able|allowed|free|permitted) to travel\b|what would have been (?:his|her|their|the) (?:[\w-]+ )?(?:visit|trip|meeting|summit)\b)/i;

// Where one clause of a sentence ends and the next begins: "…said", "…, where", "; ", "after", "in place of",
// ", and U.S. President Joe Biden is also expected to …" (a new subject with its own verb), "… held brief talks with
// Biden in Glasgow and hopes to visit Washington" (a plan of the same subject), "…, with Putin saying Pyongyang would
// need guarantees" (what was said, not the encounter), "On Wednesday she met Sall in Dakar, and on Thursday she held
// talks in Accra" (an encounter of its own). Not a dash inside the name of a format: "the first Central
// Asia - Germany summit". Not "that" after the encounter it tells of: "a nuclear security summit that Obama is hosting", "the Group of 20
// summit that Merkel hosted in Hamburg".
// "since" opens a clause, but "on his first trip to Egypt since 2005, arrived on Monday" is a year closed by a comma.
// Nor is "after" a clause in "was received … shortly after dawn by Fijian Prime Minister Frank Bainimarama".
const CLAUSE_BREAK = /[;:]|\s[-–—]{1,2}\s(?!(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:summit|talks|forum|dialogue|format|meeting|relations|partnership|cooperation)\b)|,\s+(?=(?:where|while|but|although|though|saying|according|whose|following)\b)|\b(?:followed|preceded)(?=\s+(?:\p{Lu}[\p{L}.'’-]*['’]s|his|her|their)\s)|,\s+(?=with\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:saying|telling|adding|warning)\b)|,\s+and\s+(?=\p{Lu}[\p{L}.'’-]*\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|and)\s+){0,7}(?:is|are|was|were|will|would|has|have|had|also|later|last|met|held|visited|hosted|received|spoke|talked|thanked|praised|urged|asked|told|said)\b)|,\s+and\s+(?=(?:the two|both|they)\s)|,\s+and\s+(?=in the (?:morning|afternoon|evening)\s)|,\s+(?=to\s+(?:host|meet|visit|receive|welcome)\s+\p{Lu})|,\s+(?=then\s+(?:fly|flies|travel|travels|head|heads|go|goes|move|moves|continue|continues)\b)|,\s+and\s+(?=(?:(?:next|on|this|later|then)\s+(?:\w+\s+)?)?(?:he|she)\s+(?:will|would|is|was|also|held|met|visited|hosted|received|spoke|talked)\b)|\s+and\s+(?=(?:will|would|then|later|(?:is|are) (?:also )?(?:due|set|expected|scheduled))\s+(?!with\b|by\b)\p{Ll})|\s+and\s+(?=(?:hopes|plans|intends|wants|expects) to\s)|\s+and\s+(?=(?:then\s+)?(?:driven|taken|escorted|whisked)\s+to\s)|(?<=,)\s+and\s+(?=(?:was|were)\s+(?:greeted|welcomed|received)\s+by\s)|\s+and\s+(?=(?:laid|lays|paid tribute|toured|tours|addressed|addresses)\b)|,\s+(?=(?:held|had) talks with\b)(?<=\b(?:received|welcomed|greeted) by (?:\p{Lu}[\p{L}.'’-]*\s+){1,6}[^,;]{0,40},\s+)|\s+and\s+(?=(?:called(?!\s+on\b)|urged|praised|thanked|warned|accused|announced|pledged|unveiled|critici[sz]ed|condemned|denounced|described)\s+(?:\p{Lu}|the\s|his\s|her\s))|\s+and\s+(?=(?:briefly|separately)\s+(?:met|held|called|spoke)\b)|,\s+and\s+(?=(?:agreed|decided|pledged|vowed|promised) to\s)|\b(?:said|says|told|tells|added|adds|noted|stressed|warned|announced|that(?<!\b(?:summit|meeting|talks|conference|gathering|forum|dinner) that(?=\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}(?:(?:is|was)\s+hosting|hosted|hosts|will\s+host|(?:is|was)\s+(?:due\s+)?to\s+host)\b))|after(?! (?:dawn|daybreak|sunrise|noon|midday|midnight|sunset|dusk|nightfall)\b)|After|before(?! (?:dawn|daybreak|sunrise|noon|midday|midnight|sunset|dusk|nightfall)\b)|Before|while|While|when|When|(?<!\bwell )as(?! (?:(?:[\w-]+ )?(?:prime minister|president|premier|minister|chancellor|leader|head of (?:state|government)|chair(?:man|woman)?|secretary|ambassador|envoy)|(?:an? |the )?(?:guest|host)|part of|well)\b)|As|because|since(?![ \u00a0]+(?:19|20)\d\d,)|until|in place of|instead of|on behalf of|rather than)\b/gu;
// ", with whom she held a virtual meeting last month" too.
// "Francis and Bachelet, a Socialist who will be succeeded by … Piñera in March, then met": one told of in apposition too.
const RELATIVE = /,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){1,3})?(?:who|whom|which|with whom)\b/g;
// "The Russian leader, on his first trip to Egypt since 2005, when he held talks with Hosni Mubarak, arrived on Monday":
// a when-clause after a year, closed by a comma before the sentence's own verb, is one too. So is a since-clause:
// "Maduro, on his first visit to Brazil since he attended Dilma Rousseff's inauguration …, was greeted".
// "Modi, the first Indian prime minister to visit Fiji since Indira Gandhi in 1981, was received …" too.
const CLAUSE_OF_ANOTHER_TIME = /,\s+when(?<=(?:19|20)\d\d,\s+when)\b|\bsince(?=\s+(?:he|she|they)\s+\p{Ll}|\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}in\s+(?:19|20)\d\d,)/gu;
const VERB_RESUMED = /^,\s+(?:and\s+)?(?:\p{Ll}+ed|was|were)\b/u;

// "The Obamas", "the Bidens": a couple named by its surname.
const FAMILY = /\b[Tt]he (\p{Lu}\p{Ll}+)s\b(?!['’])/gu;

// "he", "his" → the last person named; "the two leaders", "they" → the parties named just before.
// "predecessor Barack Obama" after "his": a name follows. (Not "his Croatian counterpart X", whose "his" is the party.)
// So does "his grandfather Kim Il Sung visited Hanoi in 1964".
// "His chief foreign policy adviser, Celso Amorim, met Maduro": an aide named after the owner's "his" is the party.
const KIN_BEFORE_NAME = /^\s+(?:(?:predecessor|successor|(?:grand)?father|(?:grand)?mother|(?:grand)?son|(?:grand)?daughter|wife|husband|brother|sister|uncle|aunt)\s+\p{Lu}|(?:[\p{Ll}-]+\s+){0,4}(?:adviser|advisor|aide|envoy|spokesman|spokeswoman|spokesperson|deputy|emissary|chief of staff),\s+\p{Lu})/u;
const PRONOUN = /\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er|[Hh]im)\b/g;
// "a meeting between them" too.
// "their talks", but not "elevated their relationship during a trip to Hanoi by Biden".
// "Earlier Thursday the two joined a virtual summit": "the two" alone before a verb of meeting.
// "On Monday, both attended a regional summit in Entebbe": "both" alone before such a verb, too.
// Not "the leaders of the six Gulf Cooperation Council states", who are not the ones told before.
const GROUP = /\b(?:[Tt]he pair|[Tt]he (?:three|four|five|six) (?:leaders|(?:prime |foreign |defen[cs]e )?ministers|presidents|delegations|heads of (?:state|government))|[Tt]he two (?:leaders|men|women|sides|couples|(?:prime |foreign |defen[cs]e )?ministers|diplomats|presidents|premiers|chancellors|delegations|heads of (?:state|government))|[Tt]he two(?= (?:also |then |later |had |have )?(?:joined|met|held|signed|attended|dined|toured|visited)\b)|[Tt]hey|[Tt]heir(?= (?:[\w-]+ ){0,2}(?:talks|meetings?|summits?|call|conversation|visits?|encounter|discussions|dialogue|negotiations)\b)|between them|[Bb]oth (?:leaders|men|presidents|(?:prime |foreign )?ministers|premiers)|[Bb]oth(?= (?:also |later |then )?(?:attended|met|held|joined|visited|toured|dined)\b)|[Tt]he leaders(?! of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+) [A-Z])|[Tt]he (?:(?:prime |foreign |defen[cs]e )?ministers|premiers|presidents)(?= (?:also |then |later )?(?:met|held|agreed|discussed|talked|spoke)\b))\b/g;
const LEADERS_OF = /\b[Tt]he (?:leaders|presidents|prime ministers|premiers|heads of (?:state|government)|heads of state and government) of (?=(?:the )?\p{Lu})/gu;
// "held separate bilateral talks with each leader before the three sat down together" too.
const EACH_OF = /\b(?:(?:each of the|all (?:of )?the|each of (?:his|her|their)) (?:[\w-]+ )?(?:presidents|leaders|heads of (?:state|government)|prime ministers|premiers|ministers|counterparts|guests)|each (?:leader|president|premier|minister|guest|visitor|of them)|both (?:of them|leaders|men)(?= separately))\b/g;
// "the Chinese premier", "the Brazilian leader", "the prime minister", "the external affairs minister".
// "The Prime Minister also held talks …" too.
// "the libertarian leader", "the 71-year-old president": a word that describes the holder may stand before the title.
// "Erdogan greeted his guest at Ankara's Esenboga Airport": the one the host receives.
const GUEST = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he) (?:guest|visitor)\b(?!s|['’]s)/g;
// "the U.S. president" too.
// "the top U.S. diplomat" is the one who heads that country's diplomacy.
const TITLE_ANAPHOR = new RegExp(String.raw`\b[Tt]he (?:${HOLDER_DESCRIPTION} )?(?:top )?(?:([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?|U\.S\.|U\.K\.) )?((?<=\btop (?:\S+ )?)diplomat|(?:[Pp]rime |[Ff]oreign |[Ee]xternal [Aa]ffairs |[Dd]efen[cs]e )?(?:[Mm]inister|[Ll]eader|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Ee]mperor|[Cc]rown [Pp]rince|[Pp]rince|[Rr]oyal|[Pp]ope|[Pp]ontiff))\b`, 'gu');

// The first title anaphor of a text, for reading one at a sentence's opening.
const TITLE_AT = new RegExp(TITLE_ANAPHOR.source, 'u');

// A modal and at most three words before the meeting word: "might also travel to Russia to see".
const POSSIBILITY = /\b(?:might|may|could)\s+(?:also\s+|still\s+|even\s+|yet\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

interface Actor {
  start: number;
  end: number;
  persons: number[];
}

/**
 * Meetings. Each clause with an encounter word ("met", "held talks", "hosted", "phone call", "summit",
 * "visited") gives a mention whose parties are the people of that clause: the subject and the object of the
 * meeting verb ("Biden met Zelenskyy"), a with- or between-phrase ("talks with Lavrov"), pronouns and "the two
 * leaders" resolved to the people named before. Place and date come from the clause, else from its sentence.
 * Mentions of one encounter (same parties or a subset, compatible date and place) are merged; different
 * counterparts are different meetings.
 */
export function extractMeetings(inputs: MeetingInputs): MeetingDraft[] {
  const meetings: MeetingDraft[] = [];
  const captions = inputs.captions ?? [];
  for (const sentence of inputs.sentences) {
    if (captions.some((caption) => sentence.start < caption.end && caption.start < sentence.end)) continue;
    const text = sentence.text;
    if (anyTriggerFor(text).test(text) || SPOKE_TO.test(text)) readClauses(inputs, sentence, meetings);
    // A lead that tells no encounter of its own, or whose encounter word found no parties: "… told President Tsai
    // Ing-wen … that the United States would stand by Taiwan, during a visit that has drawn furious protests".
    if (opensTheReport(inputs, sentence) && !meetings.some((meeting) => meeting.sentences.includes(sentence.index))) {
      const lead = encounterOfTheLead(inputs, sentence);
      if (lead) meetings.push(lead);
    }
    if (!meetings.some((meeting) => meeting.sentences.includes(sentence.index))) {
      const joint = jointAppearance(inputs, sentence);
      if (joint) meetings.push(joint);
    }
  }
  placeWithTheSameParties(meetings);
  joinTravelToMeeting(meetings);
  placeAtMainEncounter(meetings, inputs.datelinePlace ?? null, inputs.publishedAt);
  placeAtTheSummit(inputs, meetings);
  // Held by video, a summit has no place to await.
  for (const meeting of meetings) if (meeting.awaitsPlace && (meeting.location !== null || (meeting.remote && meeting.participants.length >= 2))) meeting.provisional = false;
  gatherDelegates(inputs, meetings);
  gatherSummitRoster(inputs, meetings);
  // After the roster: "Issoufou … was the first to sign at the Kigali Convention Centre" names the summit's building
  // by two of those at it.
  venueFromAnotherSentence(inputs, meetings);
  callsToldApart(inputs, meetings);
  for (const meeting of meetings) classify(meeting);
  // "Merkel had asked … Putin in a phone call last week to use his influence on the government in Minsk": a call
  // joins people in two places and is held at neither; a town its clause names is what was spoken of.
  for (const meeting of meetings) if (meeting.kind === 'phone call') setPlace(meeting, { location: null, locationCountry: null, locationKind: null, city: null });
  return meetings.filter((meeting) => !meeting.provisional && (meeting.participants.length > 0 || meeting.countries.length > 0 || meeting.location !== null));
}

const TOLD_IN_PERSON = /^\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:told|assured|urged|pressed|warned)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** The sentence the dateline opens. */
function opensTheReport(inputs: MeetingInputs, sentence: Sentence): boolean {
  const end = inputs.datelineEnd;
  return end !== undefined && sentence.start <= end && end < sentence.end;
}

/**
 * "Moscow, Feb 16 (EFE).- Brazilian President Jair Bolsonaro told Russian President Vladimir Putin on Wednesday that
 * his country stood in solidarity with Russia …. ¶ "…," Bolsonaro said at the start of the meeting in the Kremlin":
 * a lead in which one leader tells another something, in a report that goes on about a meeting or a visit, tells of
 * their encounter that day.
 */
function encounterOfTheLead(inputs: MeetingInputs, sentence: Sentence): MeetingDraft | null {
  const end = inputs.datelineEnd ?? 0;
  const named = inputs.personMentions.filter((mention) => mention.sentence === sentence.index && mention.start >= end && isSubject(inputs, mention.person));
  const [teller, told] = named;
  if (!teller || !told || teller.person === told.person || !TOLD_IN_PERSON.test(inputs.body.slice(teller.end, told.start))) return null;
  const following = inputs.sentences.filter((other) => other.index > sentence.index && other.index <= sentence.index + 3).map((other) => other.text).join(' ');
  if (!/\b(?:the|a|their|his|her) (?:[\w-]+ )?(?:meeting|talks|visit)\b/i.test(`${sentence.text} ${following}`)) return null;
  const participants = [teller.person, told.person];
  const clause: Clause = { start: sentence.start, end: sentence.end, relativeTo: null, holes: [] };
  // Leaders of two countries, not a minister and the president he answers to.
  const [tellerCountry, toldCountry] = participants.map((person) => participantCountries(inputs, [person], clause)[0]);
  if (tellerCountry === undefined || tellerCountry === toldCountry) return null;
  const countries = participantCountries(inputs, participants, clause);
  const date = (inputs.datesBySentence.get(sentence.index) ?? []).find((mention) => mention.start >= end)?.date ?? null;
  return {
    kind: 'meeting', date, status: date !== null && inputs.publishedAt !== null && date > inputs.publishedAt ? 'planned' : 'held', plover: 'CONSULT', cameo: '040',
    participants, countries, location: null, locationCountry: null, city: null, locationKind: null, unlistedPlace: null,
    sentences: [sentence.index], spans: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
  };
}

/**
 * "… three days after Orban visited Kyiv, where he urged Ukrainian President Volodymyr Zelensky to consider a quick
 * cease-fire": whom a visitor urges or tells something where the visit went was met on it.
 * "Sogavare paid an official visit to China in July last year, when he and Xi announced …": so was the one the
 * visitor did something with. "Marcos paid an official visit to Tokyo in February, when the two leaders signed
 * defence agreements": the two leaders are the report's pair, the visitor and the other.
 */
function toldWhereVisited(inputs: MeetingInputs, sentence: Sentence, clause: Clause, words: string, meetings: MeetingDraft[]): void {
  const told = /^,?\s*where\s+(?:he|she)\s+(?:urged|told|assured|pressed|asked|thanked|briefed)\s+/i.exec(words);
  const together = told ? null : /^,?\s*(?:where|when)\s+(?:(?:he|she)\s+and\s+|(?=(?:the two (?:leaders|men|women)|both leaders)\s+\p{Ll}))/iu.exec(words);
  if (!told && !together) return;
  const visit = meetings.findLast((meeting) => meeting.kind === 'visit' && meeting.participants.length === 1 && (together !== null || meeting.location !== null) && meeting.sentences.includes(sentence.index));
  if (!visit) return;
  const [visitor] = visit.participants;
  const opening = (told ?? together)?.[0].length ?? 0;
  const named = together && together[0].trimEnd().endsWith('and')
    ? inputs.personMentions.find((mention) => mention.start >= clause.start + opening && mention.start <= clause.start + opening + 40 && isSubject(inputs, mention.person))
    : inputs.personMentions.find((mention) => told !== null && mention.start >= clause.start + opening && mention.start <= clause.start + opening + 60 && inClause(clause, mention.start, mention.end) && isSubject(inputs, mention.person));
  const partner = named?.person ?? (together ? meetings.find((meeting) => meeting.participants.length === 2 && meeting.participants.includes(visitor ?? -1))?.participants.find((person) => person !== visitor) : undefined);
  if (partner === undefined || visit.participants.includes(partner)) return;
  visit.participants.push(partner);
  for (const country of participantCountries(inputs, [partner], clause)) if (!visit.countries.includes(country)) visit.countries.push(country);
}

/** The encounters one sentence tells, clause by clause, merged into those told before or added to them. */
function readClauses(inputs: MeetingInputs, sentence: Sentence, meetings: MeetingDraft[]): void {
  const text = sentence.text;
  for (const clause of clausesOf(text, sentence.start)) {
    const words = clauseText(inputs.body, clause);
    if (NOT_AN_ENCOUNTER.test(words)) continue;
    let found = firstTrigger(words) ?? spokeAmongCalls(inputs, sentence, words);
    if (!found) {
      toldWhereVisited(inputs, sentence, clause, words, meetings);
      continue;
    }
    // "In separate meetings on Sunday morning, Xi received Bahamian Prime Minister Perry Christie, Jamaican Prime
    // Minister Portia Simpson Miller, …": the encounters are the main clause's, one with each, as the opening says.
    const apartOpener = /^\W*(?:In|During|At)\s+(?:separate|individual|back-to-back)\s+(?:[\w-]+\s+)?(?:meetings|talks|encounters|audiences)\b[^,;]*,\s/i.exec(words);
    const pastApartOpener = apartOpener && found.index < apartOpener[0].length ? firstTrigger(words.slice(apartOpener[0].length)) : null;
    if (apartOpener && pastApartOpener) found = { ...pastApartOpener, index: apartOpener[0].length + pastApartOpener.index };
    // "Economy Minister Luis Caputo and Karina Milei took part in the talks": in the encounter told before.
    let anaphoric = refersBack(words, found) || (/^(?:took|taking) part$/i.test(found.word) && /^\S+\s+\S+\s+in\s+(?:the|these|those)\s/i.test(words.slice(found.index)));
    // "The summit coincided with talks in Geneva between … Sherman and … Ryabkov": past the encounter told
    // before, a new one with its parties.
    if (anaphoric && !BROUGHT_TOGETHER.test(words) && !HOSTED_BY.test(words)) {
      const cut = found.index + found.word.length;
      const later = firstTrigger(words.slice(cut));
      const shifted = later ? { ...later, index: cut + later.index } : null;
      // "The summit followed a week of intense diplomacy in which El-Sisi received … Antony Blinken in Cairo": a clause
      // of its own inside the sentence about the summit.
      const ownClause = shifted !== null && /\b(?:in which|during which)\s/.test(words.slice(cut, shifted.index));
      // "During the two-day visit, Modi is also scheduled to call on President Abdul Hamid": past an opening phrase
      // about the encounter told before, an encounter of its own.
      const opener = /^\W*(?:During|On|At|After|Before|Ahead of|Following)\s+(?:the|his|her|their|this)\s[^,;]{0,50},\s/.exec(words);
      const pastOpener = shifted !== null && opener !== null && found.index < opener[0].length && shifted.index >= opener[0].length;
      // "The roughly 25-minute meeting at the Great Hall … was the first formal summit between the leaders of …": what
      // the encounter told before was, not another.
      const predicated = shifted !== null && /\b(?:was|is|were|are|marked|marks|became|becomes) (?:the|a|an|their) (?:[\w-]+ ){0,3}$/i.test(words.slice(0, shifted.index));
      if (shifted && !predicated && (ownClause || pastOpener || /^\S+\s+(?:[\w-]+\s+){0,3}?(?:between|with)\s/.test(words.slice(shifted.index))) && !refersBack(words, shifted)) {
        found = shifted;
        anaphoric = false;
      }
    }
    const triggerAt = clause.start + found.index;
    // "who has offered to host peace talks between Russia and Ukraine": an offer, not an encounter.
    if (/\b(?:offer(?:ed|s|ing)?|willing|ready) to (?:host|mediate)\b(?:\s+(?:[\w-]+\s+){0,2}[\w-]+)?$/i.test(words.slice(0, found.index + found.word.length))) continue;
    // "He said he might also travel to Russia to see President Vladimir Putin", "the foreign ministers could meet at
    // a later stage": a possibility, neither held nor planned.
    const lead = words.slice(Math.max(0, found.index - 40), found.index);
    if (POSSIBILITY.test(lead) && !/\b(?:might|may|could)\s+(?:also\s+|still\s+|even\s+|yet\s+)?(?:be|have|not|never)\b/.test(lead)) continue;
    // Words inside quotation marks are someone's speech, not a report of the encounter itself.
    if (insideQuotation(inputs.body, triggerAt)) continue;
    // "The meeting, held on the sidelines of the UN General Assembly, brought together President of Kazakhstan
    // Kassym-Jomart Tokayev, …": those it names join the encounter it refers to.
    // "The meeting in Antalya, hosted by Turkish Foreign Minister Mevlut Cavusoglu, lasted 90 minutes": the host joins.
    const gatheredBy = BROUGHT_TOGETHER.exec(words) ?? (found.kind !== 'summit' ? HOSTED_BY.exec(words) : null);
    if (anaphoric && gatheredBy) {
      const kind = found.kind;
      const referent = [...meetings].reverse().find((meeting) => meeting.sentences.some((index) => sentence.index - index <= 3) && (meeting.kind === kind || kind === 'meeting' || kind === 'talks'));
      const namedAt = clause.start + gatheredBy.index;
      const named = unique(inputs.personMentions.filter((mention) => mention.start > namedAt && inClause(clause, mention.start, mention.end) && isSubject(inputs, mention.person)).map((mention) => mention.person));
      // "The summit, hosted by Mirziyoyev, brought together leaders of China, Russia …" names nobody it gathered.
      if (referent && named.length >= (BROUGHT_TOGETHER.test(gatheredBy[0]) ? 2 : 1)) {
        // "The talks at the Elysee Palace on Monday, mediated by Macron": where the talks were, too.
        const [told] = mentionsOfClause(inputs, sentence, clause, words, found, triggerAt, meetings);
        if (told) placeAtVenue(referent, told);
        for (const person of named) if (!referent.participants.includes(person)) referent.participants.push(person);
        for (const country of participantCountries(inputs, named, clause)) if (!referent.countries.includes(country)) referent.countries.push(country);
        referent.sentences.push(sentence.index);
        referent.spans.push({ sentence: sentence.index, start: sentence.start, end: sentence.end });
      } else if (!referent && found.kind === 'summit' && named.length >= 3) {
        // "The summit, chaired by Kazakh President Nursultan Nazarbayev, was attended by Chinese President Xi Jinping,
        // Russian President Vladimir Putin, …", with no summit of persons told before: the summit of those it names
        // and of whoever chaired it.
        const [told] = mentionsOfClause(inputs, sentence, clause, words, found, triggerAt, meetings);
        const chairs = inputs.personMentions.filter((mention) => mention.start >= clause.start && mention.end <= namedAt && isSubject(inputs, mention.person) && HOSTED_BY.test(inputs.body.slice(clause.start, mention.start))).map((mention) => mention.person);
        if (told) {
          told.participants = unique([...chairs, ...named]);
          told.countries = participantCountries(inputs, told.participants, clause);
          meetings.push(told);
        }
      }
      continue;
    }
    const { attendance, generic, attendedKind, attendsNoEncounter } = attendanceOf(words, found);
    // "Ban Ki-moon, who also attended, urged leaders …": attending told with nothing attended.
    const bareAttendance = /^(?:attended|took part)\s*(?:[,.;:]|$)/i.test(words.slice(found.index));
    // "attended the inauguration": taking part in something that is not an encounter.
    if (attendsNoEncounter) continue;
    // "He would return to Beirut on September 1": a return abroad is a visit; "Modi is scheduled to return to New Delhi"
    // is a journey home, and so is any return whose traveller's country the text does not give.
    const returning = /^return/i.test(found.word);
    for (const mention of mentionsOfClause(inputs, sentence, clause, words, found, triggerAt, meetings)) {
      if (returning && !returnsAbroad(inputs, mention)) continue;
      // "… before he leaves for Paris", of the French president: a departure home.
      if (/^(?:left|leaves|leaving|departed|departs) for$/i.test(found.word) && goesHome(inputs, mention)) continue;
      // "On the sidelines of the summit, Modi held bilateral talks with …": an encounter beside the summit, not it.
      const beside = mention.kind !== 'summit' && /\b(?:sidelines|margins) of\b/i.test(text);
      // "Trump and Xi … summit …. The two leaders met … on the sidelines of APEC": the summit's own two, told again.
      const toldAgain = /^\W*(?:The two (?:leaders|men|presidents)|Both leaders|They)\b/.test(text) && !mention.oneOfSeveral;
      // "Macron was joined later in the day by von der Leyen for a trilateral meeting": later, with others, is another.
      const later = /\blater (?:in the day|that day|on (?:the same day|\w+day)|in the (?:evening|afternoon|morning))\b|^\s*Later\b/i.test(words);
      // "The last meeting between the leaders of Japan and China took place in November 2024 in Lima, when Xi met
      // Takaichi's predecessor Shigeru Ishiba": the when-clause says who those leaders were then.
      // Not one of several told apart: "where on Wednesday he met … Abiy Ahmed and, separately, … Faki Mahamat".
      const restated = mention.restates && !mention.oneOfSeveral && mention.participants.length >= 2 ? [...meetings].reverse().find((meeting) => meeting.past && meeting.sentences.includes(sentence.index)) : undefined;
      if (restated) {
        restated.participants = [...mention.participants];
        restated.countries = [...mention.countries];
        merge(restated, mention);
        continue;
      }
      // "Also on Tuesday, Erdogan and Raisi co-chaired a meeting of the Türkiye-Iran High-Level Cooperation Council":
      // two who chaired a gathering told as new held one of their own.
      if (!anaphoric && attendance && attendedKind === 'meeting' && mention.participants.length >= 2 && /^(?:co-)?chaired\s+(?:a|an)\s/i.test(words.slice(found.index)) && /\band\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u.test(words.slice(0, found.index))) {
        meetings.push({ ...mention, kind: 'meeting' });
        continue;
      }
      const same = [...meetings].reverse().find((meeting) => sameEncounter(meeting, mention) && !(beside && meeting.kind === 'summit' && !(toldAgain && sameParties(meeting, mention))) && !(later && !sameParties(meeting, mention)));
      if (same) merge(same, mention, anaphoric);
      else if (attendance) {
        // Those who attended join the gathering reported in the sentences just before.
        // "attended the consultations" joins the last encounter of that kind.
        // A summit lasts days: "was among the leaders at the summit, which began on Monday" is the same summit.
        // "Maduro, on his first visit to Brazil since he attended Dilma Rousseff's inauguration … in 2015": not the day's.
        const compatible = (meeting: MeetingDraft): boolean => meeting.status === mention.status && Boolean(meeting.past) === Boolean(mention.past) && (mention.date === null || meeting.date === null || meeting.date === mention.date || meeting.kind === 'summit');
        // "Marcos and Anwar were among those attending", four sentences after the summit opened: a summit keeps
        // gathering attendees for longer than a meeting does.
        const gathering = [...meetings].reverse().find((meeting) =>
          attendedKind !== null
            ? compatible(meeting) && (meeting.kind === attendedKind || (attendedKind === 'talks' && meeting.kind === 'bilateral talks') || (attendedKind === 'meeting' && meeting.kind === 'summit'))
            : compatible(meeting) && meeting.kind === 'summit' && meeting.sentences.some((index) => sentence.index - index <= 6),
        ) ?? (attendedKind !== null ? undefined : [...meetings].reverse().find((meeting) =>
          // "Obama held separate talks … after meeting … Abe on Thursday. U.N. Secretary-General Ban Ki-moon, who also
          // attended, …": not one of the encounters told apart.
          compatible(meeting) && meeting.kind !== 'phone call' && !meeting.oneOfSeveral && (!bareAttendance || meeting.participants.length !== 2) && (meeting.kind !== 'video call' || REMOTE.test(words)) && meeting.sentences.some((index) => sentence.index - index <= (generic ? 3 : 2))));
        if (gathering && mention.participants.length > 0) merge(gathering, { ...mention, location: null, date: null });
        // "Scholz is due to attend the G20 summit in Rio de Janeiro": a summit of its own when none was told before.
        // "Anwar and Wong attended the leaders' retreat in Putrajaya": a summit named by what was attended, too.
        // "Tokayev took part on Friday in the first Central Asia - Germany summit": "the" summit of the news, none told before.
        else if (!gathering && (!anaphoric || !meetings.some((meeting) => meeting.kind === 'summit')) && (found.kind === 'summit' || attendedKind === 'summit') && standsAlone(mention, 'summit', words)) meetings.push({ ...mention, kind: 'summit' });
        // "On Thursday evening, Abe and Li attended a reception marking the 40th anniversary of the treaty": two named
        // together at a reception or a dinner of another day met there.
        else if (!gathering && !anaphoric && attendedKind === 'meeting' && mention.participants.length >= 2) meetings.push({ ...mention, kind: 'meeting' });
      } else if (!anaphoric && gatheringOfLeaders(mention, found.kind, text) && !SIDELINES_OF.test(words.slice(Math.max(0, found.index - 60), found.index)) && !inputs.personMentions.some((person) => person.sentence === sentence.index)) meetings.push({ ...mention, kind: 'summit' });
      else if (!anaphoric && standsAlone(mention, found.kind, words)) meetings.push(mention);
      // "Modi left for Colombo later in the day": a journey to a city is kept while a meeting there may follow.
      // "… before the Chinese leader travels to Manchester on Friday": a dated journey abroad is a visit of its own;
      // "Kishida left for Osaka on Friday evening" is a trip at home.
      else if (!anaphoric && mention.journey && mention.participants.length === 1 && mention.location !== null) {
        const abroad = mention.date !== null && mention.locationCountry !== null && mention.countries.length > 0 && !mention.countries.includes(mention.locationCountry);
        meetings.push({ ...mention, provisional: !abroad });
      }
      // "a high-level White House delegation met Prime Minister Manasseh Sogavare in Honiara": one named party and
      // unnamed delegates; kept while the sentences after name them ("The delegation, led by Kurt Campbell …").
      else if (!anaphoric && (found.kind === 'meeting' || found.kind === 'talks') && mention.participants.length === 1 && mention.location !== null && DELEGATES.test(words)) meetings.push({ ...mention, provisional: true });
      // "after a video conference between Chinese President Xi Jinping and the leaders of the bloc's institutions":
      // one party named; those who "took part from Brussels" in the sentences after are the others.
      else if (!anaphoric && found.kind === 'video call' && mention.participants.length === 1 && mention.status === 'held' && !mention.past) meetings.push({ ...mention, provisional: true });
      // "DHAHRAN, April 15 (Reuters) - Saudi Arabia's King Salman opened an Arab League summit on Sunday": the host of
      // the day's summit, held where the dateline says.
      else if (!anaphoric && (sentence.index === 0 || opensTheReport(inputs, sentence)) && inputs.datelinePlace && found.kind === 'summit' && mention.participants.length === 1 && mention.status === 'held' && mention.location === null && mention.date !== null && !mention.past) meetings.push({ ...mention, provisional: true, awaitsPlace: true });
      // "The talks at Villa La Grange, an 18th-century mansion, lasted …": the encounter just told was held there.
      else if (anaphoric && mention.locationKind === 'venue') {
        const referent = [...meetings].reverse().find((meeting) => meeting.sentences.some((index) => sentence.index - index <= 3) && meeting.status === mention.status);
        if (referent) placeAtVenue(referent, mention);
      }
      // "… have held their first face-to-face summit at the White House …. The talks on Friday began with a one-on-one
      // session": the day of the encounter just told.
      else if (anaphoric && mention.participants.length === 0 && mention.date !== null && !mention.dayInferred && /^\S+\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(words.slice(found.index))) {
        const referent = [...meetings].reverse().find((meeting) => meeting.sentences.some((index) => sentence.index - index <= 2) && meeting.status === mention.status && !meeting.past);
        if (referent && referent.date === null) referent.date = mention.date;
      }
      // "… talks … ended on Friday in Anchorage …. The meeting got off to a frosty start on Thursday": an encounter of
      // days is dated by its first.
      else if (anaphoric && mention.participants.length === 0 && mention.date !== null && !mention.dayInferred && mention.status === 'held' && BEGAN_ON.test(words.slice(found.index))) {
        const referent = [...meetings].reverse().find((meeting) => meeting.sentences.some((index) => sentence.index - index <= 2) && meeting.status === 'held' && !meeting.past);
        if (referent && (referent.date === null || (mention.date < referent.date && Date.parse(referent.date) - Date.parse(mention.date) <= 3 * 86_400_000))) referent.date = mention.date;
      }
    }
  }
}

/**
 * Whether a clause's word tells someone took part in a gathering, and of what kind: "attended the summit" is a summit,
 * "attended the event" the gathering told before (generic), "attended the inauguration" no encounter at all.
 */
function attendanceOf(words: string, found: { kind: MeetingKind; index: number; word: string }): { attendance: boolean; generic: boolean; attendedKind: MeetingKind | null; attendsNoEncounter: boolean } {
  // "Other leaders at the summit included Papua New Guinea's James Marape, …": those it lists attended it.
  if ((found.kind === 'summit' || found.kind === 'meeting' || found.kind === 'talks') && /\b(?:leaders|participants|attendees|guests|those)\s+(?:at|attending)\s+the\s+(?:[\w'’-]+\s+){0,2}$/i.test(words.slice(0, found.index)) && /^\S+\s+(?:included|includes|were)\s/i.test(words.slice(found.index))) {
    return { attendance: true, generic: false, attendedKind: found.kind, attendsNoEncounter: false };
  }
  // "Kazakh President Kassym-Jomart Tokayev, … took part in the virtual summit": those who joined the gathering by video.
  if (found.kind === 'video call' && /^(?:took part|taking part|participated|joined)\s+in\s+(?:the|this|that)\s/i.test(words.slice(found.index))) {
    return { attendance: true, generic: false, attendedKind: null, attendsNoEncounter: false };
  }
  const attendance = (found.kind === 'meeting' || found.kind === 'summit') && ATTENDING.test(words.slice(found.index));
  // "Around the table were …": at the gathering just told.
  if (attendance && /^around the table/i.test(found.word)) return { attendance, generic: true, attendedKind: null, attendsNoEncounter: false };
  // "was among the leaders at the summit": among whom says nothing, where they were names the gathering.
  const among = attendance && /among$/i.test(found.word);
  const attended = attendance ? (among ? /^\S+\s+\S+\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:at|in)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b/ : /^\S+(?:\s+\S+)?\s+(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\b(?![’'])/).exec(words.slice(found.index)) : null;
  // "attended the event" names no kind: it joins the gathering reported just before, whatever its kind.
  const generic = attended !== null && /^(?:event|gathering)$/i.test(attended[1] ?? '');
  const attendedKind = attended && !generic ? kindAttended(words.slice(found.index + attended.index + attended[0].length - (attended[1] ?? '').length)) : null;
  return { attendance, generic, attendedKind, attendsNoEncounter: attended !== null && !generic && attendedKind === null };
}

/**
 * "Kerry and Lavrov met in Geneva on Friday …. On Friday, Kerry and Lavrov also met U.N. peace envoy Lakhdar Brahimi":
 * an encounter with no place, on the day two of its parties met somewhere, was held in that town.
 */
function placeWithTheSameParties(meetings: MeetingDraft[]): void {
  for (const meeting of meetings) {
    if (meeting.location !== null || meeting.date === null || meeting.status !== 'held' || isCall(meeting)) continue;
    const there = meetings.find((other) => other !== meeting && other.location !== null && other.status === 'held' && !isCall(other) && other.date === meeting.date
      && other.participants.filter((person) => meeting.participants.includes(person)).length >= 2);
    const town = there?.city ?? (there?.locationKind === 'city' ? there.location : null);
    if (there && town) setPlace(meeting, { location: town, locationCountry: there.locationCountry, locationKind: 'city', city: town });
  }
}

/**
 * "Pope Francis is due to attend the summit on Friday", "Zelensky also signed a security agreement with Kishida on the
 * sidelines of the summit": an encounter told by the summit it is part of, with no place of its own, is where the
 * summit is.
 */
function placeAtTheSummit(inputs: MeetingInputs, meetings: MeetingDraft[]): void {
  const summitOf = (status: MeetingDraft['status']): MeetingDraft | undefined => meetings.find((meeting) => meeting.status === status && !meeting.past && meeting.location !== null && (meeting.kind === 'summit' || meeting.participants.length >= 3));
  const held = summitOf('held');
  // "Modi was scheduled to leave later Saturday for Tianjin, China, to attend a summit …. He is expected to hold talks
  // with Chinese President Xi Jinping on the sidelines on Sunday": a plan beside a summit still to come.
  const coming = summitOf('planned');
  for (const meeting of meetings) {
    const summit = meeting.status === 'planned' ? coming ?? held : held;
    // "LIMA (Reuters) - … as a Summit of the Americas … closed …. Trudeau, who sat down with Pena Nieto on the sidelines,
    // said …": beside a gathering the report tells of where it was filed, with none placed, in the town of the dateline.
    const dateline = inputs.datelinePlace;
    if (summit === undefined && meeting.beside && meeting.status === 'held' && meeting.location === null && !meeting.past && !isCall(meeting) && dateline?.kind === 'city' && meetings.some((other) => other.kind === 'summit') === false && /\b(?:summit|conference|gathering|forum)\b/i.test(inputs.sentences[0]?.text ?? '')) {
      setPlace(meeting, { location: dateline.name, locationCountry: dateline.country, locationKind: 'city', city: dateline.name });
      continue;
    }
    if (summit === undefined || meeting === summit || meeting.location !== null || meeting.past || isCall(meeting) || meeting.destination !== undefined) continue;
    const told = meeting.spans.some((span) => AT_THE_SUMMIT.test(inputs.body.slice(span.start, span.end)));
    // "Pope Francis is due to attend the summit on Friday …. He is expected to hold bilateral meetings with several
    // leaders, including Biden": one of its parties told just before to be at the summit.
    const first = inputs.sentences[Math.min(...meeting.sentences)];
    const before = first ? inputs.sentences[first.index - 1] : undefined;
    const attendeeBefore = before !== undefined && before.paragraph >= (first?.paragraph ?? 0) - 1 && AT_THE_SUMMIT.test(before.text)
      && inputs.personMentions.some((mention) => mention.sentence === before.index && meeting.participants.includes(mention.person));
    if (told || attendeeBefore) setPlace(meeting, summit);
  }
}

const AT_THE_SUMMIT = /\b(?:attend(?:s|ed|ing)? (?:the|a)|(?:sidelines|margins) of the|at the) summit\b/i;

/** A later mention naming the building of an encounter in its city, or anywhere when the encounter has no place yet. */
function placeAtVenue(referent: MeetingDraft, mention: MeetingDraft): void {
  if (mention.locationKind !== 'venue' || referent.status !== mention.status) return;
  if (referent.location !== null && !(referent.locationKind === 'city' && (mention.city === null || mention.city === referent.location))) return;
  setPlace(referent, { ...mention, city: referent.location ?? mention.city });
  referent.date ??= mention.date;
}

/**
 * "right after the April 28 federal election", "since the Oct. 7 attacks": a date between "the" and a noun is that
 * event's day; it dates an encounter only when the noun names one ("the Jan. 10 talks").
 */
function namesAnotherEvent(body: string, date: { start: number; end: number }): boolean {
  // "ahead of the first anniversary of the invasion of Ukraine on Feb. 24": the day of the anniversary.
  if (/\b(?:anniversary|birthday|deadline)\b(?:\s+(?:of|on)\s+(?:the\s+)?[\w'’-]+){0,4}\s+(?:on\s+)?$/i.test(body.slice(Math.max(0, date.start - 70), date.start))) return true;
  if (!/\bthe\s+$/i.test(body.slice(Math.max(0, date.start - 5), date.start))) return false;
  const words = /^,?\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/.exec(body.slice(date.end, date.end + 60))?.[1];
  if (words === undefined) return false;
  return !words.split(/\s+/).some((word) => kindOfNoun(word) !== null || /^(?:visits?|trip|call|summit|talks)$/i.test(word));
}

/** The kind of encounter a noun names ("the consultations" → talks), or null for other events ("the inauguration"). */
/**
 * "the talks", "the visit": a later mention of an encounter already reported, never a new one. ("The agreement was
 * signed by …" names what was signed, not an encounter told before.) "It was the last Quad summit for Mr. Biden":
 * what the encounter was, said of the one just told.
 */
function refersBack(words: string, found: { index: number; word: string }): boolean {
  // "finalised the deal over lunch": the noun before a meal is not the encounter.
  // "The roughly 25-minute meeting at the Great Hall": more words between "the" and a noun still describe it.
  const before = words.slice(Math.max(0, found.index - 40), found.index).replace(/^.*?\b(?=(?:the|this|that|these) )/i, '');
  // "The next summit is due to be hosted by Canada": another one, still to come.
  if (/^(?:the )?next (?:[\w-]+ )?$/i.test(before)) return false;
  // "when the two met in Damascus on Wednesday": the two who meet, not an encounter named before.
  if (/^the two $/i.test(before) && /^(?:met|meet|meets)$/i.test(found.word)) return false;
  return !/signed$/i.test(found.word) && !/^over\b/i.test(found.word) && (/^(?:the|this|that|these) (?:(?:[\w-]+ )?|(?:(?:roughly|about|nearly|some|almost|more than) )?(?:[\w-]+-(?:minute|hour)|hour-long|closed-door|one-on-one|face-to-face) (?:[\w-]+ )?)$/i.test(before)
    || /^\W*(?:It|This|That) (?:was|is|will be|marked|marks) (?:the|a|an|their|his|her) (?:[\w-]+ ){0,3}$/.test(words.slice(0, found.index))
    // "The gathering, hosted by Albanian Prime Minister Edi Rama and chaired by … Charles Michel, brought together …".
    || /^\W*(?:The|This) (?:[\w-]+ )?(?:gathering|conference|forum),\s+$/.test(words.slice(0, found.index)))
    && !/^\S+\s+(?:with|between|of)\b/.test(words.slice(found.index));
}

/**
 * The kind of what was attended, told by the first of its words that names one: "the summit", "the leaders' retreat",
 * "the Group of 20 summit in Hangzhou". "the inauguration of the new president" names none.
 */
function kindAttended(phrase: string): MeetingKind | null {
  for (const word of /^[^.;:,()]*/.exec(phrase)?.[0].split(/\s+/).slice(0, 5) ?? []) {
    if (/^(?:in|at|on|with|for|by)$/i.test(word)) return null;
    const kind = kindOfNoun(word);
    if (kind) return kind;
  }
  return null;
}

function kindOfNoun(noun: string): MeetingKind | null {
  if (/^(?:summit|summits)$/i.test(noun)) return 'summit';
  if (/^(?:talks|negotiations|consultations|discussions|dialogue)$/i.test(noun)) return 'talks';
  if (/^(?:meeting|meetings|gathering|conference|dinner|lunch|luncheon|banquet|reception)$/i.test(noun)) return 'meeting';
  // "attended the leaders' retreat in Johor".
  if (/^(?:retreat)$/i.test(noun)) return 'summit';
  if (/^(?:call)$/i.test(noun)) return 'phone call';
  return null;
}

// "Trump made a series of calls to regional leaders on Tuesday. He also spoke to Jordan's King Abdullah II, …".
const CALLS_TOLD = /\b(?:(?:phone|telephone) calls?|(?:series|round) of calls|calls? (?:to|with))\b/i;
const SPOKE_TO = /\b(?:spoke|talked) (?:to|with)\b/i;

/** Speaking to someone, told in a sentence about calls or just after one, is a call. */
function spokeAmongCalls(inputs: MeetingInputs, sentence: Sentence, words: string): { kind: MeetingKind; index: number; word: string } | null {
  const spoke = SPOKE_TO.exec(words);
  if (!spoke) return null;
  const before = inputs.sentences[sentence.index - 1];
  const told = CALLS_TOLD.test(sentence.text) || (before !== undefined && before.paragraph === sentence.paragraph && CALLS_TOLD.test(before.text));
  return told ? { kind: 'phone call', index: spoke.index, word: spoke[0] } : null;
}

function firstTrigger(text: string): { kind: MeetingKind; index: number; word: string } | null {
  // Most clauses of a sentence that tells an encounter hold no encounter word: one test of all the triggers at once
  // spares those clauses a test of each.
  if (!anyTriggerFor(text).test(text)) return null;
  let best: { kind: MeetingKind; index: number; word: string } | null = null;
  let own: { kind: MeetingKind; index: number; word: string } | null = null;
  let setting: { kind: MeetingKind; index: number; word: string } | null = null;
  for (const trigger of TRIGGERS) {
    const match = trigger.pattern.exec(text);
    if (!match) continue;
    // "On the sidelines of the summit, Modi held bilateral talks with …": the summit is where the talks were held.
    if (trigger.kind === 'summit' && SIDELINES_OF.test(text.slice(Math.max(0, match.index - 60), match.index))) {
      setting ??= { kind: trigger.kind, index: match.index, word: match[0] };
      continue;
    }
    if (best === null) best = own = { kind: trigger.kind, index: match.index, word: match[0] };
    else if (match.index < best.index) best = { kind: best.kind, index: match.index, word: match[0] };
  }
  // "where he will attend the opening of the Winter Olympics on Friday and hold talks with … Xi Jinping on Sunday":
  // the talks are told at their own word, past taking part in what is no encounter.
  if (best !== null && own !== null && best !== own && (own.kind === 'talks' || own.kind === 'meeting') && /^attend/i.test(best.word) && /\band\s+(?:will\s+|then\s+|later\s+)?\S+\s+$/.test(text.slice(best.index, own.index)) && attendanceOf(text, { ...best, kind: 'meeting' }).attendsNoEncounter) return own;
  return best ?? setting;
}

const SIDELINES_OF = openingFirst(String.raw`\b(?:sidelines|margins|side) of (?:the|a|an|this|that)\s+`, String.raw`(?:[\p{L}\d'’-]+\s+){0,5}$`);

interface Clause {
  start: number;
  end: number;
  /** Offset of the ", who" that opens a relative clause: its subject is the name just before. */
  relativeTo: number | null;
  /** Relative clauses inside this one (", who returned to office in January,"), which are clauses of their own. */
  holes: { start: number; end: number }[];
}

const APPOSED_NAME = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*,/u;

/** Clauses of a sentence as body offsets. A relative clause closed by a comma (", who …,") is a clause of its own. */
function clausesOf(text: string, offset: number): Clause[] {
  const inner: { start: number; end: number }[] = [];
  const relatives = allMatches(RELATIVE, text);
  for (const relative of relatives) {
    let close = text.indexOf(',', relative.index + relative[0].length);
    // ", who met the junta-appointed foreign minister, Wunna Maung Lwin, in Bangkok": a name in apposition goes on
    // to the comma after it.
    const apposition = close > 0 && /\b(?:minister|president|premier|counterpart|envoy|leader|chancellor|secretary|ambassador|king|emir)$/i.test(text.slice(0, close)) ? APPOSED_NAME.exec(text.slice(close + 1)) : null;
    if (apposition) close += 1 + apposition[0].length - 1;
    if (close > 0 && close - relative.index < 160) inner.push({ start: relative.index, end: close + 1 });
  }
  for (const other of allMatches(CLAUSE_OF_ANOTHER_TIME, text)) {
    const close = text.indexOf(',', other.index + other[0].length);
    if (close > 0 && close - other.index < 160 && VERB_RESUMED.test(text.slice(close, close + 30))) inner.push({ start: other.index, end: close + 1 });
  }
  const cuts: { at: number; relative: boolean }[] = [];
  for (const cut of allMatches(CLAUSE_BREAK, text)) {
    // The comma that closes a relative clause may open the next: "…, who faces a 25% tariff, and the two leaders were
    // scheduled to talk again".
    if (inner.some((span) => cut.index >= span.start && cut.index < span.end - 1)) continue;
    // "Modi told Putin … their talks", "Xi warned Biden … during a phone call": a speech verb followed by a name
    // keeps the listener in the clause.
    // So does "Obama told a joint news conference with Abe": who spoke there took part.
    if (/^(?:told|tells|warned)$/.test(cut[0]) && /^\s+(?:[\p{Lu}]|his |her |(?:the )?visiting |a joint (?:news|press) conference\b)/u.test(text.slice(cut.index + cut[0].length))) continue;
    cuts.push({ at: cut.index, relative: false });
    // "After speaking with Putin, Trump also called Zelensky": an opening subordinate clause ends at its comma.
    // But "After talks at the White House on Wednesday, the two men announced the deal": talks of nobody named, whose
    // parties the main clause opens with.
    // Not when the opening phrase ends without one: "After the speeches Obama spoke briefly with two survivors, Sunao
    // Tsuboi … and Shigeaki Mori".
    // So does one opened by how long before or after: "Shortly after speaking with the American leader, Mohammed VI
    // telephoned Palestinian President Mahmoud Abbas". Not a welcome undergone: "Moments after being welcomed at the
    // Presidential Mansion in Athens, Erdogan told Greek President Prokopis Pavlopoulos …" tells that welcome.
    const opensSentence = (/^(?:After|Before|While|When|As)$/.test(cut[0]) && cut.index === 0) || (/^(?:after|before)$/.test(cut[0]) && /^(?:Shortly|Soon|Just|Hours|Minutes|Moments|Immediately|Right)\s+$/.test(text.slice(0, cut.index)) && !/^\S+\s+being\b/.test(text.slice(cut.index)));
    if (opensSentence && !/^\S+\s+(?:the|a|an|his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+\p{Lu}/u.test(text.slice(cut.index))) {
      const comma = text.indexOf(', ', cut.index);
      const partiesAfter = comma > 0 && /^(?:the two (?:men|women|leaders|presidents|ministers|sides)|both (?:leaders|men|sides)|they)\b/i.test(text.slice(comma + 2)) && !/\b(?:he|she|they|his|her|their|him|them)\b/i.test(text.slice(0, comma));
      if (comma > 0 && !partiesAfter) cuts.push({ at: comma + 1, relative: false });
    }
  }
  for (const relative of relatives) {
    if (!inner.some((span) => span.start === relative.index)) cuts.push({ at: relative.index, relative: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = 0;
  let relativeTo: number | null = null;
  const push = (from: number, to: number): void => {
    if (to <= from) return;
    const holes = inner.filter((span) => span.start >= from && span.end <= to).map((span) => ({ start: offset + span.start, end: offset + span.end }));
    clauses.push({ start: offset + from, end: offset + to, relativeTo, holes });
  };
  for (const cut of cuts) {
    push(start, cut.at);
    relativeTo = cut.relative ? offset + cut.at : null;
    start = cut.at;
  }
  push(start, text.length);
  for (const span of inner) clauses.push({ start: offset + span.start, end: offset + span.end - 1, relativeTo: offset + span.start, holes: [] });
  return clauses.sort((a, b) => a.start - b.start);
}

/** The clause's text with its inner relative clauses blanked out, offsets kept. */
function clauseText(body: string, clause: Clause): string {
  let text = body.slice(clause.start, clause.end);
  for (const hole of clause.holes) text = text.slice(0, hole.start - clause.start) + ' '.repeat(hole.end - hole.start) + text.slice(hole.end - clause.start);
  return text;
}

function inClause(clause: Clause, start: number, end: number): boolean {
  return start >= clause.start && end <= clause.end && !clause.holes.some((hole) => start < hole.end && hole.start < end);
}

function mentionsOfClause(
  inputs: MeetingInputs,
  sentence: Sentence,
  clause: Clause,
  clauseText: string,
  trigger: { kind: MeetingKind; index: number; word: string },
  triggerAt: number,
  meetings: readonly MeetingDraft[],
): MeetingDraft[] {
  const { body } = inputs;
  let actors = actorsIn(inputs, sentence, clause, meetings, triggerAt);
  // "Gough Whitlam, who made the first visit to China": the relative clause's subject is the name before it.
  if (clause.relativeTo !== null) {
    const antecedent = inputs.personMentions.filter((mention) => mention.end <= clause.relativeTo! && clause.relativeTo! - mention.end <= 1).pop();
    if (antecedent && isSubject(inputs, antecedent.person)) actors.unshift({ start: antecedent.start, end: antecedent.end, persons: [antecedent.person] });
    // "The two leaders, who spoke by phone on Wednesday before Obama left Washington, shook hands …": a group too.
    const group = antecedent ? null : /(?:[Tt]he two (?:leaders|men|women|presidents|premiers|(?:prime |foreign )?ministers)|[Bb]oth leaders)$/.exec(body.slice(sentence.start, clause.relativeTo));
    const persons = group ? groupBefore(inputs, sentence, sentence.start + group.index, meetings, group[0]) : [];
    if (group && persons.length >= 2) actors.unshift({ start: sentence.start + group.index, end: clause.relativeTo, persons });
  }
  // "an invitation … for Raisi to visit Riyadh", "invited Putin to visit": only the nearest name visits.
  // Only when the name itself comes right before "to": "JD Vance and Rubio are due to meet Zelensky" keeps both.
  const infinitive = /\bto\s+(?:\S+\s+)?$/.test(body.slice(Math.max(clause.start, triggerAt - 16), triggerAt));
  if (infinitive) {
    const before = actors.filter((actor) => actor.end <= triggerAt);
    const nearest = before[before.length - 1];
    // But "Trump invited Lee to visit the United States", "Trump accepted an invitation from Abe to visit Japan": the
    // one who invites is the host of the visit.
    const invited = trigger.kind === 'visit' && /\binvit(?:ed|es|ing|ation)\b/i.test(body.slice(clause.start, triggerAt));
    if (nearest && !invited && /^\s+to\s+(?:\S+\s+)?$/.test(body.slice(nearest.end, triggerAt))) actors = actors.filter((actor) => actor.start >= triggerAt || actor === nearest);
  }
  // "Putin informed Modi about the outcome of his meeting in Moscow with Witkoff": the meeting is his, with Witkoff.
  const owner = actors.find((actor) => /^(?:his|her)$/i.test(body.slice(actor.start, actor.end)) && /^\s+(?:[\w-]+\s+)?$/.test(body.slice(actor.end, triggerAt)));
  if (owner) {
    actors = actors.filter((actor) => actor === owner || actor.start >= triggerAt);
    // "… as she held talks with President Cyril Ramaphosa. ¶ Her talks with the South African president took place at
    // Tuynhuys": whose talks with him were told already, when "her" could stand for someone else.
    // Only for a counterpart named by a title, as one already known is.
    const others = actors.filter((actor) => actor !== owner).flatMap((actor) => actor.persons);
    const described = actors.some((actor) => actor !== owner && /^[Tt]he\s/.test(body.slice(actor.start, actor.end)));
    const pronoun = body.slice(owner.start, owner.end);
    const told = described && others.length === 1 && !meetings.some((meeting) => meeting.participants.includes(others[0] as number) && owner.persons.every((person) => meeting.participants.includes(person)))
      ? [...meetings].reverse().find((meeting) => meeting.participants.length === 2 && meeting.participants.includes(others[0] as number) && meeting.participants.some((person) => person !== others[0] && fitsPronoun(inputs, person, pronoun)))
      : undefined;
    const party = told?.participants.find((person) => person !== others[0]);
    if (party !== undefined) owner.persons = [party];
  }
  const subjects = unique(actors.filter((actor) => actor.end <= triggerAt).flatMap((actor) => actor.persons));
  const objects = unique(actors.filter((actor) => actor.start >= triggerAt).flatMap((actor) => actor.persons)).filter((person) => !subjects.includes(person));
  // "Carney told Donald Trump to his face on Tuesday that …, as the US president renewed his musings … during a
  // cordial but pointed first meeting at the White House": a meeting of one told in a later clause is the meeting of
  // the two the sentence opened with.
  // "Prime Minister Hun Sen has voiced strong support …, following talks with Senior General Min Aung Hlaing": talks
  // with one counterpart, told after the sentence's only person, are that person's.
  const opening = trigger.kind === 'meeting' || trigger.kind === 'talks' ? openingPair(inputs, sentence, clause) : [];
  // "Scholz announced on Friday after hosting French President Emmanuel Macron and Prime Minister Donald Tusk" too, and
  // "Sheinbaum said on Thursday that … after a phone call with U.S. President Donald Trump".
  // "Kerry was due to fly to Jerusalem …, before traveling to Paris on Monday for talks with Fabius": the -ing
  // clause's visit is the subject's too.
  const ingVisit = trigger.kind === 'visit' && /^\W*(?:before|after|while)\s+\w+ing\b/i.test(body.slice(clause.start, clause.end));
  // "Xi will then pay a state visit to Brazil before going on to Argentina, Venezuela and Cuba": the traveller of the
  // sentence goes on, with nobody to meet named.
  const openedBy = subjects.length === 0 && (objects.length >= 1 || (ingVisit && /^\W*before\s+(?:going|travell?ing|flying|heading|moving)\s+on\s+to\b/i.test(body.slice(clause.start, clause.end)))) ? (trigger.kind === 'meeting' || trigger.kind === 'talks' || trigger.kind === 'phone call' || ingVisit ? openingPerson(inputs, sentence, clause) : null) ?? subjectAfterParticiple(inputs, sentence, clause) : null;
  // "Blinken told China's top diplomat Wang Yi that …, in the first face-to-face meeting between senior officials of
  // the two countries since …": a meeting whose clause names nobody is the two the sentence opened with.
  // "The two leaders then flew by helicopter to Sharif's family residence at Raiwind …, where the Pakistani leader's
  // granddaughter was getting married, and held talks there": the sentence's subject goes on past the where-clause.
  // "The two leaders traded barbs at a news conference … before sitting down for talks" too.
  const sentenceGroup = subjects.length + objects.length === 0 && /^,?\s*(?:where\b[^.;]*\band (?:then )?(?:held|had|met)\b|(?:before|after)\s+\w+ing\b)/i.test(clauseText)
    ? /^\W*(?:[Tt]he two (?:leaders|men|presidents|prime ministers)|[Bb]oth leaders)\b/.exec(sentence.text) : null;
  const goingOn = sentenceGroup ? groupBefore(inputs, sentence, sentence.start + sentenceGroup.index, meetings, sentenceGroup[0]) : [];
  // "… and hosted secret talks between Cuban and U.S. negotiators at the Vatican": talks of unnamed delegates, not of
  // the leaders the sentence named before.
  const delegates = (trigger.kind === 'talks' || trigger.kind === 'meeting') ? /^(?:\S+\s+){1,3}between\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}(?:negotiators|delegations|delegates|officials|envoys|representatives|diplomats|teams)\b/iu.exec(body.slice(triggerAt, clause.end)) : null;
  const betweenDelegates = delegates !== null && inputs.gazetteer.countries.some((country) => country.start >= triggerAt && country.end <= triggerAt + delegates[0].length);
  // "… before both men were driven to Putin's Bocharov Ruchei residence, where talks with the Russian leader ran for
  // four more hours": the group the where-clause follows met the one it names.
  const whereGroup = subjects.length === 0 && objects.length >= 1 && /^,?\s*where\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions)\s+with\b/i.test(clauseText) ? allMatches(GROUP, body.slice(sentence.start, clause.start)).pop() : undefined;
  const groupThere = whereGroup ? groupBefore(inputs, sentence, sentence.start + whereGroup.index, meetings, whereGroup[0]).filter((person) => !objects.includes(person)) : [];
  if (groupThere.length >= 2) subjects.push(...groupThere);
  const predecessor = predecessorSince(inputs, clause, triggerAt);
  let participants = predecessor !== null ? [predecessor] : betweenDelegates ? [] : goingOn.length >= 2 ? goingOn
    : (subjects.length + objects.length === 1 && opening.includes([...subjects, ...objects][0] as number)) || (subjects.length + objects.length === 0 && opening.length === 2) ? opening
    : openedBy !== null && !objects.includes(openedBy) ? [openedBy, ...objects]
    : withTheLeadPair(inputs, sentence, clause, trigger, triggerAt, [...subjects, ...objects]);

  let place = placeOf(inputs, sentence, clause, triggerAt, trigger.kind === 'phone call' || trigger.kind === 'video call');
  // "Lopez Obrador joined the video call from the National Palace in Mexico City": where one party sat, not a place
  // of the call.
  if ((trigger.kind === 'phone call' || trigger.kind === 'video call') && /\b(?:joined|join|joins|took part|taking part|spoke|speaking|participated)\b[^.;]*\bfrom\b/i.test(clauseText)) place = null;
  // "Xi met Saudi King Salman … at Al Yamamah Palace and then held talks with the crown prince": what the subject
  // went on to do there, where the clause names no other place.
  // "… held talks in Wellington on Monday with Foreign Minister Winston Peters and briefly met Prime Minister
  // Christopher Luxon": there that day too.
  // "… where he was received by … Abbas, held talks with Foreign Minister Riyad al-Maliki": there that day too.
  const alongside = /^\s*and\s+(?:briefly|separately)\s|^,\s+(?:held|had)\s+talks\s+with\s/.test(clauseText) ? [...meetings].reverse().find((meeting) => meeting.sentences.includes(sentence.index) && !isCall(meeting)) : undefined;
  if (place === null && alongside?.location) place = { name: alongside.location, country: alongside.locationCountry, kind: alongside.locationKind ?? 'city', city: alongside.city, unlisted: null };
  if (place === null && /^\s*and\s+(?:then|later)\s/.test(clauseText)) {
    const there = [...meetings].reverse().find((meeting) => meeting.sentences.includes(sentence.index) && meeting.location !== null && !isCall(meeting));
    if (there?.location) place = { name: there.location, country: there.locationCountry, kind: there.locationKind ?? 'city', city: there.city, unlisted: null };
  }
  // "Wang Yi arrived in Moscow on Tuesday and is expected to hold talks with … Lavrov during his visit": where the
  // subject arrived, when the plan names no place of its own.
  if (place === null && /^\s+and\s+(?:is|are|was|were)\s+(?:also\s+)?(?:due|set|expected|scheduled)\s+to\s/.test(clauseText)) {
    const arrival = inputs.gazetteer.places.findLast((found) => found.start >= sentence.start && found.end <= clause.start && /\b(?:arrived|arrives|landed|lands)\s+in\s+$/.test(body.slice(Math.max(sentence.start, found.start - 20), found.start)));
    if (arrival) place = { name: arrival.value.name, country: arrival.value.country, kind: arrival.value.kind, city: arrival.value.kind === 'city' ? arrival.value.name : arrival.value.city ?? null, unlisted: null };
  }
  // "Scholz last visited Xi in November 2022, when he became the first G7 leader to travel to Beijing": a when-clause
  // tells the time of the clause before it, so it is as far in the past, whatever its infinitives say.
  const before = body.slice(sentence.start, clause.start);
  // "… last travelled to Moscow in July 2024 for the annual summit, where Putin hosted him" too.
  // "… the first time … since 1969, when Prime Minister Sato Eisaku and President Richard Nixon met": that year's.
  // "Obama arrived in Vientiane on Monday night from China, where he attended the Group of 20 summit": where the
  // traveller came from, before the arrival.
  // "became the first Australian prime minister since Bob Hawke in 1990 to make a bilateral visit to Vanuatu, where he
  // held talks": the year of the predecessor's visit is not that of this one.
  // "The visit, Modi's first … trip … since he took office in May, began on Saturday in … Kyoto, where Abe … hosted a
  // dinner": when one came to office dates no encounter.
  // Only a when- or where-clause reads it, so only those pay for the replacement.
  const beforeNow = (): string => before.replace(/\bfirst\b([^.;]{0,80}?)\bsince\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,?\s+in\s+(?:19|20)\d\d\b/gu, 'first$1');
  const pastWhen = /^\W*(?:when|where)\b/i.test(clauseText) && (/\b(?:arrived|arrives|arriving|came|comes|flew|travell?ed|returned)\b[^.;]*\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,3},?\s*$/u.test(before) || PAST_ENCOUNTER.test(before) || earlierYear(withoutTakingOffice(beforeNow()), inputs.publishedAt) || earlierMonth(withoutTakingOffice(before), inputs.publishedAt) || EARLIER_SPAN.test(before) || /\bsince (?:19|20)\d\d,?\s*$/.test(before));
  // "King Salman last hosted an American president in April last year, when Barack Obama visited Riyadh": the host the
  // clause before names met the one the when-clause names.
  const hostedTitle = pastWhen && participants.length === 1 ? HOSTED_A_TITLE.exec(before) : null;
  // "The king last hosted …": the holder of the title the sentence opens with.
  const host = hostedTitle ? inputs.personMentions.find((mention) => mention.start >= sentence.start && mention.end <= sentence.start + hostedTitle.index && isSubject(inputs, mention.person))?.person ?? openingTitleHolder(inputs, sentence, sentence.start + hostedTitle.index) : null;
  if (host !== null && !participants.includes(host)) participants = [host, ...participants];
  // "was in Moscow on a previously scheduled visit": scheduled before, held now.
  // "The last Iranian president to visit Syria was Ahmadinejad": who went before, not who will go. So is "becoming the
  // last Group of Seven leader to travel there".
  // "… is due to hold talks with Netanyahu in Jerusalem, before meeting … Abbas in Bethlehem": an -ing clause goes
  // on with the plan the sentence told before it.
  // So does "… Obama was to set out his policy … in a speech … and then attend a state dinner offered by Piñera".
  const toldBefore = inputs.body.slice(sentence.start, clause.start);
  // "Xi will then pay a state visit to Brazil before going on to Argentina" too, with no comma.
  const planGoesOn = (/^(?:,\s*(?:before|after)\s+\w+ing|\s*before\s+(?:going|travell?ing|flying|heading|moving)\s+on\s+to)\b/i.test(inputs.body.slice(clause.start - 1, clause.end)) && tellsAPlan(toldBefore))
    || (/^\W*(?:and\s+)?then\s+\p{Ll}/u.test(clauseText) && (tellsAPlan(toldBefore) || /\b(?:was|were)\s+to\s+\p{Ll}/u.test(toldBefore)));
  // "The two leaders will see each other again in July, when Merkel hosts the Group of 20 summit in Hamburg": a
  // when-clause tells the time of a plan before it, so it is a plan too.
  const planWhen = /^\W*when\b/i.test(clauseText) && tellsAPlan(before);
  // "… before sitting down for talks and a working dinner, days before Macron hosts a Group of Seven summit in
  // Biarritz": what comes days after the news is still to come.
  const daysAhead = /^\W*before\s+(?!the\b|their\b|his\b|her\b)/i.test(clauseText) && /\b(?:days|weeks|a day|a week)\s+$/i.test(before);
  // "Pompeo spoke to Burhan by phone on Sunday and invited him to visit Washington later this year": the invitation
  // after the encounter's word is a plan of its own, not what the call was.
  const invitation = /\binvit(?:ed|es|ing)\b/i.exec(clauseText.slice(trigger.index + trigger.word.length));
  const ownWords = invitation ? clauseText.slice(0, trigger.index + trigger.word.length + invitation.index) : clauseText;
  // "The two presidents held official talks and witnessed the signing of agreements …, including a programme under
  // which Mexico will hire Cuban doctors": talks held are not planned by what comes after them.
  const heldBefore = /\b(?:held|had)\s+(?:[\w-]+\s+){0,2}$/i.test(clauseText.slice(0, trigger.index));
  // "Modi on Thursday hosted the first India-Central Asia Summit by video conference, with the presidents … agreeing to
  // hold the meeting every two years": what follows the comma after a verb of the past tells the encounter's future.
  // So does a headline's in the present: "Modi hosts first India-Central Asia Summit, leaders agree to meet every two years".
  const headline = inputs.datelineEnd !== undefined && sentence.end < inputs.datelineEnd;
  const pastVerbEnd = (headline ? /^(?:hosts|holds|meets|receives|welcomes|hosted|held|received|welcomed)$/i : /^(?:hosted|held|received|welcomed)$/i).test(trigger.word) ? clauseText.indexOf(', ', trigger.index) : -1;
  const planText = heldBefore ? clauseText.slice(0, trigger.index + trigger.word.length) : pastVerbEnd > 0 ? ownWords.slice(0, pastVerbEnd) : ownWords;
  // Words quoted in the clause are not its own: "Modi told a joint press conference with Sirisena, \"would contribute
  // to this process\"".
  const ownPlanText = unquoted(body, planText, clause.start, sentence.start);
  // "Israel's Bennett meets Putin in Moscow, then flies to Berlin for talks with Scholz": a headline tells the day's
  // journey on in the present tense.
  const plannedWords = !pastWhen && (planGoesOn || planWhen || daysAhead || tellsAPlan(headline ? ownPlanText.replace(/\bthen (?:travels|flies|heads)\b/g, '') : ownPlanText));
  // "The two leaders last met in Bali … in November last year": an earlier encounter keeps only a day its own clause tells.
  // "who made the first visit to China by an Australian prime minister in 1973": a year before the report's, too.
  // "… exactly 56 years after Charles de Gaulle and Konrad Adenauer signed the Elysee Treaty": the anniversary's event.
  const yearsBefore = /\b(?:\d+|\w+) years (?:after|since)\s+[^,;]*$/i.test(body.slice(Math.max(sentence.start, clause.start - 24), triggerAt));
  // "The leaders first met in a narrow format and then continued talks with their delegations": first, then; not before.
  const firstThen = /\bfirst (?:met|held|talked)\b[^.;]*\bthen\b/i.test(sentence.text);
  const head = withoutClosingApposition(clauseText, trigger.index);
  // "… tensions that surfaced when Obama visited Berlin in June. At a joint news conference with Merkel then, he
  // insisted …": "then" is the time just told, not the day of the news.
  const thatTime = /^\W*(?:At|In|During)\s[^,;]{1,80}\sthen,/.test(sentence.text);
  const past = predecessor !== null || pastWhen || yearsBefore || thatTime || (!plannedWords && ((PAST_ENCOUNTER.test(head) && !firstThen) || earlierYear(head, inputs.publishedAt) || earlierMonth(head, inputs.publishedAt) || EARLIER_SPAN.test(head)));
  // "The next summit is due to be hosted by Canada": the next of a series keeps only a day its own clause tells.
  const nextOfSeries = /\bnext (?:[\w-]+ ){0,2}$/i.test(clauseText.slice(0, trigger.index));
  const ownDay = (inputs.datesBySentence.get(sentence.index) ?? []).find((mention) => inClause(clause, mention.start, mention.end))?.date ?? null;
  // "Francis landed in Tbilisi on Friday afternoon …. The pope then called on Margvelashvili …. Francis then drove to the
  // patriarch's residence": what came next, with no day of its own, is of the day of the encounter just told.
  // Of those, the one of all its parties: "Mr Abe, who held talks with … John Key in Auckland on Monday …, was greeted
  // … on Tuesday morning. … The two leaders then held talks" goes on from Abe and Abbott's day.
  const toldJustBefore = !past && !plannedWords && ownDay === null && SEQUEL.test(clauseText) ? [...meetings].reverse().filter((meeting) => meeting.status === 'held' && !meeting.past && meeting.date !== null && meeting.sentences.some((index) => sentence.index - index >= 1 && sentence.index - index <= 4)) : [];
  const next = toldJustBefore.find((meeting) => participants.length >= 2 && participants.every((person) => meeting.participants.includes(person))) ?? toldJustBefore[0];
  // "Before meeting Petro, Blinken held talks with Foreign Minister Álvaro Leyva": the day of that meeting, told already.
  const beside = !past && ownDay === null ? BEFORE_MEETING.exec(sentence.text) : null;
  const besideWhom = beside ? inputs.personMentions.find((mention) => mention.sentence === sentence.index && mention.start - sentence.start < beside[0].length) : undefined;
  const besideDay = besideWhom ? meetings.find((meeting) => meeting.status === 'held' && !meeting.past && meeting.date !== null && meeting.participants.includes(besideWhom.person) && participants.some((person) => meeting.participants.includes(person)))?.date : undefined;
  // "Putin arrived in Israel on Monday, …. ¶ He was welcomed by President Shimon Peres at the President's Residence": a
  // welcome right after an arrival told with its day is of that day.
  const arrival = !past && !plannedWords && ownDay === null && /^\W*(?:He|She)\s+was\s+(?:welcomed|greeted|received|met)\b/.test(sentence.text) ? ARRIVED_ON.exec(inputs.sentences[sentence.index - 1]?.text ?? '') : null;
  const arrivalDay = arrival ? (inputs.datesBySentence.get(sentence.index - 1) ?? []).find((date) => date.start - (inputs.sentences[sentence.index - 1]?.start ?? 0) >= arrival.index)?.date : undefined;
  // "Francis landed late on Friday at … Airport …. Hours earlier, in Havana, the … pope had embraced Patriarch Kirill":
  // hours from the day the sentence before tells.
  const hoursAway = !plannedWords && ownDay === null && HOURS_AWAY.test(sentence.text) ? (inputs.datesBySentence.get(sentence.index - 1) ?? []).at(-1)?.date : undefined;
  const told = past || nextOfSeries ? ownDay : next?.date ?? (ownDay === null ? alongside?.date ?? besideDay ?? arrivalDay ?? hoursAway : undefined) ?? dateOf(inputs, sentence, clause, triggerAt, plannedWords, meetings, participants);
  // "Fidan met Haniyeh … in … Doha, on Wednesday …. During the same visit, Fidan held talks with …": the day and the
  // place of the visit's encounter told before.
  const sameTrip = /\b(?:during|on) (?:the same|that) (?:visit|trip)\b/i.test(body.slice(sentence.start, triggerAt))
    ? [...meetings].reverse().find((meeting) => meeting.status === 'held' && meeting.participants.some((person) => participants.includes(person)))
    : undefined;
  if (place === null && sameTrip?.location) place = { name: sameTrip.location, country: sameTrip.locationCountry, kind: sameTrip.locationKind ?? 'city', city: sameTrip.city, unlisted: null };
  // "European Commission President Ursula von der Leyen met Mr Zelensky in the city on Friday": the town of the
  // dateline, else that of the last encounter told.
  // "Dubai (dpa) - … landed in Abu Dhabi on Sunday …. Later in the day, the Israeli president held talks with … at his
  // palace in the capital": a capital, when the dateline's town is none.
  const inTheTown = place === null ? /^\S+\s+(?:[^.;]*?\s)?in the (?:[\p{L}-]+\s+)?(city|capital)\b(?!\s+of\b)/iu.exec(body.slice(triggerAt, clause.end)) : null;
  if (inTheTown) {
    const capital = inTheTown[1]?.toLowerCase() === 'capital';
    const filed = inputs.datelinePlace?.kind === 'city' && (!capital || CAPITALS.has(inputs.datelinePlace.name)) ? inputs.datelinePlace : null;
    const last = [...meetings].reverse().find((meeting) => meeting.city !== null && !isCall(meeting) && (!capital || CAPITALS.has(meeting.city)));
    const town = filed ? { name: filed.name, country: filed.country } : last?.city ? { name: last.city, country: last.locationCountry } : null;
    if (town) place = { ...town, kind: 'city', city: town.name, unlisted: null };
  }
  const inferred = told === null && !plannedWords && !past ? (sameTrip?.date ?? dayOfStory(inputs, sentence, meetings, participants, trigger.kind)) : null;
  const date = told ?? inferred;
  const planned = plannedWords || (date !== null && inputs.publishedAt !== null && date > inputs.publishedAt);
  const destination = trigger.kind === 'visit' ? destinationCountry(inputs, clause, triggerAt, triggerAt + trigger.word.length) : null;
  // "Rubio arrived in San Salvador from Panama, where on Sunday he met President José Raúl Mulino": in Panama.
  // Not a country a gathering is about: "travelled to Islamabad for the Heart of Asia conference on Afghanistan, where
  // she met Sharif".
  const whereCountry = place === null && /^\W*where\b/i.test(clauseText) ? inputs.gazetteer.countries.find((country) => country.value.form === 'name' && country.end <= clause.start && /^,?\s*$/.test(inputs.body.slice(country.end, clause.start)) && !/\b(?:on|about|over)\s+$/.test(inputs.body.slice(Math.max(0, country.start - 8), country.start)))?.value.country.name ?? null : null;
  const countries = participantCountries(inputs, participants, clause, triggerAt);
  if (destination && !countries.includes(destination)) countries.push(destination);
  const base = (people: number[], ownDate: string | null = date): MeetingDraft => ({
    kind: trigger.kind,
    date: ownDate,
    status: planned ? 'planned' : 'held',
    plover: 'CONSULT',
    cameo: '040',
    participants: people,
    countries: participants.length > 0 ? participantCountries(inputs, people, clause).concat(destination && people.length === 1 ? [destination] : []) : countries,
    location: place?.name ?? null,
    locationCountry: place?.country ?? null,
    city: place?.city ?? null,
    locationKind: place?.kind ?? null,
    unlistedPlace: place?.unlisted ?? null,
    sentences: [sentence.index],
    spans: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
    ...(inferred !== null && ownDate === inferred ? { dayInferred: true } : {}),
    ...(trigger.kind === 'visit' && JOURNEY.test(trigger.word) ? { journey: true } : {}),
    ...(past ? { past: true } : {}),
    ...(pastWhen ? { restates: true } : {}),
    // "Before the trilateral talks, Scholz and Macron held a one-on-one meeting": apart from the larger encounter.
    ...(/\b(?:one-on-one|tête-à-tête|bilateral)\b/i.test(clauseText) && people.length === 2 ? { oneOfSeveral: true } : {}),
    // "Xi would make a reciprocal visit to the United States" is not his trip to South Korea.
    ...(destination !== null ? { destination } : {}),
    ...(whereCountry !== null ? { inCountry: whereCountry } : {}),
    ...(/\b(?:on|at) the (?:sidelines|margins)\b/i.test(clauseText) ? { beside: true } : {}),
    ...(REMOTE_ENCOUNTER.test(clauseText) ? { remote: true } : {}),
    ...(APART_FROM_GATHERING.test(sentence.text) ? { apart: true } : {}),
    ...(SEQUEL.test(clauseText) ? { sequel: true } : {}),
    ...(participants.length === 1 && MEETS_A_GROUP.test(clauseText) ? { withGroup: true } : {}),
  });
  // "He travels on to Tonga on Tuesday, followed by Vanuatu, Papua New Guinea and Timor-Leste": a visit to each
  // country of the tour; the day told is the first stop's.
  const stops = trigger.kind === 'visit' && participants.length === 1 && destination !== null ? destinationsListed(inputs, clause, triggerAt, triggerAt + trigger.word.length) : [];
  if (stops.length >= 2) {
    const names = stops.map((stop) => stop.country);
    // "… Rwanda on Wednesday and Ethiopia on Thursday": a later stop's own day.
    const dayOf = (stop: { end: number }): string | null => (inputs.datesBySentence.get(sentence.index) ?? []).find((told) => /^\s+(?:on\s+)?$/.test(body.slice(stop.end, told.start)))?.date ?? null;
    return stops.map((stop, index) => ({
      ...base(participants, index === 0 ? date : dayOf(stop)),
      countries: participantCountries(inputs, participants, clause).filter((country) => !names.includes(country)).concat([stop.country]),
      location: null, locationCountry: null, city: null, locationKind: null, unlistedPlace: null,
      destination: stop.country,
    }));
  }
  // "held separate bilateral talks with Lavrov and Qin", "also met Premier Li Qiang and Zhao Leji": one meeting each.
  // "held bilateral talks with Hipkins and with Marape" too: bilateral means two parties each.
  // "with Qin Gang on Sunday and with Wang Yi on Monday" names two encounters.
  // "called on President Murmu and held a meeting with Jaishankar", "to call on President Abdul Hamid and to meet
  // opposition leader Khaleda Zia": two verbs, two encounters.
  // "for meetings with NATO Secretary General Mark Rutte and … Ursula von der Leyen": meetings, one each.
  // "was to be received by … Mattarella at the Quirinal Palace and then by Prime Minister Giorgia Meloni": one after another.
  // But "Putin was met at the airbase by Assad and Shoigu": those who welcome someone on arrival do it together.
  const welcomed = /\b(?:was|were|is|are|being)\s+$/i.test(body.slice(Math.max(clause.start, triggerAt - 8), triggerAt));
  // "Trump made a series of calls to regional leaders …. He also spoke to Jordan's King Abdullah II, …": a call each.
  const previous = inputs.sentences[sentence.index - 1];
  const seriesOfCalls = trigger.kind === 'phone call' && [sentence.text, previous?.paragraph === sentence.paragraph ? previous.text : ''].some((text) => /\b(?:series|round) of (?:phone |telephone )?calls\b|\bseparate (?:phone |telephone )?calls\b/i.test(text));
  // "where on Friday he met the foreign ministers of the Quad grouping, Australia's Marise Payne, India's …": those
  // met as one group. "held talks with Presidents Filipe Nyusi, Jacob Zuma and John Magufuli respectively": one each.
  // "Biden will meet leaders of the Bucharest Nine … at a summit in Warsaw co-hosted by Duda and … Iohannis": a summit
  // the meeting is held at gathers them all.
  const asGroup = /^\S+\s+(?:the|all|both)\s+(?:[\w-]+\s+){0,2}(?:ministers|leaders|presidents|premiers|heads of (?:state|government)|counterparts)\b/i.test(clauseText.slice(trigger.index))
    || /^\S+\s+(?:the\s+)?leaders\s+of\b[^;]*\bat\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}summit\b/i.test(clauseText.slice(trigger.index))
    // "Modi also met Xi and … Putin in their own trilateral format": met together.
    || /\b(?:trilateral|three-way|four-way|together)\b/i.test(clauseText.slice(trigger.index))
    // "Obama met leaders of the six-nation Gulf Cooperation Council at Diriyah Palace …, among them Saudi King Salman, …",
    // "Obama met European leaders, including Merkel and Cameron".
    || /^\S+\s+(?:the\s+)?(?:[\w-]+\s+){0,2}leaders\b[^;]*\b(?:among them|including)\b/i.test(clauseText.slice(trigger.index));
  // "Modi also called Afghan President Ashraf Ghani, Bangladesh's Sheikh Hasina and Sri Lanka's Maithripala Sirisena": a
  // call placed to each is between two.
  // ("Biden spoke on Monday with Macron, Merkel, Draghi and Johnson" is one call of five.)
  // "Lavrov spoke by telephone with both of his counterparts": one call with each.
  const callsEach = trigger.kind === 'phone call' && (/^(?:called|phoned|telephoned)$/i.test(trigger.word) || /\bboth of (?:his|her) counterparts\b/i.test(clauseText));
  const separate = seriesOfCalls || callsEach || /\b(?:separate(?:ly)?|bilateral|meetings with|and then by|respectively)\b/i.test(clauseText) || (/^(?:met|meets|meet)$/i.test(trigger.word) && !welcomed && !asGroup) || /\bwith\b[^;]*\band (?:then |later |also )?with\b/i.test(clauseText) || /(?:\band|, then) (?:also )?(?:to )?(?:held|had|met|meet|hold|call(?:ed|s)? on)\b/i.test(clauseText.slice(trigger.index));
  // "Macron and Starmer each visited the White House to urge Trump": each subject's own encounter with the others.
  if (subjects.length >= 2 && objects.length >= 1 && /\beach\s+(?:\S+\s+)?$/i.test(body.slice(Math.max(clause.start, triggerAt - 16), triggerAt))) {
    return subjects.map((subject) => ({ ...base([subject, ...objects]), oneOfSeveral: true }));
  }
  // "…, when he met Raisi and Khamenei": a when-clause tells who were at the one encounter it dates.
  // "where she met Sharif and his foreign affairs adviser Sartaj Aziz": an aide told with the one met is met with them.
  // "met Livni, Erekat and their teams at the White House": those met with their delegations, together.
  const withAide = /\band (?:his|her|their) (?:[\w-]+ ){0,4}(?:adviser|advisor|aides?|deputy|envoy|delegations?|teams?)\b/i.test(clauseText.slice(trigger.index));
  // "from Ashgabat, where he earlier held talks with … Serdar Berdimuhamedov and met his father, …": two verbs tell two
  // encounters, in a where-clause too.
  // "Blinken met Abbas in Ramallah during his trip and held talks in Jerusalem with Bennett on Sunday": two verbs,
  // each with its own place and day.
  // "is due to have lunch with Queen Elizabeth II at Windsor Castle on Friday and to hold talks in London with … Cameron".
  const secondVerb = /\b(?:and|, then) (?:also )?(?:held|had|met|call(?:ed|s)? on|to (?:hold|meet|call on))\b/i.exec(clauseText.slice(trigger.index));
  // "arrived in Niamey from Addis Ababa, where on Wednesday he met … Abiy Ahmed and, separately, … Moussa Faki Mahamat":
  // told as apart, in a where-clause too.
  if (separate && !withAide && (!pastWhen || secondVerb !== null || /\bseparately\b/i.test(clauseText)) && subjects.length === 1 && objects.length >= 2) {
    // "met Erdogan on Friday, and Sharif on Thursday": each counterpart with the date that follows it.
    const objectActors = actors.filter((actor) => actor.start >= triggerAt && actor.persons.some((person) => objects.includes(person)));
    const splitAt = secondVerb ? clause.start + trigger.index + secondVerb.index : null;
    const sentenceDates = inputs.datesBySentence.get(sentence.index) ?? [];
    return objects.map((object) => {
      const index = objectActors.findIndex((actor) => actor.persons.includes(object));
      const at = objectActors[index]?.start ?? triggerAt;
      if (splitAt !== null) {
        const [from, to] = at < splitAt ? [triggerAt, splitAt] : [splitAt, clause.end];
        const own = sentenceDates.find((mention) => mention.start >= from && mention.end <= to);
        const dayElsewhere = sentenceDates.some((mention) => mention.start >= triggerAt && mention.end <= clause.end && !(mention.start >= from && mention.end <= to));
        const place = inputs.gazetteer.places.find((found) => found.start >= from && found.end <= to && introducedDirectly(inputs.body, found.start));
        // "Biden, who arrived in Madrid on Tuesday and met Spain's King Felipe VI": met on the day of the arrival.
        const arrival = at >= splitAt && (JOURNEY.test(trigger.word) || /^(?:arrived|arrives|landed|lands|reached)\b/i.test(trigger.word)) ? sentenceDates.find((mention) => mention.start >= triggerAt && mention.end <= splitAt) : undefined;
        // "held talks on Monday with President Petro Poroshenko, then met Prime Minister Arseniy Yatsenyuk": what came
        // next, with no day of its own, is of the day just told.
        const thenOn = at >= splitAt && /\bthen\b/i.test(secondVerb?.[0] ?? '') ? sentenceDates.find((mention) => mention.start >= triggerAt && mention.end <= splitAt) : undefined;
        // "… on Friday and to hold talks in London with … Cameron the same day": the day just told.
        const sameDay = at >= splitAt && /\b(?:the same day|that day)\b/i.test(inputs.body.slice(from, to)) ? sentenceDates.find((mention) => mention.start >= triggerAt && mention.end <= splitAt) : undefined;
        const meeting = { ...base([subjects[0] as number, object], own?.date ?? arrival?.date ?? thenOn?.date ?? sameDay?.date ?? (dayElsewhere ? null : date)), oneOfSeveral: true };
        if (place) setPlace(meeting, { location: place.value.name, locationCountry: place.value.country, locationKind: place.value.kind, city: place.value.kind === 'city' ? place.value.name : place.value.city ?? null });
        return meeting;
      }
      const from = objectActors[index]?.end ?? triggerAt;
      const to = objectActors[index + 1]?.start ?? clause.end;
      const own = sentenceDates.find((mention) => mention.start >= from && mention.end <= to);
      const meeting = { ...base([subjects[0] as number, object], own?.date ?? date), oneOfSeveral: true };
      // "… received by Mattarella at the Quirinal Palace and then by … Meloni at Palazzo Chigi": each at the place told after them.
      const place = index > 0 ? inputs.gazetteer.places.find((found) => found.start >= from && found.end <= to && introducedDirectly(inputs.body, found.start)) : undefined;
      if (place) setPlace(meeting, { location: place.value.name, locationCountry: place.value.country, locationKind: place.value.kind, city: place.value.kind === 'city' ? place.value.name : place.value.city ?? null });
      return meeting;
    });
  }
  return [base(participants)];
}

/** `text`, found at `at` in the body, less the words inside quotation marks and the marks themselves. */
function unquoted(body: string, text: string, at: number, sentenceStart: number): string {
  if (!/["“”]/.test(text)) return text;
  let kept = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === 0x22 || unit === 0x201c || unit === 0x201d || insideQuotation(body, at + i, sentenceStart)) continue;
    kept += text[i];
  }
  return kept;
}

/** Words of a plan, leaving out a plan made before ("previously scheduled") and who went before ("the last … to visit"). */
/**
 * The clause up to an apposition that closes it after the encounter's word: "… in Niamey for the first summit of the
 * Alliance of Sahel States (AES), the mutual defence pact the three juntas formed last September" tells of the pact.
 */
/**
 * "Pompeo is the first U.S. secretary of state to visit Sudan since Condoleezza Rice in 2005", "the first visit by an
 * Israeli head of state to Türkiye since Shimon Peres came in 2007", "the first Oval Office meeting between a
 * Pakistani premier and an American president since Imran Khan's visit in July 2019": the encounter told is the
 * predecessor's, years before. Not "the first meeting since Donald Trump returned to the White House".
 */
function predecessorSince(inputs: MeetingInputs, clause: Clause, triggerAt: number): number | null {
  const { body } = inputs;
  if (!/\bfirst\b[^;:"“”]{0,80}$/i.test(body.slice(clause.start, triggerAt)) || !/^since\s/.test(body.slice(clause.end, clause.end + 6))) return null;
  const named = inputs.personMentions.find((mention) => mention.start > clause.end && mention.start - clause.end <= 40 && /^since\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3})?$/u.test(body.slice(clause.end, mention.start)));
  if (!named || !isSubject(inputs, named.person)) return null;
  const after = body.slice(named.end, named.end + 40);
  return /^(?:['’]s\s+(?:[\w-]+\s+)?visit\b|,?\s+in\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d)\b|\s+(?:came|travell?ed|visited|went|did)\b|\s*[.;])/u.test(after) ? named.person : null;
}

function withoutClosingApposition(text: string, triggerIndex: number): string {
  const apposition = /,\s+(?:the|a|an)\s[^,]*$/.exec(text.slice(triggerIndex));
  return apposition ? text.slice(0, triggerIndex + apposition.index) : text;
}

function tellsAPlan(text: string): boolean {
  // "The meeting at Hyderabad House, scheduled for 35 minutes, went on for about 50": how long it was meant to last.
  // "Pompeo is the first U.S. secretary of state to visit Sudan since …": who went first, not who will go.
  // "… the first Australian prime minister since Bob Hawke in 1990 to make a bilateral visit to Vanuatu": the clause
  // after "since" tells the predecessor's visit, long held.
  // "… a two-day summit in Seoul overshadowed by North Korea's planned rocket launch": a plan of something else.
  return PLANNED.test(text.replace(/(?:['’]s|\b(?:the|a|an)) planned (?!(?:[\w-]+ ){0,2}(?:summit|meeting|talks|visit|trip|tour|call|conference|dinner|encounter|gathering|session|ceremony|signing)\b)(?=[a-z])/g, ' ').replace(/^\W*since\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:in (?:19|20)\d\d\s+)?to\s+(?:make|pay)\s+(?:a |an )?(?:[\w-]+ )?visit\b/u, '').replace(/\b(?:previously|already|long|originally)[- ]scheduled\b|\b(?:scheduled|planned|due) (?:to last )?for (?:(?:about|around|some|just|only) )?(?:an?|one|two|three|four|five|six|\d+|half an?) (?:minutes?|hours?)\b/gi, '').replace(/\b(?:(?:the|a) )?(?:last|first(?! lad(?:y|ies)\b)|only|previous) (?:[\w.-]+ ){0,7}to (?:visit|meet|travel|hold)\b/gi, ''));
}

/** The people the sentence names before the clause, when it names exactly two. */
function openingPair(inputs: MeetingInputs, sentence: Sentence, clause: Clause): number[] {
  // "Zelensky met Erdogan in Ankara on Thursday, a day after talks in Riyadh": talks told as the time of another
  // encounter are not that encounter's parties'.
  if (/^\W*(?:after|before)\b/i.test(inputs.body.slice(clause.start, clause.end)) && /\b(?:a|one|two|three|several) (?:day|days|week|weeks)\s*$/i.test(inputs.body.slice(Math.max(sentence.start, clause.start - 14), clause.start))) return [];
  const named = namedBefore(inputs, sentence, clause);
  return named.length === 2 ? named : [];
}

/**
 * "ULAANBAATAR, May 17 (MONTSAME) Prime Minister of India Narendra Modi and Prime Minister of Mongolia Chimediin
 * Saikhanbileg on Sunday agreed …. ¶ Following official talks at the Government House in Ulaanbaatar, Mr Modi
 * announced …": talks with no counterpart named, of one of the two the report opens with, are the talks of both.
 */
function withTheLeadPair(inputs: MeetingInputs, sentence: Sentence, clause: Clause, trigger: { kind: MeetingKind; word: string }, triggerAt: number, participants: number[]): number[] {
  const [party] = participants;
  if (participants.length !== 1 || party === undefined || (trigger.kind !== 'talks' && trigger.kind !== 'meeting') || !/^(?:talks|meeting|discussions)$/i.test(trigger.word)) return participants;
  if (/\b(?:with|between)\b/.test(inputs.body.slice(triggerAt, clause.end))) return participants;
  if (inputs.personMentions.some((mention) => mention.sentence === sentence.index && mention.person !== party)) return participants;
  const lead = inputs.sentences.find((other) => opensTheReport(inputs, other));
  if (!lead || lead.index >= sentence.index) return participants;
  const from = Math.max(lead.start, inputs.datelineEnd ?? 0);
  const [first, second] = inputs.personMentions.filter((mention) => mention.sentence === lead.index && mention.start >= from);
  if (!first || !second || first.person === second.person || ![first.person, second.person].includes(party)) return participants;
  const titleWords = String.raw`(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+)*`;
  const opensWithPair = new RegExp(`^\\W*${titleWords}$`, 'u').test(inputs.body.slice(from, first.start)) && new RegExp(`^\\s+and\\s+${titleWords}$`, 'u').test(inputs.body.slice(first.end, second.start));
  return opensWithPair ? [first.person, second.person] : participants;
}

/** The person the sentence names before the clause, when it names exactly one. */
function openingPerson(inputs: MeetingInputs, sentence: Sentence, clause: Clause): number | null {
  const named = namedBefore(inputs, sentence, clause);
  // "He laid flowers at the Wall of Remembrance before holding talks with President Volodymyr Zelensky": a sentence
  // opened by a pronoun names its subject the way "he" is read everywhere.
  const pronoun = named.length === 0 && clause.start > sentence.start + 2 ? /^\W*(?:He|She)\b/.exec(sentence.text) : null;
  if (pronoun) return subjectBefore(inputs, sentence, sentence.start + pronoun.index);
  // "Trump leaves Riyadh on Monday for Israel, where he is due to hold talks with … Netanyahu …, before meeting
  // Palestinian President Mahmoud Abbas in Bethlehem": an -ing clause has the sentence's subject, the name it opens with.
  if (named.length > 1 && /^\W*(?:before|after|while)\s+\w+ing\b/i.test(inputs.body.slice(clause.start, clause.end))) {
    const first = inputs.personMentions.find((mention) => mention.sentence === sentence.index && mention.person === named[0]);
    if (first && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(inputs.body.slice(sentence.start, first.start))) return first.person;
  }
  return named.length === 1 ? (named[0] as number) : null;
}

/**
 * "Speaking at a joint news conference with French President Emmanuel Macron as the summit closed, Trump said …": a
 * sentence opened by a participle has the subject of the clause after it, the first person named there.
 */
function subjectAfterParticiple(inputs: MeetingInputs, sentence: Sentence, clause: Clause): number | null {
  if (clause.start > sentence.start + 2 || !/^\W*(?:Speaking|Appearing|Standing|Talking|(?:After|Before|While)\s+(?:meeting|talking|hosting|receiving|holding talks))\s/.test(sentence.text)) return null;
  const comma = inputs.body.indexOf(', ', clause.end - 1);
  if (comma < 0 || comma >= sentence.end) return null;
  // "After meeting President Alexander Lukashenko, he offered to help …": the pronoun the main clause opens with.
  const pronoun = /^,\s+(he|she)\b/i.exec(inputs.body.slice(comma, sentence.end));
  // Read from the sentence's start: the one met, named before the pronoun, is not whom it stands for.
  if (pronoun) return subjectBefore(inputs, sentence, sentence.start, 0, (pronoun[1] ?? '').toLowerCase());
  const next = inputs.personMentions.find((mention) => mention.start > comma && mention.end <= sentence.end && isSubject(inputs, mention.person));
  // The subject opens the main clause: "…, Trump said"; not "…, said the president, who had met Abe".
  return next && /^,\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u.test(inputs.body.slice(comma, next.start)) ? next.person : null;
}

function namedBefore(inputs: MeetingInputs, sentence: Sentence, clause: Clause): number[] {
  if (clause.start <= sentence.start + 2) return [];
  return unique(inputs.personMentions.filter((mention) => mention.start >= sentence.start && mention.end <= clause.start && isSubject(inputs, mention.person) && !bystander(inputs.body, mention)).map((mention) => mention.person));
}

/** Whether the text sets something in a year before the report's: "in 1973", "in November 2022". */
// "Erdogan paid a two-day visit to Saudi Arabia in late April, during which he met King Salman" in a report of June:
// a month before the report's in its year. A later month ("in December" in a report of June) may be this year's or
// last year's, so it is left alone.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const IN_MONTH = new RegExp(String.raw`\bin (?:(?:early|late|mid-?)\s*)?(${MONTHS.join('|')})\b(?!\s+\d)`);
function earlierMonth(text: string, publishedAt: string | null): boolean {
  const month = IN_MONTH.exec(text)?.[1];
  return month !== undefined && publishedAt !== null && MONTHS.indexOf(month) + 1 < Number(publishedAt.slice(5, 7));
}

function earlierYear(text: string, publishedAt: string | null): boolean {
  const year = /\bin (?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+)?((?:19|20)\d\d)\b/.exec(text)?.[1];
  return year !== undefined && publishedAt !== null && year < publishedAt.slice(0, 4);
}

/** The people a clause names or refers to, in order. */
function actorsIn(inputs: MeetingInputs, sentence: Sentence, clause: Clause, meetings: readonly MeetingDraft[], triggerAt = clause.end): Actor[] {
  const { body } = inputs;
  const actors: Actor[] = [];
  for (const mention of inputs.personMentions) {
    if (inClause(clause, mention.start, mention.end) && isSubject(inputs, mention.person) && !insideQuotation(body, mention.start, sentence.start) && !bystander(body, mention)) {
      actors.push({ start: mention.start, end: mention.end, persons: [mention.person] });
    }
  }
  const start = clause.start;
  const text = clauseText(body, clause);
  // "his predecessor, Donald Trump, whose 2018 summit with Putin in Helsinki drew criticism": whose it is, is the one
  // named just before.
  const whose = /^[,\s]*whose\s/.test(text) ? namedRightBefore(inputs, sentence, start) : null;
  if (whose !== null) actors.push({ start, end: start + text.indexOf('whose') + 'whose'.length, persons: [whose] });
  const objects: { at: number; pronoun: string }[] = [];
  for (const pronoun of allMatches(PRONOUN, text)) {
    const at = start + pronoun.index;
    // "his predecessor Barack Obama had also phoned Putin": the one named after the possessive is the party.
    if (/^(?:his|her)$/i.test(pronoun[0]) && KIN_BEFORE_NAME.test(body.slice(at + pronoun[0].length, at + pronoun[0].length + 40))) continue;
    // "Wang's tour has already taken him to Samoa": him is whose tour it is.
    const owner = actors.find((actor) => actor.end <= at && actor.persons.length === 1 && /^['’]s\b/.test(body.slice(actor.end, actor.end + 3)));
    // "Her talks with the South African president": a possessive at the head of a sentence too.
    const objective = /^(?:him|her)$/i.test(pronoun[0]) && !/^[Hh]er\s+\p{Ll}/u.test(body.slice(at));
    const person = objective && owner ? (owner.persons[0] ?? null) : objective ? objectBefore(inputs, sentence, clause, at, pronoun[0]) : partyGoingOn(inputs, sentence, at, pronoun[0], meetings) ?? subjectBefore(inputs, sentence, at, 0, pronoun[0]);
    if (person !== null) actors.push({ start: at, end: at + pronoun[0].length, persons: [person] });
    if (person !== null && objective && !owner) objects.push({ at, pronoun: pronoun[0] });
  }
  // "The Obamas were due to dine with Prince William": the one of that family named in the report.
  for (const family of allMatches(FAMILY, text)) {
    const at = start + family.index;
    const surname = family[1] ?? '';
    const holder = inputs.personMentions.find((mention) => mention.end <= at && isSubject(inputs, mention.person) && !bystander(body, mention) && (inputs.persons[mention.person]?.name ?? '').endsWith(` ${surname}`));
    if (holder) actors.push({ start: at, end: at + family[0].length, persons: [holder.person] });
  }
  for (const group of allMatches(GROUP, text)) {
    const at = start + group.index;
    const persons = groupBefore(inputs, sentence, at, meetings, group[0]);
    if (persons.length >= 2) actors.push({ start: at, end: at + group[0].length, persons });
  }
  // "The leaders of Mexico, the United States and Canada met": the heads of those countries the article names.
  for (const group of allMatches(LEADERS_OF, text)) {
    const at = start + group.index;
    const persons = leadersOfCountries(inputs, clause, at + group[0].length);
    if (persons.length >= 2) actors.push({ start: at, end: at + group[0].length, persons });
  }
  // "Xi also held separate talks with each of the visiting presidents": everyone else at the gathering told before.
  for (const each of allMatches(EACH_OF, text)) {
    const at = start + each.index;
    const subject = actors.filter((actor) => actor.end <= at).flatMap((actor) => actor.persons);
    // "The two Libyan rivals, Fayez al-Sarraj … and … Khalifa Haftar, were in Berlin …. Merkel met each of them
    // separately": the people named just before, not everyone at the conference.
    const previous = /\bof them\b/.test(each[0]) ? unique(inputs.personMentions.filter((mention) => mention.sentence === sentence.index - 1 && isSubject(inputs, mention.person)).map((mention) => mention.person)).filter((person) => !subject.includes(person)) : [];
    if (previous.length >= 2) {
      actors.push({ start: at, end: at + each[0].length, persons: previous });
      continue;
    }
    const gathering = [...meetings].reverse().find((meeting) => meeting.participants.length >= 3);
    // "Niinisto received each leader separately" before the summit of Trump and Putin: the leaders among its parties.
    const leadersOnly = /\b(?:leaders?|presidents?|premiers?|heads of)\b/.test(each[0]);
    if (gathering) actors.push({ start: at, end: at + each[0].length, persons: gathering.participants.filter((person) => !subject.includes(person) && (!leadersOnly || leads(inputs, person))) });
  }
  // "Scholz is due in Kyiv on Monday to meet Zelensky and will travel to Moscow on Tuesday for talks with Putin": a
  // second verb of the sentence's subject, whose clause names no subject of its own.
  // Only a person who opens the sentence: "South Africa takes over … and will host" has a country for its subject.
  // "Erdogan and his US counterpart Donald Trump discussed … in a phone call late Sunday, and agreed to meet in
  // Washington": those who agreed are the parties of the encounter the sentence told first.
  // "… where he held talks in Wellington on Monday with Foreign Minister Winston Peters and briefly met Prime Minister
  // Christopher Luxon" too.
  if (ELIDED_SUBJECT.test(text) || /^\s+and\s+(?:briefly|separately)\s/.test(text)) {
    const subject = inputs.personMentions.find((mention) => mention.sentence === sentence.index && mention.end <= start && isSubject(inputs, mention.person));
    // Not a country whose leader is named: "Israel's Bennett meets Putin in Moscow, then flies to Berlin".
    const countryFirst = inputs.gazetteer.countries.some((country) => country.start >= sentence.start && subject !== undefined && country.end <= subject.start && country.value.form === 'name' && !/^['’]s\s/.test(body.slice(country.end, country.end + 3)));
    const told = /^\s+and\s+(?:agreed|decided|pledged|vowed|promised)\b/.test(text) ? meetings.find((meeting) => meeting.sentences.includes(sentence.index) && subject !== undefined && meeting.participants.includes(subject.person)) : undefined;
    // "The prime minister also met Zhao Leji, …, and is due to hold talks with Premier Li Qiang": the title the
    // sentence opens with is its subject, not the first name after it.
    const opener = subject ? openingTitleHolder(inputs, sentence, subject.start) : null;
    // "The secretary of state will travel on Tuesday to Costa Rica for talks with President Rodrigo Chaves, and then to
    // Guatemala …": a title opening the sentence comes before any country.
    // "On Thursday he will address a joint sitting of parliament, then fly with the prime minister to Darwin": the one
    // the pronoun opening the sentence stands for. So too "On Friday he held talks in Luanda with … Lourenco, …, before
    // flying to Brazzaville …": the pronoun comes before the first name.
    const pronoun = /^(?:(?:On|Later|Earlier|Next)\s+(?:\p{Lu}\p{Ll}+day,?\s+)?)?(He|She|(?<=\s)he|(?<=\s)she)\s/u.exec(body.slice(sentence.start, subject ? subject.start : start));
    const person = pronoun && !told ? subjectBefore(inputs, sentence, sentence.start, 0, pronoun[1]) : null;
    // "The pontiff was welcomed … by Prime Minister Sherif Ismail and driven to the presidential palace …": the one named
    // after "by" did the welcoming; the one welcomed goes on.
    const welcomedBy = subject !== undefined && /\b(?:was|were)\s+(?:\w+\s+)?(?:welcomed|greeted|received|met)\b[^,;]*\bby\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(body.slice(sentence.start, subject.start));
    const welcomed = welcomedBy ? meetings.find((meeting) => meeting.sentences.includes(sentence.index) && meeting.participants.includes(subject.person))?.participants.filter((party) => party !== subject.person) : undefined;
    // "… the same route as … Emmanuel Macron, who met … Putin in Moscow last week and then travelled on to Kyiv to see
    // … Zelensky": the one a relative clause is about goes on in it.
    const relative = /,\s+who\s+[^,;]*$/.exec(body.slice(sentence.start, start));
    const antecedent = relative ? namedRightBefore(inputs, sentence, sentence.start + relative.index) : null;
    if (welcomed?.length === 1) actors.push({ start, end: start, persons: welcomed });
    else if (antecedent !== null) actors.push({ start, end: start, persons: [antecedent] });
    else if (person !== null) actors.push({ start, end: start, persons: [person] });
    else if (subject && (!countryFirst || opener !== null)) actors.push({ start, end: start, persons: told ? [...told.participants] : [opener ?? subject.person] });
  }
  // "Chinese President Xi Jinping said in a call with Macron on Tuesday that …": who said it took part.
  // "Putin said on Thursday at the opening of the second Russia-Africa summit" too.
  if (/^(?:said|says|told|added)\s+(?:on\s+\w+day\s+|\w+\s+)?(?:in|during|at)\b/.test(text)) {
    const speaker = inputs.personMentions.findLast((mention) => mention.end <= start && /^\s+$/.test(body.slice(mention.end, start)) && isSubject(inputs, mention.person));
    if (speaker) actors.push({ start, end: start, persons: [speaker.person] });
  }
  // The guest is the host's counterpart in the encounter of two told last, else the last person named before, in this
  // sentence or the three before it, who is not the host.
  for (const guest of allMatches(GUEST, text)) {
    const at = start + guest.index;
    const hosts = actors.filter((actor) => actor.end <= at).flatMap((actor) => actor.persons);
    const pair = [...meetings].reverse().find((meeting) => !meeting.past && meeting.participants.length === 2 && meeting.participants.some((person) => hosts.includes(person)) && meeting.sentences.some((index) => sentence.index - index <= 4));
    const named = inputs.personMentions.filter((mention) => mention.end <= at && sentence.index - mention.sentence <= 3 && !hosts.includes(mention.person) && isSubject(inputs, mention.person) && !bystander(body, mention));
    const person = pair?.participants.find((party) => !hosts.includes(party)) ?? named[named.length - 1]?.person;
    if (hosts.length > 0 && person !== undefined) actors.push({ start: at, end: at + guest[0].length, persons: [person] });
  }
  for (const title of allMatches(TITLE_ANAPHOR, text)) {
    const at = start + title.index;
    // "at the prime minister's residence" names a place, not a party.
    if (/^['’]s\b/.test(body.slice(at + title[0].length))) continue;
    // "The Prime Minister": "Prime" opens the title, it is no country's name.
    const qualifiedByCountry = title[1] !== undefined && inputs.gazetteer.countries.some((match) => match.surface === title[1]);
    // "as he welcomed the libertarian leader": who meets is not the one met.
    const hosts = at > triggerAt && /^\S+\s+(?:with\s+)?$/.test(body.slice(triggerAt, at)) ? actors.filter((actor) => actor.end <= triggerAt).flatMap((actor) => actor.persons) : [];
    const person = holderOf(inputs, title[1] ?? null, title[2] ?? '', at, hosts) ?? (title[1] && !qualifiedByCountry ? holderOf(inputs, null, `${title[1]} ${title[2] ?? ''}`.toLowerCase(), at, hosts) : null) ?? untitledProtagonist(inputs, title, at);
    if (person !== null) actors.push({ start: at, end: at + title[0].length, persons: [person] });
    // "He recalled that the Chinese leader had also received him in Beijing": "him" is not the one who received.
    for (const object of objects) {
      const actor = actors.find((other) => other.start === object.at);
      if (person === null || object.at < at + title[0].length || actor?.persons[0] !== person) continue;
      const other = objectBefore(inputs, sentence, clause, object.at, object.pronoun, [person]);
      actor.persons = other === null ? [] : [other];
    }
    // "hours after the pope landed in Yangon, … Min Aung Hlaing, called on him": the title told before the subject is
    // whom "him" stands for.
    for (const object of objects) {
      const actor = actors.find((other) => other.start === object.at);
      const between = actors.filter((other) => other.start >= at + title[0].length && other.end <= object.at);
      if (person === null || !actor || actor.persons[0] === person || between.length !== 1 || between[0]?.persons[0] === person || !fitsPronoun(inputs, person, object.pronoun)) continue;
      actor.persons = [person];
    }
  }
  return actors.filter((actor) => actor.persons.length > 0).sort((a, b) => a.start - b.start);
}

/**
 * What "he", "she" and "his" refer to: the subject, the first person named in the sentence before the pronoun
 * ("Sunak welcomed Duda on Thursday, a day after he met Meloni" → Sunak), else the first person named in the
 * last sentence that names one ("Biden met Xi. He said …" → Biden).
 */
function subjectBefore(inputs: MeetingInputs, sentence: Sentence, offset: number, depth = 0, pronoun?: string): number | null {
  const people = inputs.personMentions.filter((mention) => mention.end <= offset && isSubject(inputs, mention.person) && fitsPronoun(inputs, mention.person, pronoun));
  const last = people[people.length - 1];
  if (!last) return null;
  // "The Chinese president arrived in Nadi on Friday …. He held talks with Bainimarama": a sentence opening with a
  // title and naming nobody is about that title's holder, whoever was named before it.
  // "The crown prince arrived in Ankara from Jordan, where he met Jordan's King Abdullah II": the title the sentence
  // opens with, when it names nobody before the pronoun.
  if (depth === 0 && offset > sentence.start && !people.some((mention) => mention.sentence === sentence.index)) {
    const holder = openingTitleHolder(inputs, sentence, offset);
    if (holder !== null && fitsPronoun(inputs, holder, pronoun)) return holder;
  }
  const previous = inputs.sentences[sentence.index - 1];
  const opensSentence = offset === sentence.start || DAY_BEFORE_PRONOUN.test(inputs.body.slice(sentence.start, offset));
  if (depth === 0 && opensSentence && previous && previous.paragraph === sentence.paragraph && !inputs.personMentions.some((mention) => mention.sentence === previous.index)) {
    // "Doha was the last stop on the secretary's eighth trip …. On Monday he met …": the holder of the title the
    // sentence before tells of, where it names nobody.
    const holder = openingTitleHolder(inputs, previous, previous.end) ?? titleHolderIn(inputs, previous);
    if (holder !== null && fitsPronoun(inputs, holder, pronoun)) return holder;
  }
  // "Modi was due to leave later on Tuesday for Myanmar, while Putin heads to Vladivostok …, where he is to meet …":
  // the subject of the clause the pronoun follows, when a second subject opens one.
  const secondSubject = depth === 0 ? people.findLast((mention) => mention.sentence === sentence.index && /(?:,\s+(?:while|whereas|but)|;)\s+$/.test(inputs.body.slice(Math.max(sentence.start, mention.start - 12), mention.start))) : undefined;
  if (secondSubject) return secondSubject.person;
  const toldIn = last.sentence >= sentence.index ? sentence.index : last.sentence;
  // "Before speaking to Putin, Biden consulted allies. He spoke with …": one named in a clause leading up to the
  // subject is not whom the sentence is about.
  const lead = LEADING_CLAUSE.exec(inputs.sentences[toldIn]?.text ?? '');
  const leadEnd = lead ? (inputs.sentences[toldIn]?.start ?? 0) + lead[0].length : -1;
  const first = people.find((mention) => mention.sentence === toldIn && (mention.start >= leadEnd || !people.some((other) => other.sentence === toldIn && other.start >= leadEnd)));
  const told = inputs.sentences[first?.sentence ?? -1];
  if (first && told && depth < 3) {
    // What the sentence says before its first name is who it is about: "The Russian minister was met … by Foreign
    // Minister Jeje Odongo. ¶ He opened the tour …" is the minister; "shortly after he arrived, … Jaishankar paid a
    // courtesy call on him. He also called on President Droupadi Murmu" is whoever "he" was.
    const holder = openingTitleHolder(inputs, told, first.start);
    if (holder !== null) return holder;
    const opening = inputs.body.slice(told.start, first.start);
    const pronoun = /\b(?:[Hh]e|[Ss]he)\b/.exec(opening);
    if (pronoun) return subjectBefore(inputs, told, told.start + pronoun.index, depth + 1, pronoun[0]) ?? first.person;
  }
  const chosen = (first ?? last).person;
  // "S Jaishankar called on her at her hotel, and Gautam Adani also met her. … She is scheduled to meet President
  // Droupadi Murmu": "she" is the woman the article names lately, not a man it gives no pronoun.
  if (pronoun !== undefined && /^(?:she|her)$/i.test(pronoun) && styleOf(inputs, chosen) !== 'female') {
    // "… Mrs May said … ¶ The Prime Minister flies to Nigeria … for talks with President Muhammadu Buhari …. ¶ On
    // Thursday she will meet President Uhuru Kenyatta": a few paragraphs back at most.
    const woman = people.findLast((mention) => sentence.index - mention.sentence <= 8 && styleOf(inputs, mention.person) === 'female');
    if (woman) return woman.person;
  }
  return chosen;
}

const stylesOf = new WeakMap<MeetingInputs, Map<number, Gender>>();

/**
 * Whether a person may be what "she"/"her" or "he"/"his"/"him" stands for. Only what the article says counts: a
 * style before the name ("Mrs May", "Mr Ramaphosa"), a woman's given name, or the pronoun the text itself uses for
 * the person: "Mrs May said she had raised the issue with Mr Ramaphosa … Her talks with him": her is not Mr
 * Ramaphosa's.
 */
function fitsPronoun(inputs: MeetingInputs, person: number, pronoun: string | undefined): boolean {
  return pronoun === undefined || fitsGender(styleOf(inputs, person), pronoun);
}

function styleOf(inputs: MeetingInputs, person: number): Gender | undefined {
  let styles = stylesOf.get(inputs);
  if (!styles) {
    styles = gendersOf(inputs.body, inputs.persons.map((draft) => draft.name), inputs.personMentions);
    for (const mention of inputs.personMentions) {
      if (styles.has(mention.person)) continue;
      // "Prime Minister Sheikh Hasina and her Indian counterpart", "Hasina said she …": the pronoun the text itself
      // uses for the person.
      const after = /^\s+(?:and\s+(his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:counterpart|host|guest|wife|husband|delegation|government)|(?:said|says|added|told reporters)\s+(?:that\s+)?(he|she)\b)/u.exec(inputs.body.slice(mention.end, mention.end + 60));
      const said = after ? (after[1] ?? after[2] ?? '').toLowerCase() : '';
      const style = said === 'her' || said === 'she' ? 'female' : said === 'his' || said === 'he' ? 'male' : null;
      if (style) styles.set(mention.person, style);
    }
    stylesOf.set(inputs, styles);
  }
  return styles.get(person);
}

/** The person named right before `at` in the sentence, a comma at most between: "Donald Trump, whose …". */
function namedRightBefore(inputs: MeetingInputs, sentence: Sentence, at: number): number | null {
  return inputs.personMentions.findLast((mention) => mention.sentence === sentence.index && mention.end <= at && /^,?\s*$/.test(inputs.body.slice(mention.end, at)) && isSubject(inputs, mention.person))?.person ?? null;
}

/** The holder of the first title a sentence tells of by a possessive: "the secretary's eighth trip". */
function titleHolderIn(inputs: MeetingInputs, sentence: Sentence): number | null {
  const title = TITLE_AT.exec(sentence.text);
  if (!title || !/^['’]s\s/.test(sentence.text.slice(title.index + title[0].length))) return null;
  return holderOf(inputs, title[1] ?? null, title[2] ?? '', sentence.start + title.index);
}

// A clause before the subject: "Before speaking to Putin,", "After meeting Lukashenko on Monday,".
const LEADING_CLAUSE = /^(?:Before|After|While|Following|Ahead of|Unlike|Like)\s[^,]{3,80},\s/;

// What may come before a pronoun opening a sentence: "On Monday he met …".
const DAY_BEFORE_PRONOUN = /^(?:On|Later|Earlier)\s+(?:\p{Lu}\p{Ll}+day,?\s+)?$/u;

/** The holder of a title the sentence opens with, before its first name at `firstName`: "The prime minister also met …". */
function openingTitleHolder(inputs: MeetingInputs, sentence: Sentence, firstName: number): number | null {
  const opening = inputs.body.slice(sentence.start, firstName);
  // "On Wednesday the pope will celebrate Mass …": after the time the sentence opens with, too.
  const lead = /^\W*(?:(?:On|Later|Earlier)\s+(?:\p{Lu}\p{Ll}+day\s+)?(?:(?:morning|afternoon|evening|night)\s+)?,?\s*)?(?=[Tt]he\s)/u.exec(opening);
  const title = lead ? TITLE_AT.exec(opening) : null;
  if (!lead || !title || title.index !== lead[0].length) return null;
  return holderOf(inputs, title[1] ?? null, title[2] ?? '', sentence.start + title.index);
}

/**
 * "Zelensky held talks with Modi. Modi told him … He also met Sunak, Macron and Meloni": "he also" goes on with the
 * one who held the encounter just told, not with the last person to speak.
 */
function partyGoingOn(inputs: MeetingInputs, sentence: Sentence, at: number, pronoun: string, meetings: readonly MeetingDraft[]): number | null {
  if (!/^(?:He|She)$/.test(pronoun) || at !== sentence.start || !/^\s+also\b/.test(inputs.body.slice(at + pronoun.length, at + pronoun.length + 6))) return null;
  const last = meetings[meetings.length - 1];
  return last && last.participants.length >= 2 && last.sentences.some((index) => sentence.index - index <= 2) ? last.participants[0] ?? null : null;
}

/** "him", "her": the last person named before, but not the clause's own subject ("Biden is expected to meet him"). */
function objectBefore(inputs: MeetingInputs, sentence: Sentence, clause: Clause, offset: number, pronoun?: string, not: readonly number[] = []): number | null {
  const subject = inputs.personMentions.find((mention) => mention.start >= clause.start && mention.end <= offset && isSubject(inputs, mention.person));
  // "The Chinese president will leave Egypt on Friday for Iran, where President Hassan Rouhani is due to host him": the
  // title holder the sentence opens with, when no name comes before the title.
  const firstNamed = inputs.personMentions.find((mention) => mention.sentence === sentence.index);
  const opener = firstNamed !== undefined && firstNamed.start < offset ? openingTitleHolder(inputs, sentence, firstNamed.start) : null;
  if (opener !== null && opener !== subject?.person && !not.includes(opener) && fitsPronoun(inputs, opener, pronoun)) return opener;
  // "Kim later held separate meetings in Hanoi with … Phuc and … Ngan, before Trong hosted a banquet for him": in a
  // clause of what came before or after, the one the sentence opens with.
  if (subject && firstNamed && firstNamed.start < clause.start && firstNamed.start - sentence.start <= 40 && /^\W*(?:before|after|until)\s/i.test(inputs.body.slice(clause.start, subject.start))
    && firstNamed.person !== subject.person && !not.includes(firstNamed.person) && isSubject(inputs, firstNamed.person) && fitsPronoun(inputs, firstNamed.person, pronoun)) return firstNamed.person;
  // "Trump spoke with Moon and asked him": with more named in the clause, the last of them.
  const named = inputs.personMentions.filter((mention) => mention.start >= clause.start && mention.end <= offset && isSubject(inputs, mention.person));
  // "Putin landed at Noi Bai …, arriving from Pyongyang, where he and … Kim Jong Un signed a pact. ¶ Lam hosted a
  // welcome ceremony for him": with nobody else named in its sentence, the one the sentence before is about.
  // "Obama, first lady Michelle Obama and Vice President Joe Biden and his wife, Jill, greeted him": all named before the
  // verb are its subjects.
  const verb = /\b(?:greeted|welcomed|received|met|hosted|embraced|thanked|invited|joined)\s+$/.exec(inputs.body.slice(clause.start, offset));
  const coSubjects = verb && subject && /^(?:[\s,]|\band\b|\b(?:his|her|their|wife|husband|first|lady|vice|deputy|president|prime|minister|secretary|of|state)\b|\p{Lu}[\p{L}.'’-]*)*$/u.test(inputs.body.slice(subject.end, clause.start + verb.index)) ? inputs.personMentions.filter((mention) => mention.start >= subject.start && mention.end <= clause.start + verb.index).map((mention) => mention.person) : [];
  const own = inputs.personMentions.filter((mention) => mention.sentence === sentence.index && mention.end <= offset && isSubject(inputs, mention.person) && mention.person !== subject?.person && !coSubjects.includes(mention.person));
  if (subject && own.length === 0) {
    const topic = inputs.personMentions.find((mention) => mention.sentence === sentence.index - 1 && isSubject(inputs, mention.person));
    // "On Thursday, the U.S. president will travel to Ramallah … to meet Palestinian President Mahmoud Abbas …. Peres is
    // due to host a state dinner for him": the title the sentence before opens with, before anyone it names.
    const previous = inputs.sentences[sentence.index - 1];
    const opening = topic && previous ? /^\W*(?:(?:On|Later|Earlier|Next)\s+[^,]{1,25},\s+)?(?=[Tt]he\s)/.exec(inputs.body.slice(previous.start, topic.start)) : null;
    const title = opening ? TITLE_AT.exec(inputs.body.slice((previous?.start ?? 0) + opening[0].length, topic?.start)) : null;
    const opener = opening && title?.index === 0 ? holderOf(inputs, title[1] ?? null, title[2] ?? '', (previous?.start ?? 0) + opening[0].length) : null;
    if (opener !== null && opener !== subject.person && !not.includes(opener) && fitsPronoun(inputs, opener, pronoun)) return opener;
    if (topic && topic.person !== subject.person && !not.includes(topic.person) && fitsPronoun(inputs, topic.person, pronoun) && !insideQuotation(inputs.body, topic.start, inputs.sentences[sentence.index - 1]?.start ?? 0)) return topic.person;
  }
  const fits = (mention: PersonMention | undefined): mention is PersonMention =>
    mention !== undefined && mention.end <= offset && isSubject(inputs, mention.person) && !not.includes(mention.person) && !coSubjects.includes(mention.person) && fitsPronoun(inputs, mention.person, pronoun) && (mention.person !== subject?.person || named.length > 1 && mention !== subject);
  // "Jaishankar called on her at her hotel, and Adani also met her": "her" is the one the article calls a woman,
  // when one was named lately, before anyone it says nothing of.
  if (pronoun !== undefined && /^her$/i.test(pronoun)) {
    const woman = inputs.personMentions.findLast((mention) => fits(mention) && sentence.index - mention.sentence <= 3 && styleOf(inputs, mention.person) === 'female');
    if (woman) return woman.person;
  }
  for (let i = inputs.personMentions.length - 1; i >= 0; i -= 1) {
    const mention = inputs.personMentions[i];
    if (fits(mention)) return mention.person;
  }
  return null;
}

// "they"/"the two leaders": two or more people named earlier in the sentence, else the parties of the last meeting,
// else, before any meeting, the last two leaders named ("the two leaders") or the last two named together ("the two men").
function groupBefore(inputs: MeetingInputs, sentence: Sentence, offset: number, meetings: readonly MeetingDraft[], words: string): number[] {
  // "Ushakov said Xi would meet Putin …, their first meeting since …": whoever says it is not one of them, when
  // two others are named.
  const speaking = (mention: { end: number }): boolean => /^\s+(?:said|says|told|tells|added|announced)\b/.test(inputs.body.slice(mention.end, mention.end + 12));
  // "Maduro, on his first visit to Brazil since he attended Dilma Rousseff's inauguration …, was greeted …, before the
  // two leaders held talks": not one named inside a clause of another time.
  const holes = clausesOf(sentence.text, sentence.start).flatMap((clause) => clause.holes);
  const named = inputs.personMentions.filter((mention) => mention.start >= sentence.start && mention.end <= offset && isSubject(inputs, mention.person) && !bystander(inputs.body, mention) && !holes.some((hole) => mention.start >= hole.start && mention.end <= hole.end));
  const listening = unique(named.filter((mention) => !speaking(mention)).map((mention) => mention.person));
  // "Biden said Friday that he confronted the crown prince …, as the two men met": the speaker is one of two.
  const earlier = listening.length >= 2 ? listening : unique(named.map((mention) => mention.person));
  // "He will hold talks with Dissanayake on Saturday, and the two sides …": "he" is one of the two.
  const opening = /^(?:He|She)\s/.exec(inputs.body.slice(sentence.start, offset));
  const subject = opening ? subjectBefore(inputs, sentence, sentence.start) : null;
  if (subject !== null && earlier.length === 1 && !earlier.includes(subject)) return [subject, ...earlier];
  // "Lee Nak-yon delivered a personal letter from Moon to Abe when the two met in Tokyo": the subject and the last named.
  if (earlier.length > 2 && /^the two$/i.test(words) && /^\W*when\b/i.test(inputs.body.slice(offset - 6, offset))) return [earlier[0] as number, earlier[earlier.length - 1] as number];
  if (earlier.length >= 2) return earlier;
  // "Allied leaders are due to gather … for their annual summit": the group the sentence names, nobody told before.
  if (earlier.length === 0 && /\b(?:leaders|ministers|heads of (?:state|government)|members|allies|delegations)\b/i.test(inputs.body.slice(sentence.start, offset))) return [];
  // "The two leaders traveled to the city after the … summit. On Wednesday evening they held talks in Shima": "they"
  // are those the sentence before opened with. So are "They last met in Stockholm" after "The two
  // ministers agreed on the meeting during a phone call".
  const previous = inputs.sentences[sentence.index - 1];
  const opener = /^they$/i.test(words) && previous?.paragraph === sentence.paragraph ? /^(?:The two|Both) (?:leaders|presidents|prime ministers|premiers|(?:foreign )?ministers)\b/.exec(previous.text) : null;
  if (previous && opener) return groupBefore(inputs, previous, previous.start, meetings, opener[0]);
  // "On the sidelines, Sisi and Abiy agreed …. The two leaders first held talks on Wednesday": the two the sentence
  // before names, and nobody else, after a summit of many.
  const namer = /^the two (?:leaders|men|presidents)$/i.test(words) ? [1, 2].map((back) => inputs.sentences[sentence.index - back]).find((before) => before !== undefined && before.paragraph >= sentence.paragraph - 1 && inputs.personMentions.some((mention) => mention.sentence === before.index)) : undefined;
  if (namer) {
    const pair = unique(inputs.personMentions.filter((mention) => mention.sentence === namer.index && isSubject(inputs, mention.person) && !insideQuotation(inputs.body, mention.start, namer.start)).map((mention) => mention.person));
    const many = meetings.some((meeting) => meeting.participants.length > 2 && pair.every((person) => meeting.participants.includes(person)));
    if (pair.length === 2 && many) return pair;
  }
  // "The two leaders also met …" after the leaders' call and an adviser's meeting: the encounter of leaders.
  // "The two leaders last met in person in Osaka": the pair the story is about, whoever was named since.
  if (PAST_ENCOUNTER.test(inputs.body.slice(sentence.start, sentence.end))) {
    // Not one of several held apart: "Trump held separate bilateral meetings with Aliyev and Pashinyan …. The two
    // leaders last met in Abu Dhabi" are not Trump and Aliyev.
    // "The two leaders last met in New Delhi in January, when Sisi was the chief guest …": the pair with the one the
    // sentence names.
    const namedLater = unique(inputs.personMentions.filter((mention) => mention.sentence === sentence.index && mention.start >= offset && isSubject(inputs, mention.person)).map((mention) => mention.person));
    // "The two leaders last met in August in … Sochi, two months after Sisi, the former army chief who ousted Islamist
    // President Mohamed Mursi in 2013, was sworn in": the first one named, not whom that one is told of with.
    const [firstLater] = namedLater;
    const withNamed = firstLater !== undefined ? meetings.find((meeting) => meeting.status === 'held' && !meeting.past && meeting.participants.length === 2 && meeting.participants.includes(firstLater)) : undefined;
    if (withNamed) return [...withNamed.participants];
    // "Francis told the conference …. Al-Tayeb … said …. The two men last met in May last year, when al-Tayeb visited the
    // Vatican": the one the when-clause names, told of just before, and the last other named before it.
    const [recalled] = namedLater;
    const toldOf = recalled !== undefined && inputs.personMentions.some((mention) => mention.person === recalled && mention.end <= offset && sentence.index - mention.sentence <= 2);
    const other = toldOf ? inputs.personMentions.findLast((mention) => mention.end <= offset && sentence.index - mention.sentence <= 4 && mention.person !== recalled && isSubject(inputs, mention.person) && !bystander(inputs.body, mention)) : undefined;
    if (recalled !== undefined && other) return [other.person, recalled];
    // "Trump was due to fly to Hamburg later on Thursday to meet German Chancellor Angela Merkel …. The two leaders last
    // met at the Group of Seven summit in Taormina": the two of the plan told just before, in the same paragraph. (After
    // the day's summit, "On Wednesday, Trump held talks in Gyeongju with … Lee …. The two leaders last met in Osaka"
    // is the summit's two.)
    const before = inputs.sentences[sentence.index - 1];
    const justTold = namedLater.length === 0 && before?.paragraph === sentence.paragraph ? meetings.find((meeting) => meeting.status === 'planned' && meeting.participants.length === 2 && meeting.sentences.includes(before.index)) : undefined;
    if (justTold) return [...justTold.participants];
    const main = meetings.find((meeting) => meeting.status === 'held' && !meeting.past && meeting.participants.length >= 2 && !meeting.oneOfSeveral);
    if (main?.participants.length === 2) return [...main.participants];
    // "The three leaders last met in Madrid in June", after their three-way summit.
    if (main && /\bthree\b/i.test(words) && main.participants.length === 3) return [...main.participants];
    // "Trump hosted Pashinyan and Aliyev …, held separate bilateral meetings with Aliyev and Pashinyan": the two
    // besides the one who met each of them apart.
    if (main && /\btwo\b/i.test(words)) {
      const apart = (person: number): boolean => main.participants.every((other) => other === person || meetings.some((meeting) => meeting.oneOfSeveral && meeting.participants.length === 2 && meeting.participants.includes(person) && meeting.participants.includes(other)));
      const others = main.participants.filter((person) => !apart(person));
      return others.length === 2 ? others : main.participants.slice(0, 2);
    }
  }
  // "Japanese Foreign Minister Motegi Toshimitsu and his Chinese counterpart Wang Yi agreed …. During talks … in Tokyo,
  // the ministers also agreed": the last two ministers named, when the last encounter told was not theirs.
  // "On Friday he is due to meet Russian Foreign Minister Sergey Lavrov in Geneva. The two ministers agreed on the
  // meeting during a phone call": the ministers of the last encounter told, though it is still to come.
  if (/^the (?:(?:prime |foreign |defen[cs]e )?ministers|two (?:foreign |defen[cs]e )?ministers)$/i.test(words)) {
    const last = [...meetings].reverse().find((meeting) => meeting.participants.length >= 2);
    if (last && last.participants.every((person) => isMinister(inputs, person))) return [...last.participants];
    const ministers = lastTwoNamed(inputs, sentence, offset, isMinister);
    if (ministers.length === 2) return ministers;
  }
  const leading = (meeting: MeetingDraft): boolean => !/leaders|presidents|premiers/i.test(words) || meeting.participants.every((person) => leads(inputs, person));
  // "The two leaders are expected to hold their first face-to-face talks …", after the call the report opens with and
  // another call of one of them: the pair of the report.
  if (/^the two leaders$/i.test(words)) {
    const opening = meetings.find((meeting) => meeting.status === 'held' && !meeting.past && meeting.participants.length === 2 && !meeting.oneOfSeveral);
    if (opening && opening.participants.every((person) => leads(inputs, person))) return [...opening.participants];
  }
  // "… 56 years after Charles de Gaulle and Konrad Adenauer signed the Elysee Treaty. … They are next due to meet at
  // an EU summit": the pair of the story, not one of its history.
  const last = [...meetings].reverse().find((meeting) => meeting.participants.length >= 2 && meeting.status === 'held' && !meeting.past && leading(meeting))
    ?? [...meetings].reverse().find((meeting) => meeting.participants.length >= 2 && meeting.status === 'held' && leading(meeting))
    // "Macron hosted Russia's Vladimir Putin …. At a joint news conference, a question from … Xenia Fedorova …. The two
    // presidents agreed": the pair the story opens with, when only one of them has a leader's title.
    ?? (/\btwo\b/i.test(words) ? meetings.find((meeting) => meeting.participants.length === 2 && meeting.status === 'held' && !meeting.past && meeting.participants.some((person) => leads(inputs, person))) : undefined)
    ?? [...meetings].reverse().find((meeting) => meeting.participants.length >= 2 && meeting.status === 'held')
    ?? [...meetings].reverse().find((meeting) => meeting.participants.length >= 2);
  // "Trump said he would speak with Canadian Prime Minister Justin Trudeau …. ¶ The two leaders spoke by phone later in
  // the day", after talks of two trade officials and no leader: the last two leaders named, not the officials.
  if (last && /leaders/i.test(words) && /\btwo\b/i.test(words) && !last.participants.some((person) => leads(inputs, person))) {
    const leaders = lastTwoNamed(inputs, sentence, offset, leads);
    if (leaders.length === 2) return leaders;
  }
  if (last) {
    // "The two leaders first met … in Hamburg" after a summit that others joined: the two leaders among its parties.
    if (/\btwo\b/i.test(words) && last.participants.length > 2) {
      const leaders = last.participants.filter((person) => leads(inputs, person));
      return leaders.length === 2 ? leaders : last.participants.slice(0, 2);
    }
    // "Trump also received the three ministers at the White House" after their talks hosted by Mnuchin: the three
    // parties named first, not the host.
    const count = ({ three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[/\b(three|four|five|six)\b/i.exec(words)?.[1]?.toLowerCase() ?? ''];
    if (count !== undefined && last.participants.length > count) return last.participants.slice(0, count);
    return [...last.participants];
  }
  // "Trump confronted him in the Oval Office … Steenhuisen told the meeting … The two leaders then held talks over
  // lunch": with no encounter told yet, the last two heads of state or government named.
  if (/leaders|presidents|premiers/i.test(words)) {
    const leaders = lastTwoNamed(inputs, sentence, offset, leads);
    if (leaders.length === 2) return leaders;
    // "Rishi Sunak and European Commission President Ursula von der Leyen have agreed a deal … ¶ The two leaders
    // finalised the agreement over lunch": without two titles of leaders, the two named together last.
  }
  // "Abiy flew into Asmara on Sunday … and was embraced on the tarmac by Isaias … The two men held talks the same
  // day": the two named together last, a few sentences back at most.
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 4); index -= 1) {
    const named = unique(inputs.personMentions.filter((mention) => mention.sentence === index && isSubject(inputs, mention.person) && !insideQuotation(inputs.body, mention.start, inputs.sentences[index]?.start ?? 0)).map((mention) => mention.person));
    if (named.length === 2) return named;
    if (named.length > 2) return [];
  }
  // "Pope Francis stood beside President Barack Obama …. \"…,\" Francis told a crowd …. He said he was encouraged that
  // Obama …. The two men then met privately in the Oval Office": the last two named, told apart.
  if (/^the two (?:men|women|leaders)$/i.test(words)) {
    const pair = lastTwoNamed(inputs, sentence, offset, (_, person) => isSubject(inputs, person) && !inputs.personMentions.some((mention) => mention.person === person && bystander(inputs.body, mention)));
    if (pair.length === 2) return pair;
  }
  return [];
}

/**
 * "Theresa May has given her backing to … as she held talks with President Cyril Ramaphosa …. The Prime Minister flies
 * to Nigeria on Wednesday for talks with President Muhammadu Buhari": a leader's title nobody in the article holds is
 * the one the report opens with, when the text gives that person no title at all.
 */
function untitledProtagonist(inputs: MeetingInputs, title: RegExpExecArray, at: number): number | null {
  if (!/^The (?:Prime Minister|President|Chancellor|Premier)$/.test(title[0])) return null;
  const first = inputs.personMentions.find((mention) => mention.start >= (inputs.datelineEnd ?? 0) && isSubject(inputs, mention.person));
  if (!first || first.start >= at || inputs.roles.some((role) => role.person === first.person)) return null;
  return first.person;
}

const LEADER_TITLE = /^(?:President|Prime Minister|Premier|Chancellor|King|Emir|Taoiseach|Sultan|Crown Prince)$/;

/** Whether a person leads a country: "National Assembly President Yael Braun-Pivet" presides over a body, and leads none. */
function leads(inputs: MeetingInputs, person: number): boolean {
  return inputs.roles.some((role) => role.person === person && role.organization === null && LEADER_TITLE.test(role.title));
}

/** The last two people named before `offset`, within eight sentences, who hold a title `holds` asks for; in text order. */
function lastTwoNamed(inputs: MeetingInputs, sentence: Sentence, offset: number, holds: (inputs: MeetingInputs, person: number) => boolean): number[] {
  const named: number[] = [];
  for (let i = inputs.personMentions.length - 1; i >= 0 && named.length < 2; i -= 1) {
    const mention = inputs.personMentions[i];
    if (!mention || mention.end > offset || sentence.index - mention.sentence > 8) continue;
    if (!named.includes(mention.person) && holds(inputs, mention.person)) named.push(mention.person);
  }
  return named.reverse();
}

/** Whether a person holds a minister's title: "Foreign Minister", "Minister of Defence", "Secretary of State". */
function isMinister(inputs: MeetingInputs, person: number): boolean {
  return inputs.roles.some((role) => role.person === person && (/\bMinister\b/.test(role.title) || /^(?:(?:Foreign|Home|Defen[cs]e) Secretary|Secretary of (?:State|Defen[cs]e|the Treasury))$/.test(role.title)) && !/^(?:Prime|First) Minister$/.test(role.title));
}

/**
 * The countries listed from `from` on ("Mexico, the United States and Canada"), each taken to the one person the
 * article gives a leader's title for it; nobody when a country has no such person or more than one.
 */
function leadersOfCountries(inputs: MeetingInputs, clause: Clause, from: number): number[] {
  const listed = inputs.gazetteer.countries.filter((country) => country.start >= from && inClause(clause, country.start, country.end));
  const countries: string[] = [];
  let end = from;
  for (const country of listed) {
    if (!/^(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?$/.test(inputs.body.slice(end, country.start))) break;
    countries.push(country.value.country.name);
    end = country.end;
  }
  if (countries.length < 2) return [];
  const leaders: number[] = [];
  for (const country of countries) {
    const holders = unique(inputs.roles.filter((role) => role.country === country && LEADER_TITLE.test(role.title) && isSubject(inputs, role.person)).map((role) => role.person));
    if (holders.length !== 1) return [];
    leaders.push(holders[0] as number);
  }
  return leaders;
}

// "the Chinese premier" → the last person holding a premier's role of China.
function holderOf(inputs: MeetingInputs, qualifier: string | null, title: string, offset: number, not: readonly number[] = []): number | null {
  // "the pontiff" is the Pope.
  const written = (title.split(' ').pop() ?? title).toLowerCase();
  const word = written === 'pontiff' ? 'pope' : written;
  const country = qualifier ? inputs.gazetteer.countries.find((match) => match.surface === qualifier)?.value.country.name ?? null : null;
  if (qualifier && !country) return null;
  // "The Turkish premier" after "Turkish Prime Minister Recep Tayyip Erdogan": a premier is a prime minister too.
  // "The Saudi royal" is its king, emir or prince.
  const fits = (title: string): boolean => word === 'leader' || (word === 'diplomat' && /\b(?:foreign|external affairs|secretary of state)\b/.test(title)) || title.split(/[\s-]+/).includes(word) || (word === 'premier' && /\bprime minister\b/.test(title)) || (word === 'royal' && /\b(?:king|queen|prince|princess|emir|sultan)\b/.test(title));
  const titled = inputs.roles.filter((role) => role.start < offset && !not.includes(role.person) && fits(role.title.toLowerCase()));
  // "President Ferdinand R. Marcos Jr. and Chinese President Xi Jinping … The Philippine leader": with nobody of that
  // country titled so, the one whose title names no country, never another country's.
  const ofCountry = titled.filter((role) => country === null || role.country === country);
  // "U.S. Trade Representative Michael Froman … the American leader" after "President Barack Obama": a leader is a head
  // of state or government, of that country or of none told, before anyone else of the country.
  const leaders = word === 'leader' ? ofCountry.filter(leadingRole) : [];
  const leadersOfNone = word === 'leader' && country !== null && leaders.length === 0 ? titled.filter((role) => role.country === null && leadingRole(role)) : [];
  const holders = leaders.length > 0 ? leaders : leadersOfNone.length > 0 ? leadersOfNone : ofCountry.length > 0 || country === null ? ofCountry : titled.filter((role) => role.country === null);
  // "The prime minister also met …" after "Prime Minister Narendra Modi" and "Foreign Minister Wang Yi": the whole
  // title before its last word.
  const whole = title.toLowerCase();
  const exact = holders.filter((role) => role.title.toLowerCase() === whole);
  const candidates = exact.length > 0 ? exact : holders;
  // "President Barack Obama … Burundi, where President Pierre Nkurunziza … the president held talks": the holder the
  // report keeps naming, not one named in passing; the latest of those named as often.
  const named = (person: number): number => inputs.personMentions.filter((mention) => mention.person === person && mention.start < offset).length;
  let best: number | null = null;
  for (const role of candidates) if (best === null || named(role.person) >= named(best)) best = role.person;
  return best;
}

function leadingRole(role: { title: string }): boolean {
  return /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|emperor|crown prince|leader)\b/i.test(role.title) && !/\b(?:vice|deputy)\b/i.test(role.title);
}

interface Place {
  name: string;
  country: string | null;
  kind: 'city' | 'region' | 'venue';
  city: string | null;
  unlisted?: { start: number; end: number } | null;
}

/**
 * The place of a clause: the first place introduced after the meeting word ("held talks in Geneva", "at the
 * Great Hall of the People in Beijing" → the venue); a region gives way to a city in it ("in the Black Sea resort
 * city of Sochi"). Else one named before it in the clause or at the head of the sentence ("In Kyiv on Friday, …"),
 * else one brought in by "in" or "at" later in the sentence ("held their first meeting as leaders on Monday,
 * talking for three hours at a hotel on the island of Bali"). A venue's city is the city the sentence names, the
 * city the building is known to be in, or the dateline's.
 */
// "Ms Ardern is due to meet Mr Trudeau on Thursday morning before leaving Paris": one leaves the town one is in (not
// "before leaving for Paris", which is where one goes).
const LEAVING = /\bbefore\s+(?:leaving|departing(?:\s+from)?|flying\s+out\s+of)\s+$/i;

// Regions too wide to be where people met: "Xi's first trip to the Middle East as head of state".
const WIDE_REGIONS = new Set(['Middle East', 'Balkans', 'Caucasus', 'Indo-Pacific', 'Horn of Africa', 'Sahel', 'Arctic', 'Korean Peninsula', 'South China Sea', 'Taiwan Strait', 'Black Sea', 'Red Sea', 'Persian Gulf', 'Baltic Sea', 'Aegean', 'Strait of Hormuz']);

function placeOf(inputs: MeetingInputs, sentence: Sentence, clause: Clause, triggerAt: number, call = false): Place | null {
  // (A "Red Sea resort" is a town in it, found below.)
  const wide = (place: PhraseMatch<PlaceEntry>): boolean => place.value.kind === 'region' && WIDE_REGIONS.has(place.value.name) && !/^\s+(?:resort|city|town|port|capital)\b/.test(inputs.body.slice(place.end, place.end + 20));
  // Not a place in words quoted: "\"What happened in Galwan was a premeditated and planned action,\" Jaishankar told
  // Wang during the talks".
  // Counted from the paragraph's start: a quotation may hold sentences of its own.
  let first = sentence.index;
  while (first > 0 && inputs.sentences[first - 1]?.paragraph === sentence.paragraph) first -= 1;
  const paragraphStart = inputs.sentences[first]?.start ?? sentence.start;
  const inSentence = inputs.gazetteer.places.filter((place) => place.start >= sentence.start && place.end <= sentence.end && !wide(place) && !insideQuotation(inputs.body, place.start, paragraphStart));
  // "Lula travels on Wednesday to Montevideo, where he is due to meet …": "where" stands for the place just before it.
  if (/^,?\s*where\b/i.test(inputs.body.slice(clause.start, clause.start + 8))) {
    // "to Washington in December, where he met …", "from San Jose, Costa Rica, where he met …": past the time told
    // and the country the place lies in; "to Budapest, the last stop of his European tour, where …": past what it is.
    // Not past a country the journey goes to: "leaves Riyadh on Monday for Israel, where he is due to hold talks … in
    // Jerusalem" is in Israel, at the place the clause names.
    // The nearest such place: "arrived in Astana on Tuesday from Tashkent, where on Monday he held talks" is Tashkent.
    // Past the island it lies on: "will travel to Makassar, on Sulawesi island, where he is scheduled to meet …".
    // Past what the place is to someone: "to Davao, Duterte's hometown on the southern island of Mindanao, where …".
    // Past what a building is: "driven to Putin's Bocharov Ruchei residence, where talks … ran for four more hours".
    // Past what one went for: "travelled to Moscow in July 2024 for the 22nd annual summit, where Putin hosted him".
    const told = (place: PhraseMatch<PlaceEntry>): boolean => place.end <= clause.start && /^(?:\s+(?:residence|dacha|estate|villa|ranch|retreat|compound)\b)?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}|,\s*(?:the|a|an|\p{Lu}[\p{L}]*['’]s)\s+[^,;.]{1,80}|,\s*on\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s[\p{L}.-]+){0,2})?(?:\s+(?:in|on|last|earlier|this) (?:[\p{L}\d]+\s?){1,3}|\s+in the (?:occupied |northern |southern |eastern |western )?(?:\p{Lu}[\p{L}\d]+\s?){1,2}|\s+on the (?:outskirts|edge|banks?|shores?) of (?:the\s+)?[\p{L}\d]+(?:\s[\p{L}\d]+)?)?(?:\s+for\s+(?:the|a|an|his|her|their)\s+[^,;.]{1,60})?,?\s*$/u.test(inputs.body.slice(place.end, clause.start))
      && !inputs.gazetteer.countries.some((country) => country.start >= place.end && country.end <= clause.start && /\b(?:for|to)\s+(?:the\s+)?$/.test(inputs.body.slice(Math.max(place.end, country.start - 8), country.start)));
    // "went straight to Ramallah in the occupied West Bank, where he was received by …": the town in the region.
    const nearest = inSentence.findLast(told);
    const antecedent = nearest?.value.kind === 'region' ? inSentence.findLast((place) => place.value.kind !== 'region' && told(place)) ?? nearest : nearest;
    if (antecedent && antecedent.value.kind !== 'region') {
      const { name, country, kind } = antecedent.value;
      // "flies to Washington, where he is scheduled to meet President Joe Biden at the White House": the building in
      // that town the clause names. "… to Moscow in July 2024 for the 22nd annual summit, where Putin hosted him at his
      // Novo-Ogaryovo residence" too.
      const building = kind === 'city' ? inSentence.find((place) => place.value.kind === 'venue' && place.start >= triggerAt && inClause(clause, place.start, place.end) && (place.value.city ?? name) === name && /\bat\s+(?:the\s+|his\s+|her\s+|their\s+)?$/.test(inputs.body.slice(Math.max(0, place.start - 10), place.start))) : undefined;
      if (building) return { name: building.value.name, country: building.value.country ?? country, kind: 'venue', city: name };
      return { name, country, kind, city: kind === 'city' ? name : antecedent.value.city ?? null };
    }
    // "Abe flew on from New York to the Peruvian capital, where he will attend the … summit": the capital of the country
    // the demonym names, where the traveller goes on.
    const capitalBefore = /^,?\s*where\s+(?:he|she)\b/.test(inputs.body.slice(clause.start, clause.start + 16)) ? /\bthe\s+(\p{Lu}[\p{L}]+)\s+capital,?\s*$/u.exec(inputs.body.slice(sentence.start, clause.start)) : null;
    const capitalCountry = capitalBefore ? inputs.gazetteer.countries.find((match) => match.start === sentence.start + capitalBefore.index + capitalBefore[0].indexOf(capitalBefore[1] ?? '')) : undefined;
    const capital = capitalCountry ? capitalOf(capitalCountry.value.country.name) : null;
    if (capital) return capital;
    // "… and travel on Wednesday to Najaf, where he is due to meet Grand Ayatollah Ali al-Sistani": a town no list or
    // finder holds, named where the journey goes.
    const goesTo = /\b(?:to|in|reached|visit(?:s|ed|ing)?)\s+(\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+)?)(?:,\s*(?:\p{Lu}[\p{L}]*['’]s|the|a|an)\s+[^,;.]{1,80})?,?\s*$/u.exec(inputs.body.slice(sentence.start, clause.start));
    const town = goesTo?.[1];
    if (goesTo && town && !NOT_PLACE_WORDS.test(town.split(' ')[0] ?? '')) {
      const start = sentence.start + goesTo.index + goesTo[0].indexOf(town);
      const end = start + town.length;
      if (!namesSomethingElse(inputs, start, end)) return { name: town, country: null, kind: 'city', city: town, unlisted: { start, end } };
    }
  }
  // "Istanbul had hosted the only direct negotiations between Russian and Ukrainian delegations": the town that hosts.
  const hostTown = inSentence.find((place) => place.value.kind === 'city' && inClause(clause, place.start, place.end) && place.end <= triggerAt && /^\s+(?:had\s+|has\s+|will\s+|would\s+|is\s+|was\s+)?(?:hosted|hosts|host|hosting)\b/.test(inputs.body.slice(place.end, place.end + 24)));
  if (hostTown) return { name: hostTown.value.name, country: hostTown.value.country, kind: 'city', city: hostTown.value.name };
  // "in an extraordinary Oval Office meeting": a building named just before the meeting word is where it was held.
  // "a summit on the war in Gaza", "spoke about the situation in Gaza": the place of what was discussed, not of the encounter.
  // "… met President José Raúl Mulino and pressed Washington's demand": a capital standing for its government; not
  // "Pyongyang's Sunan International Airport", a place in it.
  // "at Beijing's Great Hall of the People": the building, not the city that owns it. ("arrived at Pyongyang's Sunan
  // International Airport" tells where a visit began; the town is where it was.)
  // But "Erdogan greeted his guest at Ankara's Esenboga Airport": a welcome there took place at the airport.
  const welcome = /^(?:greet|welcom|receiv|met\b|meet)/i.test(inputs.body.slice(triggerAt, triggerAt + 8));
  const owner = (place: PhraseMatch<PlaceEntry>): boolean => /^['’]s\s+$/.test(inputs.body.slice(place.end, place.end + 3)) && inSentence.some((venue) => venue.value.kind === 'venue' && venue.start === place.end + 3 && (welcome || !AIRPORT.test(venue.value.name)));
  const introduced = inSentence.filter((place) => !/^['’]s\s+\p{Ll}/u.test(inputs.body.slice(place.end, place.end + 5)) && !owner(place) && !TOPIC_PLACE.test(inputs.body.slice(Math.max(0, place.start - 40), place.start)) && (introducedDirectly(inputs.body, place.start) || (place.value.kind === 'venue' && place.end <= triggerAt && /^\s+$/.test(inputs.body.slice(place.end, triggerAt)))));
  // "Pompeo spoke to Burhan by phone on Sunday and invited him to visit Washington": where a call invites one to go.
  const toVisit = (place: { start: number }): boolean => call && /\b(?:visit|travel|trip|come)\w*\b/i.test(inputs.body.slice(triggerAt, place.start));
  const after = introduced.filter((place) => inClause(clause, place.start, place.end) && place.start >= triggerAt && !toVisit(place));
  if (after.length === 0) {
    const unlisted = unlistedPlaceAfter(inputs, clause, triggerAt);
    if (unlisted) after.push(unlisted);
  }
  const before = introduced.filter((place) => (inClause(clause, place.start, place.end) && place.start < triggerAt) || (place.start < clause.start && /^(?:(?:On|Later|Earlier) [\w ]{0,20}?)?(?:In|At)\s/.test(inputs.body.slice(sentence.start, Math.min(place.start + 1, sentence.start + 40)) + ' ')));
  // Up to the next encounter word: "…, a day after he met Meloni in Rome" is the place of that other encounter.
  const rest = clause.end < sentence.end ? inputs.body.slice(clause.end, sentence.end) : null;
  const nextTrigger = rest === null ? null : anyTriggerFor(rest).exec(rest);
  const laterEnd = nextTrigger ? clause.end + nextTrigger.index : sentence.end;
  // "… held talks with Museveni, who said his government was studying whether to open an embassy in Jerusalem": not
  // past a relative clause, which tells of something else.
  // Nor past what was said there: "Speaking at a joint news conference with Stubb …, Zelensky accused Moscow …,
  // saying Russian drones had hit a hospital in Sumy".
  // Nor past another act of the subject: "called on Polish President Andrzej Duda and laid a wreath at the Tomb of the
  // Unknown Soldier", "called on Senate President Gerard Larcher and addressed the Indian diaspora at La Seine Musicale".
  const later = introduced.filter((place) => place.start >= clause.end && place.end <= laterEnd && !/,\s+(?:who|which|saying|adding|warning|telling)\b|,\s+where\s+(?:he|she|they)\s+(?:said|told|announced)\b|^\s+and\s+(?:laid|lays|paid tribute|toured|tours|addressed|addresses)\b/.test(inputs.body.slice(clause.end, place.start)) && (/\b(?:in|at|on)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}$/iu.test(inputs.body.slice(Math.max(clause.end, place.start - 40), place.start)) || LEAVING.test(inputs.body.slice(Math.max(clause.end, place.start - 30), place.start))) && !/\bto\s+(?:the\s+)?$/.test(inputs.body.slice(place.start - 8, place.start)));
  // "after their talks in the South Korean capital, the first such summit since 2019 in Chengdu": the capital told
  // right after the meeting word comes before a place named further on.
  const capital = capitalNamedByCountry(inputs, clause);
  if (capital && capital.at >= triggerAt && (after[0] === undefined || capital.at < after[0].start)) return capital.place;
  const left = before.length === 0 ? capitalLeft(inputs, sentence, clause) : null;
  if (left) return left;
  // "… witnessed the signing at State House, Nairobi, after holding talks": talks told as the time of what the
  // sentence reports took place where that did.
  // "was received with full military honours outside the Great Hall of the People before sitting down with Xi for
  // talks": the welcome is given where the talks are then held.
  // "The two leaders traded barbs at a news conference at the Fort de Bregancon before sitting down for talks": so is
  // the place of whatever they did together just before.
  const afterWelcome = /^\W*before\s+(?:sitting down|meeting|holding)\b/i.test(inputs.body.slice(clause.start, clause.end)) && /\b(?:received|welcomed|greeted|news conference|press conference|shook hands)\b/i.test(inputs.body.slice(sentence.start, clause.start));
  const around = afterWelcome || /^\W*(?:after|before)\s+(?:holding|having held|their|the|talks)\b/i.test(inputs.body.slice(clause.start, clause.end))
    ? introduced.filter((place) => place.start >= sentence.start && place.end <= clause.start).slice(-1) : [];
  // "Tsai transited through New York and met House Minority Leader Hakeem Jeffries there": the place told before.
  // "… skipping the APEC leaders' meeting in Gyeongju. On Wednesday, he held talks there with President Lee": else the
  // last town the sentence before names.
  const saysThere = around.length === 0 && toldThere(inputs, sentence, clause, triggerAt);
  const previous = inputs.sentences[sentence.index - 1];
  const thereBefore = saysThere ? inSentence.filter((place) => place.end <= triggerAt).slice(-1) : [];
  const there = saysThere && thereBefore.length === 0 && previous && previous.paragraph >= sentence.paragraph - 1
    ? inputs.gazetteer.places.filter((place) => place.start >= previous.start && place.end <= previous.end && (place.value.kind === 'city' || place.value.kind === 'venue')).slice(-1) : thereBefore;
  // "Khan then drove his guest to Prime Minister House himself. ¶ The two men held one-on-one talks there before
  // ministers signed … at the Arabian Sea port of Gwadar": "there" is told before, not later in the sentence.
  const pool = after.length > 0 ? after : before.length > 0 ? before.reverse() : there.length > 0 ? there : later.length > 0 ? later : around;
  let best = pool[0];
  if (best?.value.kind === 'region') best = pool.find((place) => place.value.kind !== 'region') ?? townOfRegion(inputs, best) ?? best;
  if (!best) return capital?.place ?? null;
  // "SHARM EL-SHEIKH, March 29 (MENA) - … as the summit closed in the Red Sea resort": the town of the dateline.
  const dateline = inputs.datelinePlace;
  if (best.value.kind === 'region' && dateline?.kind === 'city' && /^\s+(?:resort|city|town|port|capital)\b(?!\s+of\b)/.test(inputs.body.slice(best.end, best.end + 20))) {
    return { name: dateline.name, country: dateline.country, kind: 'city', city: dateline.name };
  }
  const { name, country, kind } = best.value;
  const unlisted = !inputs.gazetteer.places.includes(best) ? { start: best.start, end: best.end } : null;
  let city: string | null = kind === 'city' ? name : null;
  if (kind === 'venue') {
    const venue = best;
    const next = inSentence.find((place) => place.start >= venue.end && place.value.kind === 'city' && /^(?:,|\s+in)\s+$/.test(inputs.body.slice(venue.end, place.start)));
    const inTheClause = inSentence.find((place) => place.value.kind === 'city' && inClause(clause, place.start, place.end));
    // "at the Presidential Complex in the Turkish capital for the fifth summit … of the Astana process": the capital
    // told right after the building.
    const capitalAfter = capital && /^\s+in\s+the\s+$/.test(inputs.body.slice(venue.end, capital.at)) ? capital.place.name : undefined;
    city = next?.value.name ?? venue.value.city ?? capitalAfter ?? inTheClause?.value.name ?? (inputs.datelinePlace?.kind === 'city' ? inputs.datelinePlace.name : null);
  }
  return { name, country, kind, city, unlisted };
}

/** "in the West Bank town of Bethlehem": the town the gazetteers do not know, named after the region it lies in. */
function townOfRegion(inputs: MeetingInputs, region: PhraseMatch<PlaceEntry>): PhraseMatch<PlaceEntry> | undefined {
  const town = /^\s+(?:town|city|village|port city|port|resort(?: town| city)?)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u.exec(inputs.body.slice(region.end, region.end + 60));
  const name = town?.[1];
  if (!town || !name || inputs.personMentions.some((mention) => mention.start === region.end + town[0].length - name.length)) return undefined;
  const start = region.end + town[0].length - name.length;
  return { start, end: start + name.length, surface: name, value: { name, country: region.value.country, kind: 'city' } };
}

// "held talks with Kabore at the Kosyam presidential palace, focusing on security in the Sahel": the topic, not the place.
const TOPIC_PLACE = openingFirst(String.raw`\b(?:disputes?|claims|war|conflict|crisis|situation|security|insecurity|stability|instability|terrorism|unrest|fighting|violence|hostilities|escalation|offensive|bombardment|siege|ceasefire|truce|hostages?|aid|relief|reconstruction|peace|tensions|developments|events|attacks?|bombings?|killings?|massacre|shooting|blast|explosion|strikes?) (?:in|on|over|for|to|at) `, String.raw`(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`);

// "held talks in Arusha", "met at his residence in Novo-Ogaryovo": a capitalised name after "in" that the
// gazetteers do not know and that is nobody's name, right after the meeting words, is the place of the meeting.
const UNLISTED_PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{Ll}]+(?:-(?:\p{Lu}|on-|de-|sur-)[\p{Ll}]+)*)(?:\s\p{Lu}[\p{Ll}]+)?)\b(?!['’]s|\s+\p{Lu}|-)/u;
const NOT_PLACE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|His|Her|Their|Its|Parliament|Congress|Person|Private|Public|Office|Power|Washington's)$/;

function unlistedPlaceAfter(inputs: MeetingInputs, clause: Clause, triggerAt: number): PhraseMatch<PlaceEntry> | null {
  // The name must start within 80 characters of the meeting word, but is read whole: a window cut at 80 made
  // "in Charlevoix, Que." into "Ch".
  const text = inputs.body.slice(triggerAt, clause.end);
  const match = UNLISTED_PLACE.exec(text);
  const name = match?.[1];
  if (!match || !name || match.index > 80 || NOT_PLACE_WORDS.test(name.split(' ')[0] ?? '')) return null;
  const start = triggerAt + match.index + match[0].length - name.length;
  const end = start + name.length;
  if (namesSomethingElse(inputs, start, end)) return null;
  return { start, end, surface: name, value: { name, country: null, kind: 'city' } };
}

/** Whether a span the lists do not hold as a town overlaps a country, place, body, title or person already found. */
function namesSomethingElse(inputs: MeetingInputs, start: number, end: number): boolean {
  const known = [...inputs.gazetteer.countries, ...inputs.gazetteer.places, ...inputs.gazetteer.organizations, ...inputs.gazetteer.titles, ...inputs.personMentions];
  return known.some((span) => span.start < end && start < span.end);
}

// "during his stay in the Chinese capital", "arrived in the Kazakh capital" → Beijing, Astana.
function capitalNamedByCountry(inputs: MeetingInputs, clause: Clause): { place: Place; at: number } | null {
  const country = inputs.gazetteer.countries.find(
    (match) => inClause(clause, match.start, match.end) && /\b(?:in|to|at)\s+the\s+$/.test(inputs.body.slice(match.start - 8, match.start)) && /^(?:['’]s)?\s+capital\b/.test(inputs.body.slice(match.end, match.end + 12)),
  );
  const place = country ? capitalOf(country.value.country.name) : null;
  return country && place ? { place, at: country.start } : null;
}

function capitalOf(country: string): Place | null {
  const capital = CAPITAL_OF.get(country);
  if (!capital) return null;
  const name = PLACE_FORMS.get(capital)?.name ?? capital;
  return { name, country, kind: 'city', city: name };
}

/** "Before leaving the Uruguayan capital, Lula also met … Mujica": still in the capital the opening phrase names. */
function capitalLeft(inputs: MeetingInputs, sentence: Sentence, clause: Clause): Place | null {
  const country = inputs.gazetteer.countries.find(
    (match) => match.start >= sentence.start && match.end <= clause.start && LEAVING.test(inputs.body.slice(Math.max(sentence.start, match.start - 30), match.start).replace(/\bthe\s+$/, ''))
      && /^(?:['’]s)?\s+capital,?\s*$/.test(inputs.body.slice(match.end, clause.start)),
  );
  return country ? capitalOf(country.value.country.name) : null;
}

/**
 * Whether the encounter's clause says it was "there" ("held one-on-one talks there"). Not a "there" someone is quoted
 * as saying: "… at the start of the meeting, \"and even if there is some discomfort …\"".
 */
function toldThere(inputs: MeetingInputs, sentence: Sentence, clause: Clause, triggerAt: number): boolean {
  return /^\S+\s+(?:[^.;]*?\s)?there\b/i.test(unquoted(inputs.body, inputs.body.slice(triggerAt, clause.end), triggerAt, sentence.start));
}

// "in Geneva", "at the Great Hall", "in the resort city of Sochi", but not "from Kyiv" or "Moscow's delegation".
function introducedDirectly(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 40), start);
  // "at the president-elect's Mar-a-Lago estate": an owner may stand between. "in his hometown of Wilmington".
  // "received Merz with military honors in the courtyard of the Elysee Palace": a part of the building. So is "in the
  // gilded Spanish Hall of Prague Castle", "in the Lion Courtyard of Buda Castle", "at the nearby Sandor Palace".
  return LEAVING.test(before) || /\b(?:in|at|to|near|outside|inside|visit(?:s|ed|ing)?|reached|(?:left|leave|leaves|leaving|departed|departs|depart)(?:\s+(?:later|earlier|on|this))?(?:\s+\p{Lu}\p{Ll}+day)?\s+for)\s+(?:the\s+)?(?:(?:nearby|historic|old|new|former|imperial|royal|presidential|official)\s+)?(?:(?:(?:\p{Lu}[\p{L}-]+\s+)?(?:courtyard|forecourt|grounds|steps|gardens?)|(?:[\p{L}-]+\s+){0,3}(?:Hall|Room|Salon|Chamber|Gallery|Library)) of\s+(?:the\s+)?)?(?:[\p{L}-]+['’]s\s+)?$/iu.test(before) || /\b(?:sidelines|margins) of (?:the|a)\s+$/i.test(before) || /\b(?:in|at|to|on)\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:city|town|village|resort|capital|port|region|island|hometown|home town|home state)\s+of\s+$/iu.test(before) || /\b(?:in|at|to)\s+the\s+(?:[\p{L}-]+\s+)?(?:capital|city|town|port)\s+$/iu.test(before) || onHill(body, start, before) || APPOSED_BUILDING.test(before)
    // "at a Foreign Ministry mansion in central Moscow".
    || /\b(?:in|near)\s+(?:central|downtown)\s+$/i.test(before)
    // "was given a ceremonial welcome … on the forecourt of Parliament House", "on the South Lawn of the White House".
    || /\bon\s+the\s+(?:[\p{L}-]+\s+)?(?:forecourt|steps|lawn|Lawn|grounds|tarmac)\s+of\s+(?:the\s+)?$/u.test(before);
}

// "signed the declaration at Biden's hotel in Jerusalem, the Waldorf Astoria": the building's name after what it is.
const APPOSED_BUILDING = new RegExp(String.raw`\bat\s+(?:his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+)?${BUILDING_KIND}(?:\s+in\s+\p{Lu}[\p{L}-]+)?,\s+the\s+$`, 'u');

/**
 * "held talks on Parliament Hill": the grounds one is on. Not "to meet lawmakers on Capitol Hill", where the hill
 * stands for the Congress that sits on it.
 */
function onHill(body: string, start: number, before: string): boolean {
  return /\bon\s+$/.test(before) && /^(?!Capitol\b)\p{Lu}[\p{L}'’-]+\s+Hill\b/u.test(body.slice(start, start + 40));
}

const FOLLOWED_A_MEETING = /^\W*The (?:announcement|decision|agreement|deal|breakthrough|move) (?:followed|came (?:after|at the end of))\b/;
const ENCOUNTER_ANCHORED = /^(?:after|before)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+)?(?:encounter|meeting|talks|summit|call)\b/i;
const DECIDED_ON = /\b(?:agreed|decided|announced|said|pledged|vowed|promised|confirmed)\s+(?:on\s+)?$/i;
const NO_DATE_YET = /\b(?:no date (?:has been|was|is) (?:set|fixed|given)|(?:date|time|timing)s? (?:that )?(?:has|have|had|is|are|was|were)?\s*(?:not|yet to)(?: yet)?(?: been)? (?:be )?(?:set|fixed|announced|decided|agreed)|(?:date|time|timing) (?:is |was )?(?:still )?to be (?:determined|decided|announced|set|fixed|agreed)|(?:at|on) (?:a|an) (?:unspecified|undisclosed|later|future) (?:date|time))\b/i;

/**
 * The date nearest the meeting word in its clause, else in its sentence. A plan with no date of its own takes
 * one from the sentence before it in the paragraph ("Macron travels on Thursday to Uzbekistan. He is due to meet …").
 */
function dateOf(inputs: MeetingInputs, sentence: Sentence, clause: Clause, triggerAt: number, planned: boolean, meetings: readonly MeetingDraft[], participants: readonly number[]): string | null {
  // "visited Moscow last week to prepare Monday's talks": a possessive date belongs to the noun it qualifies.
  // The dateline's day ("SEOUL, May 27 (Kyodo) --") is when the report was filed, not a day of the news.
  const dates = (inputs.datesBySentence.get(sentence.index) ?? []).filter((date) => {
    if (date.end <= (inputs.datelineEnd ?? 0)) return false;
    // "held their first bilateral talks a day after Modi was sworn in": the day before dates what follows "after".
    // ("…, a day after the surprise encounter" is the day of the encounter itself.)
    if (date.start > triggerAt && /^(?:after|before)$/i.test(inputs.body.slice(date.start, date.end)) && !ENCOUNTER_ANCHORED.test(inputs.body.slice(date.start, date.start + 50))) return false;
    const possessive = /^['’]s\s+([\w-]+)/.exec(inputs.body.slice(date.end, date.end + 40));
    if (possessive && kindOfNoun(possessive[1] ?? '') !== null && date.end + possessive[0].length - (possessive[1] ?? '').length !== triggerAt) return false;
    return !namesAnotherEvent(inputs.body, date);
  });
  // "Trump telephoned Duterte late on Saturday, hours after the Filipino leader closed a summit …": hours before, on the
  // day the clause before tells.
  if (!planned && /^\W*after\b/i.test(inputs.body.slice(clause.start, clause.end)) && /\b(?:hours|minutes|moments)\s+$/i.test(inputs.body.slice(Math.max(sentence.start, clause.start - 12), clause.start))) {
    const told = dates.filter((date) => date.end <= clause.start).pop();
    if (told) return told.date;
  }
  // "agreed to meet in person at a date that has not yet been set": no day, not even one told nearby.
  if (NO_DATE_YET.test(inputs.body.slice(sentence.start, sentence.end))) return null;
  // "Burhan said on Tuesday he had met Netanyahu in Uganda …, a day after the surprise encounter": the day the
  // encounter is told to have been, not the day of the saying.
  if (/\bhad (?:\w+ly )?(?:met|held|spoken|talked)\b/.test(inputs.body.slice(sentence.start, triggerAt + 12))) {
    const encounterDay = dates.find((date) => date.start > triggerAt && ENCOUNTER_ANCHORED.test(inputs.body.slice(date.start, date.start + 50)));
    if (encounterDay) return encounterDay.date;
  }
  const own = dates.filter((date) => inClause(clause, date.start, date.end));
  // "had postponed a planned visit to Saudi Arabia, which had been scheduled for Wednesday, until March 10": the day
  // it was put off to.
  const postponedTo = dates.find((date) => date.start > triggerAt && /\b(?:postponed|delayed|pushed back|put off|rescheduled)\b[^.;]*\buntil\s+$/i.test(inputs.body.slice(Math.max(sentence.start, date.start - 140), date.start)));
  if (postponedTo) return postponedTo.date;
  // "leave for Washington on Sunday for his first summit with Trump, scheduled for Monday": the day it is set for.
  const scheduled = own.find((date) => /\b(?:scheduled|set|slated|planned|due) (?:for|on)\s+(?:the\s+)?$/i.test(inputs.body.slice(Math.max(0, date.start - 20), date.start)));
  if (scheduled) return scheduled.date;
  // "… to fly to Wales later on Wednesday for a two-day NATO summit in Newport that … Cameron is due to host from
  // Thursday": a gathering of days is dated by its first.
  const opensOn = /^summit/i.test(inputs.body.slice(triggerAt, triggerAt + 6)) ? dates.find((date) => date.start > triggerAt && /\bfrom\s+(?:on\s+)?$/i.test(inputs.body.slice(Math.max(0, date.start - 10), date.start)) && !/[;:]|\b(?:talks|meetings?|summit|visit)\b/i.test(inputs.body.slice(triggerAt + 6, date.start))) : undefined;
  if (opensOn) return opensOn.date;
  // Outside its clause and after it, "…, and the Ukrainian leader said Saturday" dates the saying, not the encounter
  // ("Trump said on Wednesday he had held a call" before it is the day of the news).
  // "held a phone call on Friday, and that their ministers would meet …", filed on Saturday: a day outside the
  // clause that is already past is not the day of a planned encounter.
  // "The leaders … agreed Monday to hold their trilateral summit on a regular basis": Monday is when they agreed.
  const decidedOn = (date: DateMention): boolean => planned && date.start < triggerAt && DECIDED_ON.test(inputs.body.slice(Math.max(0, date.start - 30), date.start));
  const ownDays = own.filter((date) => !decidedOn(date));
  // "where he is expected to meet President Xi Jinping in Beijing later this week", "Later in the week he travels to
  // Kigali": a span of days and no day of its own, so none is borrowed from the sentences around.
  // "From Russia he will travel to China, where he is expected to meet … Xi Jinping in Beijing later this week": so
  // is a sentence that tells only such a span.
  if (ownDays.length === 0 && (VAGUE_TIME.test(clauseText(inputs.body, clause)) || (dates.length === 0 && VAGUE_TIME.test(inputs.body.slice(sentence.start, sentence.end))))) return null;
  // "…, whom Putin had received at the Kremlin in March": a month and no day of its own, so none is borrowed.
  if (ownDays.length === 0 && MONTH_ONLY.test(withoutTakingOffice(clauseText(inputs.body, clause)))) return null;
  // "… for the Group of 20 summit on Monday and will then travel to Brasilia for a state visit": the day told in
  // the first clause is the first engagement's.
  // But "leaves for Croatia on Wednesday … and is scheduled to hold talks with … Plenković in Zagreb": the day of
  // the journey there is the day of what is done on arrival.
  if (ownDays.length === 0 && ELIDED_SUBJECT.test(clauseText(inputs.body, clause))) {
    const journey = /\b(?:leaves? for|leaving for|travels? to|flies to|heads? to|arrives? in)\b/i.exec(inputs.body.slice(sentence.start, clause.start));
    const journeyDay = journey ? dates.find((date) => date.start > sentence.start + journey.index && date.end <= clause.start) : undefined;
    // "On Monday Rouhani was received by President Sergio Mattarella … and then met Prime Minister Matteo Renzi": the
    // day the sentence opens with is that of all it tells.
    const openingDay = dates.find((date) => /^\W*(?:(?:Late|Early|Earlier|Later)\s+)?(?:on\s+)?$/i.test(inputs.body.slice(sentence.start, date.start)));
    // "Biden held talks on Monday with President Petro Poroshenko and then met Prime Minister Arseniy Yatsenyuk": what
    // came next is of the day just told.
    const holes = clausesOf(sentence.text, sentence.start).flatMap((other) => other.holes);
    const goesOn = /^\s+and\s+(?:then\s|(?:then\s+)?(?:driven|taken|escorted|whisked)\s+to\b)/i.test(clauseText(inputs.body, clause));
    const dayJustTold = goesOn ? dates.filter((date) => date.end <= clause.start && !holes.some((hole) => date.start < hole.end && hole.start < date.end)).pop() : undefined;
    // "… was welcomed at Cairo International Airport by … Sherif Ismail and driven to the presidential palace …": the
    // day of the encounter the sentence told first.
    const encounterJustTold = goesOn && !planned ? meetings.find((meeting) => meeting.sentences.includes(sentence.index) && meeting.date !== null && meeting.status === 'held' && !meeting.past) : undefined;
    return journeyDay?.date ?? openingDay?.date ?? dayJustTold?.date ?? encounterJustTold?.date ?? null;
  }
  // "The prime minister also met Zhao Leji, …, and is due to hold talks with Premier Li Qiang on Wednesday": a day a
  // later clause gives a plan is not the day of what was done; nor is "tariffs that was due to take effect on
  // Friday, after a phone call with U.S. President Donald Trump" the day of the call.
  // "… to speak with Trump on Wednesday, when he is also due in Helsinki for talks with Stubb": "when" is the day
  // told just before it.
  const whenDay = ownDays.length === 0 && /^\W*when\b/i.test(inputs.body.slice(clause.start, clause.end)) ? dates.filter((date) => date.end <= clause.start && /^[\s,]*$/.test(inputs.body.slice(date.end, clause.start))).pop() : undefined;
  // A plan lies ahead: a bare weekday read as the last one ("expected to speak … on Wednesday") is the next.
  if (whenDay) return planned && inputs.publishedAt !== null && whenDay.date < inputs.publishedAt && /^(?:on\s+)?\w+day\W*$/i.test(inputs.body.slice(whenDay.start, whenDay.end)) ? shiftDays(whenDay.date, 7) : whenDay.date;
  // "Obama arrived in Ethiopia on Sunday night from Kenya, his father's homeland, where he held talks with Kenyatta":
  // what was done where the journey began came before it, on a day the sentence does not tell.
  if (ownDays.length === 0 && /^\W*where\b/i.test(inputs.body.slice(clause.start, clause.end)) && CAME_FROM.test(inputs.body.slice(sentence.start, clause.start))) return null;
  const ofAPlan = (date: DateMention): boolean =>
    !planned && ((date.start >= clause.end && PLANNED.test(inputs.body.slice(clause.end, date.start))) || (date.end <= clause.start && PLANNED.test(inputs.body.slice(Math.max(sentence.start, date.start - 40), date.start))));
  // "The tour began in Cape Verde, where Blinken met Prime Minister Ulisses Correia e Silva on Monday, before a stop in
  // Ivory Coast, where he held talks with President Alassane Ouattara": a day told in another clause with an encounter
  // of someone else is that encounter's.
  // The sentence's clauses are read only when the clause tells no day of its own.
  const sentenceClauses = ownDays.length > 0 ? [] : clausesOf(sentence.text, sentence.start);
  const others = participants.length === 0 ? [] : sentenceClauses.filter((other) => other.start !== clause.start && !inClause(other, triggerAt, triggerAt + 1));
  // But "On Monday, Moon held talks with Xi … before flying to Chengdu, where he met Li in the evening": a day that opens
  // the sentence is the day of all it tells.
  const ofAnother = (date: DateMention): boolean =>
    !/^\W*(?:(?:On|Late on|Early on|Later on)\s+)?$/.test(inputs.body.slice(sentence.start, date.start)) && others.some((other) => {
      const trigger = inClause(other, date.start, date.end) ? firstTrigger(clauseText(inputs.body, other)) : null;
      // "… to Cotonou for talks with Talon, and on Thursday to Bissau, where he will be received by Embaló": a day
      // nearer this encounter's word than the other's is still this one's.
      if (trigger === null || Math.abs(other.start + trigger.index - date.start) >= Math.abs(triggerAt - date.start)) return false;
      return inputs.personMentions.some((mention) => inClause(other, mention.start, mention.end) && !participants.includes(mention.person) && isSubject(inputs, mention.person));
    });
  // "Obama is due to fly to Ethiopia on Sunday and hold talks with … Hailemariam Desalegn on Monday", "Trump was to fly
  // to Seoul later Saturday for talks with … Moon Jae-in on Sunday": the day of the journey before it is not the talks' own.
  const afterDay = ownDays.find((date) => date.start >= triggerAt);
  const journeyDay = ownDays.find((date) => date.end <= triggerAt && /\b(?:fly|flies|flew|flying|travel\w*|heads?|headed|leaves?|left|arriv\w+|depart\w*)\b[^,;]*$/i.test(inputs.body.slice(clause.start, date.start)) && /\b(?:and|for)\b/.test(inputs.body.slice(date.end, triggerAt)));
  if (afterDay && journeyDay) return afterDay.date;
  // "where he will attend the opening of the Winter Olympics on Friday and hold talks with … Xi Jinping on Sunday": a
  // day told before "and" is the earlier verb's.
  const dayOfTheVerbBefore = ownDays.findLast((date) => date.end <= triggerAt && /^\s+and\s+(?:will\s+|then\s+|later\s+)?\S+\s+$/.test(inputs.body.slice(date.end, triggerAt)));
  if (afterDay && dayOfTheVerbBefore) return afterDay.date;
  // "… was welcomed by … Museveni and laid a wreath at the old terminal where Israeli commandos freed more than 100
  // hostages … on July 4, 1976": a day of years ago, told in another clause, is of another event.
  const ofTheHistory = (date: DateMention): boolean => inputs.publishedAt !== null && Date.parse(inputs.publishedAt) - Date.parse(date.date) > 366 * 86_400_000;
  // "… to be received by Bolsonaro at the Planalto Palace after his inauguration on January 1": the day of what the
  // encounter came after.
  const ofWhatCameBefore = (date: DateMention): boolean => date.start >= clause.end && /^\W*after\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){1,3}$/i.test(inputs.body.slice(clause.end, date.start)) && !ENCOUNTER_ANCHORED.test(inputs.body.slice(clause.end, date.start).replace(/^\W*/, ''));
  // "Xi, who flew in from Saudi Arabia on Wednesday afternoon for a state visit, was welcomed by Sisi … before the two
  // leaders sat down for talks": a relative clause of the sentence tells its own time.
  const holes = sentenceClauses.flatMap((other) => other.holes).filter((hole) => triggerAt < hole.start || triggerAt >= hole.end);
  // "He opened their meeting by asking for a moment of silence for the victims of the Sewol, which sank on April 16": nor
  // does a relative clause that runs to the end of the sentence.
  // ("attended the two-day gathering, which opened on Sunday" tells the day of the gathering itself.)
  const ofTheEncounter = (at: number): boolean => /\b(?:gathering|summit|talks|meeting|visit|conference|call|forum|dialogue|session|ceremony|trip|tour)\s*$/i.test(inputs.body.slice(Math.max(0, at - 40), at));
  const relatives = sentenceClauses.filter((other) => other.relativeTo !== null && other.start !== clause.start && !inClause(other, triggerAt, triggerAt + 1) && !ofTheEncounter(other.relativeTo));
  const inHole = (date: DateMention): boolean => holes.some((hole) => date.start < hole.end && hole.start < date.end) || relatives.some((other) => inClause(other, date.start, date.end));
  // "Trump hit back at his critics on Wednesday, pointing out that his predecessor Barack Obama had also phoned Putin
  // after the Russian leader's 2012 election win": what had been done is not dated by the day of the telling.
  // But "Wang flew in late on Thursday from …, Kabul, where he had met … Muttaqi, earlier that day".
  const donePreviously = /\bhad (?:\w+ly |also )?(?:met|held|visited|spoken|talked|phoned|telephoned|called|hosted)\b/i.test(clauseText(inputs.body, clause)) && !/\b(?:that|the same) day\b/i.test(sentence.text);
  const pool = ownDays.length > 0 ? ownDays : donePreviously ? [] : dates.filter((date) => !inHole(date) && !decidedOn(date) && !ofAPlan(date) && !ofAnother(date) && !ofTheHistory(date) && !ofWhatCameBefore(date) && (date.start < triggerAt || !SAID_ON.test(inputs.body.slice(Math.max(0, date.start - 30), date.start))) && !(planned && inputs.publishedAt !== null && date.date < inputs.publishedAt));
  const nearest = [...pool].sort((a, b) => Math.abs(a.start - triggerAt) - Math.abs(b.start - triggerAt))[0];
  // "… will travel on Tuesday to Costa Rica …, and then to Guatemala on Wednesday to meet President Bernardo Arévalo":
  // a plan's bare weekday read as the last one, in a clause that goes on with the plan without a verb, is the next.
  const goesOnWithThePlan = planned && /^\W*(?:and\s+)?then\s/i.test(clauseText(inputs.body, clause)) && inputs.publishedAt !== null;
  if (nearest) return goesOnWithThePlan && nearest.date < (inputs.publishedAt ?? '') && /^(?:on\s+)?\w+day$/i.test(inputs.body.slice(nearest.start, nearest.end)) ? shiftDays(nearest.date, 7) : nearest.date;
  // "On Sunday the top U.S. diplomat was in the Silk Road city of Samarkand, …. ¶ In Samarkand he also called on Uzbek
  // President Islam Karimov": the day the sentences just before gave that place.
  const inPlace = planned ? null : /^\W*(?:In|While in)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\b/u.exec(sentence.text);
  if (inPlace?.[1]) {
    for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 4); index -= 1) {
      const told = inputs.sentences[index];
      const days = inputs.datesBySentence.get(index) ?? [];
      if (told && told.text.includes(inPlace[1]) && days.length === 1) return (days[0] as DateMention).date;
    }
  }
  // "Abiy flew into Asmara on Sunday, … ¶ The two men held talks the same day": the day the sentence before told.
  // "Late on Monday, Stoltenberg announced that … The announcement followed a meeting in Vilnius between …": so does
  // what the sentence before announced.
  const before = inputs.sentences[sentence.index - 1];
  if (!planned && (/\bthe same day\b/i.test(inputs.body.slice(sentence.start, sentence.end)) || (FOLLOWED_A_MEETING.test(sentence.text) && before?.paragraph === sentence.paragraph))) {
    const told = inputs.datesBySentence.get(sentence.index - 1) ?? [];
    const day = told[told.length - 1];
    if (day) return day.date;
  }
  // "The prince landed … on Sunday evening …. Khan then drove his guest to Prime Minister House himself. ¶ The two men
  // held one-on-one talks there": there and then, on the day of the encounter the sentences before told.
  // Not "met House Minority Leader Hakeem Jeffries there last week", which tells a time of its own.
  if (!planned && toldThere(inputs, sentence, clause, triggerAt) && !NOT_TODAY.test(clauseText(inputs.body, clause)) && !VAGUE_TIME.test(clauseText(inputs.body, clause))) {
    const told = [...meetings].reverse().find((meeting) => meeting.date !== null && meeting.status === 'held' && !meeting.past && meeting.sentences.some((index) => index < sentence.index && sentence.index - index <= 2) && meeting.participants.some((person) => participants.includes(person)));
    if (told?.date) return told.date;
  }
  // "had met Premier Li Qiang earlier in the day", "After speaking with Putin, Trump also called Zelensky",
  // "The meeting came a day after Xi met Biden": a day told by the encounter reported before.
  const dated = [...meetings].reverse().filter((meeting) => meeting.date !== null && meeting.status === 'held');
  const sentenceText = inputs.body.slice(sentence.start, sentence.end);
  // "The call came a day after Doval met Putin": the day is counted from the encounter the sentence opens with.
  const opening = /^(?:The|This|That|Their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\w-]+ )?(call|conversation|meeting|talks|visit|summit)\b/i.exec(sentenceText)?.[1];
  const openingKind = opening === undefined ? null : /^(?:call|conversation)$/i.test(opening) ? 'phone call' : opening.toLowerCase() === 'visit' ? 'visit' : kindOfNoun(opening);
  const lastDated = (openingKind !== null ? dated.find((meeting) => meeting.kind === openingKind || (openingKind === 'phone call' && meeting.kind === 'video call')) : undefined)
    // "Mr Abe, who held talks with … John Key in Auckland on Monday …, was greeted … on Tuesday …. Mr Abbott also hosted
    // a lunch for his guest": the day of the encounter of them all before that of any one of them.
    ?? dated.find((meeting) => participants.length >= 2 && participants.every((person) => meeting.participants.includes(person)))
    ?? dated.find((meeting) => meeting.participants.some((person) => participants.includes(person))) ?? dated[0];
  // "Scholz was due to hold further talks with Premier Li Qiang later in the day", "He was also scheduled to meet
  // Iraqi President Abdul Latif Rashid in the evening": still to come, on the day of the encounter just told.
  if (planned && SAME_DAY_LATER.test(sentenceText)) {
    // "Later in the day, Mr Macron is due to call on President Droupadi Murmu", in a report of Friday that went back to
    // his talks on Thursday: what is still due today is on the day of the report.
    if (inputs.publishedAt !== null && /\b(?:is|are) (?:due|scheduled|expected|set) to\b|\bwill\b/.test(sentenceText)) return inputs.publishedAt;
    // Not an encounter recalled: "The two presidents last met on Feb. 14 in Cairo …. Erdogan was due to host an
    // official dinner in honor of Sisi later in the day."
    const told = [...meetings].reverse().find((meeting) => meeting.date !== null && !meeting.past && meeting.participants.some((person) => participants.includes(person)));
    if (told?.date) return told.date;
    // With none told of theirs, later on the day the report's lead tells.
    const lead = leadDate(inputs);
    if (lead) return lead.date;
  }
  // "On the eve of the summit, Tokayev and Xi held talks": the day before the summit told.
  if (!planned && /\b[Oo]n the eve of the (?:[\w-]+ )?summit\b/.test(sentenceText)) {
    const summit = [...meetings].reverse().find((meeting) => meeting.kind === 'summit' && meeting.date !== null);
    if (summit?.date) return shiftDays(summit.date, -1);
  }
  // "On the sidelines, Sisi met Raisi": beside the summit told before, on its day, when no encounter of theirs
  // told before gives one ("Hours after his arrival, Zelensky held talks … He also met … on the sidelines").
  if (!planned && /\b(?:[Oo]n|[Aa]t) the (?:sidelines|margins)\b(?! of)/.test(sentenceText) && !dated.some((meeting) => meeting.kind !== 'summit' && meeting.participants.some((person) => participants.includes(person)))) {
    const summit = dated.find((meeting) => meeting.kind === 'summit');
    if (summit?.date) return summit.date;
  }
  // "Earlier in the day Blinken held talks with … Pandor", after a lead that told a speech, not an encounter: the
  // day of the news.
  // "Before the speech, Obama met privately with … Dlamini-Zuma", after a lead that told the speech: its day.
  if (!planned && !lastDated && (/\b(?:earlier|later) (?:in|on) the (?:same )?day\b/i.test(sentenceText) || /^(?:Before|After|Ahead of) (?:the|his|her) (?:[\w-]+ )?(?:speech|address)\b/.test(sentenceText))) {
    const lead = leadDate(inputs);
    if (lead) return lead.date;
  }
  // "The prime minister arrived in Cairo on Saturday from Washington …. In a special gesture, he was received at the
  // airport by Egyptian Prime Minister Mostafa Madbouly": a welcome on arrival, on the day of the arrival just told.
  if (!planned && /\b(?:at the airport|on the tarmac|on (?:his|her|their) arrival|upon (?:his|her|their) arrival|on arrival)\b/i.test(sentenceText)) {
    const previous = inputs.sentences[sentence.index - 1];
    // "Francis flew in on Tuesday afternoon from Cuba" too.
    const arrivalDays = previous && /\b(?:arrived|arrives|landed|lands|touched down|flew into|flew in)\b/i.test(previous.text) ? inputs.datesBySentence.get(previous.index) ?? [] : [];
    if (arrivalDays.length === 1 && arrivalDays[0]) return arrivalDays[0].date;
  }
  // "On Tuesday it refused entry to a joint delegation … ¶ A day earlier, … Victoria Nuland held … talks in
  // Niamey", "The next day, …": counted from the day the sentence before told, else from the encounter told before.
  const dayAround = planned ? null : /^\W*(?:(a day|the day) (earlier|before)|(the next|the following) day|(a day) later)\b/i.exec(sentenceText);
  const toldBefore = inputs.datesBySentence.get(sentence.index - 1) ?? [];
  const dayBefore = toldBefore[toldBefore.length - 1]?.date ?? lastDated?.date ?? null;
  if (dayAround && dayBefore !== null) return shiftDays(dayBefore, dayAround[2] !== undefined ? -1 : 1);
  // "Erdogan and Putin last met in … Sochi on Sept. 17 …. Ten days earlier, the two had met … Rouhani in Tehran".
  const daysAround = planned ? null : /^\W*(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days (earlier|before|later)\b/i.exec(sentenceText);
  const lastTold = toldBefore[toldBefore.length - 1]?.date ?? null;
  if (daysAround && lastTold !== null) {
    const spelled = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf((daysAround[1] ?? '').toLowerCase());
    const count = spelled >= 0 ? spelled + 2 : Number(daysAround[1]);
    return shiftDays(lastTold, /^later$/i.test(daysAround[2] ?? '') ? count : -count);
  }
  if (lastDated?.date && !planned) {
    // "Minutes earlier, Cavusoglu had delivered …" too.
    // "The summit coincided with talks in Geneva between …": on the day of the encounter told before.
    // "Before the ceremony, Trump met Netanyahu in the Oval Office", "Before the trilateral talks, Scholz and Macron held
    // a one-on-one meeting", "After the audience he was received by … Renzi": around the encounter just told, on its day.
    // "Earlier in the morning, the prime minister called on Governor General David Johnston" too, and "Earlier, the top
    // U.S. diplomat met Qatar's emir"; "Obama went straight on to talks with German Chancellor Angela Merkel".
    if (/\b(?:(?:earlier|later) (?:in|on) the (?:same )?(?:day|morning|afternoon|evening)|(?:earlier|later) that day|the same day|(?:minutes|hours|moments) (?:earlier|later)|coincided with|(?:before|after) the (?:[\w-]+ )?(?:talks|summit|conference|meeting) (?:began|opened|started|ended|closed))\b/i.test(sentenceText) || /^(?:(?:Earlier|Later),\s|(?:[A-Z][\w.'’-]*\s+){1,3}(?:went|moved|turned)\s+(?:straight\s+)?on\s+to\s|After\s+\w+ing\b|(?:Before|After|Ahead of) the (?:[\w-]+ )?(?:ceremony|signing|talks|summit|meeting|dinner|lunch|session|audience|conference)\b)/.test(sentenceText)) return lastDated.date;
    // "The summit came 11 days after … Mishustin traveled to Minsk" too.
    const offset = /\b(a|one|two|three|\d{1,2}) days? (after|before)\s+$/i.exec(inputs.body.slice(sentence.start, triggerAt).replace(/\b(?:\p{Lu}[\p{L}.-]*\s+){1,7}$/u, ''));
    if (offset) {
      const days = ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[(offset[1] ?? 'a').toLowerCase()] ?? Number(offset[1] ?? 1);
      return shiftDays(lastDated.date, /^after$/i.test(offset[2] ?? '') ? -days : days);
    }
  }
  // "Senior US and Russian officials agreed on Tuesday … after talks. ¶ Rubio … met Lavrov … at Diriyah Palace":
  // the lead reports the day's news and the next sentences tell it, so a held encounter told there without a
  // time of its own took place on the lead's day, when that day is the day of the report or just before it.
  // Read in the clause, not in the rest of the sentence: "…, the final formal step in a process that began less than
  // a year ago" dates the process.
  // "… in Niamey for the first summit of the Alliance of Sahel States (AES), the mutual defence pact the three juntas
  // formed last September": an apposition that closes the clause tells of something else.
  if (!planned && !NOT_TODAY.test(withoutTakingOffice(withoutClosingApposition(clauseText(inputs.body, clause), triggerAt - clause.start))) && inputs.publishedAt !== null) {
    const lead = leadDate(inputs);
    // "Burhan said on Tuesday he had met Netanyahu …, a day after the surprise encounter": the day of the encounter the
    // lead reports, when it tells one, not of the saying.
    const reported = lead ? meetings.find((meeting) => meeting.sentences.includes(lead.sentence) && meeting.status === 'held' && !meeting.past && meeting.date !== null) : undefined;
    if (lead && sentence.index - lead.sentence <= 3 && sentence.index > lead.sentence) return reported?.date ?? lead.date;
    // "Pope Francis stood beside President Barack Obama … on Wednesday …. \"…,\" Francis told a crowd …. The two men then
    // met privately in the Oval Office": further on, the two the report is about, on its day, while no other day is told.
    // So is what one of them did then: "Francis then met Coptic Orthodox Pope Tawadros II at St Mark's Cathedral".
    // Days before the lead's are of what is recalled: "The two men last met in May last year".
    const noDaySince = lead !== null && [...inputs.datesBySentence.entries()].every(([index, days]) => index <= lead.sentence || index > sentence.index || days.every((day) => day.date < lead.date));
    if (lead && noDaySince && sentence.index > lead.sentence && sentence.index - lead.sentence <= 12 && (/^(?:The two (?:men|women|leaders|presidents|prime ministers)|Both leaders)\s+(?:then\s+)?(?:met|held|talked|spoke|spent)\b/.test(sentence.text) || SEQUEL.test(sentence.text))) return reported?.date ?? lead.date;
  }
  // "Ishiba … has held his first phone conversation with … Trump. ¶ The talks took place on Thursday morning": the
  // sentence after a held encounter told without a day gives the day when it goes on about that encounter.
  const next = inputs.sentences[sentence.index + 1];
  if (!planned && next && next.paragraph <= sentence.paragraph + 1 && inputs.publishedAt !== null) {
    const nextText = inputs.body.slice(next.start, next.end);
    const days = inputs.datesBySentence.get(next.index) ?? [];
    const recent = days.find((day) => day.date <= (inputs.publishedAt ?? '') && Date.parse(inputs.publishedAt ?? '') - Date.parse(day.date) <= 7 * 86_400_000);
    if (recent && GOES_ON_ABOUT.test(nextText) && !NOT_TODAY.test(nextText) && !PAST_ENCOUNTER.test(nextText)) return recent.date;
  }
  const previous = inputs.sentences[sentence.index - 1];
  if (planned && previous && previous.paragraph === sentence.paragraph) {
    const earlier = inputs.datesBySentence.get(previous.index) ?? [];
    const last = earlier[earlier.length - 1];
    if (last && inputs.publishedAt !== null && last.date > inputs.publishedAt) return last.date;
  }
  return null;
}

// "arrived in Ethiopia on Sunday night from Kenya, his father's homeland,": a journey's start, then a where-clause.
const CAME_FROM = /\b(?:arrived|arrives|arriving|returned|returns|returning|flew|flies|flying|came|comes|landed|lands|travell?ed|travels)\b[^;:]*\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,[^,;]{1,50})?,?\s*$/u;

// Later on the day told: "later in the day", "later the same day", "in the evening", "tonight".
const SAME_DAY_LATER = /\b(?:later (?:in|on) the (?:same )?day|later that day|later the same day|(?:later )?(?:in|on) the (?:evening|afternoon)|later (?:that|this) (?:evening|afternoon)|this (?:evening|afternoon)|tonight)\b/i;

// A month told without its day: "in March", "for early February".
const MONTH_ONLY = /\b(?:in|for|since|until|during) (?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;

// A time told as a span, not a day: "later this week", "next week", "in the coming days".
const VAGUE_TIME = /\b(?:later (?:this|in the|that) (?:week|month)|(?:next|this|the following|the coming) (?:week|month)|in the coming (?:days|weeks)|in (?:a few|several) (?:days|weeks))\b/i;

// A clause that goes on with the sentence's subject: "… to meet Zelensky and will travel to Moscow".
// "Blinken arrived in Israel on Thursday and is due to travel to Amman on Friday" too.
// "… to meet Palestinian President Mahmoud Abbas, then fly directly from Israel to Jeddah" as well, and "… before
// flying to South Africa on Tuesday for talks with President Cyril Ramaphosa".
// "The pontiff was welcomed at Cairo International Airport by … Sherif Ismail and driven to the presidential palace in
// Heliopolis for a private meeting with President Abdel Fattah al-Sisi": on to another encounter of the one welcomed.
const ELIDED_SUBJECT = /^,\s+(?:held|had)\s+talks\s+with\s|^\s+and\s+(?:will|would|then|later|(?:then\s+)?(?:driven|taken|escorted|whisked)\s+to|(?:was|were)\s+(?:greeted|welcomed|received)\s+by|(?:is|are) (?:also )?(?:due|set|expected|scheduled)|(?:agreed|decided|pledged|vowed|promised) to)\s|^\s*before\s+(?:flying|travell?ing|heading|going|moving)\s+(?:on\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?to\b|^,?\s*then\s+(?:fly|flies|travel|travels|head|heads|go|goes|move|moves|continue|continues)\b/;

// "The two leaders spoke Friday morning", "The roughly 20-minute call began at 10 p.m. Friday", "They met for
// two hours on Monday": a sentence that opens on the encounter just told, or on its parties.
// "The two leaders shook hands and posed for photographs before sitting down … on Tuesday evening" too.
const GOES_ON_ABOUT = /^\W*(?:(?:The|Their)\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|talks|meeting)\s+(?:on\s+\w+day\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:took place|was held|were held|began|lasted|started|happened)\b|(?:The two (?:leaders|men|sides|presidents|ministers)|They|Both leaders)\s+(?:spoke|talked|met|shook hands|sat down)\b)/;

/**
 * Further on, the story of the lead's day goes on while it follows someone already reported meeting that day:
 * "Zelensky was also received by King Charles III at Buckingham Palace", six sentences after the lead. A day
 * inferred so loosely dates this mention only; it never dates an encounter the mention turns out to repeat.
 */
function dayOfStory(inputs: MeetingInputs, sentence: Sentence, meetings: readonly MeetingDraft[], participants: readonly number[], kind: MeetingKind): string | null {
  // "He also met General Abdel Fattah al-Burhan, head of the Sovereign Council that shares power … since … last
  // year": an apposition that describes the one met closing the sentence tells of something else.
  const told = withoutTakingOffice(inputs.body.slice(sentence.start, sentence.end).replace(/,\s+(?:head|chief|leader|chairman|president) of the [^,;]*[.!?]?\s*$/, ''));
  if (inputs.publishedAt === null || NOT_TODAY.test(told)) return null;
  // "Biden told Putin in a phone call on Saturday …. Secretary of State Antony Blinken also spoke by phone with …
  // Lavrov": also, on the day of the call told just before. Not a visit's meetings: "He also called on President
  // Droupadi Murmu during the visit" may be a day after the talks before it.
  if ((kind === 'phone call' || kind === 'video call') && /\balso\b/i.test(inputs.body.slice(sentence.start, sentence.end))) {
    const before = [...meetings].reverse().find((meeting) => meeting.kind === kind && meeting.status === 'held' && !meeting.past && meeting.date !== null && meeting.sentences.some((index) => index < sentence.index && sentence.index - index <= 2));
    if (before) return before.date;
  }
  const lead = leadDate(inputs);
  // "US President Donald Trump has told Palestinian President Mahmoud Abbas in a phone call that …", then "Abbas's
  // spokesman said on Tuesday that the Palestinian leader had warned Trump …": the news the report opens with is of the
  // day the next sentences tell of its parties.
  // So is a lead under a headline: "Merkel confronts Obama over suspected tapping of her mobile phone ¶ BERLIN, Oct 24,
  // 2013 (AFP) - German Chancellor Angela Merkel telephoned US President Barack Obama …".
  if (lead && (sentence.index === 0 || opensTheReport(inputs, sentence)) && lead.sentence > sentence.index && lead.sentence - sentence.index <= 2) {
    const namesParty = inputs.personMentions.some((mention) => mention.sentence === lead.sentence && participants.includes(mention.person));
    // "Saudi crown prince accuses Israel of 'genocide' at Riyadh summit ¶ Riyadh (AFP) - … on Monday …, as Arab and
    // Muslim leaders gathered in Riyadh": a summit the headline names nobody at is the one the lead dates.
    return namesParty || (participants.length === 0 && kind === 'summit' && sentence.index === 0) ? lead.date : null;
  }
  // "Macron on Tuesday declared … ¶ … ¶ Macron later held talks with Kabore": later on the day the report opens with.
  if (lead && sentence.index > lead.sentence && sentence.index - lead.sentence <= 12 && LATER_THAT_DAY.test(inputs.body.slice(sentence.start, sentence.end))) return lead.date;
  if (!lead || sentence.index - lead.sentence <= 3) return null;
  const sameDayParty = meetings.some((meeting) => meeting.date === lead.date && meeting.status === 'held' && meeting.participants.some((person) => participants.includes(person)));
  // "Merkel was also received by President Karolos Papoulias … before flying back to Berlin", near the end of the
  // report of her six-hour visit: what the one of the day's encounter also did, further on.
  // "Before leaving the Uruguayan capital, Lula also met … Mujica", "In Baghdad, Erdogan also called on Iraqi President
  // Abdul Latif Rashid" too.
  const also = sentence.index - lead.sentence <= 16 && /^(?:(?:Before (?:leaving|departing)|In|While in) [^,;]{1,60},\s+)?(?!(?:He|She|They|It)\s)(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:was\s+|has\s+|had\s+)?also\b(?![^.;]*\bduring the (?:visit|trip)\b)/u.test(inputs.body.slice(sentence.start, sentence.end));
  if (sentence.index - lead.sentence > 8 && !also) return null;
  return sameDayParty ? lead.date : null;
}

/** The text less when someone came to office, which dates no encounter: "on his first trip to Africa since taking office in December". */
function withoutTakingOffice(text: string): string {
  // "since he took office in May" too.
  return text.replace(/\bsince\s+(?:(?:he|she|they)\s+)?(?:taking|took|assuming|assumed|entering|becoming|became)\b[^,;]*/gi, '');
}

const BEGAN_ON = /^\S+\s+(?:(?:began|started|opened|kicked off|got (?:off )?(?:under ?way|to an? (?:[\w-]+ )?start))\s+(?:[\w-]+\s+){0,2}on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;

const LATER_THAT_DAY = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}later\s+(?:held|met|hosted|received|spoke|talked|visited)\b|^Later(?: in the day| that day)?,?\s/u;

// "… last hosted an American president", "first received a Chinese leader": a title for the one a when-clause names.
const HOSTED_A_TITLE = /\b(?:hosted|received|welcomed)\s+(?:a|an)\s+(?:[\p{L}.-]+\s+)?(?:president|prime minister|premier|leader|head of state|chancellor|king|pope)\b/u;

// An encounter told as one before the news: "last met", "previously visited". Not "had met": reported speech uses it
// for the day's news too ("said on Wednesday he had held a phone call with Putin").
// "The last meeting between the leaders of Japan and China took place in November 2024", "their previous summit".
// "stalled since their second summit in Hanoi ended" too.
const PAST_ENCOUNTER = /\b(?:(?:last|previously|first) (?:met|spoke|held|visited|talked|hosted|travell?ed|came|went|attended)|since (?:their|the|his|her) (?:[\w-]+ ){0,2}(?:summit|meeting|talks|visit|call)|(?:the|their|his|her) (?:last|previous|past) (?:[\w-]+ )?(?:meetings?|visits?|talks|summits?|calls?|trips?|encounters?))\b/i;

// "met on the sidelines of the BRICS summit in Kazan last October", "visited two years ago".
// Not in the possessive: "congratulated him on last month's parliamentary elections" dates the elections.
const EARLIER_SPAN = /\b(?:last (?:year|month|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)(?!['’]s\b)|(?:\w+ )?(?:years|months) ago)\b/i;

// Words that place an encounter at another time than the day reported: "last year", "had met", "in 2019",
// "the tour has already taken him to Samoa", "held separate talks … before the summit".
// Not "their first face-to-face meeting since the war began", which is the one told today.
const NOT_TODAY = /\b(?:last|previous|weekend|previously|earlier|former|formerly|ago|since(?<!\bfirst (?:[\w-]+ ){0,3}since)|already|(?:before|ahead of|prior to) (?:the|their|his|her) (?:[\w-]+ )?(?:summit|meeting|talks|visit|conference)|first (?:met|visit)|had (?:\w+ly |also )?(?:met|held|visited|spoken|talked|phoned|telephoned|hosted)|was the first|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/** The date the body's first dated sentence gives, when it is the day of the report or up to two days before. */
function leadDate(inputs: MeetingInputs): { sentence: number; date: string } | null {
  const publishedAt = inputs.publishedAt;
  if (publishedAt === null) return null;
  const captions = inputs.captions ?? [];
  for (const sentence of inputs.sentences.slice(0, 6)) {
    if (captions.some((caption) => sentence.start < caption.end && caption.start < sentence.end)) continue;
    const dates = (inputs.datesBySentence.get(sentence.index) ?? []).filter((date) => date.start >= (inputs.datelineEnd ?? 0));
    if (dates.length === 0) continue;
    // "agreed to reach a deal by Jan. 15, following talks in the U.S. capital yesterday": the lead's day of news.
    const news = dates.find((date) => {
      const days = (Date.parse(publishedAt) - Date.parse(date.date)) / 86_400_000;
      return days >= 0 && days <= 2;
    });
    return news ? { sentence: sentence.index, date: news.date } : null;
  }
  return null;
}

/** The countries a clause lists one after another from the first destination on: "to Tonga …, followed by Vanuatu, Papua New Guinea and Timor-Leste". */
function destinationsListed(inputs: MeetingInputs, clause: Clause, triggerAt: number, triggerEnd: number): { country: string; end: number }[] {
  const after = inputs.gazetteer.countries.filter((country) => country.start >= triggerAt && inClause(clause, country.start, country.end) && country.value.form === 'name');
  const first = after[0];
  if (!first || first.start - triggerEnd >= 30) return [];
  const stops = [{ country: first.value.country.name, end: first.end }];
  let end = first.end;
  for (const next of after.slice(1)) {
    const between = inputs.body.slice(end, next.start);
    // "is due to visit Rwanda on Wednesday and Ethiopia on Thursday" too.
    if (!/^(?:,\s*(?:and\s+)?|\s+and\s+|(?:\s+on\s+\w+day)?,?\s+(?:followed by|then|and then|and)\s+)(?:the\s+)?$/i.test(between)) break;
    if (!stops.some((stop) => stop.country === next.value.country.name)) stops.push({ country: next.value.country.name, end: next.end });
    end = next.end;
  }
  return stops;
}

// "visited China", "travels to France": the country visited.
function destinationCountry(inputs: MeetingInputs, clause: Clause, triggerAt: number, triggerEnd: number): string | null {
  // Counted from the end of the travel words: "has already taken him to the Solomon Islands" is long.
  const match = inputs.gazetteer.countries.find((country) => country.start >= triggerAt && inClause(clause, country.start, country.end) && country.value.form === 'name' && country.start - triggerEnd < 30);
  return match?.value.country.name ?? null;
}

const NEXT_HOSTED_BY = /\bnext\b[^.;]*\b(?:be|been) (?:held|hosted) (?:in|by)\s+(?:the\s+)?$/;
const PARTY_AFTER_TRIGGER = /\b(?:with|between|and)\s+(?:the\s+)?(?:(?!(?:about|on|over|of|for|in|to|at|from)\s)[a-z][\w-]*\s+){0,2}$|,\s+$/;

function participantCountries(inputs: MeetingInputs, participants: readonly number[], clause: Clause, triggerAt = clause.end): string[] {
  const countries: string[] = [];
  for (const person of participants) {
    const role = inputs.roles.find((candidate) => candidate.person === person && candidate.country !== null);
    if (role?.country && !countries.includes(role.country)) countries.push(role.country);
  }
  if (participants.length === 0) {
    // "Russian and Ukrainian negotiators held talks": the parties are countries with unnamed delegates.
    for (const match of inputs.gazetteer.countries) {
      // "Leaders of France, Germany and Italy met … to discuss aid to Ukraine": the parties come before the meeting
      // word or after its "with"/"between", not in what the meeting was about.
      if (!inClause(clause, match.start, match.end) || countries.includes(match.value.country.name)) continue;
      // "Talks between lower-level Russian and Ukrainian delegations": a word or two may qualify the party.
      // "The next SCO summit will be held in China next year": the host of the next one is its party.
      if (match.start > triggerAt && !PARTY_AFTER_TRIGGER.test(inputs.body.slice(Math.max(triggerAt, match.start - 32), match.start)) && !NEXT_HOSTED_BY.test(inputs.body.slice(clause.start, match.start))) continue;
      // "talks in Jeddah, Saudi Arabia": the country a place is in is no party.
      if (inputs.gazetteer.places.some((place) => place.end < match.start && /^,\s+$/.test(inputs.body.slice(place.end, match.start)))) continue;
      countries.push(match.value.country.name);
    }
  }
  return countries;
}

// "The military chiefs of India and Pakistan spoke by phone", "Directors General of Military Operations", "diplomats".
const DELEGATES = /\b(?:negotiators|delegations?|delegates|officials|envoys|(?:foreign |defen[cs]e )?ministers|governments?|leaders|heads of (?:state|government)|representatives|counterparts|chiefs|commanders|directors general|diplomats|teams)\b/i;

/**
 * "Commonwealth leaders have agreed … as their biennial meeting in Apia drew to a close": leaders meeting at a
 * named place is a summit, though the sentence names none of them (when it names someone, they are the parties).
 */
function gatheringOfLeaders(mention: MeetingDraft, kind: MeetingKind, sentenceText: string): boolean {
  return kind === 'meeting' && mention.participants.length === 0 && mention.location !== null && /\b(?:leaders|heads of (?:state|government))\b/i.test(sentenceText);
}

/** The country of a journey's one traveller, as a role in the text gives it, and the country the journey goes to. */
function journeyCountries(inputs: MeetingInputs, mention: MeetingDraft): { home: string | null; destination: string | null } {
  const [traveller] = mention.participants;
  if (traveller === undefined || mention.participants.length !== 1) return { home: null, destination: null };
  const home = inputs.roles.find((role) => role.person === traveller && role.country !== null)?.country ?? null;
  return { home, destination: mention.destination ?? mention.locationCountry };
}

/** Whether the one traveller of a journey has a country the text gives, and goes there. */
function goesHome(inputs: MeetingInputs, mention: MeetingDraft): boolean {
  const { home, destination } = journeyCountries(inputs, mention);
  return home !== null && destination === home;
}

/** Whether the one traveller of a return has a country the text gives, and goes back to another. */
function returnsAbroad(inputs: MeetingInputs, mention: MeetingDraft): boolean {
  const { home, destination } = journeyCountries(inputs, mention);
  return home !== null && destination !== null && destination !== home;
}

/** Whether a mention that matches no earlier meeting is a meeting of its own. */
// Not "talks with the French and German leaders", who are persons the text goes on to name.
// "Kerry flies on Wednesday to … Antalya for a meeting of NATO foreign ministers": ministers of a portfolio, too.
const MEETS_A_GROUP = /\b(?:met|meet|meets|meeting|talks) (?:with |of )?(?:the |a group of |a delegation of |representatives of )?(?:(?:[\p{L}-]+ ){0,3}(?:business|community|religious|faith|opposition|civil society|tribal|student|youth|church|EU|European|Arab|African|Gulf|party|foreign|defen[cs]e|finance|trade|energy) (?:[\p{L}-]+ )?(?:leaders|ministers)|(?:[\p{L}-]+ ){0,4}(?:officials|figures|representatives|executives|students|victims|survivors|lawmakers|legislators|senators|bishops|clergy|families|entrepreneurs|elders|activists|veterans|journalists|investors|CEOs))\b/u;

function standsAlone(mention: MeetingDraft, kind: MeetingKind, clauseText: string): boolean {
  if (mention.participants.length >= 2) return true;
  if (mention.participants.length === 1) {
    // "Blinken would travel to China", "Raisi to visit Riyadh": a visit to a country or its capital, also by a
    // visitor whose own country the text does not give ("Patriarch Kirill will visit Paraguay"). A dated visit to a named
    // building or site too: "Modi visited the Bangabandhu Memorial Museum".
    if (kind === 'visit') return mention.countries.length >= 2 || mention.destination !== undefined || (mention.location !== null && CAPITALS.has(mention.location)) || (mention.locationKind === 'venue' && mention.date !== null && !mention.past);
    // "Pence also met exiled Venezuelan opposition figures in Lima", "is expected to meet EU foreign ministers in
    // Brussels on September 21": one named party meeting a group the text does not name one by one.
    if ((kind === 'meeting' || kind === 'talks' || kind === 'bilateral talks') && MEETS_A_GROUP.test(clauseText)) return true;
    // "Xi concluded a two-day summit with the leaders of five countries in Xi'an": a held summit needs its place.
    return kind === 'summit' && (mention.status === 'planned' || mention.location !== null);
  }
  // "Leaders of NATO member states wrapped up a two-day summit in Madrid": a summit is an encounter of its own.
  if (kind === 'summit' && mention.location !== null) return true;
  // "The next summit is due to be hosted by Canada": the next one, by its host.
  if (kind === 'summit' && mention.status === 'planned' && mention.countries.length >= 1 && /\bnext (?:[\w-]+ ){0,2}(?:summit|gathering|meeting|conference)\b/i.test(clauseText)) return true;
  return mention.countries.length >= 2 && DELEGATES.test(clauseText);
}

/**
 * A welcome at the airport and what the guest is told to do in town that day are one encounter ("was received at
 * the airport by Bhandari …. Xi met Bhandari in Kathmandu"); not talks at a building of their own ("had received Modi
 * at Kigali International Airport …. The two leaders then held … talks at Urugwiro Village"), nor an encounter of
 * another day.
 */
function welcomedThereThatDay(meeting: MeetingDraft, mention: MeetingDraft): boolean {
  return meeting.location !== null && AIRPORT.test(meeting.location) && mention.locationKind !== 'venue' && mention.date === meeting.date;
}

function sameEncounter(meeting: MeetingDraft, mention: MeetingDraft): boolean {
  if (meeting.status !== mention.status || Boolean(meeting.past) !== Boolean(mention.past)) return false;
  // A call is not an encounter somewhere: "spoke by telephone" and "met on the sidelines of the summit in Kazan".
  if (isCall(meeting) !== isCall(mention) && (isCall(meeting) ? mention : meeting).location !== null) return false;
  // Two stops of one tour are two visits.
  if (meeting.destination !== undefined && mention.destination !== undefined && meeting.destination !== mention.destination) return false;
  if (visitsElsewhere(meeting, mention) || visitsElsewhere(mention, meeting)) return false;
  // "hosted Saudi Crown Prince Mohammed bin Salman in … Ankara" and "he met King Salman … and the crown prince in
  // Jeddah": encounters in two countries are two.
  // So are "arrived in Ankara from Jordan, where he met Jordan's King Abdullah II" and the arrival.
  const countryOf = (draft: MeetingDraft): string | null => draft.locationCountry ?? draft.inCountry ?? null;
  if (countryOf(meeting) && countryOf(mention) && countryOf(meeting) !== countryOf(mention)) return false;
  // "Obama was due to meet … Nguyen Phu Trong later on Monday. ¶ From Vietnam, Obama heads to Japan for the Group of
  // Seven summit": a journey told after a meeting is the way on from it.
  // "On Saturday, Modi will also visit the Jeshoreshwari Kali temple", after his talks with Hasina that day: an outing.
  // But "Moon and Xi agreed Thursday on four principles …. The two leaders met at the Great Hall … for their third
  // summit" names where the two were together.
  if ((mention.journey || (mention.kind === 'summit' && meeting.kind !== 'summit' && !meeting.namedInFull) || (mention.kind === 'visit' && mention.participants.length === 1 && mention.locationKind === 'venue')) && meeting.kind !== 'visit' && meeting.location === null && mention.location !== null && meeting.sentences.every((index) => mention.sentences.every((own) => own > index))) return false;
  // "held separate talks with each of the visiting presidents": each talks is not the summit they all attended.
  if (mention.oneOfSeveral && meeting.participants.length > mention.participants.length) return false;
  if (meeting.date && mention.date && meeting.date !== mention.date) return false;
  // A visit and a meeting on it may name different grains of place, unless the visit is a journey somewhere else.
  // So may a welcome at the airport and the talks in town after it.
  // "… talks at the White House …. Biden told his guest at a joint news conference in the East Room": a room of the building.
  // The news conference closes the talks there.
  const roomOf = (room: string, building: string): boolean => mention.kind === 'press conference' && PLACE_FORMS.get(room)?.within === building;
  if (meeting.location && mention.location && !samePlace(meeting, mention) && !roomOf(mention.location, meeting.location) && !welcomedThereThatDay(meeting, mention) && (!(meeting.kind === 'visit' || mention.kind === 'visit') || meeting.journey || mention.journey)) return false;
  if (mention.participants.length === 0) return meeting.participants.length === 0 && mention.countries.length > 0 && mention.countries.every((country) => meeting.countries.includes(country));
  // "flying on to Paris for talks with the French and German leaders … he joined Macron and Scholz": the unnamed
  // delegates' meeting is the one their leaders are then named at.
  if (meeting.participants.length === 0) return meeting.countries.length > 0 && meeting.date !== null && meeting.date === mention.date && meeting.countries.every((country) => mention.countries.includes(country));
  const shared = mention.participants.filter((person) => meeting.participants.includes(person)).length;
  if (shared === 0) return false;
  // "Obama met African leaders on Monday" is not his talks with Kenyatta.
  if ((meeting.withGroup || mention.withGroup) && !sameParties(meeting, mention)) return false;
  // "Zelensky arrived to take part in the G7 summit. … Zelensky held talks with Modi": talks with someone new are
  // an encounter on the summit's margins, not the summit one person was reported attending.
  // But three or more meeting the host where the summit is are the summit: "Modi, Albanese and Kishida met Mr. Biden
  // at the Archmere Academy".
  if (meeting.kind === 'summit' && mention.kind !== 'summit' && meeting.participants.length < 2 && shared < mention.participants.length && mention.participants.length < 4) return false;
  // "Meloni, who held talks with Starmer at Downing Street on Sunday morning" beside the summit Starmer hosted that
  // day: two who met at a place of their own held talks of their own. So did "Menfi held talks with Sisi on Thursday
  // morning before the summit opened".
  // Nor are two of a three-way encounter told at a building of their own: "Modi, Rouhani and Ghani then sealed a
  // trilateral transit pact …. Modi was accorded a ceremonial welcome by Rouhani at the Saadabad Palace".
  if (mention.kind !== 'summit' && meeting.participants.length >= 3 && mention.participants.length === 2 && ((mention.location !== null && mention.locationKind === 'venue') || mention.apart)) return false;
  // "Amir-Abdollahian and … Faisal bin Farhan met in Beijing … Qin Gang hosted a lunch for the two ministers and later
  // met them together": talks of two or more that someone new then joins are another encounter, save at a summit.
  // A visit takes in those met on it: "Macron and Merz visited Kyiv … They were met by Zelenskiy".
  if (meeting.participants.length >= 2 && mention.participants.length > meeting.participants.length && shared === meeting.participants.length && meeting.kind !== 'summit' && mention.kind !== 'summit' && meeting.kind !== 'visit') return false;
  // "Francis … was greeted on the tarmac by President Giorgi Margvelashvili and by Patriarch Ilia II. The pope then called
  // on Margvelashvili at the Presidential Palace": what came next with some of them is another encounter.
  // "… held talks with President Andrzej Duda at the Royal Castle …. The two presidents then joined a summit of the Three
  // Seas Initiative": a summit they went on to is not their talks.
  if (mention.sequel && mention.kind === 'summit' && meeting.kind !== 'summit' && meeting.sentences.every((index) => index < Math.min(...mention.sentences))) return false;
  if (mention.sequel && !mention.journey && mention.participants.length >= 2 && mention.participants.length < meeting.participants.length && meeting.sentences.every((index) => index < Math.min(...mention.sentences))) return false;
  // One side's parties are all among the other's: "Biden met Zelenskyy" and "Biden's visit".
  return shared === mention.participants.length || shared === meeting.participants.length;
}

/**
 * "Moon Jae-in held phone talks with Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe …. In a
 * separate call, Abe raised …": the one who called and each of the others, one call each.
 */
function callsToldApart(inputs: MeetingInputs, meetings: MeetingDraft[]): void {
  for (let i = meetings.length - 1; i >= 0; i -= 1) {
    const call = meetings[i];
    if (!call || call.kind !== 'phone call' || call.participants.length < 3 || call.oneOfSeveral) continue;
    const [caller, ...others] = call.participants as [number, ...number[]];
    const first = Math.min(...call.sentences);
    const apart = inputs.sentences.some((sentence) => sentence.index > first && sentence.index - first <= 6 && SEPARATE_CALL.test(sentence.text)
      && inputs.personMentions.some((mention) => mention.sentence === sentence.index && others.includes(mention.person)));
    if (!apart) continue;
    const countryOf = (person: number): string | null | undefined => inputs.roles.find((role) => role.person === person && role.country !== null)?.country;
    meetings.splice(i, 1, ...others.map((other) => ({
      ...call,
      participants: [caller, other],
      countries: call.countries.filter((country) => country === countryOf(caller) || country === countryOf(other)),
      sentences: [...call.sentences],
      spans: [...call.spans],
      oneOfSeveral: true,
    })));
  }
}

const HOURS_AWAY = /^\W*(?:Hours|Minutes|Moments)\s+(?:earlier|later|before|after)\b/;
const ARRIVED_ON = /\b(?:arrived|landed)\s+in\s/;
const BEFORE_MEETING = /^\W*(?:Before|After)\s+(?:meeting|seeing|talks with|holding talks with)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4},/u;
// "The pope then called on Margvelashvili", "Francis then drove to the patriarch's residence": what came next.
const SEQUEL = /^\W*(?:(?:The\s+)?[\p{Lu}][\p{L}.'’-]*\s+){1,3}then\s+\p{Ll}|^\W*The\s+(?:[\p{L}-]+\s+)?(?:pope|pontiff|presidents?|prime ministers?|premiers?|chancellors?|king|queen|emir|leaders?|ministers?|secretary|men|women)\s+then\s+\p{Ll}/u;
// "before the summit opened", "after the conference": told as apart from the gathering.
const APART_FROM_GATHERING = /\b(?:before|after|ahead of)\s+the\s+(?:[\w-]+\s+)?(?:summit|conference|gathering)\b/i;
// "by video conference", "a virtual summit", "via video link".
const REMOTE_ENCOUNTER = /\b(?:by video(?: ?conference| link)?|via video(?: ?conference| link)?|videoconference|virtual(?:ly)?)\b/i;
const SEPARATE_CALL = /\b(?:[Ii]n )?(?:a )?separate (?:phone |telephone )?(?:call|conversation)\b/;

function isCall(meeting: MeetingDraft): boolean {
  return meeting.kind === 'phone call' || meeting.kind === 'video call';
}

/** A stop of a tour in one country is not an encounter held in another: "met Bainimarama in Suva" and "visited Samoa". */
function visitsElsewhere(stop: MeetingDraft, other: MeetingDraft): boolean {
  return stop.destination !== undefined && other.locationCountry !== null && other.locationCountry !== stop.destination;
}

function sameParties(a: MeetingDraft, b: MeetingDraft): boolean {
  return a.participants.length === b.participants.length && a.participants.every((person) => b.participants.includes(person));
}

function merge(meeting: MeetingDraft, mention: MeetingDraft, anaphoric = false): void {
  if (!mention.dayInferred) meeting.date ??= mention.date;
  if (!meeting.location && mention.location) setPlace(meeting, mention);
  // "Sharif … received Modi at Allama Iqbal International Airport …. The two leaders then flew … to Raiwind, … and held
  // talks there": where they went on to meet, not where the guest landed.
  else if (meeting.location && mention.location && AIRPORT.test(meeting.location) && !AIRPORT.test(mention.location)) setPlace(meeting, mention);
  // "Xi received Macron in Beijing … at the start of their meeting at the Great Hall of the People": a later
  // mention names the building in the city, the finer place.
  // Not from one party's own outing: "Earlier on Monday, the Australian leader visited the Temple of Heaven".
  // "The talks at the Diaoyutai State Guesthouse" names the encounter itself, whoever else the clause names.
  else if (meeting.locationKind === 'city' && mention.locationKind === 'venue' && (mention.city === meeting.location || mention.city === null) && (anaphoric || mention.participants.length >= Math.min(2, meeting.participants.length))) setPlace(meeting, { ...mention, city: meeting.location });
  else if (meeting.location && mention.location && meeting.city === null && mention.city !== null && meeting.locationKind === 'venue' && mention.location === mention.city) meeting.city = mention.city;
  // "… at talks in the White House …. Trump received his guest in the Oval Office": the room of the building told.
  else if (meeting.location && mention.location && mention.kind !== 'press conference' && PLACE_FORMS.get(mention.location)?.within === meeting.location) setPlace(meeting, mention);
  for (const person of mention.participants) if (!meeting.participants.includes(person)) meeting.participants.push(person);
  if (mention.remote) meeting.remote = true;
  // Leaders told together at first, and then as at "their third summit".
  if (meeting.namedInFull && mention.kind === 'summit') meeting.kind = 'summit';
  // "Jaishankar tells Wang Yi in first talks since deadly face-off …. \"…,\" Jaishankar told Wang during the phone
  // conversation": talks, held by phone, somewhere nobody named.
  if (mention.kind === 'phone call' && !isCall(meeting) && meeting.location === null && (meeting.kind === 'talks' || meeting.kind === 'bilateral talks' || meeting.kind === 'meeting')) meeting.kind = mention.kind;
  // A journey someone is met at the end of is that encounter.
  if (meeting.provisional && meeting.participants.length >= 2) meeting.provisional = false;
  for (const country of mention.countries) if (!meeting.countries.includes(country)) meeting.countries.push(country);
  meeting.sentences.push(...mention.sentences);
  meeting.spans.push(...mention.spans);
}

/**
 * PLOVER CONSULT with its CAMEO code: 041 by telephone, 042 make a visit, 044 meet at a third place,
 * 046 negotiate, 040 otherwise. "bilateral talks" when two countries' envoys meet.
 */
function classify(meeting: MeetingDraft): void {
  const third = meeting.locationCountry !== null && meeting.countries.length > 0 && !meeting.countries.includes(meeting.locationCountry);
  switch (meeting.kind) {
    case 'phone call':
    case 'video call':
      meeting.cameo = '041';
      break;
    case 'visit':
      meeting.cameo = '042';
      break;
    case 'talks':
      meeting.cameo = third ? '044' : '046';
      if (meeting.countries.length === 2 || meeting.participants.length === 2) meeting.kind = 'bilateral talks';
      break;
    case 'bilateral talks':
    case 'meeting':
    case 'summit':
    case 'press conference':
      meeting.cameo = third ? '044' : '040';
      break;
  }
}

/** The ISO day `days` after `date` (before it when negative). */
function shiftDays(date: string, days: number): string {
  const shifted = new Date(`${date}T12:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}
