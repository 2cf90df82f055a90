import { openingFirst } from './caseless.ts';

// Words before a name that make its holder a bystander, each read first by its opening words (see openingFirst).
const OF_THE_PAST = openingFirst(String.raw`\b(?:steps|footsteps|legacy|memory|death|killing|murder|assassination|detention|grave|tomb|statue|bust|portrait|mausoleum|era|days|time|policies|words) of\s+`, String.raw`(?:[\p{L}-]+\s+){0,3}$`);
const GOVERNMENT_CONDEMNED = openingFirst(String.raw`\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)?|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|sanction(?:ed|s|ing)?) (?:the )?(?:government|regime|administration|dictatorship|rule) of\s+`, String.raw`(?:[\p{L}'’.-]+\s+){0,4}$`);
const LOYAL_TO = openingFirst(String.raw`\b(?:loyal to|supporters of|opponents of)\s+`, String.raw`(?:[\p{L}'’-]+\s+){0,9}$`);
const RESIDENCE_OF = openingFirst(String.raw`\b(?:residence|home|house|villa|estate|farm|ranch) of\s+`, String.raw`(?:[\p{L}'’.-]+\s+){0,4}$`);
const MONUMENT_TO = openingFirst(String.raw`\b(?:monument|memorial|statue|tribute|homage) to\s+`, String.raw`(?:[\p{L}'’-]+,?\s+){0,9}$`);
const ACCOMPANIED_BY = /\b(?:accompanied by\s+(?:[^.;:]{0,80}?\b(?:including|such as)\s+)?|joined by\s+(?:senior\s+|their\s+|his\s+|her\s+)?(?:ministers|officials|aides|advisers|advisors|delegations|teams)\b[^.;:]{0,60}?\b(?:including|such as)\s+)(?:(?:\p{Lu}[\p{L}.'’-]*|his|her|their|son|daughter|wife|husband|sister|brother|and|of|the|minister|adviser|secretary|envoy)(?:,|\s+and)?\s+){0,8}$/u;
const CASE_OF = /\b(?:(?:presse[sd]|pressing|press|confront(?:ed|s|ing)?|challeng(?:ed|es|ing)|rebuk(?:ed|es|ing)|question(?:ed|s|ing)?)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:over|about|on)|(?:to\s+)?(?:free|release)|(?:release|detention|arrest|jailing|imprisonment|fate|case|listing|designation|blacklisting|extradition) of)\s+(?:(?:jailed|detained|imprisoned|the|opposition|dissident|critic|Kremlin|journalist|activist|chief|leader|militant|[\p{Lu}][\p{L}-]*)\s+){0,4}$/u;
const SENTENCED = /\b(?:sentence|verdict|punishment|penalty|jail term|prison term)\s+(?:handed|given|passed|imposed)\s+(?:down\s+)?(?:to|on)\s+(?:(?:writer|journalist|activist|dissident|critic|blogger|academic|citizen|the|jailed|detained|Australian|American|British|Canadian)\s+){0,3}$/i;
const CASE_WORD = /\b(?:press|confront|challeng|rebuk|question|free|release|detention|arrest|jailing|imprisonment|fate|case|listing|designation|blacklisting|extradition)/;
const QUESTION_FROM = openingFirst(String.raw`\bquestions? (?:from|by|put by)\s+`, String.raw`(?:[\p{L}'’.-]+,?\s+){0,7}$`);

/**
 * Someone named beside an encounter who is no party to it: the source at the end of the sentence ("…, Kwatra said"),
 * a spouse ("host Ruto and his wife Rachel Ruto", "First Lady Jill Biden"), or a figure of the past it recalls.
 */
export function bystander(body: string, mention: { start: number; end: number }): boolean {
  // "visited the Temple of Heaven, retracing the steps of former Prime Minister Gough Whitlam": someone of the past.
  // So is the subject of a case raised: "confronted … over the killing of journalist Jamal Khashoggi", and a likeness:
  // "beneath a bust of revolutionary leader Ho Chi Minh".
  if (OF_THE_PAST.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "condemned the government of Venezuela's Nicolás Maduro": whose government was condemned is what they spoke of.
  if (GOVERNMENT_CONDEMNED.test(body.slice(Math.max(0, mention.start - 90), mention.start))) return true;
  // "Fighting … between forces loyal to South Sudan's President Salva Kiir and First Vice President Riek Machar
  // dominated closed-door discussions": whose forces fought is what was discussed.
  if (LOYAL_TO.test(body.slice(Math.max(0, mention.start - 90), mention.start))) return true;
  // "Her visit coincides with an eight-nation Pacific tour by Chinese Foreign Minister Wang Yi": one whose own trip
  // falls at the same time ("coincided with talks in Geneva between …" names the parties of those talks).
  const coinciding = /\bcoincid(?:e|es|ed|ing) with\b([^.;]*)$/i.exec(body.slice(Math.max(0, mention.start - 100), mention.start));
  if (coinciding && !/\b(?:talks|meeting|meetings|summit|call|negotiations)\b/i.test(coinciding[1] ?? '')) return true;
  // "… before moving on to expanded talks joined by their top aides, including Russian Foreign Minister Sergey Lavrov
  // and North Korean Foreign Minister Ri Yong-ho": aides who sat in, not parties.
  // "… held an expanded meeting with their delegations, which on the Argentine side included Foreign Minister Diana
  // Mondino" too.
  if (/\b(?:aides|advisers|advisors|delegations?|delegates|entourages?),?\s+(?:including|among them|such as|(?:which|who)\s+(?:[^.;:]{0,40}\s)?(?:included|includes|comprised))\s+[^.;:]{0,200}$/i.test(body.slice(Math.max(0, mention.start - 280), mention.start))) return true;
  // "Morocco's King Mohammed VI said in a message to the summit": who wrote to a gathering was not at it.
  if (/^\s+(?:said|says)\s+in\s+(?:a|an|his|her)\s+(?:written\s+|video\s+)?(?:message|letter)\b/i.test(body.slice(mention.end, mention.end + 40))) return true;
  // "presented the Gandhi Peace Prize for 2020, conferred posthumously on Bangladesh's founding father Sheikh Mujibur
  // Rahman, to his daughters": one honoured after death.
  if (/\b(?:posthumously|posthumous)\b[^.;]{0,40}$/i.test(body.slice(Math.max(0, mention.start - 90), mention.start))) return true;
  // "The two men met … in Entebbe at the residence of Ugandan President Yoweri Museveni, who had invited them": whose
  // house it is says where they met, not who met.
  if (RESIDENCE_OF.test(body.slice(Math.max(0, mention.start - 70), mention.start))) return true;
  // "at the Quinta de San Pedro Alejandrino, … where independence hero Simón Bolívar died in 1830": whose life the
  // place recalls.
  if (/^\s+(?:died|was born|is buried|was buried|lies buried|was assassinated|was executed|spent (?:his|her) (?:last|final) (?:days|years))\b/.test(body.slice(mention.end, mention.end + 40))) return true;
  // "unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro Ruz, …".
  if (MONUMENT_TO.test(body.slice(Math.max(0, mention.start - 90), mention.start))) return true;
  // "At a joint news conference, a question from the head of RT France, Xenia Fedorova, … drew a pointed reply": who
  // asked the hosts a question at their news conference was not a party to it.
  if (QUESTION_FROM.test(body.slice(Math.max(0, mention.start - 80), mention.start))) return true;
  // Not the subject of what follows: "In a call with Macron on Tuesday, Chinese President Xi Jinping said China was
  // ready" is Xi's call.
  // "…, presidential spokesperson Jeong Hye-jeon told reporters", "…, Kremlin spokesman Dmitry Peskov said": the
  // source, with a title in lower case.
  if (/^,?\s+(?:said|says|told|added|wrote)\b(?!\s+(?:that\b|it\b|he\b|she\b|they\b|the\b|\p{Lu}))/u.test(body.slice(mention.end, mention.end + 20)) && /,\s+(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}|(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}(?:(?:presidential|government|foreign ministry|ministry|chief)\s+)?(?:spokes(?:man|woman|person)|aide)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2})$/u.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "for what Chinese foreign ministry spokeswoman Hua Chunying described as \"extensive\" talks": who described the
  // encounter told of it, and was not a party.
  if (/^\s+(?:described|called|termed|characteri[sz]ed)\s+(?:as\b|it\b|them\b)/.test(body.slice(mention.end, mention.end + 30)) && /\bwhat\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "when Xi met Takaichi's predecessor Shigeru Ishiba": the one whose predecessor it was is not there.
  // "visits Romero's tomb": one whose resting place or likeness was visited.
  // "paid his respects to Vietnam's revolutionary founder Ho Chi Minh": one honoured, not met.
  if (/\b(?:paid|pay|pays|paying)\s+(?:his|her|their)?\s*(?:last\s+)?respects\s+to\s+(?:[\p{L}'’.-]+\s+){0,5}$/u.test(body.slice(Math.max(0, mention.start - 80), mention.start))) return true;
  // "Trump's special envoy Richard Grenell flew to Caracas, met Maduro": whose envoy it was is not there either. Nor
  // whose bedside or funeral it was: "chose not to visit Mandela's bedside".
  if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:predecessor|successor|wife|husband|son|daughter|father|mother|brother|sister|family|spokes(?:man|woman|person)|aide|adviser|advisor|envoy|emissary|negotiator|representative|deputy|chief of staff|government|administration|office|ministry|party|tomb|grave|mausoleum|statue|memorial|shrine|birthplace|funeral|bedside|legacy|illness)\b/u.test(body.slice(mention.end, mention.end + 40))) return true;
  // "Orban was accompanied by Foreign Minister Peter Szijjarto", "… over lunch, joined by senior ministers including
  // Canada's Dominic LeBlanc and Melanie Joly": those who came along with a party.
  // Not a leader who came along: "to visit Hiroshima, accompanied by Japanese Prime Minister Shinzo Abe".
  // (Most mentions have neither phrase before them; a plain search is far cheaper than the pattern.)
  const lead = body.slice(Math.max(0, mention.start - 160), mention.start);
  const along = lead.includes('accompanied by') || lead.includes('joined by') ? ACCOMPANIED_BY.exec(lead) : null;
  if (along && !/\b(?:Prime Minister|President|Chancellor|King|Queen|Emir|Premier|Sultan)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(along[0])) return true;
  // "Merkel presses Putin over Navalny", "called on Putin … to free jailed Kremlin critic Alexei Navalny", "the UN
  // listing of Jaish-e-Mohammed chief Masood Azhar as a terrorist": the one whose case was raised.
  const near = body.slice(Math.max(0, mention.start - 60), mention.start);
  if (CASE_WORD.test(near) && CASE_OF.test(near)) return true;
  // "… told her Chinese counterpart Australians were shocked by the suspended death sentence handed to writer Yang
  // Hengjun": the one sentenced.
  if (SENTENCED.test(near)) return true;
  // "… a state dinner for the Kishidas at the White House later Wednesday, with singer Paul Simon set to perform".
  if (/^\s+(?:(?:is|was)\s+)?(?:set|due|scheduled)\s+to\s+(?:perform|sing|play)\b|^\s+(?:performed|sang)\b/.test(body.slice(mention.end, mention.end + 30))) return true;
  // "According to Kang, the two presidents agreed to hold a face-to-face summit": the source.
  if (/^['’]?s?,/.test(body.slice(mention.end, mention.end + 3)) && /\b[Aa]ccording to\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "Putin received Tillerson for almost two hours, with Lavrov present": one who sat in.
  // "He was received at Tribhuvan International Airport by President Bidya Devi Bhandari, with Oli and cabinet
  // ministers also on hand" too.
  if (/^\s+(?:(?:was|were)\s+)?(?:(?:also\s+)?present|in attendance|looking on|sitting in|(?:and\s+(?:[\p{L}-]+\s+){1,3})?(?:also\s+)?on hand)\b/u.test(body.slice(mention.end, mention.end + 40)) && /\bwith\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "Lula brings Brazil back to CELAC as Maduro pulls out of Buenos Aires summit", "the last-minute absence of
  // Venezuelan President Nicolás Maduro": one who stayed away.
  if (/^\s+(?:pulls|pulled|pulling) out\b|^\s+(?:skips|skipped|skipping|snubs|snubbed|snubbing|boycotts|boycotted|boycotting)\s/.test(body.slice(mention.end, mention.end + 20))) return true;
  if (/\babsence of\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(body.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "welcomed Trudeau and his wife, Sophie Gregoire Trudeau": with the comma of an apposition too.
  return /\b(?:[Ff]irst [Ll]ady|[Ff]irst [Gg]entleman|(?:his|her|their) (?:wife|husband|spouse|wives|husbands|spouses)),?\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:and\s+)?$/u.test(body.slice(Math.max(0, mention.start - 48), mention.start));
}
