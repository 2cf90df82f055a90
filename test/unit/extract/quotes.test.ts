import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Who speaks each direct quotation of `body`, in order. */
const speakers = (body: string, publishedAt: string): (string | null)[] => extract(body, publishedAt).statements.filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker);

const direct = (body: string) => extract(body).statements.filter((statement) => statement.kind === 'direct').map((statement) => ({ speaker: statement.speaker, text: statement.text, via: statement.via }));

describe('quotations and speakers', () => {
  it('attributes `"…," X said`', () => {
    expect(direct('Sergey Lavrov arrived. "We are ready to talk to anyone," Lavrov said.')).toEqual([{ speaker: 'Sergey Lavrov', text: 'We are ready to talk to anyone', via: null }]);
  });

  it('attributes `X said: "…"`', () => {
    expect(direct('Antony Blinken said: "The path of diplomacy remains open."')).toEqual([{ speaker: 'Antony Blinken', text: 'The path of diplomacy remains open.', via: null }]);
  });

  it('attributes `"…," said X`', () => {
    expect(direct('"We will not accept this outcome at all," said Wang Yi.')).toEqual([{ speaker: 'Wang Yi', text: 'We will not accept this outcome at all', via: null }]);
  });

  it('keeps a quotation split by its attribution as one statement', () => {
    // "We do not expect a breakthrough," Lavrov said. "What we expect are concrete answers."
    const statements = direct('Sergey Lavrov spoke first. "We do not expect a breakthrough here," Lavrov said. "What we expect are concrete answers to our proposals."');
    expect(statements).toEqual([{ speaker: 'Sergey Lavrov', text: 'We do not expect a breakthrough here ... What we expect are concrete answers to our proposals.', via: null }]);
  });

  it('keeps a quotation split by a longer tag as one statement, but not two sentences quoted apart', () => {
    const body = 'Dmytro Kuleba met Sergey Lavrov. "We raised a ceasefire," Kuleba told a news conference in Antalya afterwards, "but no progress was made."';
    expect(direct(body)).toEqual([{ speaker: 'Dmytro Kuleba', text: 'We raised a ceasefire ... but no progress was made.', via: null }]);
    const apart = 'Dmytro Kuleba met Sergey Lavrov. "We raised a ceasefire," Kuleba said. Lavrov answered later, "There will be no truce now."';
    expect(direct(apart).map((statement) => statement.speaker)).toEqual(['Dmytro Kuleba', 'Sergey Lavrov']);
  });

  it('resolves "he said" past a sentence whose subject is "he" and past names inside the quotation', () => {
    const chain = 'Volodymyr Zelensky landed in London. In Paris, he joined French President Emmanuel Macron for dinner.\n\n"The sooner we get planes, the sooner the war ends," he said.';
    expect(direct(chain)).toEqual([{ speaker: 'Volodymyr Zelensky', text: 'The sooner we get planes, the sooner the war ends', via: null }]);
    const quoted = 'Donald Trump spoke with Mexican President Claudia Sheinbaum.\n\n"I look forward to talks with President Sheinbaum on a deal," he wrote.';
    expect(direct(quoted).map((statement) => statement.speaker)).toEqual(['Donald Trump']);
    // "Asked … what he made of the Syrian, Trump was effusive. "Young, attractive guy," he said.": the "he" is in the
    // clause before the name, and the name is the subject.
    const clause = 'Donald Trump met Ahmad al-Sharaa. Mohammed bin Salman was in the room.\n\nAsked what he made of the Syrian, Trump was effusive. "Young, attractive guy," he said.';
    expect(direct(clause).map((statement) => statement.speaker)).toEqual(['Donald Trump']);
  });

  it('keeps a second quotation apart when the first closed its sentence inside the marks', () => {
    const body = 'Vladimir Putin said he hoped the talks would "pave the way for peace." As the appearance ended, he turned to his host and said in English: "Next time in Moscow."';
    expect(direct(body)).toEqual([
      { speaker: 'Vladimir Putin', text: 'pave the way for peace.', via: null },
      { speaker: 'Vladimir Putin', text: 'Next time in Moscow.', via: null },
    ]);
  });

  it('resolves "he said" to a title that spoke since the last name', () => {
    const body = 'Donald Trump met Jordan\'s King Abdullah II on Tuesday.\n\nPressed on the plan, the king said Arab states would wait for Egypt. "Let\'s wait until the Egyptians come," he said.';
    expect(direct(body).map((statement) => statement.speaker)).toEqual(['Abdullah II']);
  });

  it('resolves "the Ethiopian premier" and "the Brazilian leader" to who holds that office now', () => {
    const premier = 'Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud.\n\n"We have ironed out the misunderstanding," the Ethiopian premier said.';
    expect(direct(premier).map((statement) => statement.speaker)).toEqual(['Abiy Ahmed']);
    const leader = 'Brazilian President Luiz Inacio Lula da Silva met Joe Biden. Former Brazilian President Jair Bolsonaro stayed in Florida.\n\n"Brazil is back," the Brazilian leader said.';
    expect(direct(leader).map((statement) => statement.speaker)).toEqual(['Luiz Inacio Lula da Silva']);
  });

  it('keeps two phrases quoted apart in one sentence as two statements of one speaker', () => {
    const body = 'Chinese Premier Li Qiang spoke in Canberra. He said ties were "back on the right track" and that both sides should keep trying to "seek common ground while shelving differences".';
    expect(direct(body)).toEqual([
      { speaker: 'Li Qiang', text: 'back on the right track', via: null },
      { speaker: 'Li Qiang', text: 'seek common ground while shelving differences', via: null },
    ]);
  });

  it('makes "according to" the source, not the speaker', () => {
    const [statement] = direct('Joe Biden spoke. "It is going to be a disaster for Russia," Biden said, according to CNN.');
    expect(statement).toEqual({ speaker: 'Joe Biden', text: 'It is going to be a disaster for Russia', via: 'CNN' });
  });

  it('gives the words "according to a statement from the White House" to the White House', () => {
    // 501: the readout of the Obama–Putin call.
    const [statement] = direct('The call lasted 90 minutes. "The United States condemns Russia\'s military intervention into Ukrainian territory," according to a statement from the White House.');
    expect(statement).toEqual({ speaker: 'White House', text: "The United States condemns Russia's military intervention into Ukrainian territory", via: null });
  });

  it('resolves "he said" to the last person named', () => {
    expect(direct('Olaf Scholz met reporters in Berlin. "Germany stands with its partners," he said.')[0]?.speaker).toBe('Olaf Scholz');
  });

  it('carries the speaker into a following paragraph that opens with a quotation', () => {
    const body = 'Emmanuel Macron said: "Europe must be able to defend itself."\n\n"We cannot depend on others for our security forever."';
    expect(direct(body).map((statement) => statement.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('does not make statements of scare quotes', () => {
    // something Blinken and allies have called a "non-starter" in negotiations
    expect(direct('Antony Blinken spoke. Russia wants a guarantee, something Blinken has called a "non-starter" in negotiations.')).toEqual([]);
  });

  it('never makes the author the speaker', () => {
    const statements = extract('"The talks went well for both delegations," the ministry said.', '2022-01-21', { authors: ['Clyde Hughes'] }).statements;
    expect(statements.every((statement) => statement.speaker !== 'Clyde Hughes')).toBe(true);
  });

  it('gives a government body as speaker of its readout', () => {
    expect(direct('"The two sides exchanged views on bilateral relations," the Kremlin said in a statement.')[0]).toMatchObject({ speaker: 'Kremlin' });
  });

  it('gives "the office" to the office named before, past other bodies', () => {
    // 283: "the Prime Minister's Office said … accompanied by … Mossad chief Yossi Cohen … The office described the trip
    // as \"a significant step …\""
    const body = 'The Prime Minister\'s Office said the visit had ended. Netanyahu was accompanied by Mossad chief Yossi Cohen. The office described the trip as "a significant step in implementing the policy of the region."';
    expect(direct(body)).toEqual([expect.objectContaining({ speaker: "Prime Minister's Office" })]);
  });

  it('gives "he said" to the minister a sentence before opens with, not to the minister who met him', () => {
    // 202: "The Russian minister was met at Entebbe airport late on Monday by Foreign Minister Jeje Odongo … ¶ He opened
    // the tour on Sunday in Cairo, … In a speech at the Arab League headquarters the same day, he said Moscow would
    // \"certainly help the Ukrainian people\" …"
    const body = 'Russian Foreign Minister Sergei Lavrov arrived in Uganda. The Russian minister was met at Entebbe airport by Foreign Minister Jeje Odongo.\n\nHe opened the tour in Cairo. In a speech there, he said Moscow would "certainly help the Ukrainian people" soon.';
    expect(direct(body)).toEqual([{ speaker: 'Sergei Lavrov', text: 'certainly help the Ukrainian people', via: null }]);
  });

  it('gives the words of a body\'s account to the body, whatever verb tells them', () => {
    // 136: "According to the Kremlin's account of the conversation, Putin responded positively to Trump's proposal …
    // and \"immediately gave the corresponding command to the Russian military.\""
    const body = 'Donald Trump spoke with Vladimir Putin. According to the Kremlin\'s account of the conversation, Putin responded positively and "immediately gave the corresponding command to the Russian military."';
    expect(direct(body)).toEqual([{ speaker: 'Kremlin', text: 'immediately gave the corresponding command to the Russian military.', via: null }]);
  });

  it('gives the words of a statement issued through a body to that body', () => {
    // 285: "In a statement issued through the Israeli Prime Minister's Office, Israel said the leaders had \"agreed to start
    // cooperation …\""
    const body = 'Netanyahu met Burhan. In a statement issued through the Israeli Prime Minister\'s Office, Israel said the leaders had "agreed to start cooperation that will lead to normalization."';
    expect(direct(body)).toEqual([{ speaker: "Israeli Prime Minister's Office", text: 'agreed to start cooperation that will lead to normalization.', via: null }]);
  });

  it('reads "was heard remarking" as speech by whoever was heard', () => {
    // 289: "\"What a time I have come, so much excitement,\" the Prime Minister was heard remarking to officials"
    const body = 'Prime Minister Imran Khan arrived in Moscow. "What a time I have come, so much excitement," the Prime Minister was heard remarking to officials.';
    expect(direct(body)).toEqual([{ speaker: 'Imran Khan', text: 'What a time I have come, so much excitement', via: null }]);
  });

  it('outputs reported speech as indirect', () => {
    const { statements } = extract('Antony Blinken said it will be up to Ukraine to determine the future of its defense.');
    expect(statements).toEqual([expect.objectContaining({ kind: 'indirect', speaker: 'Antony Blinken', text: 'it will be up to Ukraine to determine the future of its defense' })]);
    // What was said comes after how it was said; "said as he welcomed his guest" reports no words.
    const told = extract('Donald Tusk met Modi. The Kremlin said in a statement that the talks had been useful. Tusk said as he welcomed his guest.').statements;
    expect(told.map((statement) => [statement.kind, statement.speaker, statement.text])).toEqual([['indirect', 'Kremlin', 'the talks had been useful']]);
  });

  it('finds the speaker past a long apposition or a title and comma after "said", and keeps apart what a second verb of saying brings in', () => {
    // 291: "\"It is inexcusable …,\" said the Prime Minister of Belize, John Briceño, drawing applause"; "Argentine President
    // Alberto Fernández, speaking as pro tempore president of the Community of Latin American and Caribbean States
    // (CELAC), said the summit had been weakened by \"the silence of the absent\" and argued that \"being the host …\""
    const body = '"It is inexcusable that all countries are not here," said the Prime Minister of Belize, John Briceño, drawing applause.\n\nArgentine President Alberto Fernández, speaking as pro tempore president of the Community of Latin American and Caribbean States (CELAC), said the summit had been weakened by "the silence of the absent" and argued that "being the host country does not grant the power to exclude."';
    expect(direct(body)).toEqual([
      { speaker: 'John Briceño', text: 'It is inexcusable that all countries are not here', via: null },
      { speaker: 'Alberto Fernández', text: 'the silence of the absent', via: null },
      { speaker: 'Alberto Fernández', text: 'being the host country does not grant the power to exclude.', via: null },
    ]);
  });

  it('reads "the President of Uzbekistan" as the Uzbek president', () => {
    // 293: "\"Our border has always been and remains the border of friendship …,\" the President of Uzbekistan stressed."
    const body = 'Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev. "Our border has always been the border of friendship," the President of Uzbekistan stressed.';
    expect(direct(body)).toEqual([{ speaker: 'Shavkat Mirziyoyev', text: 'Our border has always been the border of friendship', via: null }]);
  });

  it('gives a quotation ending in "!" to the speaker the next sentence names', () => {
    // 297: "\"Finally, after 45 years!\" Tusk said as he welcomed his guest."
    const body = 'Polish Prime Minister Donald Tusk met Modi. "Finally, after 45 years!" Tusk said as he welcomed his guest.';
    expect(direct(body)).toEqual([{ speaker: 'Donald Tusk', text: 'Finally, after 45 years!', via: null }]);
  });
});

describe('quotations in consecutive sentences', () => {
  it('keeps a quotation after a new sentence apart, with the same speaker', () => {
    // `"We're here this afternoon to change the course of history," Trump said … He later described the event as "the dawn of a new Middle East."`
    const body = 'President Donald Trump spoke. "We\'re here this afternoon to change the course of history," Trump said from a balcony. He later described the event as "the dawn of a new Middle East."';
    const statements = extract(body).statements.filter((statement) => statement.kind === 'direct');
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Donald Trump', "We're here this afternoon to change the course of history"],
      ['Donald Trump', 'the dawn of a new Middle East.'],
    ]);
  });
});

describe('speakers in other shapes of attribution', () => {
  const direct = (body: string) => extract(body, '2024-04-10').statements.filter((statement) => statement.kind === 'direct').map((statement) => [statement.speaker, statement.text]);

  it('reads past an apposition between the speaker and the verb', () => {
    // "Marcos, the Philippine leader, said: …", "Fidan, 55, told reporters …"
    expect(direct('Philippine President Ferdinand Marcos spoke. Marcos, the Philippine leader, said: "We face the same challenges at sea."')).toEqual([['Ferdinand Marcos', 'We face the same challenges at sea.']]);
    expect(direct('Turkish Foreign Minister Hakan Fidan, 55, told reporters: "The door to dialogue remains open."')).toEqual([['Hakan Fidan', 'The door to dialogue remains open.']]);
  });

  it('gives a quotation that follows a sentence opening with a person to that person', () => {
    const body = 'Japanese Prime Minister Fumio Kishida spoke after the meeting. Kishida struck a confident tone. "Our alliance has never been stronger."';
    expect(direct(body)).toEqual([['Fumio Kishida', 'Our alliance has never been stronger.']]);
  });

  it('gives the words after a participle to the subject of the sentence', () => {
    // "…launched a sharp attack on X, calling him a \"…\""
    const body = 'Indian External Affairs Minister S Jaishankar criticised Pakistani Foreign Minister Bilawal Bhutto Zardari, calling him "a promoter of a terrorism industry".';
    expect(direct(body)).toEqual([['S Jaishankar', 'a promoter of a terrorism industry']]);
  });

  it('keeps a quotation open at a paragraph end as one statement, whatever the next paragraph attributes', () => {
    const body = 'Greek Foreign Minister George Gerapetritis spoke on Tuesday.\n\n"This is a turning point for the region," Gerapetritis said. "Nobody can ignore it.\n\n"We expect our partners to keep their promises," he went on.';
    expect(direct(body)).toEqual([['George Gerapetritis', 'This is a turning point for the region ... Nobody can ignore it. ... We expect our partners to keep their promises']]);
  });

  it('does not take a phrase someone "called" a thing for a statement', () => {
    expect(direct('Egyptian Foreign Minister Sameh Shoukry called the plan "a dead end".')).toEqual([]);
  });

  it('gives "he said" to the subject of the last sentence that names somebody, not to whoever was named last', () => {
    const body = 'U.S. President Joe Biden met Chinese President Xi Jinping on Monday. "We are not seeking conflict," he said.';
    expect(direct(body)).toEqual([['Joe Biden', 'We are not seeking conflict']]);
  });
});

describe('photo captions kept in the body', () => {
  it('gives places and countries from a caption but no statement or meeting', () => {
    const body = 'Indian Prime Minister Narendra Modi meets Russian President Vladimir Putin in Moscow, Russia. "Friends forever," Modi said. Photo by Jane Roe/Reuters\n\nMOSCOW, July 9 (Reuters) - The two men spoke about trade on Tuesday.';
    const extraction = extract(body, '2024-07-09', { photographers: ['Jane Roe'] });
    expect(extraction.statements).toEqual([]);
    expect(extraction.meetings).toEqual([]);
    expect(extraction.countries.map((country) => country.name)).toEqual(['India', 'Russia']);
    expect(extraction.locations.map((location) => location.name)).toEqual(['Moscow']);
    expect(extraction.persons.find((person) => person.name === 'Jane Roe')?.kind).toBe('photographer');
  });
});


describe('speakers told in other ways', () => {
  it('reads the tag after a question mark, and "he" as the holder of the title the sentence before opens with', () => {
    // 004: "On Thursday in Shanghai, the Brazilian leader attended the inauguration of his predecessor and ally Dilma
    // Rousseff … In a speech there he questioned why … ¶ "Who decided that it was the dollar?" he asked."
    const body = [
      'Brazilian President Luiz Inácio Lula da Silva began a state visit to China on Wednesday.',
      'On Thursday in Shanghai, the Brazilian leader attended the inauguration of his ally Dilma Rousseff as head of a bank. In a speech there he questioned the dollar.',
      '"Who decided that it was the dollar?" he asked.',
    ].join('\n\n');
    expect(direct(body)).toEqual([{ speaker: 'Luiz Inácio Lula da Silva', text: 'Who decided that it was the dollar?', via: null }]);
  });

  it('gives the words of "the U.N. chief" to the one holding a role in the United Nations', () => {
    // 103: ""Any potential damage to Zaporizhzhia is suicide," the U.N. chief told reporters after the talks."
    const body = 'U.N. Secretary-General Antonio Guterres met Recep Tayyip Erdogan in Lviv.\n\n"Any potential damage to Zaporizhzhia is suicide," the U.N. chief told reporters.';
    expect(direct(body)).toEqual([{ speaker: 'Antonio Guterres', text: 'Any potential damage to Zaporizhzhia is suicide', via: null }]);
  });

  it('gives what someone "called it" to them', () => {
    // 112: "a ceremony hosted by Secretary of State Marco Rubio, who called it "an important moment after 30 years of war.""
    const body = 'The deal was signed in a ceremony hosted by Secretary of State Marco Rubio, who called it "an important moment after 30 years of war."';
    expect(direct(body)).toEqual([{ speaker: 'Marco Rubio', text: 'an important moment after 30 years of war.', via: null }]);
    // 501: "… called Russia's intervention "an incredible act of aggression."": a thing named with its owner.
    expect(direct('Secretary of State John Kerry called Russia\'s intervention "an incredible act of aggression."')).toEqual([{ speaker: 'John Kerry', text: 'an incredible act of aggression.', via: null }]);
  });

  it('gives a quotation inside what a body said to the body, past a name and a clause that goes on after it', () => {
    // 065: "the White House said the talks had been "very positive and constructive" and that Witkoff had told Araghchi …"
    expect(direct('In a statement, the White House said the talks had been "very positive and constructive" and that Steve Witkoff had told Abbas Araghchi he wanted dialogue.')).toEqual([
      { speaker: 'White House', text: 'very positive and constructive', via: null },
    ]);
    // 118: "The Elysée Palace said Macron called on Putin to agree to a ceasefire in Ukraine "as soon as possible" …"
    expect(direct('Emmanuel Macron spoke to Vladimir Putin. The Elysée Palace said Macron called on Putin to agree to a ceasefire in Ukraine "as soon as possible, without any delay".')).toEqual([
      { speaker: 'Élysée Palace', text: 'as soon as possible, without any delay', via: null },
    ]);
    // An urging told on its own is in the words of the one urging.
    expect(direct('Xi Jinping called on member states to "resist external interference and support each other".')).toEqual([
      { speaker: 'Xi Jinping', text: 'resist external interference and support each other', via: null },
    ]);
  });

  it('joins a quotation cut at a comma by a tag that ends its sentence to the quotation right after the tag', () => {
    // 161: ""This afternoon, … between Haiti and Kenya," Ruto wrote on X. "We also discussed the next steps …""
    const body = 'Kenyan President William Ruto met Haitian Prime Minister Ariel Henry in Nairobi.\n\n"This afternoon, Prime Minister Ariel Henry and I witnessed the signing of reciprocal agreements between Haiti and Kenya," Ruto wrote on X. "We also discussed the next steps to enable the fast-tracking of the deployment."';
    expect(direct(body)).toEqual([
      { speaker: 'William Ruto', text: 'This afternoon, Prime Minister Ariel Henry and I witnessed the signing of reciprocal agreements between Haiti and Kenya ... We also discussed the next steps to enable the fast-tracking of the deployment.', via: null },
    ]);
  });

  it('does not take the full stop of "Mr." in a tag for the end of a sentence', () => {
    // 188: ""I have assured …," Mr. Dissanayake said in a joint press statement after the talks. "Cooperation …""
    const body = 'Sri Lankan President Anura Kumara Dissanayake met Prime Minister Narendra Modi.\n\n"I have assured the Prime Minister of India that we will not allow our land to be used against India," Mr. Dissanayake said in a joint press statement after the talks. "Cooperation with India will certainly flourish."';
    expect(direct(body)).toEqual([
      { speaker: 'Anura Kumara Dissanayake', text: 'I have assured the Prime Minister of India that we will not allow our land to be used against India ... Cooperation with India will certainly flourish.', via: null },
    ]);
  });

  it('reads "shot back" as speech, and joins a short second part after a short tag', () => {
    // 140: ""I wish you did," Trump shot back. "I'd take it.""
    const body = 'Cyril Ramaphosa met Donald Trump in the Oval Office.\n\n"I wish you did," Trump shot back. "I\'d take it."';
    expect(direct(body)).toEqual([{ speaker: 'Donald Trump', text: "I wish you did ... I'd take it.", via: null }]);
  });

  it('gives "the prime minister said" to the prime minister named last', () => {
    // 124: "Modi said the four countries were united … ¶ "Our agenda …," the prime minister said."
    const body = [
      'Indian Prime Minister Narendra Modi joined Japanese Prime Minister Yoshihide Suga for the video summit.',
      'Modi said the four countries were united by their democratic values.',
      '"Our agenda makes the Quad a force for global good," the prime minister said.',
    ].join('\n\n');
    expect(direct(body)).toEqual([{ speaker: 'Narendra Modi', text: 'Our agenda makes the Quad a force for global good', via: null }]);
  });

  it('gives "the Deputy Prime Minister said" to the deputy, not to a prime minister named since', () => {
    // 231: "The Deputy Prime Minister held a meeting with Acting Prime Minister Mullah Mohammad Hassan Akhund. … ¶
    // "Pakistan wants peaceful … relations with Afghanistan," the Deputy Prime Minister said"
    const body = [
      'Deputy Prime Minister Mohammad Ishaq Dar visited Kabul.',
      'The Deputy Prime Minister held a meeting with Acting Prime Minister Mohammad Hassan Akhund.',
      '"Pakistan wants peaceful relations with Afghanistan," the Deputy Prime Minister said.',
      '"We will keep talking," the prime minister said.',
    ].join('\n\n');
    expect(direct(body)).toEqual([
      { speaker: 'Mohammad Ishaq Dar', text: 'Pakistan wants peaceful relations with Afghanistan', via: null },
      { speaker: 'Mohammad Hassan Akhund', text: 'We will keep talking', via: null },
    ]);
  });

  it('does not take one named in the possessive for the "he" of the same sentence', () => {
    // 258: "Trump praised Milei … But if Milei's party falls short, he warned, "we're not going to waste our time.""
    const body = 'Donald Trump praised Javier Milei as a leader who shares his philosophy. But if Milei\'s party falls short, he warned, "we\'re not going to waste our time."';
    expect(direct(body)).toEqual([{ speaker: 'Donald Trump', text: "we're not going to waste our time.", via: null }]);
  });

  it('gives "he said" to the holder of the title a sentence since the last name opened with', () => {
    // 259: "The Malaysian leader described the project as a "game changer" for both economies. "We have to move fast," he said"
    const body = [
      'Malaysian Prime Minister Anwar Ibrahim hosted Singaporean Prime Minister Lawrence Wong in Putrajaya.',
      'Wong said the zone would draw investment.',
      'The Malaysian leader described the project as important for both economies. "We have to move fast," he said.',
    ].join('\n\n');
    expect(direct(body)).toEqual([{ speaker: 'Anwar Ibrahim', text: 'We have to move fast', via: null }]);
  });

  it("gives words quoted from a body's readout to the body", () => {
    // 255: "According to a White House readout, Biden "reiterated the United States' unwavering commitment to the defense of Japan,""
    const body = 'Joe Biden held video talks with Kishida Fumio.\n\nAccording to a White House readout, Biden "reiterated the United States\' unwavering commitment to the defense of Japan," including under Article 5.';
    expect(direct(body)).toEqual([{ speaker: 'White House', text: "reiterated the United States' unwavering commitment to the defense of Japan", via: null }]);
  });

  it('gives a quotation to the tag closing its sentence after a comma', () => {
    // 137: "The two presidents held "a long, frank and friendly exchange" on …, the Elysée Palace said in a statement …"
    const body = 'Emmanuel Macron spoke to Abdelmadjid Tebboune.\n\nThe two presidents held "a long, frank and friendly exchange" on the state of relations and the tensions that had built up in recent months, the Elysée Palace said in a statement issued jointly with the Algerian presidency.';
    expect(direct(body)).toEqual([{ speaker: 'Élysée Palace', text: 'a long, frank and friendly exchange', via: null }]);
  });

  it('gives "he said" to whoever spoke in the sentence before, not to a name before the speech verb', () => {
    // 081: "Asked about jailed opposition leader Alexei Navalny, Biden said … ¶ "The tone …," he said."
    const asked = 'Joe Biden met Vladimir Putin in Geneva.\n\nAsked about jailed opposition leader Alexei Navalny, Biden said he had told Putin the consequences would be grave.\n\n"The tone of the entire meeting was good, positive," he said.';
    expect(direct(asked)).toEqual([{ speaker: 'Joe Biden', text: 'The tone of the entire meeting was good, positive', via: null }]);
    // 157: "Bukele also offered to take …, Rubio said, … ¶ "No country has ever …," he said."
    const reported = 'Marco Rubio met Nayib Bukele.\n\nBukele also offered to take violent criminals, Rubio said, an idea that experts doubt.\n\n"No country has ever made an offer of friendship such as this," he said.';
    expect(direct(reported)).toEqual([{ speaker: 'Marco Rubio', text: 'No country has ever made an offer of friendship such as this', via: null }]);
    // 143: the subject before an apposition naming someone else spoke: "Trudeau, who … Donald Trump, said …"
    const apposed = 'Justin Trudeau met Joe Biden.\n\nTrudeau, who had a tense relationship with Biden\'s predecessor Donald Trump, said Canada was glad. "U.S. leadership has been sorely missed," he told the president.';
    expect(direct(apposed)).toEqual([{ speaker: 'Justin Trudeau', text: 'U.S. leadership has been sorely missed', via: null }]);
  });

  it('never takes the one told for the speaker, and reads a title past an adverb', () => {
    // 145: "The president also told Putin that an invasion "would produce widespread human suffering," according to …"
    const body = 'President Joe Biden spoke with Russian President Vladimir Putin on Saturday.\n\nThe president also told Putin that an invasion "would produce widespread human suffering and diminish Russia\'s standing," according to the statement.';
    expect(direct(body)).toEqual([{ speaker: 'Joe Biden', text: "would produce widespread human suffering and diminish Russia's standing", via: null }]);
  });

  it('keeps a quotation with the one who named something, not with the speaker of a clause after "while"', () => {
    // 124: "Morrison called the meeting "a new dawn in our Indo-Pacific", while Suga said Japan would …"
    const body = 'Scott Morrison joined Yoshihide Suga for the summit.\n\nMorrison called the meeting "a new dawn in our Indo-Pacific", while Suga said Japan would work with the partners.';
    expect(direct(body)).toEqual([{ speaker: 'Scott Morrison', text: 'a new dawn in our Indo-Pacific', via: null }]);
  });

  it('gives a quotation to a body speaking past an aside, its acronym or its members', () => {
    // 094: "The Ministry of External Affairs, in a statement, said the upgrade reflected India's "commitment …""
    const aside = 'India upgraded its mission in Kabul.\n\nThe Ministry of External Affairs, in a statement, said the upgrade reflected India\'s "commitment to deepen engagement with the Afghan side in all areas."';
    expect(direct(aside)).toEqual([{ speaker: 'Ministry of External Affairs', text: 'commitment to deepen engagement with the Afghan side in all areas.', via: null }]);
    // 109: ""The two Foreign Ministers agreed …," the Ministry of External Affairs (MEA) said"
    const acronym = 'S Jaishankar met Wang Yi in Moscow.\n\n"The two Foreign Ministers agreed that the situation is not in the interest of either side," the Ministry of External Affairs (MEA) said.';
    expect(direct(acronym).map((statement) => statement.speaker)).toEqual(['Ministry of External Affairs']);
    // 058: ""Russia's brutal war of aggression represents a threat to the whole world," the G7 leaders said"
    const members = 'Leaders met in Hiroshima.\n\n"Russia\'s brutal war of aggression represents a threat to the whole world," the G7 leaders said in a statement.';
    expect(direct(members).map((statement) => statement.speaker)).toEqual(['G7']);
  });

  it('finds who a title with a demonym means when nobody holds that title of that country', () => {
    const speakerOf = (body: string) => direct(body).map((statement) => statement.speaker);
    // 163: "President Abdel Fattah al-Sisi" has no country, "Turkish President Recep Tayyip Erdogan" has another.
    expect(speakerOf('Turkish President Recep Tayyip Erdogan met President Abdel Fattah al-Sisi in Cairo.\n\n"This visit opens a new page between our two countries," the Egyptian president told a news conference.')).toEqual(['Abdel Fattah al-Sisi']);
    // 168: "Chinese leader Xi Jinping" is the Chinese president.
    expect(speakerOf('President Joe Biden and Chinese leader Xi Jinping met in Lima as President-elect Donald Trump prepared to take office.\n\n"China is ready to work with the new U.S. administration," the Chinese president said.')).toEqual(['Xi Jinping']);
    // 061: someone just named with no title at all.
    expect(speakerOf('President Donald Trump met Vladimir Putin in Alaska. Volodymyr Zelenskyy said he had spoken with Trump for more than an hour.\n\n"We support the proposal for a trilateral meeting," the Ukrainian president wrote on social media.')).toEqual(['Volodymyr Zelenskyy']);
    // 190: "the Head of State said" is the president.
    expect(speakerOf('Kazakh President Kassym-Jomart Tokayev hosted the summit.\n\n"Today\'s summit opens a new chapter in the history of our cooperation," the Head of State said.')).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('reads thanks, praise and what someone expressed as their words', () => {
    // 095: "Putin thanked Kim for his "consistent and unwavering support" …", "He also expressed "full support and solidarity""
    const body = 'Vladimir Putin met Kim Jong-un in Pyongyang.\n\nPutin thanked Kim for his "consistent and unwavering support" for Russia.\n\nKim Jong-un spoke next. He also expressed "full support and solidarity" for the war.';
    expect(direct(body)).toEqual([
      { speaker: 'Vladimir Putin', text: 'consistent and unwavering support', via: null },
      { speaker: 'Kim Jong-un', text: 'full support and solidarity', via: null },
    ]);
  });

  it('takes a person one goes by for the speaker, an outlet that quoted for the source, and keeps a short whole sentence', () => {
    expect(direct('Penny Wong met Anwar Ibrahim.\n\nAccording to Wong, the two sides "agreed to deepen cooperation in critical minerals".')).toEqual([
      { speaker: 'Penny Wong', text: 'agreed to deepen cooperation in critical minerals', via: null },
    ]);
    expect(direct('Kim Jong Un met Xi Jinping.\n\n"The friendship between our two countries will never change," Kim was quoted as saying by KCNA.')).toEqual([
      { speaker: 'Kim Jong Un', text: 'The friendship between our two countries will never change', via: 'KCNA' },
    ]);
    expect(direct('Mohamed bin Zayed met Joe Biden.\n\n"The UAE is a true partner," Biden said in remarks at the start of the meeting. "We are grateful."')).toEqual([
      { speaker: 'Joe Biden', text: 'The UAE is a true partner ... We are grateful.', via: null },
    ]);
  });

  it('gives "he said" to the subject of the sentence before, not to a name inside the clause it opens with', () => {
    // 270: "On Venezuela, where both governments back opposition leader Juan Guaido as interim president, Trump again
    // refused to rule out military action … \"All options are open,\" he said."
    const body = 'President Donald Trump met Brazilian President Jair Bolsonaro on Tuesday. On Venezuela, where both governments back opposition leader Juan Guaido as interim president, Trump again refused to rule out military action. "All options are open," he said.';
    const statements = extract(body, '2019-03-19').statements.filter((statement) => statement.kind === 'direct');
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([['Donald Trump', 'All options are open']]);
  });

  it('reads a party and state after a name as an apposition: "Sen. John McCain, R-Ariz., called it …"', () => {
    // 262: "Sen. John McCain, R-Ariz., called it \"one of the most disgraceful performances by an American president in memory.\""
    const body = 'Sen. John McCain, R-Ariz., called it "one of the most disgraceful performances by an American president in memory."';
    expect(extract(body, '2018-07-17').statements.map((statement) => statement.speaker)).toEqual(['John McCain']);
  });

  it('gives a quotation a colon brings in to the subject of its sentence, a name or "he"', () => {
    // 263: "Referring to the Ukrainian leadership's reluctance to do so, he used a Russian folk saying: \"Like it or not,
    // be patient, my beauty.\""
    const body = 'Russian President Vladimir Putin insisted that Kiev was obliged to implement the Minsk agreements. Referring to the Ukrainian leadership\'s reluctance to do so, he used a Russian folk saying: "Like it or not, be patient, my beauty."';
    const direct = extract(body, '2022-02-08').statements.filter((statement) => statement.kind === 'direct');
    expect(direct.map((statement) => [statement.speaker, statement.text])).toEqual([['Vladimir Putin', 'Like it or not, be patient, my beauty.']]);
  });
});

describe('"he" past names that are not the subject', () => {

  it('skips a name in the participle phrase a sentence opens with', () => {
    // 396: "Standing beside Mr Zelensky, he accused Russian President Vladimir Putin of atrocities …, saying what had
    // happened in Bucha and Irpin amounted to \"war crimes that have permanently polluted his reputation …\"".
    const body = 'Prime Minister Boris Johnson visited Kyiv on Saturday.\n\nStanding beside Mr Zelensky, he accused Russian President Vladimir Putin of atrocities, saying it amounted to "war crimes that have permanently polluted his reputation".';
    expect(speakers(body, '2022-04-09')).toEqual(['Boris Johnson']);
  });

  it('skips a name in an opening phrase of the sentence before', () => {
    // 121: "In a letter to Kim released by the White House, Trump wrote … He nonetheless left the door ajar, telling the
    // North Korean leader … \"if you change your mind …\"".
    const body = 'U.S. President Donald Trump called off his summit with North Korean leader Kim Jong-un.\n\nIn a letter to Kim released by the White House, Trump wrote that the meeting was off. He nonetheless left the door ajar, telling the North Korean leader: "If you change your mind, please do not hesitate to call me."';
    expect(speakers(body, '2018-05-24')).toEqual(['Donald Trump']);
  });

  it('takes a described title that opens the sentence before an aside for its subject', () => {
    // 383: "The communist leader, whose brother Fidel Castro led the 1959 revolution, recalled … \"The pontiff is a
    // Jesuit, and I, in some way, am too,\" he said."
    const body = 'Cuban President Raul Castro met Pope Francis on Sunday.\n\nThe communist leader, whose brother Fidel Castro led the 1959 revolution, recalled his Jesuit schooling. "The pontiff is a Jesuit, and I, in some way, am too," he said.';
    expect(speakers(body, '2015-05-10')).toEqual(['Raul Castro']);
  });
});

describe('words someone gave a thing', () => {
  it('takes "which X called" and "X summed up as" for saying', () => {
    // 390: "…, which Putin at the time called \"a stab in the back\""; 382: "a gesture External Affairs Ministry
    // spokesperson Vikas Swarup summed up as \"Connecting lands, binding hearts\"".
    const body = 'Russian President Vladimir Putin spoke to Turkish President Recep Tayyip Erdogan on Wednesday.\n\nRelations collapsed after the downing of the bomber, which Putin at the time called "a stab in the back". Bus services were launched, a gesture spokesperson Vikas Swarup summed up as "Connecting lands, binding hearts".';
    const direct = extract(body, '2016-06-29').statements.filter((statement) => statement.kind === 'direct');
    expect(direct.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Vladimir Putin', 'a stab in the back'],
      ['Vikas Swarup', 'Connecting lands, binding hearts'],
    ]);
  });
});

describe('pronoun speakers of a gender the article tells (after the 461–480 freeze)', () => {
  it('gives "she said" to the woman named before, not to the man the sentence opened with', () => {
    // 463: "At the presidential palace he was welcomed by Central African interim President Catherine Samba-Panza, who
    // asked his forgiveness …. ¶ "In the name of the entire governing class of this country … ask forgiveness," she said."
    const body = 'BANGUI (AP) - Pope Francis arrived in Bangui on Sunday.\n\nAt the presidential palace he was welcomed by interim President Catherine Samba-Panza, who asked his forgiveness.\n\n"I ask forgiveness from the bottom of my heart," she said.';
    expect(extract(body, '2015-11-29').statements.map((statement) => statement.speaker)).toEqual(['Catherine Samba-Panza']);
  });

  it('gives "he said" to the man named before, not to the women who sat behind him', () => {
    // 464: "Vice President Kamala Harris and House Speaker Nancy Pelosi sat behind him …. ¶ "Against all odds …,"
    // he said."
    const body = 'WASHINGTON (AP) - Ukrainian President Volodymyr Zelenskyy thanked Americans on Wednesday.\n\nHours later, he addressed lawmakers at the Capitol. Vice President Kamala Harris and House Speaker Nancy Pelosi sat behind him.\n\n"Ukraine is alive and kicking," he said.';
    expect(extract(body, '2022-12-21').statements.map((statement) => statement.speaker)).toEqual(['Volodymyr Zelenskyy']);
  });
});

describe('a pronoun speaker after "After meeting X, he …" (after the 461–480 freeze)', () => {
  it('gives the quote to whom "he" stood for, not to the one he met', () => {
    // 478: "After meeting President Alexander Lukashenko, he offered to help the country …. ¶ "Our energy producers stand
    // ready …," he said there."
    const body = [
      'U.S. Secretary of State Mike Pompeo visited Minsk on Saturday. After meeting President Alexander Lukashenko, he offered to help the country reduce its reliance on Russian energy.',
      '"Our energy producers stand ready to deliver 100% of the oil you need at competitive prices," he said there.',
    ].join('\n\n');
    expect(extract(body, '2020-02-02').statements.map((statement) => statement.speaker)).toEqual(['Mike Pompeo']);
  });
});

describe('"the Commission chief" as a speaker (after the 461–480 freeze)', () => {
  it('gives the quote to the one who holds a role in the body named by its last word', () => {
    // 461: "… European Commission President Jean-Claude Juncker …. "In politics, sometimes you get a second chance," the
    // Commission chief said."
    const body = [
      'British Prime Minister Theresa May and European Commission President Jean-Claude Juncker agreed new guarantees on Monday.',
      '"In politics, sometimes you get a second chance," the Commission chief said.',
    ].join('\n\n');
    expect(extract(body, '2019-03-11').statements.filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker)).toEqual(['Jean-Claude Juncker']);
  });
});

describe('a speaker before a relative clause with commas of its own (after the 461–480 freeze)', () => {
  it('gives the quote to the one the who-clause is about, not to a name inside it', () => {
    // 467: "Livni, who leads Israel's team together with Yitzhak Molcho, an envoy of Prime Minister Benjamin Netanyahu,
    // said she had traveled from "a troubled and changing region" …"
    const body = 'Israeli Justice Minister Tzipi Livni met Palestinian negotiator Saeb Erekat on Tuesday. Livni, who leads Israel\'s team together with Yitzhak Molcho, an envoy of Prime Minister Benjamin Netanyahu, said she had traveled from "a troubled and changing region" and that the aim was to make decisions about the future.';
    expect(extract(body, '2013-07-30').statements.map((statement) => [statement.speaker, statement.text])).toEqual([['Tzipi Livni', 'a troubled and changing region']]);
  });
});

describe('a monarch named by a given name alone, and "the 81-year-old king" (after the 461–480 freeze)', () => {
  it('reads "King Salman" as the King Salman bin Abdulaziz Al Saud named before, not the crown prince, and gives him the quote', () => {
    // 468: "… welcomed Saudi Arabia's King Salman bin Abdulaziz Al Saud to the Kremlin …. Crown Prince Mohammed bin
    // Salman … met Putin in Moscow in May …. The 81-year-old king replied that … "in the interests of peace and security""
    const body = [
      "MOSCOW (AP) — Russian President Vladimir Putin welcomed Saudi Arabia's King Salman bin Abdulaziz Al Saud to the Kremlin on Thursday, as the two sat down in the gilded St. Andrew's Hall.",
      'Crown Prince Mohammed bin Salman met Putin in Moscow in May.',
      '"We strive to continue the positive cooperation between our countries," King Salman said.',
      'The 81-year-old king replied that his country wanted to strengthen ties with Moscow "in the interests of peace and security" and of developing the world economy.',
    ].join('\n\n');
    const { persons, statements } = extract(body, '2017-10-05');
    expect(persons.map((person) => person.name)).toEqual(['Vladimir Putin', 'Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman']);
    expect(statements.filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker)).toEqual(['Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz Al Saud']);
  });
});

describe('a readout quoted before a clause about someone (after the 541–560 freeze)', () => {
  it('gives the words to the body whose statement they are, not to the one "which said" names', () => {
    // 541: "…," according to a statement from the Syrian presidency, which said Assad had welcomed the Emirati stance.
    const body = 'Syrian President Bashar al-Assad received a call from Mohammed bin Zayed. The two men discussed "the measures taken by both countries to confront the spread of the virus," according to a statement from the Syrian presidency, which said Assad had welcomed the Emirati stance.';
    expect(extract(body, '2020-03-28').statements.filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker)).toEqual(['Syrian presidency']);
  });
});

describe('a monarch and a royal cabinet', () => {
  it('reads "the monarch" as the king, and "the Royal Cabinet" as the body that speaks', () => {
    // 601: "… \"as soon as possible,\" according to a statement from the Royal Cabinet …. \"Morocco places the Palestinian
    // cause on the same level as the question of its Sahara,\" the monarch told Abbas, according to the Royal Cabinet."
    const body = [
      'RABAT, Morocco (AP) — Morocco agreed on Thursday to normalize relations with Israel after King Mohammed VI spoke by phone with U.S. President Donald Trump.',
      'The kingdom will resume diplomatic relations with Israel "as soon as possible," according to a statement from the Royal Cabinet.',
      '"Morocco places the Palestinian cause on the same level as the question of its Sahara," the monarch told Abbas, according to the Royal Cabinet.',
    ].join('\n\n');
    const { statements, organizations } = extract(body, '2020-12-10');
    expect(organizations.map((organization) => organization.name)).toContain('Royal Cabinet');
    expect(statements.map((statement) => [statement.speaker, statement.text.slice(0, 20)])).toEqual([
      ['Royal Cabinet', 'as soon as possible'],
      ['Mohammed VI', 'Morocco places the P'],
    ]);
  });
});

describe('who "he" is after a sentence that names others beside its subject', () => {

  it('passes over one named in an opening participle phrase', () => {
    // 421: "Speaking at a joint press conference with Omamo after the talks, Wang proposed …. \"The destiny of the
    // region …,\" he said." 368: "Later, addressing a trade and investment forum attended by Vice Premier Zhang
    // Gaoli, Duterte went further …"
    expect(speakers('NAIROBI — Chinese Foreign Minister Wang Yi met Kenyan Foreign Minister Raychelle Omamo on Thursday.\n\nSpeaking at a joint press conference with Omamo after the talks, Wang proposed a peace conference. "The destiny of the region should be in the hands of its own people," he said.', '2022-01-07')).toEqual(['Wang Yi']);
    expect(speakers('BEIJING — Philippine President Rodrigo Duterte met Chinese President Xi Jinping on Thursday.\n\nLater, addressing a forum attended by Vice Premier Zhang Gaoli, Duterte went further.\n\n"I announce my separation from the United States," he said to applause.', '2016-10-20')).toEqual(['Rodrigo Duterte']);
  });

  it('passes over a title in an opening participle phrase', () => {
    // 426: "Addressing the media with the Chinese leader, Nawaz Sharif called the visit …. \"I have assured President
    // Xi …,\" he said."
    expect(speakers('ISLAMABAD — Chinese President Xi Jinping arrived on Monday for talks with Pakistani Prime Minister Nawaz Sharif.\n\nAddressing the media with the Chinese leader, Sharif called the visit historic. "I have assured President Xi that China matters to us," he said.', '2015-04-20')).toEqual(['Nawaz Sharif']);
  });

  it('reads "the U.S. president" and "the US leader" as the subject, past an opening phrase', () => {
    // 539: "The U.S. president insisted that … the departure of Libyan leader Muammar Gaddafi. \"It is U.S. policy
    // that Gaddafi needs to go,\" he said." 645: "On the state of the alliance, the US leader was upbeat. \"NATO is
    // stronger than it has ever been,\" he said." after Erdogan is named.
    expect(speakers('SANTIAGO — U.S. President Barack Obama met Chilean President Sebastian Pinera on Monday.\n\nThe U.S. president insisted that the mission was limited, but said the aim remained the departure of Libyan leader Muammar Gaddafi.\n\n"It is U.S. policy that Gaddafi needs to go," he said.', '2011-03-21')).toEqual(['Barack Obama']);
    expect(speakers('HELSINKI — U.S. President Joe Biden met Finnish President Sauli Niinisto on Thursday.\n\nSweden moved a step closer on Monday, when Turkish President Recep Tayyip Erdogan agreed to send the protocol to parliament.\n\nOn the state of the alliance, the US leader was upbeat. "NATO is stronger than it has ever been," he said.', '2023-07-13')).toEqual(['Joe Biden']);
  });

  it('gives words to the one who describes, not to the one he calls or names after "said he and"', () => {
    // 658: "He called Trump \"an intelligent and experienced\" politician". 660: "Biden described the discussions as
    // \"some of the most constructive and productive\" …, and said he and Xi had agreed …"
    expect(speakers('ASTANA — Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev on Wednesday.\n\nAt his news conference, Putin was also asked about US President-elect Donald Trump. He called Trump "an intelligent and experienced" politician.', '2024-11-28')).toEqual(['Vladimir Putin']);
    expect(speakers('WOODSIDE, California — U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday.\n\nAt a news conference after the meeting, Biden described the discussions as "some of the most constructive and productive" the two sides had held, and said he and Xi had agreed to talk.', '2023-11-16')).toEqual(['Joe Biden']);
  });

  it('does not take the speaker from a name inside the quotation', () => {
    // 566: "\"I had a call with President Putin …,\" Trump told reporters …, adding that the two men would \"probably be
    // meeting …\"" 631: "\"I extend my sincere gratitude to President el-Sisi …,\" the president said." after Biden.
    expect(speakers('WASHINGTON (AFP) - US President Donald Trump telephoned Vladimir Putin on Tuesday to congratulate the Russian leader on his re-election.\n\n"I had a call with President Putin and congratulated him on the victory," Trump told reporters at the White House, adding that the two men would "probably be meeting in the not-too-distant future."', '2018-03-21')).toEqual(['Donald Trump', 'Donald Trump']);
    expect(speakers('WASHINGTON — U.S. President Joe Biden spoke by phone with Egyptian President Abdel Fattah el-Sisi on Thursday.\n\nIn brief remarks at the White House on Thursday evening, Biden said he had also spoken with Prime Minister Benjamin Netanyahu.\n\n"I extend my sincere gratitude to President el-Sisi and the Egyptian officials who played such a critical role," the president said.', '2021-05-21')).toEqual(['Joe Biden']);
  });
});

describe('"she" after a woman named lately and a man the article gives no gender', () => {

  it('gives the words to the woman, unless the sentence before opens with the one it would pass over', () => {
    // 676: "\"She has agreed to stop Migration …,\" Trump wrote …. The Mexican leader gave a different account. In a
    // message on X, she said she had explained to Trump …. \"Mexico's position is not to close borders …,\" she wrote".
    const mexico = [
      'Mexico City, Nov 28 (EFE).- Mexican President Claudia Sheinbaum Pardo insisted on Thursday that her government has no plan to seal the border with the United States, a day after US President-elect Donald Trump claimed she had agreed in a phone call to halt migration through Mexico.',
      'The two leaders spoke on Wednesday, two days after Trump threatened to slap a 25 percent tariff on every product from Mexico and Canada.',
      '"She has agreed to stop Migration through Mexico," Trump wrote on his Truth Social network shortly after the call, which he described as "very productive."',
      'The Mexican leader gave a different account. In a message on X, she said she had explained to Trump the comprehensive strategy her country follows.',
      '"Mexico\'s position is not to close borders but to build bridges between governments and between peoples," she wrote late on Wednesday.',
    ].join('\n\n');
    expect(speakers(mexico, '2024-11-28')).toEqual(['Donald Trump', 'Claudia Sheinbaum Pardo']);
    // 156: "Taiwanese President Tsai Ing-wen said the island would not be drawn into a bidding war. \"We will not engage
    // …,\" she said", after President Xiomara Castro of Honduras is named.
    const taiwan = [
      'TAIPEI (AP) — Taiwan ended relations with Honduras on Sunday, after President Xiomara Castro switched recognition to China.',
      'Taiwanese President Tsai Ing-wen said the island would not be drawn into a bidding war. "We will not engage in a meaningless contest of dollar diplomacy with China," she said in a video statement.',
    ].join('\n\n');
    expect(speakers(taiwan, '2023-03-26')).toEqual(['Tsai Ing-wen']);
  });
});

describe('a readout named before the quotation, with the body after the word for it', () => {
  const quoted = (body: string, date: string): [string | null, string][] => extract(body, date).statements.filter((statement) => statement.kind === 'direct').map((statement) => [statement.speaker, statement.text.slice(0, 24)]);

  it('gives the words to the body whose statement they are', () => {
    // 668: "According to a statement from India's Ministry of External Affairs, \"the discussions were held in a
    // friendly, frank and cordial manner.\"" 657: "According to a statement from the White House, the two presidents
    // \"agreed that additional enforcement actions are urgently needed\" …"
    const india = 'NEW DELHI (PTI) - Prime Minister Narendra Modi and Sri Lankan Prime Minister Mahinda Rajapaksa held a virtual summit on Saturday. According to a statement from India\'s Ministry of External Affairs, "the discussions were held in a friendly, frank and cordial manner."';
    expect(quoted(india, '2020-09-26')).toEqual([['Ministry of External Affairs', 'the discussions were hel']]);
    const mexico = 'Mexico City (EFE) - US President Joe Biden spoke by phone with Mexican President Andrés Manuel López Obrador on Wednesday. According to a statement from the White House, the two presidents "agreed that additional enforcement actions are urgently needed" so that closed crossings could reopen.';
    expect(quoted(mexico, '2023-12-21')).toEqual([['White House', 'agreed that additional e']]);
  });

  it('gives the words to the body whose statement closes the sentence', () => {
    // 586: "During the call the two leaders \"discussed the strong relationship between the United States and Brazil …\" on
    // climate change, food security, democracy and regional migration, according to a statement from the White House."
    const call = 'WASHINGTON (AP) - U.S. President Joe Biden spoke by phone with Brazilian President Luiz Inácio Lula da Silva on Monday. During the call the two leaders "discussed the strong relationship between the United States and Brazil" on climate change, food security and migration, according to a statement from the White House.';
    expect(quoted(call, '2022-10-31')).toEqual([['White House', 'discussed the strong rel']]);
  });

  it('gives them to the one the readout quoted', () => {
    // 001: "… according to a readout issued by the Chinese foreign ministry, which quoted him as calling the issue \"the
    // first red line that must not be crossed\" …"
    const bali = 'BALI (Reuters) - Chinese President Xi Jinping met U.S. President Joe Biden on Monday. Xi told Biden that Taiwan lay at the very core of China\'s interests, according to a readout issued by the Chinese foreign ministry, which quoted him as calling the issue "the first red line that must not be crossed" in relations between the two countries.';
    expect(quoted(bali, '2022-11-14')).toEqual([['Xi Jinping', 'the first red line that ']]);
  });
});

describe('speakers told by "the vice president", an urging, and a sentence with an opening phrase', () => {

  it('reads "the vice president said" as the vice president, not the president named after him', () => {
    // 701: "… President Donald Trump would \"very soon\" sign the new sanctions …. \"We hope for better relations with
    // Russia,\" the vice president said, \"but …\""
    const body = 'TBILISI, Georgia (AP) — U.S. Vice President Mike Pence met Georgian Prime Minister Giorgi Kvirikashvili on Monday. Pence said President Donald Trump would sign the new sanctions against Russia.\n\n"We hope for better relations with Russia," the vice president said, "but Moscow will not deter us."';
    expect(speakers(body, '2017-08-01')).toEqual(['Mike Pence']);
  });

  it('gives an urging the body told to the body, whatever was told between', () => {
    // 711: "The Kremlin said Putin told the Israeli leader that the raid had breached … arrangements …, and urged Israel
    // \"not to allow such situations in future\"."
    const body = 'JERUSALEM (Xinhua) -- Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu spoke by phone on Tuesday.\n\nThe Kremlin said Putin told the Israeli leader that the raid had breached their arrangements, and urged Israel "not to allow such situations in future".';
    expect(speakers(body, '2018-09-19')).toEqual(['Kremlin']);
  });

  it('gives "…, telling guests that \\"…\\"" to the subject after the opening phrase', () => {
    // 714: "At a state dinner hosted by Zuma in Pretoria on Saturday night, Obama raised a glass to Mandela, telling guests
    // that \"a piece of our heart\" was with him and his family."
    const body = 'PRETORIA (AP) — U.S. President Barack Obama held talks with South African President Jacob Zuma on Saturday.\n\nAt a state dinner hosted by Zuma in Pretoria on Saturday night, Obama raised a glass to Nelson Mandela, telling guests that "a piece of our heart" was with him and his family.';
    expect(speakers(body, '2013-06-29')).toEqual(['Barack Obama']);
  });
});
