import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.ts';
import { extract } from './helpers.ts';

describe('dates', () => {
  // Published Friday 2022-01-21.
  it('moves a bare weekday to the latest such day on or before publication', () => {
    expect(findDates('Both said Friday they did not expect a breakthrough', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-21']);
    expect(findDates('On Wednesday, President Joe Biden sparked controversy', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-19']);
  });

  it('reads "Dec. 10 last year" in the year before publication, and "March 3 next year" in the year after', () => {
    // 637: "Obama and Castro last met on Dec. 10 last year, when they shook hands at Nelson Mandela's memorial service".
    expect(findDates('Obama and Castro last met on Dec. 10 last year, when they shook hands.', '2014-12-17').map((date) => date.date)).toEqual(['2013-12-10']);
    expect(findDates('The summit is set for March 3 next year.', '2014-12-17').map((date) => date.date)).toEqual(['2015-03-03']);
    // Feb. 29 of a leap year, a year on, is the last day of that February.
    expect(findDates('They will meet again on Feb. 29 next year.', '2024-02-10').map((date) => date.date)).toEqual(['2025-02-28']);
  });

  it('reads "this evening" and "this morning" as the day of publication', () => {
    // 359: "Ms Ardern met Mr Xi at the Great Hall of the People this evening".
    expect(findDates('Ms Ardern met Mr Xi at the Great Hall of the People this evening, after holding talks', '2019-04-01').map((date) => date.date)).toEqual(['2019-04-01']);
    expect(findDates('He will meet the king this morning.', '2019-04-01').map((date) => date.date)).toEqual(['2019-04-01']);
  });

  it('keeps a past day in a relative clause though the sentence goes on in the future', () => {
    // 355: "Kirill, who arrived in Cuba on Thursday and was welcomed by Castro, will continue his tour".
    expect(findDates('Patriarch Kirill, who was welcomed by President Raul Castro on Thursday, will visit Paraguay on Monday.', '2016-02-13').map((date) => date.date)).toEqual(['2016-02-11', '2016-02-15']);
  });

  it('reads "scheduled for Wednesday, until March 10" as two days, not a span', () => {
    // Published Tuesday 2025-02-18.
    expect(findDates('which had been scheduled for Wednesday, until March 10.', '2025-02-18').map((date) => date.date)).toEqual(['2025-02-19', '2025-03-10']);
  });

  it('reads a weekday before a when-clause by its own clause: "got off to a frosty start on Thursday when Blinken said Washington would …"', () => {
    // 491, filed Friday 2021-03-19.
    expect(findDates('The meeting got off to a frosty start on Thursday when Blinken said Washington would raise concerns.', '2021-03-19').map((date) => date.date)).toEqual(['2021-03-18']);
    expect(findDates('He will hold talks when he arrives on Tuesday.', '2021-03-19').map((date) => date.date)).toEqual(['2021-03-23']);
  });

  it('reads a weekday before what a speaker said by its own clause: "on Friday evening, Suu Kyi said Myanmar would …"', () => {
    // 494, filed Saturday 2020-01-18: the banquet was the evening before.
    expect(findDates('At a state banquet hosted by President Win Myint on Friday evening, Suu Kyi said Myanmar would stand by its neighbour.', '2020-01-18').map((date) => date.date)).toEqual(['2020-01-17']);
  });

  it('moves it forward for "next" or the future tense', () => {
    expect(findDates('They will meet again on Tuesday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-25']);
    expect(findDates('talks are planned for next Monday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-24']);
  });

  it('reads the tense in the clause that holds the weekday, not elsewhere in the sentence', () => {
    // 2023-05-22 was a Monday: the summit of the second clause was that day, whatever India "would" be.
    expect(findDates('Modi assured the islands that India would be a reliable partner, as he co-hosted the summit on Monday', '2023-05-22').map((date) => date.date)).toEqual(['2023-05-22']);
    // 2022-01-21 was a Friday: "said on Tuesday" is the Tuesday before, the plan comes after "that".
    expect(findDates('Lavrov said on Tuesday that Moscow would answer in writing', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-18']);
    expect(findDates('Lavrov said that they would meet again on Tuesday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-25']);
    // 263, filed 2022-02-08: "held talks with Biden at the White House on Monday and is scheduled to visit Moscow next
    // week" — the talks were the Monday before; "will meet Xi on Monday and will then fly home" is the Monday ahead.
    expect(findDates('Scholz held talks with Biden at the White House on Monday and is scheduled to visit Moscow next week.', '2022-02-08').map((date) => date.date)).toEqual(['2022-02-07']);
    expect(findDates('Biden will meet Xi on Monday and will then fly home.', '2022-02-08').map((date) => date.date)).toEqual(['2022-02-14']);
    // 309, filed on Monday 2017-02-13: "He is scheduled to address the European Parliament … on Thursday, … and to meet
    // German Chancellor Angela Merkel in Berlin on Friday": the second infinitive goes on with the plan.
    expect(findDates('He is scheduled to address lawmakers in Strasbourg on Thursday, and to meet Angela Merkel in Berlin on Friday.', '2017-02-13').map((date) => date.date)).toEqual(['2017-02-16', '2017-02-17']);
  });

  it('counts "a week after" back from the day told before it, and reads no day in "less than two weeks after"', () => {
    // 288: "Monday's meeting came less than two weeks after Sisi hosted … Abbas and … Abdullah II for a tripartite summit in
    // Cairo on Sept. 2".
    expect(findDates('Putin visited Beijing on Tuesday, a week after he met Modi.', '2024-05-16').map((date) => date.date)).toEqual(['2024-05-14', '2024-05-07']);
    expect(findDates('Bennett met Sisi on Monday, less than two weeks after Sisi hosted Abbas in Cairo on Sept. 2.', '2021-09-14').map((date) => date.date)).toEqual(['2021-09-13', '2021-09-02']);
  });

  it('counts "a day after" from the day the sentence told before it, however far back', () => {
    // 280: "Turkey on Saturday strongly rejected … "genocide," a day after he held his first phone call with …
    // Erdogan"; 2021-04-24 was a Saturday.
    const text = 'Turkey on Saturday strongly rejected US President Joe Biden\'s description of the 1915 events as "genocide," a day after he held his first phone call with Turkish President Recep Tayyip Erdogan.';
    expect(findDates(text, '2021-04-24').map((date) => date.date)).toEqual(['2021-04-24', '2021-04-23']);
  });

  it('reads a month and day in the publication year', () => {
    expect(findDates('Jan. 21 (UPI) -- Secretary of State', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-21']);
    // 203, filed 2023-08-25: "The two presidents last met in Brasília on January 1" is this year's, not next year's.
    expect(findDates('The two presidents last met in Brasília on January 1.', '2023-08-25').map((date) => date.date)).toEqual(['2023-01-01']);
    // A plan for a day already past this year is next year's; a day past told in January is last year's.
    expect(findDates('They will meet on January 5.', '2023-12-20').map((date) => date.date)).toEqual(['2024-01-05']);
    expect(findDates('They met on Dec. 28.', '2024-01-03').map((date) => date.date)).toEqual(['2023-12-28']);
  });

  it('resolves the same words anew for another publication date or tense elsewhere in the sentence', () => {
    // chrono's answers are kept per window of text: the window must not be all the key.
    expect(findDates('They went home after it ended on Tuesday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-18']);
    expect(findDates('They went home after it ended on Tuesday', '2022-01-28').map((date) => date.date)).toEqual(['2022-01-25']);
    expect(findDates('They will go home after it ended on Tuesday', '2022-01-21').map((date) => date.date)).toEqual(['2022-01-25']);
  });

  it('takes a weekday of the future on the day of publication as that day, and "next" as a week on', () => {
    // 2023-02-09 was a Thursday.
    expect(findDates('Zelensky will address the European Parliament on Thursday', '2023-02-09').map((date) => date.date)).toEqual(['2023-02-09']);
    expect(findDates('They will meet again next Thursday', '2023-02-09').map((date) => date.date)).toEqual(['2023-02-16']);
  });

  it('takes a journey told in the present tense as one ahead', () => {
    // 2022-07-26 was a Tuesday.
    expect(findDates('He flies on Wednesday to Cotonou for talks with Beninese President Patrice Talon', '2022-07-26').map((date) => date.date)).toEqual(['2022-07-27']);
    expect(findDates('Carney returns to the campaign trail on Saturday', '2025-03-28').map((date) => date.date)).toEqual(['2025-03-29']);
    // 120, filed Wednesday 2023-03-01: "Blinken heads next to New Delhi for a meeting of Group of 20 foreign ministers on Thursday".
    expect(findDates('Blinken heads next to New Delhi for a meeting of Group of 20 foreign ministers on Thursday', '2023-03-01').map((date) => date.date)).toEqual(['2023-03-02']);
  });

  it('ignores times and sentences without dates', () => {
    expect(findDates('They met at 5 p.m. for talks', '2022-01-21')).toEqual([]);
  });
});

describe('meetings', () => {
  it('finds talks with both parties, their countries, the place and the resolved date', () => {
    // Published Saturday: "on Friday" is the day before.
    const { meetings } = extract('Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov held talks in Geneva on Friday.', '2022-01-22');
    expect(meetings).toEqual([
      expect.objectContaining({ kind: 'bilateral talks', participants: ['Antony Blinken', 'Sergey Lavrov'], countries: ['United States', 'Russia'], location: 'Geneva', date: '2022-01-21', status: 'held', plover: 'CONSULT', cameo: '044' }),
    ]);
  });

  it('makes one meeting of an encounter mentioned twice', () => {
    const body = 'Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday. Biden said after the meeting with Xi that the talks were candid.';
    expect(extract(body, '2022-11-14').meetings).toHaveLength(1);
  });

  it('does not take "the so-called Normandy format" for a call, and takes the building of the talks it tells', () => {
    const body = 'PARIS (AFP) - Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky held their first summit in Paris on Monday.\n\nThe talks at the Elysee Palace, mediated by French President Emmanuel Macron, were the first summit of the so-called Normandy format in three years.';
    const { meetings } = extract(body, '2019-12-10');
    expect(meetings.map((meeting) => meeting.kind)).not.toContain('phone call');
    expect(meetings[0]).toMatchObject({ participants: ['Vladimir Putin', 'Volodymyr Zelensky', 'Emmanuel Macron'], location: 'Élysée Palace', city: 'Paris' });
  });

  it('dates "their first meeting since the war began" on the day told, as the first since then is this one', () => {
    // 058: "Hours after his arrival, Zelensky held talks with Indian Prime Minister Narendra Modi, their first
    // face-to-face meeting since the war began."
    const body = [
      'HIROSHIMA, May 20 (Kyodo) -- Ukrainian President Volodymyr Zelensky arrived in Hiroshima on Saturday to take part in person in the Group of Seven summit.',
      'Zelensky flew in from Saudi Arabia, where he had addressed an Arab League summit in Jeddah on Friday.',
      '"Japan. G7. Important meetings with partners and friends of Ukraine," he wrote on Twitter shortly after landing. "Peace will become closer today."',
      'Hours after his arrival, Zelensky held talks with Indian Prime Minister Narendra Modi, their first face-to-face meeting since the war began.',
    ].join('\n\n');
    const talks = extract(body, '2023-05-20').meetings.find((meeting) => meeting.participants.includes('Narendra Modi'));
    expect(talks).toMatchObject({ participants: ['Volodymyr Zelensky', 'Narendra Modi'], date: '2023-05-20', location: 'Hiroshima' });
  });

  it('does not take calling someone names for a phone call', () => {
    // 121: "North Korean Vice Foreign Minister Choe Son-hui had called U.S. Vice President Mike Pence a "political dummy""
    const body = 'Hours earlier, North Korean Vice Foreign Minister Choe Son-hui had called U.S. Vice President Mike Pence a "political dummy" for his remarks.';
    expect(extract(body, '2018-05-25').meetings).toEqual([]);
    const call = 'Chinese President Xi Jinping called Russian President Vladimir Putin on Friday to discuss a "peaceful settlement".';
    expect(extract(call, '2023-05-06').meetings).toMatchObject([{ kind: 'phone call', participants: ['Xi Jinping', 'Vladimir Putin'], date: '2023-05-05' }]);
  });

  it('marks a phone call as CAMEO 041', () => {
    const { meetings } = extract('French President Emmanuel Macron held a phone call with Indian Prime Minister Narendra Modi on Tuesday.', '2023-06-01');
    expect(meetings[0]).toMatchObject({ kind: 'phone call', cameo: '041', participants: ['Emmanuel Macron', 'Narendra Modi'], date: '2023-05-30' });
  });

  it('marks a future meeting as planned', () => {
    const { meetings } = extract('Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol in Tokyo next week.', '2023-03-10');
    expect(meetings[0]).toMatchObject({ status: 'planned', location: 'Tokyo' });
  });

  it('marks a call the parties agreed to have as planned, on no date of its own', () => {
    // 263: "He said he and Macron had agreed to speak by phone after the French leader's visit to Kiev".
    const body = 'Russian President Vladimir Putin and French President Emmanuel Macron held talks in the Kremlin on Monday. Putin said he and Macron had agreed to speak by phone after the French leader\'s visit to Kiev.';
    const calls = extract(body, '2022-02-08').meetings.filter((meeting) => meeting.kind === 'phone call');
    expect(calls.map((meeting) => [meeting.participants, meeting.status, meeting.date])).toEqual([[['Vladimir Putin', 'Emmanuel Macron'], 'planned', null]]);
  });

  it('does not report a meeting from words inside a quotation', () => {
    const { meetings } = extract('"We hope the talks with Russia succeed," Antony Blinken said.', '2022-01-21');
    expect(meetings).toEqual([]);
  });

  it('takes the parties from the clause of the meeting verb, not every name in the sentence', () => {
    // "Biden said Secretary of State Antony Blinken would travel to China": Biden is not a party to the trip.
    const { meetings } = extract('U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Biden said Secretary of State Antony Blinken would travel to China.', '2022-11-14');
    expect(meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([
      [['Joe Biden', 'Xi Jinping'], 'held'],
      [['Antony Blinken'], 'planned'],
    ]);
  });

  it('keeps separate talks with different counterparts apart, each with its own date', () => {
    // "Putin also met Turkish President Tayyip Erdogan on Friday, and Pakistani Prime Minister Shehbaz Sharif on Thursday."
    const body = 'Putin also met Turkish President Tayyip Erdogan on Friday, and Pakistani Prime Minister Shehbaz Sharif on Thursday.';
    const { meetings } = extract(`Russian President Vladimir Putin arrived in Samarkand. ${body}`, '2022-09-16');
    expect(meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Vladimir Putin', 'Tayyip Erdogan'], '2022-09-16'],
      [['Vladimir Putin', 'Shehbaz Sharif'], '2022-09-15'],
    ]);
  });

  it('dates an encounter told just after a dated lead by the lead, but not one set at another time', () => {
    // The lead gives the day; the next sentence tells the talks with no day of its own. The last sentence
    // recalls an earlier encounter ("first met … in 2019"), which keeps no date.
    const body =
      'American and Russian officials agreed on Tuesday to keep talking. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov at Diriyah Palace. Rubio first met Lavrov in Geneva in 2019.';
    const { meetings } = extract(body, '2025-02-18');
    expect(meetings.map((meeting) => [meeting.participants, meeting.location, meeting.date])).toEqual([
      [['Marco Rubio', 'Sergei Lavrov'], 'Diriyah Palace', '2025-02-18'],
      [['Marco Rubio', 'Sergei Lavrov'], 'Geneva', null],
    ]);
  });

  it('resolves "he" and "the two leaders" to the people named before', () => {
    // "The two leaders had previously met in person in Astana" is an earlier encounter of the same pair.
    const body = 'Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks on Monday in the Black Sea resort city of Sochi. The two leaders had previously met in person in Astana.';
    const { meetings } = extract(body, '2023-09-04');
    expect(meetings.map((meeting) => [meeting.participants, meeting.location, meeting.date])).toEqual([
      [['Recep Tayyip Erdogan', 'Vladimir Putin'], 'Sochi', '2023-09-04'],
      [['Recep Tayyip Erdogan', 'Vladimir Putin'], 'Astana', null],
    ]);
  });

  it('does not report a visit that was cancelled', () => {
    expect(extract('COPENHAGEN, Aug 21 (Reuters) - U.S. President Donald Trump has cancelled a planned visit to Denmark.', '2019-08-21').meetings).toEqual([]);
  });

  it('does not report a meeting that did not take place', () => {
    // "Modi did not hold talks with Xi at the summit."
    expect(extract('Indian Prime Minister Narendra Modi did not hold talks with Chinese President Xi Jinping at the summit.', '2022-09-16').meetings).toEqual([]);
  });

  it('does not report a meeting there are no plans for', () => {
    // 366: "North Korea is sending Choe Ryong-hae … There were no plans for him to meet Park, officials said."
    const body = 'North Korea is sending Choe Ryong-hae, a senior official of the ruling Workers\' Party, to the commemorations. There were no plans for him to meet President Park Geun-hye, officials said.';
    expect(extract(body, '2015-09-02').meetings).toEqual([]);
    expect(extract('Prime Minister Shinzo Abe has no plans to visit Yasukuni Shrine with President Donald Trump.', '2017-11-05').meetings).toEqual([]);
  });

  it('does not date talks where a journey began by the day of the arrival', () => {
    // 321: "Obama arrived in Ethiopia on Sunday night from Kenya, his father's homeland, where he held talks with
    // Kenyatta in Nairobi."
    const body = 'ADDIS ABABA, July 27 (AP) - President Barack Obama met African leaders on Monday.\n\nObama arrived in Ethiopia on Sunday night from Kenya, his father\'s homeland, where he held talks with Kenyan President Uhuru Kenyatta in Nairobi.';
    const talks = extract(body, '2015-07-27').meetings.find((meeting) => meeting.participants.includes('Uhuru Kenyatta'));
    expect(talks).toEqual(expect.objectContaining({ participants: ['Barack Obama', 'Uhuru Kenyatta'], location: 'Nairobi', date: null }));
  });

  it('dates a meeting told "before the speech" by the day of the speech the lead told', () => {
    // 321: "President Barack Obama on Tuesday became the first sitting U.S. president to address the African Union …
    // Before the speech, Obama met privately with African Union Commission Chairperson Nkosazana Dlamini-Zuma."
    const body = 'ADDIS ABABA, Ethiopia (AP) — President Barack Obama on Tuesday became the first sitting U.S. president to address the African Union.\n\nObama also pressed African governments to fight corruption.\n\nBefore the speech, Obama met privately with African Union Commission Chairperson Nkosazana Dlamini-Zuma.\n\nOn Monday, the president held talks with Ethiopian Prime Minister Hailemariam Desalegn at the National Palace.\n\nObama arrived in Ethiopia on Sunday night from Kenya.';
    const meeting = extract(body, '2015-07-28').meetings.find((found) => found.participants.includes('Nkosazana Dlamini-Zuma'));
    expect(meeting).toEqual(expect.objectContaining({ participants: ['Barack Obama', 'Nkosazana Dlamini-Zuma'], date: '2015-07-28' }));
  });

  it('takes the building a where-clause names in the town it stands for', () => {
    // 218: "From Beijing, Prabowo flies to Washington, where he is scheduled to meet President Joe Biden at the White House."
    const body = 'From Beijing, President Prabowo Subianto flies to Washington, where he is scheduled to meet President Joe Biden at the White House.';
    expect(extract(body, '2024-11-09').meetings).toEqual([expect.objectContaining({ participants: ['Prabowo Subianto', 'Joe Biden'], location: 'White House', city: 'Washington', status: 'planned' })]);
  });

  it('does not read "him" as the one a title names as the subject of the same clause', () => {
    // 218: "He recalled that the Chinese leader had also received him in Beijing on April 1, when he was still defence
    // minister and president-elect."
    const body = 'President Prabowo Subianto and Chinese President Xi Jinping held talks in Beijing on Saturday.\n\nPrabowo thanked Xi for the welcome. He recalled that the Chinese leader had also received him in Beijing on April 1, when he was still defence minister.';
    const earlier = extract(body, '2024-11-09').meetings.find((meeting) => meeting.date === '2024-04-01');
    expect(earlier).toEqual(expect.objectContaining({ participants: ['Xi Jinping', 'Prabowo Subianto'], location: 'Beijing', status: 'held' }));
  });

  it('reads speaking to several leaders after a series of calls as a call with each', () => {
    // 311: "Trump made a series of calls to regional leaders on Tuesday … He also spoke to Jordan's King Abdullah II,
    // Egyptian President Abdel Fattah el-Sisi, Saudi Arabia's King Salman and Israeli Prime Minister Benjamin Netanyahu".
    const body = "US President Donald Trump made a series of calls to regional leaders on Tuesday. He also spoke to Jordan's King Abdullah II, Egyptian President Abdel Fattah el-Sisi and Israeli Prime Minister Benjamin Netanyahu, the White House said.";
    const calls = extract(body, '2017-12-06').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind]);
    expect(calls).toEqual([
      [['Donald Trump', 'Abdullah II'], '2017-12-05', 'phone call'],
      [['Donald Trump', 'Abdel Fattah el-Sisi'], '2017-12-05', 'phone call'],
      [['Donald Trump', 'Benjamin Netanyahu'], '2017-12-05', 'phone call'],
    ]);
    // With no call told, speaking to someone is no encounter.
    expect(extract("US President Donald Trump spoke to Jordan's King Abdullah II about Jerusalem.", '2017-12-06').meetings).toEqual([]);
  });

  it('does not take efforts to revive talks for talks of those who speak of them', () => {
    // 311: "King Abdullah had told Trump that the decision … would undermine US efforts to revive peace talks."
    const body = 'The Jordanian Royal Court said King Abdullah had told US President Donald Trump that the decision would undermine US efforts to revive peace talks.';
    expect(extract(body, '2017-12-06').meetings.filter((meeting) => meeting.kind !== 'phone call')).toEqual([]);
  });

  it('reads "the three ministers" as the three parties told first, not their host, and a ministry they met at as the place', () => {
    // 062: "Egyptian Foreign Minister Sameh Shoukry, his Ethiopian counterpart Gedu Andargachew and Sudan's Foreign
    // Minister Asma Mohamed Abdalla met at the Treasury Department in talks hosted by Treasury Secretary Steven Mnuchin
    // … U.S. President Donald Trump also received the three ministers at the White House on Wednesday."
    const body = "WASHINGTON (AA) - Egypt, Ethiopia and Sudan agreed on Wednesday to try to reach a deal on the dam.\n\nEgyptian Foreign Minister Sameh Shoukry, his Ethiopian counterpart Gedu Andargachew and Sudan's Foreign Minister Asma Mohamed Abdalla met at the Treasury Department in talks hosted by Treasury Secretary Steven Mnuchin.\n\nU.S. President Donald Trump also received the three ministers at the White House on Wednesday.";
    const meetings = extract(body, '2019-11-07').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(meetings).toEqual([
      [['Sameh Shoukry', 'Gedu Andargachew', 'Asma Mohamed Abdalla', 'Steven Mnuchin'], 'Treasury Department'],
      [['Donald Trump', 'Sameh Shoukry', 'Gedu Andargachew', 'Asma Mohamed Abdalla'], 'White House'],
    ]);
  });

  it('dates a visit put off "until" a day by that day, and places talks a town hosted in that town', () => {
    // 253: "he had postponed a planned visit to Saudi Arabia, which had been scheduled for Wednesday, until March 10".
    const postponed = extract('Zelensky said he had postponed a planned visit to Saudi Arabia, which had been scheduled for Wednesday, until March 10.', '2025-02-18').meetings;
    expect(postponed.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toEqual([[['Zelensky'], '2025-03-10', 'planned']]);
    // 253: "Istanbul had hosted the only direct negotiations between Russian and Ukrainian delegations in March 2022".
    const hosted = extract('Erdogan recalled that Istanbul had hosted the only direct negotiations between Russian and Ukrainian delegations in March 2022.', '2025-02-18').meetings;
    expect(hosted.map((meeting) => [meeting.countries, meeting.location])).toEqual([[['Russia', 'Ukraine'], 'Istanbul']]);
  });

  it('does not make one honoured posthumously a party', () => {
    // 276: "At the ceremony, attended by President Abdul Hamid, Modi presented the Gandhi Peace Prize for 2020, conferred
    // posthumously on Bangladesh's founding father Sheikh Mujibur Rahman, to his daughters, Hasina and Sheikh Rehana."
    const body = "Indian Prime Minister Narendra Modi addressed the National Day programme in Dhaka on Friday.\n\nModi, who is on a two-day visit to the neighbouring country, was received at the airport by his Bangladeshi counterpart Sheikh Hasina.\n\nAt the ceremony, attended by President Abdul Hamid, Modi presented the Gandhi Peace Prize for 2020, conferred posthumously on Bangladesh's founding father Sheikh Mujibur Rahman, to his daughters, Hasina and Sheikh Rehana.";
    const parties = extract(body, '2021-03-26').meetings.flatMap((meeting) => meeting.participants);
    expect(parties).toContain('Abdul Hamid');
    expect(parties.filter((party) => /Mujibur/.test(party))).toEqual([]);
  });

  it('does not make a figure of history whose death the place recalls a party', () => {
    // 482: "… at the Quinta de San Pedro Alejandrino, the estate … where independence hero Simón Bolívar died in 1830."
    const body = 'SANTA MARTA, Colombia (AP) - Colombian President Juan Manuel Santos and Venezuelan President Hugo Chávez met for three hours on Tuesday at the Quinta de San Pedro Alejandrino, the estate where independence hero Simón Bolívar died in 1830.';
    expect(extract(body, '2010-08-11').meetings.map((meeting) => meeting.participants)).toEqual([['Juan Manuel Santos', 'Hugo Chávez']]);
  });

  it('does not make the leader whose government was condemned a party, nor date the talks by the day they came after', () => {
    // 498: Macri and Bolsonaro "condemned the government of Venezuela's Nicolás Maduro"; Macri was received "after his
    // inauguration on January 1", which is Bolsonaro's day, not that of the visit.
    const body = [
      'BRASILIA, Jan 16 (Télam) - Argentine President Mauricio Macri and his Brazilian counterpart Jair Bolsonaro on Wednesday condemned the government of Venezuela\'s Nicolás Maduro, in their first meeting since the former army captain took office.',
      'Macri was the first head of state to be received by Bolsonaro at the Planalto Palace after his inauguration on January 1.',
    ].join('\n\n');
    expect(extract(body, '2019-01-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Mauricio Macri', 'Jair Bolsonaro'], '2019-01-16', 'Planalto'],
    ]);
  });

  it('reads "…, and on Thursday she held talks in Accra with …" as an encounter of its own, with its own day and town', () => {
    // 493: Merkel met Sall in Dakar on Wednesday and Akufo-Addo in Accra on Thursday.
    const body = 'ABUJA, Aug 31 (dpa) - German Chancellor Angela Merkel ended her tour in Nigeria on Friday. On Wednesday she met Senegalese President Macky Sall in Dakar, and on Thursday she held talks in Accra with Ghana\'s President Nana Akufo-Addo.';
    const meetings = extract(body, '2018-08-31').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Angela Merkel', 'Macky Sall'], '2018-08-29', 'Dakar']);
    expect(meetings).toContainEqual([['Angela Merkel', 'Nana Akufo-Addo'], '2018-08-30', 'Accra']);
  });

  it('meets an aide told with the one met together with them', () => {
    // 333: "Swaraj travelled to Islamabad for the Heart of Asia conference on Afghanistan, where she met Sharif and his
    // foreign affairs adviser Sartaj Aziz."
    const body = 'External Affairs Minister Sushma Swaraj travelled to Islamabad for the Heart of Asia conference, where she met Prime Minister Nawaz Sharif and his foreign affairs adviser Sartaj Aziz.';
    const meetings = extract(body, '2015-12-25').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(meetings).toEqual([[['Sushma Swaraj', 'Nawaz Sharif', 'Sartaj Aziz'], 'Islamabad']]);
  });

  it('reads joining someone to mark or sign something as an encounter with them', () => {
    // 116: "Mr Albanese also joined Tuvalu Prime Minister Feleti Teo to mark the entry into force of the Falepili Union treaty".
    const meetings = extract('Prime Minister Anthony Albanese also joined Tuvalu Prime Minister Feleti Teo to mark the entry into force of the Falepili Union treaty.', '2024-08-28').meetings;
    expect(meetings.map((meeting) => meeting.participants)).toEqual([['Anthony Albanese', 'Feleti Teo']]);
    // Joining a body is no encounter.
    expect(extract('Finland joined NATO in April.', '2024-08-28').meetings).toEqual([]);
  });

  it('does not place a meeting in a where-clause after a country in the town of the dateline', () => {
    // 157: "Rubio arrived in San Salvador from Panama, where on Sunday he met President José Raúl Mulino".
    const body = 'San Salvador, Feb 3 (EFE).- US Secretary of State Marco Rubio met Salvadoran President Nayib Bukele on Monday.\n\nRubio arrived in San Salvador from Panama, where on Sunday he met President José Raúl Mulino.';
    const panama = extract(body, '2025-02-03').meetings.find((meeting) => meeting.participants.includes('José Raúl Mulino'));
    expect([panama?.participants, panama?.date, panama?.location]).toEqual([['Marco Rubio', 'José Raúl Mulino'], '2025-02-02', null]);
  });

  it('does not read an apposition that closes the clause as telling of a past encounter', () => {
    // 111: "Niger's General Abdourahamane Tiani hosted Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim Traore
    // in Niamey for the first summit of the Alliance of Sahel States (AES), the mutual defence pact the three juntas
    // formed last September."
    const body = "NIAMEY, July 6 (AFP) - The military leaders of Niger, Mali and Burkina Faso signed a treaty on Saturday creating a confederation.\n\nNiger's General Abdourahamane Tiani hosted Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim Traore in Niamey for the first summit of the Alliance of Sahel States (AES), the mutual defence pact the three juntas formed last September.";
    const summit = extract(body, '2024-07-06').meetings.find((meeting) => meeting.participants.length === 3);
    expect([summit?.date, summit?.location, summit?.status]).toEqual(['2024-07-06', 'Niamey', 'held']);
  });

  it('dates what follows a lead by the day of the encounter it reports, not of the saying; a host by residence is no party; a call stays held past an invitation', () => {
    // 285: "Burhan said on Tuesday he had met … Netanyahu in Uganda …, a day after the surprise encounter …. The two men
    // met for about two hours on Monday in Entebbe at the residence of Ugandan President Yoweri Museveni, who had invited
    // them …. Netanyahu was in Uganda on a one-day visit and also held talks with Museveni …. Pompeo spoke to Burhan by
    // phone on Sunday and invited him to visit Washington later this year."
    const body = "KHARTOUM/JERUSALEM (Reuters) - The head of Sudan's ruling Sovereign Council, General Abdel Fattah al-Burhan, said on Tuesday he had met Israeli Prime Minister Benjamin Netanyahu in Uganda, a day after the surprise encounter.\n\nThe two men met for about two hours on Monday in Entebbe at the residence of Ugandan President Yoweri Museveni, who had invited them. Netanyahu was in Uganda on a one-day visit and also held talks with Museveni.\n\nSecretary of State Mike Pompeo spoke to Burhan by phone on Sunday and invited him to visit Washington later this year.";
    const meetings = extract(body, '2020-02-04').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(meetings).toEqual([
      [['Abdel Fattah al-Burhan', 'Benjamin Netanyahu'], '2020-02-03', 'held'],
      [['Benjamin Netanyahu', 'Yoweri Museveni'], '2020-02-03', 'held'],
      [['Mike Pompeo', 'Abdel Fattah al-Burhan'], '2020-02-02', 'held'],
    ]);
  });

  it('dates talks told after a journey by their own day, not the journey\'s', () => {
    // 398, filed Saturday 2015-07-25: "Obama is due to fly to Ethiopia on Sunday and hold talks with Ethiopian Prime
    // Minister Hailemariam Desalegn on Monday in Addis Ababa."
    const body = 'President Barack Obama is due to fly to Ethiopia on Sunday and hold talks with Ethiopian Prime Minister Hailemariam Desalegn on Monday in Addis Ababa.';
    const talks = extract(body, '2015-07-25').meetings.find((meeting) => meeting.participants.includes('Hailemariam Desalegn'));
    expect([talks?.date, talks?.location, talks?.status]).toEqual(['2015-07-27', 'Addis Ababa', 'planned']);
  });

  it('does not take calling a country a friend for a call, nor a day of years ago told elsewhere in the sentence for the encounter\'s', () => {
    // 427: "Moon called Japan South Korea's "closest friend" and said the two governments should work together".
    const call = 'TOKYO, Sept. 24 Kyodo - Japanese Prime Minister Yoshihide Suga and South Korean President Moon Jae-in held their first telephone talks on Thursday.\n\nMoon called Japan South Korea\'s "closest friend" and said the two governments should work together, his spokesman Kang Min-seok told a briefing in Seoul.';
    expect(extract(call, '2020-09-24').meetings.map((meeting) => [meeting.participants, meeting.location, meeting.kind])).toEqual([[['Yoshihide Suga', 'Moon Jae-in'], null, 'phone call']]);
    // 423: "Netanyahu was welcomed by Ugandan President Yoweri Museveni and laid a wreath at the old terminal where Israeli
    // commandos freed more than 100 hostages from a hijacked airliner on July 4, 1976."
    const body = 'Israeli Prime Minister Benjamin Netanyahu was welcomed by Ugandan President Yoweri Museveni and laid a wreath at the old terminal where Israeli commandos freed more than 100 hostages from a hijacked airliner on July 4, 1976.';
    expect(extract(body, '2016-07-04').meetings.map((meeting) => meeting.date)).not.toContain('1976-07-04');
  });

  it('reads a signing someone is due to go to as a planned encounter, but not one that was only intended', () => {
    // 437: "From Berlin, Zelensky was due to fly to Paris later on Friday to sign a similar agreement with French
    // President Emmanuel Macron at the Elysee Palace."
    const due = extract('From Berlin, Ukrainian President Volodymyr Zelensky was due to fly to Paris later on Friday to sign a similar agreement with French President Emmanuel Macron at the Elysee Palace.', '2024-02-16').meetings;
    expect(due.map((meeting) => [meeting.participants, meeting.location, meeting.status])).toEqual([[['Volodymyr Zelensky', 'Emmanuel Macron'], 'Élysée Palace', 'planned']]);
    // 219: "The two leaders had intended to sign the treaty in Port Moresby".
    expect(extract('Prime Minister Anthony Albanese and Prime Minister James Marape had intended to sign the treaty in Port Moresby.', '2025-10-06').meetings).toEqual([]);
  });

  it('reads a summit "attended by" those it names as their summit, with whoever chaired it', () => {
    // 434: "The summit, chaired by Kazakh President Nursultan Nazarbayev, was attended by Chinese President Xi Jinping,
    // Russian President Vladimir Putin, Kyrgyz President Almazbek Atambayev, …".
    const body = "ASTANA, Jun 9 (PTI) India and Pakistan were on Friday formally admitted as full members of the Shanghai Cooperation Organisation at the grouping's annual summit here.\n\nThe summit, chaired by Kazakh President Nursultan Nazarbayev, was attended by Chinese President Xi Jinping, Russian President Vladimir Putin and Kyrgyz President Almazbek Atambayev.";
    const summit = extract(body, '2017-06-09').meetings.find((meeting) => meeting.kind === 'summit');
    expect([summit?.participants, summit?.date, summit?.location]).toEqual([['Nursultan Nazarbayev', 'Xi Jinping', 'Vladimir Putin', 'Almazbek Atambayev'], '2017-06-09', 'Astana']);
  });

  it('does not take the presidents of two parliaments for "the two leaders"', () => {
    // 436: "The ceremony was also attended by National Assembly President Yael Braun-Pivet and Bundestag President Baerbel
    // Bas. … The two leaders then chaired a joint council of ministers at the Elysee Palace, … before holding a joint
    // press conference."
    const body = 'PARIS (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz on Sunday marked 60 years of the Elysee Treaty.\n\nThe ceremony was also attended by National Assembly President Yael Braun-Pivet and Bundestag President Baerbel Bas.\n\nThe two leaders then chaired a joint council of ministers at the Elysee Palace, before holding a joint press conference.';
    const parties = extract(body, '2023-01-22').meetings.map((meeting) => meeting.participants);
    expect(parties).toContainEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(parties).not.toContainEqual(['Yael Braun-Pivet', 'Baerbel Bas']);
  });

  it('takes one who spoke at a summit, and those "among them", for its parties', () => {
    // 432: "Putin said on Thursday at the opening of the second Russia-Africa summit at the Expoforum convention center.
    // … The summit was attended by delegations from 49 African countries …. Among them were the current chairman of the
    // African Union, Comoros President Azali Assoumani, and South African President Cyril Ramaphosa."
    const body = 'ST. PETERSBURG, July 27. /TASS/. Russia is ready to ship grain free of charge to six African countries, Russian President Vladimir Putin said on Thursday at the opening of the second Russia-Africa summit at the Expoforum convention center.\n\nThe summit was attended by delegations from 49 African countries. Among them were Comoros President Azali Assoumani and South African President Cyril Ramaphosa.';
    const summit = extract(body, '2023-07-27').meetings.find((meeting) => meeting.kind === 'summit');
    expect([summit?.participants, summit?.date, summit?.location]).toEqual([['Vladimir Putin', 'Azali Assoumani', 'Cyril Ramaphosa'], '2023-07-27', 'Expoforum']);
  });

  it('reads "took part in the summit" with no summit told before as that summit, a dash inside its name no break', () => {
    // 439: "Kazakh President Kassym-Jomart Tokayev took part on Friday in the first Central Asia - Germany summit, hosted in
    // Berlin by German Federal Chancellor Olaf Scholz".
    const body = 'Kazakh President Kassym-Jomart Tokayev took part on Friday in the first Central Asia - Germany summit, hosted in Berlin by German Chancellor Olaf Scholz.';
    const summit = extract(body, '2023-09-29').meetings.find((meeting) => meeting.kind === 'summit');
    expect([summit?.participants, summit?.date, summit?.location]).toEqual([['Kassym-Jomart Tokayev', 'Olaf Scholz'], '2023-09-29', 'Berlin']);
    expect(extract('Kazakh President Kassym-Jomart Tokayev took part in the summit on Friday in Berlin.', '2023-09-29').meetings.map((meeting) => [meeting.participants, meeting.kind])).toEqual([[['Kassym-Jomart Tokayev'], 'summit']]);
  });

  it('places a journey and the meeting that follows it together', () => {
    // "Modi travels on to Vienna later on Tuesday. He is scheduled to hold talks with Chancellor Karl Nehammer on Wednesday."
    const body = 'Indian Prime Minister Narendra Modi travels on to Vienna later on Tuesday. He is scheduled to hold talks with Chancellor Karl Nehammer on Wednesday.';
    const { meetings } = extract(body, '2024-07-09');
    expect(meetings).toEqual([expect.objectContaining({ participants: ['Narendra Modi', 'Karl Nehammer'], location: 'Vienna', date: '2024-07-10', status: 'planned' })]);
  });

  it('takes a named venue after "at" as the place', () => {
    // "met … at the Great Hall of the People in Beijing"
    const { meetings } = extract('Brazilian President Luiz Inácio Lula da Silva met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Friday.', '2023-04-14');
    expect(meetings[0]).toMatchObject({ location: 'Great Hall of the People', date: '2023-04-14' });
  });

  it('gives a venue the city the sentence names, or the city the building stands in', () => {
    // "met … at the Great Hall of the People in Beijing" → venue, city Beijing; "talks at the Kremlin" → Moscow.
    expect(extract('Brazilian President Luiz Inácio Lula da Silva met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Friday.', '2023-04-14').meetings[0]).toMatchObject({ location: 'Great Hall of the People', city: 'Beijing' });
    expect(extract('Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi at the Kremlin on Tuesday.', '2024-07-09').meetings[0]).toMatchObject({ location: 'Kremlin', city: 'Moscow' });
  });

  it('takes a place brought in by "in" or "at" later in the sentence when the clause names none', () => {
    // The clause of "meeting" ends at "as"; the place comes after it.
    const body = 'Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held their first meeting as neighbours on Tuesday, talking for two hours at a villa in the resort town of Sochi.';
    expect(extract(body, '2023-10-11').meetings[0]).toMatchObject({ participants: ['Recep Tayyip Erdogan', 'Vladimir Putin'], location: 'Sochi', date: '2023-10-10' });
  });

  it('places the main encounter of the day at the dateline when the text names no place, but not a phone call', () => {
    const body = 'NAIROBI, Oct 11 (Reuters) - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Wednesday. Later on Wednesday, Ruto spoke by phone with Ugandan President Yoweri Museveni.';
    expect(extract(body, '2023-10-11').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['William Ruto', 'Abiy Ahmed'], 'Nairobi'],
      [['William Ruto', 'Yoweri Museveni'], null],
    ]);
  });

  it('resolves "he" in a later clause to the subject of the sentence, and "a day after" against the date before it', () => {
    // Published Friday 2023-02-10: Thursday is the 9th, "a day after" the 8th.
    const body = 'British Prime Minister Rishi Sunak welcomed Polish President Andrzej Duda to Downing Street on Thursday, a day after he sat down with Italian Prime Minister Giorgia Meloni in Rome.';
    expect(extract(body, '2023-02-10').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.city])).toEqual([
      [['Rishi Sunak', 'Andrzej Duda'], '2023-02-09', 'Downing Street', 'London'],
      [['Rishi Sunak', 'Giorgia Meloni'], '2023-02-08', 'Rome', 'Rome'],
    ]);
  });

  it('adds those who attended to the summit reported just before, and lists a planned summit\'s attendees', () => {
    const body = 'MADRID (Reuters) - Leaders of NATO member states wrapped up a two-day summit in Madrid on Thursday. U.S. President Joe Biden, British Prime Minister Boris Johnson and Turkish President Tayyip Erdogan were among those who attended.';
    expect(extract(body, '2022-06-30').meetings).toEqual([expect.objectContaining({ kind: 'summit', participants: ['Joe Biden', 'Boris Johnson', 'Tayyip Erdogan'], location: 'Madrid', date: '2022-06-30', status: 'held' })]);
    const planned = 'The summit of the Group of Seven in Hiroshima in May will be attended by British Prime Minister Rishi Sunak and Japanese Prime Minister Fumio Kishida, officials said.';
    expect(extract(planned, '2023-02-10').meetings).toEqual([expect.objectContaining({ participants: ['Rishi Sunak', 'Fumio Kishida'], location: 'Hiroshima', status: 'planned' })]);
  });

  it('does not make attending a ceremony an encounter', () => {
    // "attended the inauguration of …" is not a meeting of the two.
    expect(extract('Brazilian President Luiz Inácio Lula da Silva attended the inauguration of Argentine President Javier Milei in Buenos Aires on Sunday.', '2023-12-11').meetings).toEqual([]);
  });

  it('finds a meeting of countries whose leaders are unnamed', () => {
    const { meetings } = extract('Leaders of France, Germany and Italy met by video conference on Monday to discuss aid to Ukraine.', '2023-02-10');
    expect(meetings).toEqual([expect.objectContaining({ kind: 'video call', participants: [], countries: ['France', 'Germany', 'Italy'], date: '2023-02-06' })]);
  });

  it('dates a visit by its own words, not by a possessive date of another encounter', () => {
    // "visited Moscow last week to prepare Monday's talks": the visit has no day.
    const { meetings } = extract("Turkish Foreign Minister Hakan Fidan visited Moscow last week to prepare Monday's talks and met his Russian counterpart Sergey Lavrov.", '2023-09-04');
    expect(meetings[0]).toMatchObject({ participants: ['Hakan Fidan', 'Sergey Lavrov'], location: 'Moscow', date: null });
  });

  it('keeps every subject of "are due to meet", and narrows only "for X to visit"', () => {
    const body = 'Vice President JD Vance and Secretary of State Marco Rubio are due to meet Ukrainian President Volodymyr Zelensky on Friday on the sidelines of the Munich Security Conference.';
    expect(extract(body, '2025-02-13').meetings[0]).toMatchObject({ participants: ['JD Vance', 'Marco Rubio', 'Volodymyr Zelensky'], location: 'Munich', date: '2025-02-14', status: 'planned' });
  });

  it('dates an encounter "earlier in the day" or "a day after" by the one reported before it', () => {
    const body = 'Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in San Francisco on Thursday. The meeting came a day after Xi met U.S. President Joe Biden. Kishida had met Australian Prime Minister Anthony Albanese earlier in the day.';
    expect(extract(body, '2023-11-17').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Xi Jinping', 'Fumio Kishida'], '2023-11-16'],
      [['Xi Jinping', 'Joe Biden'], '2023-11-15'],
      [['Fumio Kishida', 'Anthony Albanese'], '2023-11-16'],
    ]);
  });

  it('reads "the Kazakh capital" as the capital city when the clause names no place', () => {
    const { meetings } = extract('French President Emmanuel Macron held talks with Kazakh President Kassym-Jomart Tokayev in the Kazakh capital on Wednesday.', '2023-11-02');
    expect(meetings[0]).toMatchObject({ location: 'Astana', date: '2023-11-01' });
  });

  it('takes an unlisted town after "in" as the place, and reports it as a location, but not a month or a person', () => {
    const body = 'Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Arusha on Saturday.';
    const extraction = extract(body, '2023-10-08');
    expect(extraction.meetings[0]).toMatchObject({ location: 'Arusha', city: 'Arusha' });
    expect(extraction.locations.map((location) => location.name)).toEqual(['Arusha']);
    expect(extract('Kenyan President William Ruto met Ugandan President Yoweri Museveni in May.', '2023-10-08').meetings[0]).toMatchObject({ location: null });
  });

  it('keeps the listener of a warning as a party to the call', () => {
    // "X warned Y … during a phone call": "warned" followed by a name does not end the clause.
    const { meetings } = extract('Indian Prime Minister Narendra Modi warned French President Emmanuel Macron against delay during a phone call on Tuesday.', '2023-06-01');
    expect(meetings[0]).toMatchObject({ kind: 'phone call', participants: ['Narendra Modi', 'Emmanuel Macron'], date: '2023-05-30' });
  });

  it('resolves "between them" to the parties of the encounter before', () => {
    const body = 'Indian Prime Minister Narendra Modi held a phone call with French President Emmanuel Macron on Tuesday. Officials said aides would arrange a visit between them.';
    const { meetings } = extract(body, '2023-06-01');
    expect(meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([
      [['Narendra Modi', 'Emmanuel Macron'], 'held'],
      [['Narendra Modi', 'Emmanuel Macron'], 'planned'],
    ]);
  });

  it('reports a held summit with one named host when its place is given', () => {
    const { meetings } = extract('Kenyan President William Ruto on Sunday closed a climate summit with leaders from across Africa in Nairobi.', '2023-09-06');
    expect(meetings).toEqual([expect.objectContaining({ kind: 'summit', participants: ['William Ruto'], location: 'Nairobi', date: '2023-09-03', status: 'held' })]);
  });

  it('takes the place from "in the capital Nairobi"', () => {
    const { meetings } = extract('Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in the capital Nairobi on Sunday.', '2023-09-06');
    expect(meetings[0]).toMatchObject({ participants: ['William Ruto', 'Abiy Ahmed'], location: 'Nairobi' });
  });

  it('adds those who "attended the event" to the gathering reported just before', () => {
    const body = 'Kenyan President William Ruto on Sunday closed a climate summit in Nairobi. Delegates debated carbon markets. Ethiopian Prime Minister Abiy Ahmed and Ugandan President Yoweri Museveni attended the event.';
    const { meetings } = extract(body, '2023-09-06');
    expect(meetings).toEqual([expect.objectContaining({ participants: ['William Ruto', 'Abiy Ahmed', 'Yoweri Museveni'], location: 'Nairobi' })]);
  });

  it('dates the lead by its news day, not by the day in the dateline', () => {
    // Filed Tuesday 2024-03-12; the talks of the lead were on Monday, and the next sentence tells them.
    const body = 'NAIROBI, March 12 (Reuters) - Kenya and Ethiopia agreed on a new power line after talks between their ministers on Monday.\n\nKenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi.';
    const { meetings } = extract(body, '2024-03-12');
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['William Ruto', 'Abiy Ahmed'], date: '2024-03-11' }));
  });

  it('takes "at Downing Street" without an article as the place', () => {
    const { meetings } = extract('Irish Taoiseach Leo Varadkar held talks with British Prime Minister Rishi Sunak at Downing Street on Monday.', '2023-06-13');
    expect(meetings[0]).toMatchObject({ participants: ['Leo Varadkar', 'Rishi Sunak'], location: 'Downing Street', city: 'London' });
  });

  it('reads "is expected in" as a plan', () => {
    const { meetings } = extract('Polish President Andrzej Duda is expected in Kyiv on Tuesday for talks with Ukrainian President Volodymyr Zelensky.', '2023-07-09');
    expect(meetings[0]).toMatchObject({ status: 'planned', participants: ['Andrzej Duda', 'Volodymyr Zelensky'], date: '2023-07-11' });
  });

  it('goes on with the title a sentence opens with, and leaves a plan\'s day to the plan', () => {
    // 294: "The prime minister also met Zhao Leji, chairman of the Standing Committee of the National People's Congress,
    // and is due to hold talks with Premier Li Qiang on Wednesday."; "The two leaders shook hands and posed for
    // photographs before sitting down with their delegations on Tuesday evening".
    const body = 'Prime Minister Chris Hipkins has met Chinese President Xi Jinping at the Great Hall of the People in Beijing.\n\nThe two leaders shook hands and posed for photographs before sitting down on Tuesday evening for a meeting that lasted half an hour.\n\nThe prime minister also met Zhao Leji, chairman of the Standing Committee of the National People\'s Congress, and is due to hold talks with Premier Li Qiang on Wednesday.';
    const found = extract(body, '2023-06-27').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(found).toEqual([
      [['Chris Hipkins', 'Xi Jinping'], '2023-06-27', 'held'],
      // "also met": the day of the encounter told before, not Wednesday's.
      [['Chris Hipkins', 'Zhao Leji'], '2023-06-27', 'held'],
      [['Chris Hipkins', 'Li Qiang'], '2023-06-28', 'planned'],
    ]);
  });

  it('leaves the day something else was due on to that thing, and gives the call to the one who told of it', () => {
    // 251: "President Claudia Sheinbaum said on Thursday that Mexico had avoided a sharp increase in United States tariffs
    // that was due to take effect on Friday, after a phone call with U.S. President Donald Trump".
    const body = 'President Claudia Sheinbaum said on Thursday that Mexico had avoided a rise in tariffs that was due to take effect on Friday, after a phone call with U.S. President Donald Trump.';
    expect(extract(body, '2025-07-31').meetings).toEqual([expect.objectContaining({ participants: ['Claudia Sheinbaum', 'Donald Trump'], date: '2025-07-31', status: 'held' })]);
  });

  it('takes "the heads of state" for people, not for a journey ahead', () => {
    // 292: "The heads of state of the five Caspian littoral countries adopted a final communique at the Sixth Caspian
    // Summit held in Ashgabat on Wednesday"; "Blinken heads to Beijing" is still a plan.
    const held = extract('The heads of state of the five Caspian littoral countries adopted a communique at the Sixth Caspian Summit held in Ashgabat on Wednesday.', '2022-06-29');
    expect(held.meetings[0]).toMatchObject({ status: 'held', date: '2022-06-29', location: 'Ashgabat' });
    const plan = extract('Secretary of State Antony Blinken heads to Beijing on Sunday for talks with Wang Yi.', '2023-06-16');
    expect(plan.meetings[0]).toMatchObject({ status: 'planned' });
  });

  it('keeps talks held on the sidelines of a summit apart from it, one meeting per counterpart of bilateral talks', () => {
    const body = 'Indonesian President Joko Widodo on Tuesday opened a summit of Southeast Asian leaders in Jakarta. On the sidelines of the summit, Widodo held bilateral talks with Malaysian Prime Minister Anwar Ibrahim and with Philippine President Ferdinand Marcos.';
    const { meetings } = extract(body, '2023-09-05');
    // Those he met on its sidelines were at the summit too.
    expect(meetings.map((meeting) => [meeting.kind, meeting.participants])).toEqual([
      ['summit', ['Joko Widodo', 'Anwar Ibrahim', 'Ferdinand Marcos']],
      ['bilateral talks', ['Joko Widodo', 'Anwar Ibrahim']],
      ['bilateral talks', ['Joko Widodo', 'Ferdinand Marcos']],
    ]);
  });

  it('does not fold talks with someone new into a summit one person was reported attending', () => {
    const body = [
      'HIROSHIMA, May 20 (Kyodo) -- Brazilian President Luiz Inacio Lula da Silva arrived in Hiroshima on Saturday to take part in the Group of Seven summit as a guest.',
      'Lula flew in from Tokyo, where he had addressed a business forum on Friday.',
      'Hours after his arrival, Lula held talks with Indian Prime Minister Narendra Modi.',
    ].join('\n\n');
    const { meetings } = extract(body, '2023-05-20');
    expect(meetings.map((meeting) => [meeting.kind, meeting.participants])).toEqual([
      ['summit', ['Luiz Inacio Lula da Silva', 'Narendra Modi']],
      ['bilateral talks', ['Luiz Inacio Lula da Silva', 'Narendra Modi']],
    ]);
  });

  it('finds a call told as "spoke to X by telephone"', () => {
    const { meetings } = extract('French President Emmanuel Macron spoke to Chinese President Xi Jinping by telephone on Thursday.', '2023-02-10');
    expect(meetings[0]).toMatchObject({ kind: 'phone call', cameo: '041', participants: ['Emmanuel Macron', 'Xi Jinping'], date: '2023-02-09' });
  });

  it('dates a later encounter of someone who met others that day by the lead, without dating an older encounter it repeats', () => {
    const lead = 'ROME, Oct 3 (AFP) - German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.';
    const filler = ' They discussed migration. Both spoke of energy. Trade came up too. Scholz praised the talks. Meloni agreed.';
    const later = '\n\nScholz was also received by President Sergio Mattarella at the Quirinal Palace.';
    const { meetings } = extract(lead + filler + later, '2023-10-03');
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Olaf Scholz', 'Sergio Mattarella'], date: '2023-10-03' }));
    // The same loose day must not date an encounter told as years before.
    const older = '\n\nScholz and Meloni first met in Bali in 2022. Scholz, who traveled to Italy by train, was accompanied by aides.';
    const repeat = extract(lead + filler + older, '2023-10-03').meetings.find((meeting) => meeting.location === 'Bali');
    expect(repeat?.date ?? null).toBeNull();
  });

  it('takes the place a "where" clause stands for', () => {
    const { meetings } = extract('Brazilian President Luiz Inacio Lula da Silva travels on Wednesday to Montevideo, where he is due to meet Uruguayan President Luis Lacalle Pou.', '2023-01-23');
    expect(meetings).toEqual([expect.objectContaining({ participants: ['Luiz Inacio Lula da Silva', 'Luis Lacalle Pou'], location: 'Montevideo', date: '2023-01-25', status: 'planned' })]);
  });

  it('places a planned meeting told after someone "left for" a city there', () => {
    const body = 'Indian Prime Minister Narendra Modi left for Kathmandu on Friday evening. He will hold talks with Nepalese Prime Minister Pushpa Kamal Dahal on Saturday.';
    const { meetings } = extract(body, '2023-06-02');
    expect(meetings).toEqual([expect.objectContaining({ participants: ['Narendra Modi', 'Pushpa Kamal Dahal'], location: 'Kathmandu', date: '2023-06-03', status: 'planned' })]);
  });

  it('places talks planned at a summit on its days where the summit is, but not a planned visit', () => {
    const body = 'MANILA (AP) — Philippine President Ferdinand Marcos opened a summit of Southeast Asian leaders in Manila on Tuesday. Japanese Prime Minister Fumio Kishida is set to hold talks with Marcos on Wednesday. Marcos will then visit Vietnam on Thursday.';
    const { meetings } = extract(body, '2023-09-05');
    expect(meetings.find((meeting) => meeting.participants.includes('Fumio Kishida'))).toMatchObject({ location: 'Manila', date: '2023-09-06', status: 'planned' });
    expect(meetings.find((meeting) => meeting.kind === 'visit')).toMatchObject({ location: null, countries: expect.arrayContaining(['Vietnam']) });
  });

  it('adds those a meeting "brought together" to it, but not a host when it names only countries', () => {
    const named = 'NEW YORK (AP) — U.S. President Joe Biden met Central Asian leaders in New York on Tuesday for a summit. The meeting brought together President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev.';
    expect(extract(named, '2023-09-19').meetings).toEqual([expect.objectContaining({ participants: ['Joe Biden', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], countries: ['United States', 'Kazakhstan', 'Uzbekistan'] })]);
    const countries = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Samarkand on Thursday. The summit, hosted by Uzbek President Shavkat Mirziyoyev, brought together leaders of China, Russia and India.';
    expect(extract(countries, '2022-09-16').meetings.map((meeting) => meeting.participants)).toEqual([['Vladimir Putin', 'Xi Jinping']]);
  });

  it('takes a journey to a city as the place of the meeting that follows it, and the traveller as one of "the two sides"', () => {
    const body = [
      'BANGKOK, Apr 4 (PTI) - Indian Prime Minister Narendra Modi held talks with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Friday.',
      'Modi left for Colombo later in the day. He will hold talks with Sri Lankan President Anura Kumara Dissanayake on Saturday, and the two sides are expected to sign a defence pact.',
    ].join('\n\n');
    const { meetings } = extract(body, '2025-04-04');
    expect(meetings.map((meeting) => [meeting.participants, meeting.location, meeting.date, meeting.status])).toEqual([
      [['Narendra Modi', 'Paetongtarn Shinawatra'], 'Bangkok', '2025-04-04', 'held'],
      [['Narendra Modi', 'Anura Kumara Dissanayake'], 'Colombo', '2025-04-05', 'planned'],
    ]);
  });

  it('does not report a journey that no meeting follows', () => {
    expect(extract('Japanese Prime Minister Fumio Kishida left for Osaka on Friday evening. Trade will top the agenda.', '2025-04-04').meetings).toEqual([]);
  });

  it('gathers a summit\'s attendees told several sentences later, "among the leaders at the summit" and who chaired it', () => {
    const body = [
      'Pacific leaders agreed on a climate fund as their annual meeting in Nuku\'alofa drew to a close on Friday.',
      'The final statement called for faster cuts in emissions.',
      'Fiji\'s Prime Minister Sitiveni Rabuka, who chaired the meeting, said the region could not wait.',
      'Ministers also discussed fisheries. Observers praised the tone.',
      'Australian Prime Minister Anthony Albanese was among the leaders at the summit, which began on Monday.',
    ].join('\n\n');
    expect(extract(body, '2024-08-30').meetings).toEqual([expect.objectContaining({ kind: 'summit', participants: ['Sitiveni Rabuka', 'Anthony Albanese'], location: "Nuku'alofa" })]);
  });

  it('keeps a summit someone is due to attend when none was told before', () => {
    const { meetings } = extract('German Chancellor Olaf Scholz is due to attend the summit of the Group of 20 in Rio de Janeiro next week.', '2024-11-15');
    expect(meetings).toEqual([expect.objectContaining({ kind: 'summit', participants: ['Olaf Scholz'], location: 'Rio de Janeiro', status: 'planned' })]);
  });

  it('resolves "He also met" to the one who held the encounter just told, not to the last speaker', () => {
    const body = 'Ukrainian President Volodymyr Zelensky held talks with Indian Prime Minister Narendra Modi on Saturday. Modi told him India would help.\n\nHe also met British Prime Minister Rishi Sunak and Italian Prime Minister Giorgia Meloni.';
    expect(extract(body, '2023-05-20').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Volodymyr Zelensky', 'Narendra Modi'],
      ['Volodymyr Zelensky', 'Rishi Sunak'],
      ['Volodymyr Zelensky', 'Giorgia Meloni'],
    ]);
  });

  it('reads "spent more than two hours in … rooms in Muscat" as an encounter of its subjects', () => {
    const body = 'Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff spent more than two hours in separate rooms in Muscat on Saturday.';
    expect(extract(body, '2025-04-12').meetings).toEqual([expect.objectContaining({ participants: ['Abbas Araghchi', 'Steve Witkoff'], location: 'Muscat', date: '2025-04-12' })]);
  });

  it('reads "spent hours with A on Sunday and with B on Monday" as two encounters, each on its day', () => {
    const body = 'U.S. Secretary of State Antony Blinken spent hours with Foreign Minister Qin Gang on Sunday and with top diplomat Wang Yi on Monday in Beijing.';
    expect(extract(body, '2023-06-19').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Antony Blinken', 'Qin Gang'], '2023-06-18'],
      [['Antony Blinken', 'Wang Yi'], '2023-06-19'],
    ]);
  });

  it('dates a planned encounter by the day it is "scheduled for", not by the nearer day of the journey', () => {
    const body = 'South Korean President Lee Jae Myung will leave for Washington on Sunday for his first summit with U.S. President Donald Trump, scheduled for Monday at the White House.';
    expect(extract(body, '2025-08-23').meetings).toEqual([expect.objectContaining({ participants: ['Lee Jae Myung', 'Donald Trump'], date: '2025-08-25', status: 'planned' })]);
  });

  it('reads "talked for nearly three hours" as talks, dated by their own day and not by a later "said Saturday"', () => {
    const body = 'ANCHORAGE, Alaska (AP) — President Donald Trump and Russian President Vladimir Putin ended their first meeting in six years without a deal, and the Ukrainian leader said Saturday he would travel to Washington.\n\nThe two presidents talked for nearly three hours on Friday at Joint Base Elmendorf-Richardson.';
    expect(extract(body, '2025-08-16').meetings.filter((meeting) => meeting.participants.length === 2)).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Vladimir Putin'], date: '2025-08-15', location: 'Joint Base Elmendorf-Richardson' }),
    ]);
  });

  it('splits ", and X is also expected to meet him" into an encounter of its own, "him" not being X', () => {
    const body = 'Prime Minister Kishida Fumio is set to hold talks with Ukrainian President Volodymyr Zelensky on Sunday, and U.S. President Joe Biden is also expected to meet him that day.';
    expect(extract(body, '2023-05-20').meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([
      [['Kishida Fumio', 'Volodymyr Zelensky'], 'planned'],
      [['Joe Biden', 'Volodymyr Zelensky'], 'planned'],
    ]);
  });

  it('resolves "The Prime Minister" written with capitals to its holder, and "with A and with B" to two encounters', () => {
    const body = 'Indian Prime Minister Narendra Modi arrived on Friday. The Prime Minister also held talks with his Nepalese counterpart K P Sharma Oli and with Myanmar\'s military leader, Senior General Min Aung Hlaing.';
    expect(extract(body, '2025-04-04').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Narendra Modi', 'K P Sharma Oli'],
      ['Narendra Modi', 'Min Aung Hlaing'],
    ]);
  });

  it('leaves spouses and the source of the report out of the parties', () => {
    const dinner = 'U.S. President Joe Biden and First Lady Jill Biden were to host Kenyan President William Ruto and his wife Rachel Ruto at a state dinner on Thursday.';
    expect(extract(dinner, '2024-05-23').meetings).toEqual([expect.objectContaining({ participants: ['Joe Biden', 'William Ruto'], status: 'planned' })]);
    // 327: "Obama welcomed Trudeau and his wife, Sophie Gregoire Trudeau, at an arrival ceremony": the comma of an apposition.
    const arrival = 'U.S. President Barack Obama welcomed Canadian Prime Minister Justin Trudeau and his wife, Sophie Gregoire Trudeau, at the White House on Thursday.';
    expect(extract(arrival, '2016-03-10').meetings.map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Justin Trudeau']]);
    const source = 'Indian Prime Minister Narendra Modi will travel to Qatar on Wednesday for talks with Emir Sheikh Tamim bin Hamad Al Thani, Foreign Secretary Vinay Kwatra said.';
    expect(extract(source, '2024-02-13').meetings.map((meeting) => meeting.participants)).toEqual([['Narendra Modi', 'Tamim bin Hamad Al Thani']]);
  });

  it('reads a courtesy call and a meeting held after it as two encounters, but not "called on X to"', () => {
    const body = 'Maldives President Mohamed Muizzu called on President Droupadi Murmu and held a meeting with External Affairs Minister S Jaishankar on Sunday.';
    expect(extract(body, '2024-10-06').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Mohamed Muizzu', 'Droupadi Murmu'],
      ['Mohamed Muizzu', 'S Jaishankar'],
    ]);
    expect(extract('German Chancellor Olaf Scholz called on President Vladimir Putin to withdraw his troops.', '2024-11-15').meetings).toEqual([]);
  });

  it('takes the leaders a report names while it tells a summit as its participants, but not those away or elsewhere', () => {
    const body = [
      'JOHANNESBURG, Aug 24 (Reuters) - South African President Cyril Ramaphosa, hosting the group\'s summit in Johannesburg, announced the decision on Thursday.',
      'Chinese President Xi Jinping welcomed the step. Indian Prime Minister Narendra Modi also backed it.',
      'Russian President Vladimir Putin took part by video link. Foreign Minister Sergei Lavrov led Russia\'s delegation in person.',
      'Foreign Minister Wang Yi was also there.',
      'In Riyadh, Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would study the invitation. Argentine President Alberto Fernandez welcomed it.',
    ].join('\n\n');
    expect(extract(body, '2023-08-24').meetings).toEqual([
      expect.objectContaining({ kind: 'summit', participants: ['Cyril Ramaphosa', 'Xi Jinping', 'Narendra Modi', 'Sergei Lavrov'], location: 'Johannesburg' }),
    ]);
  });

  it('reads "joined X and Y for a working dinner", taking in the meeting told before of their countries', () => {
    const body = 'LONDON, Feb 9 (AFP) - Ukrainian President Volodymyr Zelensky visited Britain on Wednesday before flying to Paris for talks with the French and German leaders.\n\nIn Paris, he joined French President Emmanuel Macron and German Chancellor Olaf Scholz for a working dinner at the Elysee Palace on Wednesday evening.';
    const meetings = extract(body, '2023-02-09').meetings.filter((meeting) => meeting.location !== 'London');
    expect(meetings).toEqual([
      expect.objectContaining({ participants: ['Volodymyr Zelensky', 'Emmanuel Macron', 'Olaf Scholz'], date: '2023-02-08', location: 'Élysée Palace' }),
    ]);
  });

  it('keeps an encounter "later in the day" with others apart from the one told before', () => {
    const body = 'BEIJING, April 6 (AFP) - French President Emmanuel Macron held talks with Chinese President Xi Jinping on Thursday.\n\nMacron was joined later in the day by European Commission President Ursula von der Leyen for a meeting with Xi.';
    expect(extract(body, '2023-04-06').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Emmanuel Macron', 'Xi Jinping'],
      ['Emmanuel Macron', 'Ursula von der Leyen', 'Xi Jinping'],
    ]);
  });

  it('keeps an earlier encounter the report recalls apart from the day\'s, and a figure of the past out of the parties', () => {
    // 017: "Earlier on Monday, the Australian leader visited the Temple of Heaven, retracing the steps of former Prime
    // Minister Gough Whitlam, …" and "The two leaders last met in Bali on the sidelines of the G20 summit in November last year."
    const body = [
      'BEIJING, Nov 6 (AFP) - Australian Prime Minister Anthony Albanese held talks with Chinese President Xi Jinping in Beijing on Monday.',
      'Earlier on Monday, the Australian leader visited the Temple of Heaven, retracing the steps of former Prime Minister Gough Whitlam.',
      'The two leaders last met in Bali on the sidelines of the G20 summit in November last year.',
    ].join('\n\n');
    expect(extract(body, '2023-11-06').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Anthony Albanese', 'Xi Jinping'], '2023-11-06', 'Beijing'],
      [['Anthony Albanese', 'Xi Jinping'], null, 'Bali'],
    ]);
  });

  it('reads "the two leaders" told before any encounter as the last two leaders named', () => {
    // 123: "… Johnson and Varadkar … ¶ The two leaders met for nearly three hours at Thornton Manor"
    const body = [
      'LIVERPOOL, England (Reuters) - British Prime Minister Boris Johnson and Irish Prime Minister Leo Varadkar said on Thursday they could see a pathway to a deal.',
      'Their aides briefed Michel Barnier afterwards.',
      'The two leaders met for nearly three hours at Thornton Manor.',
    ].join('\n\n');
    expect(extract(body, '2019-10-10').meetings.map((meeting) => meeting.participants)).toEqual([['Boris Johnson', 'Leo Varadkar']]);
  });

  it('dates talks held "the same day" by the day the sentence before told', () => {
    // 122: "Abiy flew into Asmara on Sunday, … embraced on the tarmac by Isaias … ¶ The two men held talks the same day"
    const body = [
      'ASMARA, July 9 (AFP) - Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration on Monday.',
      'Abiy flew into Asmara on Sunday and was embraced on the tarmac by Isaias.',
      'The two men held talks the same day.',
    ].join('\n\n');
    expect(extract(body, '2018-07-09').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Abiy Ahmed', 'Isaias Afwerki'], '2018-07-09'],
      [['Abiy Ahmed', 'Isaias Afwerki'], '2018-07-08'],
    ]);
  });

  it('leaves the subject of a case raised and a likeness out of the parties', () => {
    // 125: "he confronted Saudi Crown Prince Mohammed bin Salman over the killing of journalist Jamal Khashoggi, as the two men met"
    const jeddah = 'JEDDAH, Saudi Arabia (AP) — President Joe Biden said Friday that he confronted Saudi Crown Prince Mohammed bin Salman over the killing of journalist Jamal Khashoggi, as the two men met for the first time.';
    expect(extract(jeddah, '2022-07-15').meetings.map((meeting) => meeting.participants)).toEqual([['Joe Biden', 'Mohammed bin Salman']]);
    // 130: "Biden said as he sat down with Trong at the party's headquarters, beneath a bust of revolutionary leader Ho Chi Minh."
    const hanoi = 'HANOI (AFP) - US President Joe Biden held talks with Communist Party chief Nguyen Phu Trong on Sunday beneath a bust of revolutionary leader Ho Chi Minh.';
    expect(extract(hanoi, '2023-09-10').meetings.map((meeting) => meeting.participants)).toEqual([['Joe Biden', 'Nguyen Phu Trong']]);
  });

  it('reads a conversation "over dinner" as an encounter, placed at a venue named with its owner', () => {
    // 134: "Trudeau says he had an "excellent conversation" with Donald Trump over dinner at the president-elect's Mar-a-Lago estate"
    const body = 'PALM BEACH, Fla. — Prime Minister Justin Trudeau says he had an "excellent conversation" with Donald Trump over dinner on Friday at the president-elect\'s Mar-a-Lago estate.';
    expect(extract(body, '2024-11-30').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Justin Trudeau', 'Donald Trump'], '2024-11-29', 'Mar-a-Lago'],
    ]);
  });

  it('reads "agreed in a phone call on Monday to restore relations" as the call, unlike "called on X to"', () => {
    // 137: "Macron and his Algerian counterpart Abdelmadjid Tebboune agreed in a phone call on Monday to restore relations"
    const body = 'French President Emmanuel Macron and his Algerian counterpart Abdelmadjid Tebboune agreed in a phone call on Monday to restore relations.';
    expect(extract(body, '2025-04-01').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind])).toEqual([
      [['Emmanuel Macron', 'Abdelmadjid Tebboune'], '2025-03-31', 'phone call'],
    ]);
    expect(extract('French President Emmanuel Macron called on Algerian President Abdelmadjid Tebboune to release the writer.', '2025-04-01').meetings).toEqual([]);
  });

  it('takes the building from another sentence that names two parties there', () => {
    const body = 'BEIJING (AP) — Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Monday.\n\n"Progress has been made," Xi told Blinken at the Great Hall of the People.';
    expect(extract(body, '2023-06-19').meetings).toEqual([expect.objectContaining({ participants: ['Xi Jinping', 'Antony Blinken'], location: 'Great Hall of the People', city: 'Beijing' })]);
  });

  it('adds the host of "the meeting, hosted by X" to it', () => {
    const body = 'ANTALYA, Turkey (AP) — Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister Dmytro Kuleba on Thursday.\n\nThe meeting, hosted by Turkish Foreign Minister Mevlut Cavusoglu, lasted 90 minutes.';
    expect(extract(body, '2022-03-10').meetings.map((meeting) => meeting.participants)).toEqual([['Sergei Lavrov', 'Dmytro Kuleba', 'Mevlut Cavusoglu']]);
  });

  it('reads "the agreement was signed in Pretoria by X and Y" as their encounter', () => {
    const body = 'Ethiopia and Tigray forces agreed to a truce, African Union mediators said on Wednesday.\n\nThe agreement was signed in Pretoria by Redwan Hussien, representing the federal government, and Getachew Reda.';
    expect(extract(body, '2022-11-02').meetings).toEqual([expect.objectContaining({ participants: ['Redwan Hussien', 'Getachew Reda'], location: 'Pretoria', date: '2022-11-02' })]);
  });

  it('names the delegates of talks first told by their countries', () => {
    const body = [
      'ISTANBUL (AP) — Russian and Ukrainian negotiators held talks in Istanbul on Tuesday.',
      'Vladimir Medinsky, head of the Russian delegation, described the talks as constructive. He said the proposals would be passed on to President Vladimir Putin.',
      'The Ukrainian delegation, led by David Arakhamia, proposed a neutral status.',
    ].join('\n\n');
    expect(extract(body, '2022-03-29').meetings).toEqual([expect.objectContaining({ participants: ['Vladimir Medinsky', 'David Arakhamia'], countries: ['Russia', 'Ukraine'], location: 'Istanbul' })]);
  });

  it('finds calls told as "spoke on Monday with" and "plans to speak by phone with"', () => {
    const body = 'U.S. President Joe Biden spoke on Monday with French President Emmanuel Macron and German Chancellor Angela Merkel. Biden also plans to speak by phone with Ukrainian President Volodymyr Zelenskyy on Thursday.';
    expect(extract(body, '2021-12-07').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.status])).toEqual([
      ['phone call', ['Joe Biden', 'Emmanuel Macron', 'Angela Merkel'], '2021-12-06', 'held'],
      ['phone call', ['Joe Biden', 'Volodymyr Zelenskyy'], '2021-12-09', 'planned'],
    ]);
  });

  it('takes the lead\'s day of news from its dates, past a deadline named before it', () => {
    const body = 'WASHINGTON (AA) - Egypt, Ethiopia and Sudan agreed to reach a deal by Jan. 15, following talks yesterday.\n\nEgyptian Foreign Minister Sameh Shoukry and his Ethiopian counterpart Gedu Andargachew met at the Treasury Department.';
    expect(extract(body, '2019-11-07').meetings).toContainEqual(expect.objectContaining({ participants: ['Sameh Shoukry', 'Gedu Andargachew'], date: '2019-11-06' }));
  });

  it('takes the building of "the talks at Villa La Grange" told after the encounter for its place', () => {
    const body = 'GENEVA (AP) — U.S. President Joe Biden and Russian President Vladimir Putin met in Geneva on Wednesday.\n\nThe talks at Villa La Grange, a mansion by the lake, lasted less than four hours.';
    expect(extract(body, '2021-06-16').meetings).toEqual([expect.objectContaining({ participants: ['Joe Biden', 'Vladimir Putin'], location: 'Villa La Grange', city: 'Geneva' })]);
  });

  it('takes a building named just before the meeting word as its place', () => {
    const body = 'WASHINGTON (AP) — President Donald Trump berated Ukrainian President Volodymyr Zelenskyy in an extraordinary Oval Office meeting on Friday.';
    expect(extract(body, '2025-02-28').meetings).toEqual([expect.objectContaining({ participants: ['Donald Trump', 'Volodymyr Zelenskyy'], location: 'Oval Office', date: '2025-02-28' })]);
  });

  it('adds the one "who hosted the summit" to it, but not one who "co-hosted the meeting with" someone', () => {
    const body = 'MONTEVIDEO (Reuters) - European Commission President Ursula von der Leyen announced the deal at a summit of leaders in Montevideo on Friday.\n\nUruguay\'s Luis Lacalle Pou, who hosted the summit, called it a historic day. Paraguayan President Santiago Pena also attended.';
    expect(extract(body, '2024-12-06').meetings).toEqual([expect.objectContaining({ kind: 'summit', participants: ['Luis Lacalle Pou', 'Santiago Pena'], location: 'Montevideo' })]);
    const cohost = 'SUVA (Reuters) - Chinese Foreign Minister Wang Yi co-hosted the meeting with Fiji\'s Prime Minister Frank Bainimarama in Suva on Monday.';
    expect(extract(cohost, '2022-05-31').meetings.map((meeting) => meeting.participants)).toEqual([['Wang Yi', 'Frank Bainimarama']]);
  });

  it('takes the building where the encounter\'s own sentence says the talks were held', () => {
    const body = 'KYIV (Reuters) - French President Emmanuel Macron and German Chancellor Friedrich Merz visited Kyiv on Saturday.\n\nThey were met by Ukrainian President Volodymyr Zelenskiy and laid wreaths at a memorial, before holding talks at the Mariinskyi Palace.';
    expect(extract(body, '2025-05-10').meetings).toEqual([
      expect.objectContaining({ participants: ['Emmanuel Macron', 'Friedrich Merz', 'Volodymyr Zelenskiy'], location: 'Mariinskyi Palace', city: 'Kyiv' }),
    ]);
  });

  it('does not date an encounter by the day of another event: "the April 28 federal election"', () => {
    // 2025-03-29 was a Saturday.
    const body = 'OTTAWA — Prime Minister Mark Carney said he and U.S. President Donald Trump held a phone call on Friday, and that their ministers would meet right after the April 28 federal election.';
    const { meetings } = extract(body, '2025-03-29');
    expect(meetings.find((meeting) => meeting.kind === 'phone call')).toMatchObject({ participants: ['Mark Carney', 'Donald Trump'], date: '2025-03-28', status: 'held' });
    expect(meetings.some((meeting) => meeting.date === '2025-04-28')).toBe(false);
  });

  it('gives no day to a meeting whose date is not yet set', () => {
    const body = 'French Foreign Minister Jean-Noël Barrot will meet his Algerian counterpart Ahmed Attaf in Algiers on April 6. French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune also agreed to meet in person at a date that has not yet been set.';
    const meeting = extract(body, '2025-03-31').meetings.find((found) => found.participants.includes('Abdelmadjid Tebboune'));
    expect(meeting).toMatchObject({ status: 'planned', date: null });
  });

  it('keeps a when-clause after an earlier encounter in the past, with that encounter', () => {
    const body = 'BEIJING (dpa) - German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday. Scholz last visited Xi in November 2022, when he became the first G7 leader to travel to Beijing after the pandemic.';
    const { meetings } = extract(body, '2024-04-16');
    expect(meetings.filter((meeting) => meeting.status === 'planned')).toEqual([]);
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Olaf Scholz', 'Xi Jinping'], date: null, location: 'Beijing', status: 'held' }));
  });

  it('keeps "the last meeting … in November 2024 in Lima" apart from the day\'s talks', () => {
    const body = 'GYEONGJU, South Korea, Oct. 31 Kyodo - Japanese Prime Minister Sanae Takaichi and Chinese President Xi Jinping held talks on Friday. The last meeting between the leaders of Japan and China took place in November 2024 in Lima, when Xi met Takaichi\'s predecessor Shigeru Ishiba.';
    const talks = extract(body, '2025-10-31').meetings.find((meeting) => meeting.date === '2025-10-31');
    expect(talks).toMatchObject({ participants: ['Sanae Takaichi', 'Xi Jinping'], location: 'Gyeongju' });
  });

  it('places talks at the building a later "the talks at …" names, whoever else that sentence names', () => {
    const body = 'Beijing (dpa) - German Chancellor Olaf Scholz pressed Chinese President Xi Jinping on Tuesday to use his influence on Moscow, as the two leaders met in Beijing for more than three hours.\n\nThe talks at the Diaoyutai State Guesthouse, which included a walk in the grounds and a lunch, were the high point of the chancellor\'s three-day trip to China, his second since taking office. Scholz last visited Xi in November 2022, when he became the first G7 leader to travel to Beijing after the pandemic.';
    expect(extract(body, '2024-04-16').meetings[0]).toMatchObject({ participants: ['Olaf Scholz', 'Xi Jinping'], location: 'Diaoyutai State Guesthouse', city: 'Beijing' });
  });

  it('reads an unlisted place whole, not cut at a fixed width', () => {
    const body = 'OTTAWA — Foreign Affairs Minister Mélanie Joly hosted Secretary of State Marco Rubio at a meeting of G7 foreign ministers in Charlevoix, Que., earlier this month.';
    expect(extract(body, '2025-03-28').meetings[0]).toMatchObject({ participants: ['Mélanie Joly', 'Marco Rubio'], location: 'Charlevoix' });
  });

  it('makes a visit of each stop of a tour, the day told going to the first', () => {
    // 2022-05-31 was a Tuesday.
    const body = "SUVA (Reuters) - Chinese Foreign Minister Wang Yi met Fiji's Prime Minister Frank Bainimarama in Suva on Monday. Wang's 10-day tour has already taken him to the Solomon Islands, Kiribati and Samoa. He travels on to Tonga on Tuesday, followed by Vanuatu, Papua New Guinea and Timor-Leste.";
    const visits = extract(body, '2022-05-31').meetings.filter((meeting) => meeting.kind === 'visit');
    const stops = (status: string): [string, string | null][] =>
      visits.filter((visit) => visit.status === status).map((visit) => [visit.countries.find((country) => country !== 'China') ?? '', visit.date]);
    expect(visits.every((visit) => visit.participants.join() === 'Wang Yi' && visit.location === null)).toBe(true);
    expect(stops('held')).toEqual([['Solomon Islands', null], ['Kiribati', null], ['Samoa', null]]);
    expect(stops('planned')).toEqual([['Tonga', '2022-05-31'], ['Vanuatu', null], ['Papua New Guinea', null], ['Timor-Leste', null]]);
  });

  it('makes separate talks "with each of the visiting presidents" one meeting per guest of the summit', () => {
    const body = "XI'AN, May 19 (UPI) -- Chinese President Xi Jinping on Friday concluded a summit with Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov in Xi'an.\n\nXi also held separate talks with each of the visiting presidents before the summit, state media said.";
    const talks = extract(body, '2023-05-19').meetings.filter((meeting) => meeting.kind !== 'summit');
    expect(talks.map((meeting) => meeting.participants)).toEqual([
      ['Xi Jinping', 'Kassym-Jomart Tokayev'],
      ['Xi Jinping', 'Shavkat Mirziyoyev'],
      ['Xi Jinping', 'Sadyr Japarov'],
    ]);
    expect(talks.every((meeting) => meeting.kind === 'bilateral talks' && meeting.status === 'held')).toBe(true);
  });

  it('takes "the leaders of Mexico, the United States and Canada" to the leaders the article names, and "what he called" for no call', () => {
    const body = "Mexico City, Jan 10 (EFE).- The leaders of Mexico, the United States and Canada met on Tuesday at the National Palace in Mexico City, a day after Mexican President Andrés Manuel López Obrador urged his US counterpart Joe Biden to end what he called Washington's neglect of Latin America.\n\nLópez Obrador, Biden and Canadian Prime Minister Justin Trudeau discussed migration.";
    const extraction = extract(body, '2023-01-10');
    expect(extraction.meetings.map((meeting) => meeting.kind)).not.toContain('phone call');
    expect(extraction.meetings[0]).toMatchObject({ participants: ['Andrés Manuel López Obrador', 'Joe Biden', 'Justin Trudeau'], date: '2023-01-10', location: 'Palacio Nacional' });
    // The venue keeps the form the text gave it.
    expect(extraction.locations.find((location) => location.name === 'Palacio Nacional')?.aliases).toEqual(['National Palace']);
  });

  it('dates a planned summit by neither the day it was agreed on nor the dateline', () => {
    // 2024-05-27 was a Monday.
    const body = 'SEOUL, May 27 (Kyodo) -- The leaders of Japan, China and South Korea agreed Monday to hold their trilateral summit on a regular basis. Japanese Prime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean President Yoon Suk Yeol met in Seoul on Monday.';
    const { meetings } = extract(body, '2024-05-27');
    expect(meetings.find((meeting) => meeting.status === 'planned')).toMatchObject({ kind: 'summit', date: null, location: null });
    expect(meetings.find((meeting) => meeting.status === 'held')).toMatchObject({ participants: ['Fumio Kishida', 'Li Qiang', 'Yoon Suk Yeol'], date: '2024-05-27', location: 'Seoul' });
  });

  it('gives each of two verbs its own counterpart, place and day', () => {
    // 2022-03-28 was a Monday.
    const body = 'JERUSALEM (AP) - U.S. Secretary of State Antony Blinken met Palestinian President Mahmoud Abbas in Ramallah during his trip and held talks in Jerusalem with Israeli Prime Minister Naftali Bennett on Sunday.';
    const { meetings } = extract(body, '2022-03-28');
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Antony Blinken', 'Mahmoud Abbas'], location: 'Ramallah', date: null }));
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Antony Blinken', 'Naftali Bennett'], location: 'Jerusalem', date: '2022-03-27' }));
  });

  it('takes "the prime minister" to the last prime minister named, not to the last minister', () => {
    const body = 'KAZAN, Oct 23 (PTI) - Prime Minister Narendra Modi and Chinese President Xi Jinping held talks on Wednesday. Foreign Minister Wang Yi represents China in the border mechanism. The prime minister also met Iranian President Masoud Pezeshkian on Wednesday.';
    expect(extract(body, '2024-10-23').meetings).toContainEqual(expect.objectContaining({ participants: ['Narendra Modi', 'Masoud Pezeshkian'], date: '2024-10-23' }));
  });

  it('reads a leaders\' call and the encounters told around it apart', () => {
    // 2025-08-08 was a Friday.
    const body = [
      'New Delhi, August 8 (ANI): Prime Minister Narendra Modi on Friday held a telephone conversation with Russian President Vladimir Putin.',
      'Putin informed Modi about the outcome of his meeting in Moscow on Wednesday with US special envoy Steve Witkoff.',
      'The call came a day after National Security Adviser Ajit Doval met Putin in the Kremlin. Doval, who was in Moscow on a previously scheduled visit, discussed energy cooperation.',
      'The two leaders also met on the sidelines of the BRICS summit in Kazan last October.',
    ].join('\n\n');
    const { meetings } = extract(body, '2025-08-08');
    expect(meetings).toContainEqual(expect.objectContaining({ kind: 'phone call', participants: ['Narendra Modi', 'Vladimir Putin'], date: '2025-08-08', location: null }));
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Vladimir Putin', 'Steve Witkoff'], date: '2025-08-06', location: 'Moscow' }));
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Ajit Doval', 'Vladimir Putin'], date: '2025-08-07', location: 'Kremlin' }));
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Narendra Modi', 'Vladimir Putin'], date: null, location: 'Kazan' }));
    expect(meetings.filter((meeting) => meeting.status === 'planned')).toEqual([]);
  });

  it('keeps the summit one encounter when "the two leaders" meet at a venue on the sidelines of another gathering', () => {
    // 2025-10-30 was a Thursday.
    const body = 'BUSAN, Oct. 30 (Yonhap) -- U.S. President Donald Trump and Chinese President Xi Jinping held a summit on Thursday. The two leaders met for about 100 minutes at Gimhae Air Base in Busan, on the sidelines of the Asia-Pacific Economic Cooperation forum.';
    const held = extract(body, '2025-10-30').meetings.filter((meeting) => meeting.status === 'held');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ participants: ['Donald Trump', 'Xi Jinping'], date: '2025-10-30' });
  });

  it('keeps visits to different countries apart and leaves the one who says it out of "their" meeting', () => {
    // 2022-09-14 was a Wednesday.
    const body = 'U.S. President Donald Trump said he would visit China in April, and that Chinese President Xi Jinping would make a reciprocal visit to the United States. Kremlin aide Yuri Ushakov said Xi would meet Russian President Vladimir Putin in Samarkand on Thursday, their first face-to-face meeting since February.';
    const { meetings } = extract(body, '2022-09-14');
    expect(meetings.filter((meeting) => meeting.kind === 'visit').map((meeting) => meeting.countries.at(-1))).toEqual(['China', 'United States']);
    expect(meetings.filter((meeting) => meeting.participants.includes('Yuri Ushakov'))).toEqual([]);
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Xi Jinping', 'Vladimir Putin'], location: 'Samarkand', date: '2022-09-15', status: 'planned' }));
  });

  it('gathers everyone a when-clause names at the earlier encounter it dates, leaving out whose predecessor one was', () => {
    const damascus = "DAMASCUS, May 3, 2023 (AFP) - Iranian President Ebrahim Raisi held talks with Syrian President Bashar al-Assad in Damascus on Wednesday. Assad himself travelled to Tehran in May last year, when he met Raisi and supreme leader Ayatollah Ali Khamenei.";
    expect(extract(damascus, '2023-05-03').meetings).toContainEqual(expect.objectContaining({ participants: ['Bashar al-Assad', 'Ebrahim Raisi', 'Ali Khamenei'], location: 'Tehran', date: null, status: 'held' }));
    const lima = "GYEONGJU, South Korea, Oct. 31 Kyodo - Japanese Prime Minister Sanae Takaichi and Chinese President Xi Jinping held talks on Friday. The last meeting between the leaders of Japan and China took place in November 2024 in Lima, when Xi met Takaichi's predecessor Shigeru Ishiba.";
    expect(extract(lima, '2025-10-31').meetings).toContainEqual(expect.objectContaining({ participants: ['Xi Jinping', 'Shigeru Ishiba'], location: 'Lima', date: null }));
  });

  it('reads a handover in person as an encounter, dated by the lead or "minutes earlier"', () => {
    // 2023-04-04 was a Tuesday.
    const body = [
      'BRUSSELS, April 4 (Reuters) - Finland became the 31st member of NATO on Tuesday.',
      "Finnish Foreign Minister Pekka Haavisto handed his country's accession documents to U.S. Secretary of State Antony Blinken at the alliance's headquarters in Brussels, the final formal step in a process that began less than a year ago.",
      "Minutes earlier, Turkish Foreign Minister Mevlut Cavusoglu had delivered Ankara's instrument of ratification to Blinken.",
      'Allied leaders are due to gather in the Lithuanian capital Vilnius in July for their annual summit.',
    ].join('\n\n');
    const { meetings } = extract(body, '2023-04-04');
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Pekka Haavisto', 'Antony Blinken'], date: '2023-04-04', location: 'Brussels' }));
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Mevlut Cavusoglu', 'Antony Blinken'], date: '2023-04-04' }));
    expect(meetings).toContainEqual(expect.objectContaining({ kind: 'summit', participants: [], location: 'Vilnius', status: 'planned' }));
  });

  it('places a meeting in "the West Bank town of Bethlehem" at the town, which the gazetteers do not list', () => {
    const extraction = extract('JEDDAH, Saudi Arabia (AP) — Earlier Friday, U.S. President Joe Biden met Palestinian President Mahmoud Abbas in the West Bank town of Bethlehem.', '2022-07-15');
    expect(extraction.meetings[0]).toMatchObject({ participants: ['Joe Biden', 'Mahmoud Abbas'], location: 'Bethlehem' });
    expect(extraction.locations.map((location) => location.name)).toContain('Bethlehem');
  });

  it('takes "the two leaders last met" to the pair of the day\'s encounter, and an encounter "since" which things stalled as past', () => {
    // 2025-10-30 was a Thursday.
    const busan = 'BUSAN, Oct. 30 (Yonhap) -- U.S. President Donald Trump and Chinese President Xi Jinping held a summit at Gimhae Air Base on Thursday. On Wednesday, Trump held talks in Gyeongju with South Korean President Lee Jae Myung. The two leaders last met in person in Osaka, Japan, on the sidelines of a Group of 20 summit in June 2019.';
    expect(extract(busan, '2025-10-30').meetings).toContainEqual(expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], date: null, location: 'Osaka' }));
    const dmz = 'PANMUNJOM (AP) - U.S. President Donald Trump met North Korean leader Kim Jong-un at the Demilitarized Zone on Sunday. Nuclear talks have been stalled since their second summit in Hanoi ended without agreement in February.';
    const meetings = extract(dmz, '2019-06-30').meetings;
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Donald Trump', 'Kim Jong-un'], date: null, location: 'Hanoi' }));
    expect(meetings.filter((meeting) => meeting.date === '2019-06-30')).toHaveLength(1);
  });

  it('gives a meeting of one, told in a later clause, the two the sentence opened with', () => {
    const body = 'WASHINGTON, May 6 (AFP) - Canadian Prime Minister Mark Carney told Donald Trump to his face on Tuesday that Canada would never be for sale, as the US president renewed his musings about making the country the 51st state during a cordial but pointed first meeting at the White House.';
    expect(extract(body, '2025-05-06').meetings).toContainEqual(expect.objectContaining({ participants: ['Mark Carney', 'Donald Trump'], date: '2025-05-06', location: 'White House' }));
  });

  it('places no encounter where what it was about happened, and gives talks "following" the sentence\'s one person', () => {
    const cairo = 'CAIRO (Ahram Online) - Egyptian President Abdel Fattah al-Sisi hosted a summit on Saturday on the war in Gaza.';
    expect(extract(cairo, '2023-10-21').meetings.every((meeting) => meeting.location !== 'Gaza')).toBe(true);
    const body = 'Cambodian Prime Minister Samdech Techo Hun Sen has voiced strong support for the ceasefire, following talks with Senior General Min Aung Hlaing in Nay Pyi Taw yesterday.';
    const { meetings, persons } = extract(body, '2022-01-08');
    expect(persons.map((person) => person.name)).toEqual(['Hun Sen', 'Min Aung Hlaing']);
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Hun Sen', 'Min Aung Hlaing'], date: '2022-01-07' }));
  });

  it('reads ", with whom she held a virtual meeting last month" as an earlier encounter with the one named before', () => {
    // 2021-06-07 was a Monday.
    const body = 'GUATEMALA CITY (AP) — Vice President Kamala Harris travels on Tuesday to Mexico City for talks with President Andrés Manuel López Obrador, with whom she held a virtual meeting last month.';
    const { meetings } = extract(body, '2021-06-07');
    expect(meetings).toContainEqual(expect.objectContaining({ participants: ['Kamala Harris', 'Andrés Manuel López Obrador'], date: '2021-06-08', location: 'Mexico City', status: 'planned' }));
    expect(meetings).toContainEqual(expect.objectContaining({ kind: 'video call', participants: ['Andrés Manuel López Obrador', 'Kamala Harris'], date: null, status: 'held' }));
  });

  it('reads "after receiving" and "spent half an hour alone with" as encounters, at a palace named in Spanish, not at Miraflores Locks', () => {
    const body = 'PANAMA CITY – President José Raúl Mulino said on Sunday that the canal was not in question after receiving U.S. Secretary of State Marco Rubio at the Palacio de las Garzas. Rubio later toured the Miraflores Locks.';
    const { meetings, locations } = extract(body, '2025-02-02');
    expect(meetings[0]).toMatchObject({ participants: ['José Raúl Mulino', 'Marco Rubio'], date: '2025-02-02', location: 'Palacio de las Garzas' });
    expect(locations.map((location) => location.name)).not.toContain('Miraflores Palace');
    const alone = extract('NEW DELHI (AP) - Indian Prime Minister Narendra Modi spent more than half an hour alone with Sri Lankan President Anura Kumara Dissanayake on Monday.', '2024-12-16');
    expect(alone.meetings[0]).toMatchObject({ participants: ['Narendra Modi', 'Anura Kumara Dissanayake'], date: '2024-12-16' });
  });

  it('gives "after hosting X and Y" the host named before, at "the Chancellery", and keeps a one-on-one apart', () => {
    const body = 'Berlin (PAP) - German Chancellor Olaf Scholz announced on Friday after hosting French President Emmanuel Macron and Polish Prime Minister Donald Tusk at the Chancellery that the three would buy more weapons for Ukraine. Before the trilateral talks, Scholz and Macron held a one-on-one meeting.';
    const { meetings } = extract(body, '2024-03-15');
    expect(meetings[0]).toMatchObject({ participants: ['Olaf Scholz', 'Emmanuel Macron', 'Donald Tusk'], date: '2024-03-15', location: 'Chancellery' });
    expect(meetings.map((meeting) => meeting.participants)).toContainEqual(['Olaf Scholz', 'Emmanuel Macron']);
  });

  it('gives a meeting whose clause names nobody the two the sentence opened with', () => {
    const body = "(Bloomberg) -- US Secretary of State Antony Blinken told China's top diplomat Wang Yi on Saturday that the flight of a surveillance balloon must never be repeated, in the first face-to-face meeting between senior officials of the two countries since the craft was shot down.";
    expect(extract(body, '2023-02-18').meetings).toEqual([expect.objectContaining({ participants: ['Antony Blinken', 'Wang Yi'], date: '2023-02-18' })]);
  });

  it('dates a held call told without a day by the next sentence that goes on about it', () => {
    // 2024-11-07 was a Thursday.
    const body = "Japan's Prime Minister Ishiba Shigeru has held his first phone conversation with US President-elect Donald Trump, and the two agreed to meet in person as soon as possible.\n\nThe talks took place on Thursday morning and lasted about five minutes.";
    const { meetings } = extract(body, '2024-11-07');
    expect(meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date])).toEqual([
      ['phone call', 'held', ['Ishiba Shigeru', 'Donald Trump'], '2024-11-07'],
      ['meeting', 'planned', ['Ishiba Shigeru', 'Donald Trump'], null],
    ]);
    // A sentence about something else leaves the call undated.
    const other = extract("Ishiba Shigeru has held his first phone conversation with Donald Trump.\n\nThe summit followed talks on Thursday.", '2024-11-07');
    expect(other.meetings[0]).toMatchObject({ kind: 'phone call', date: null });
  });

  it('gives a second verb of the sentence\'s subject its own encounter, on its own day', () => {
    // 2022-02-12 was a Saturday.
    const body = 'German Chancellor Olaf Scholz is due in Kyiv on Monday to meet Ukrainian President Volodymyr Zelensky and will travel to Moscow on Tuesday for talks with Russian President Vladimir Putin.';
    expect(extract(body, '2022-02-12').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Olaf Scholz', 'Volodymyr Zelensky'], '2022-02-14', 'Kyiv', 'planned'],
      [['Olaf Scholz', 'Vladimir Putin'], '2022-02-15', 'Moscow', 'planned'],
    ]);
    // 2024-11-16 was a Saturday: Monday is the summit's day, not the state visit's.
    const xi = extract('Xi Jinping is due to fly to Rio de Janeiro for the Group of 20 summit on Monday and will then travel to Brasilia for a state visit hosted by President Luiz Inacio Lula da Silva.', '2024-11-16');
    expect(xi.meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Xi Jinping'], '2024-11-18', 'Rio de Janeiro'],
      [['Xi Jinping', 'Luiz Inacio Lula da Silva'], null, 'Brasília'],
    ]);
  });

  it('reads talks of unnamed delegates by their countries, not by the country a place is in', () => {
    const told = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.countries, meeting.date, meeting.location]);
    // 136: "U.S. and Ukrainian officials agreed on the … proposal during talks in Jeddah, Saudi Arabia, on March 11"
    expect(told('U.S. and Ukrainian officials agreed on the 30-day ceasefire proposal during talks in Jeddah, Saudi Arabia, on March 11.', '2025-03-18')).toEqual([[[], ['United States', 'Ukraine'], '2025-03-11', 'Jeddah']]);
    // 024: "Talks between lower-level Russian and Ukrainian delegations have been held in Belarus."
    expect(told('Talks between lower-level Russian and Ukrainian delegations have been held in Belarus.', '2022-03-10')).toEqual([[[], ['Russia', 'Ukraine'], null, null]]);
    // 2025-05-12 was a Monday: Saturday is 2025-05-10.
    expect(told('The military chiefs of India and Pakistan spoke by phone on Saturday.', '2025-05-12')).toEqual([[[], ['India', 'Pakistan'], '2025-05-10', null]]);
    // What talks were about is no party: "talks with officials about Ukraine".
    expect(told('Russian and Chinese diplomats held talks with officials about Ukraine in Geneva.', '2025-05-12')).toEqual([[[], ['Russia', 'China'], null, 'Geneva']]);
  });

  it('tells one summit from its host, its hometown, the leaders meeting him at its venue and a remark on it', () => {
    // 233, published 2024-09-22 (a Sunday).
    const body = [
      'U.S. President Joe Biden hosted the leaders of India, Australia and Japan for the sixth Quad summit in his hometown of Wilmington on Saturday.',
      'Prime Minister Narendra Modi, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Kishida Fumio met Mr. Biden at the Archmere Academy, the private school that the U.S. President attended.',
      "It was the last Quad summit for Mr. Biden, who is not seeking re-election, and for Mr. Kishida, who will step down as Japan's Prime Minister.",
    ].join('\n\n');
    expect(extract(body, '2024-09-22').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['summit', ['Joe Biden', 'Narendra Modi', 'Anthony Albanese', 'Kishida Fumio'], '2024-09-21', 'Archmere Academy'],
    ]);
  });

  it('reads signings of a communique, and a deal signed by those it names, as encounters', () => {
    const told = (body: string) => extract(body, '2023-03-26').meetings.map((meeting) => [meeting.participants, meeting.location]);
    // 156: "Chinese Foreign Minister Qin Gang and his Honduran counterpart, Eduardo Enrique Reina, signed a joint communique in Beijing."
    expect(told('Chinese Foreign Minister Qin Gang and his Honduran counterpart, Eduardo Enrique Reina, signed a joint communique in Beijing.')).toEqual([[['Qin Gang', 'Eduardo Enrique Reina'], 'Beijing']]);
    // 125: "On Thursday, Biden and Israeli Prime Minister Yair Lapid signed a joint pledge in Jerusalem".
    expect(told('U.S. President Joe Biden and Israeli Prime Minister Yair Lapid signed a joint pledge in Jerusalem.')).toEqual([[['Joe Biden', 'Yair Lapid'], 'Jerusalem']]);
    expect(told('The accord signed in Beijing by Ali Shamkhani and Musaed Al-Aiban holds.')).toEqual([[['Ali Shamkhani', 'Musaed Al-Aiban'], 'Beijing']]);
    // 075: who signed is not named: no encounter of unnamed delegates.
    expect(told("Australia will spend $200 million under a security agreement signed by the two countries' prime ministers in Canberra.")).toEqual([]);
  });

  it('reads past an encounter told before to a new one with its parties in the same clause', () => {
    // 158: "The summit coincided with talks in Geneva between U.S. Deputy Secretary of State Wendy Sherman and …"
    const body = "The summit coincided with talks in Geneva between U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov on Moscow's demands.";
    expect(extract(body, '2022-01-10').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Wendy Sherman', 'Sergei Ryabkov'], 'Geneva']]);
    // "The talks were long" with no new parties stays a mention of talks told before.
    expect(extract('The summit ended. The talks were long.', '2022-01-10').meetings).toEqual([]);
  });

  it('gives ", and agreed to meet in Washington" the parties of the call the sentence told first', () => {
    // 148, published Monday 2019-10-07.
    const body = "ANKARA\n\nTurkish President Recep Tayyip Erdogan and his US counterpart Donald Trump discussed Ankara's plans for a safe zone in a phone call late Sunday, and agreed to meet in Washington next month, Turkey's Communications Director Fahrettin Altun said.";
    expect(extract(body, '2019-10-07').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['phone call', 'held', ['Recep Tayyip Erdogan', 'Donald Trump'], '2019-10-06', null],
      ['meeting', 'planned', ['Recep Tayyip Erdogan', 'Donald Trump'], null, 'Washington'],
    ]);
  });

  it('places an encounter at a named estate and takes no honorific word of a place for a person', () => {
    // 240: "Meloni welcomed … to the luxury resort of Borgo Egnazia in the Apulia region"
    const resort = extract('Italian Prime Minister Giorgia Meloni welcomed U.S. President Joe Biden to the luxury resort of Borgo Egnazia in the Apulia region on Thursday.', '2024-06-13');
    expect(resort.meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Giorgia Meloni', 'Joe Biden'], 'Borgo Egnazia']]);
    // 153: "talks at Seri Perdana" is the prime minister's residence.
    const residence = extract('Malaysian Prime Minister Anwar Ibrahim hosted the talks at Seri Perdana on Monday.', '2025-07-28');
    expect(residence.persons.map((person) => person.name)).toEqual(['Anwar Ibrahim']);
  });

  it('dates an encounter told around another one on that one\'s day: "Before the ceremony, Trump met Netanyahu"', () => {
    // 040, published 2020-09-15 (a Tuesday).
    const body = 'Israeli Prime Minister Benjamin Netanyahu signed the documents with UAE Foreign Minister Abdullah bin Zayed Al Nahyan at the White House on Tuesday.\n\nBefore the ceremony, Donald Trump met Netanyahu in the Oval Office.';
    expect(extract(body, '2020-09-15').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Donald Trump', 'Benjamin Netanyahu'], '2020-09-15', 'Oval Office']);
  });

  it('reads video talks as a video call, a retreat as a summit, and talks told as the time of another encounter as no party\'s', () => {
    const told = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location]);
    // 2022-01-21 was a Friday.
    expect(told('Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden held video talks on Tuesday.', '2022-01-21')).toEqual([['video call', ['Fumio Kishida', 'Joe Biden'], '2022-01-18', null]]);
    expect(told("Australian Foreign Minister Penny Wong met Malaysian Prime Minister Anwar Ibrahim in Johor. Anwar Ibrahim and Lawrence Wong attended the leaders' retreat in Putrajaya on Tuesday.", '2025-01-07').map(([kind]) => kind)).toContain('summit');
    // 2025-02-20 was a Thursday: "a day after talks in Riyadh" were someone else's.
    expect(told('Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on Thursday, a day after talks in Riyadh.', '2025-02-20')).toEqual([['meeting', ['Volodymyr Zelensky', 'Recep Tayyip Erdogan'], '2025-02-20', 'Ankara']]);
  });

  it('reports nothing from a photo caption whose credit names two agencies', () => {
    // 091: "… speaks with Chinese President Xi Jinping via video link from his residence outside Moscow on Wednesday. Photo by Pavel Lesnoy/Sputnik/UPI"
    const body = 'Russian President Vladimir Putin speaks with Chinese President Xi Jinping via video link from his residence outside Moscow on Wednesday. Photo by Pavel Lesnoy/Sputnik/UPI\n\nDec. 15 (UPI) -- Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday.';
    expect(extract(body, '2021-12-15').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.location])).toEqual([['video call', ['Xi Jinping', 'Vladimir Putin'], null]]);
  });

  it('reads "told visiting …" and "sitting down with …" as encounters', () => {
    const told = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    // 2025-04-11 was a Friday.
    expect(told('BEIJING (Reuters) - Chinese President Xi Jinping told visiting Spanish Prime Minister Pedro Sanchez on Friday that China and Europe should resist bullying.', '2025-04-11')).toEqual([[['Xi Jinping', 'Pedro Sanchez'], '2025-04-11', 'Beijing']]);
    expect(told('"We had a very productive meeting," President Donald Trump told reporters after sitting down with Pakistani Prime Minister Shehbaz Sharif at the White House.', '2025-09-26')).toEqual([[['Donald Trump', 'Shehbaz Sharif'], null, 'White House']]);
  });

  it('gives a call told around what someone said to that speaker too', () => {
    // 2025-04-02 was a Wednesday.
    const parties = (body: string) => extract(body, '2025-04-02').meetings.map((meeting) => [meeting.kind, [...meeting.participants].sort(), meeting.date]);
    const call = ['phone call', ['Emmanuel Macron', 'Xi Jinping'], '2025-04-01'];
    expect(parties('In a call with French President Emmanuel Macron on Tuesday, Chinese President Xi Jinping said China was ready.')).toEqual([call]);
    expect(parties('Chinese President Xi Jinping said in a call with French President Emmanuel Macron on Tuesday that China was ready.')).toEqual([call]);
    // A source closing the sentence is no party: "…, Foreign Secretary Vikram Misri said."
    expect(parties('Xi Jinping held a call with Emmanuel Macron on Tuesday, Foreign Secretary Vikram Misri said.')).toEqual([call]);
  });

  it('reads "spoke for about 15 minutes inside St. Peter\'s Basilica" as talks there', () => {
    const body = "President Donald Trump and Ukrainian President Volodymyr Zelenskyy spoke for about 15 minutes inside St. Peter's Basilica on Saturday.";
    expect(extract(body, '2025-04-26').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Donald Trump', 'Volodymyr Zelenskyy'], '2025-04-26', "St. Peter's Basilica"]]);
  });

  it('reads "the two prime ministers" as the pair named before and a courtesy call as an encounter', () => {
    // 189, filed 2023-06-02, a Friday: "The two prime ministers held delegation-level talks at Hyderabad House …",
    // "… S Jaishankar paid a courtesy call on him at his hotel".
    const body = 'NEW DELHI (PTI) - Nepalese Prime Minister Pushpa Kamal Dahal and his Indian counterpart Narendra Modi agreed on Thursday to expand power trade.\n\nThe two prime ministers held delegation-level talks at Hyderabad House.\n\nOn Wednesday evening, External Affairs Minister S Jaishankar paid a courtesy call on Dahal at his hotel.';
    expect(extract(body, '2023-06-02').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date])).toEqual([
      [['Narendra Modi', 'Pushpa Kamal Dahal'], '2023-06-01'],
      [['Pushpa Kamal Dahal', 'S Jaishankar'], '2023-05-31'],
    ]);
  });

  it('gives "he" the one a sentence was about before its first name: a title opening it, or a pronoun', () => {
    // 202: "The Russian minister was met at Entebbe airport … by Foreign Minister Jeje Odongo … ¶ He opened the tour …
    // meeting President Abdel Fattah al-Sisi".
    const parties = (body: string) => extract(body, '2022-07-26').meetings.map((meeting) => [...meeting.participants].sort());
    expect(parties('Russian Foreign Minister Sergei Lavrov arrived in Uganda on Monday. The Russian minister was greeted at the airport by Foreign Minister Jeje Odongo. He opened the tour in Cairo, meeting President Abdel Fattah al-Sisi.')).toContainEqual(['Abdel Fattah al-Sisi', 'Sergei Lavrov']);
    // 189: "shortly after he arrived, … S Jaishankar paid a courtesy call on him … He also called on President Droupadi Murmu".
    expect(parties('Prime Minister Pushpa Kamal Dahal laid a wreath. Shortly after he arrived, Indian Minister S Jaishankar greeted the guests. He also called on President Droupadi Murmu at Rashtrapati Bhavan.')).toContainEqual(['Droupadi Murmu', 'Pushpa Kamal Dahal']);
  });

  it('dates an encounter still to come "later in the day" or "in the evening" on the day of the one just told', () => {
    // 194: "Scholz was due to hold further talks with Premier Li Qiang later in the day"; 2024-04-16 was a Tuesday.
    const body = 'BEIJING (Reuters) - German Chancellor Olaf Scholz met Chinese President Xi Jinping on Tuesday at the Diaoyutai State Guesthouse. Scholz was due to hold further talks with Premier Li Qiang later in the day.';
    expect(extract(body, '2024-04-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Olaf Scholz', 'Li Qiang'], '2024-04-16', 'planned']);
  });

  it('keeps "as prime minister" inside its clause, so "nine years ago" makes the visit a past one', () => {
    // 189: "… during his first visit to Kathmandu as prime minister nine years ago".
    const body = 'NEW DELHI (PTI) - Prime Minister Narendra Modi held talks with Nepalese Prime Minister Pushpa Kamal Dahal on Thursday. Modi recalled his first visit to Kathmandu as prime minister nine years ago.';
    const meetings = extract(body, '2023-06-02').meetings;
    expect(meetings.find((meeting) => meeting.kind === 'bilateral talks' || meeting.kind === 'talks')?.location).not.toBe('Kathmandu');
    expect(meetings.some((meeting) => meeting.location === 'Kathmandu' && meeting.date === null)).toBe(true);
  });

  it('reads a lunch after "the deal" as an encounter of "the two leaders" named together before', () => {
    // 101: "Rishi Sunak and European Commission President Ursula von der Leyen have agreed a deal …, which the Prime
    // Minister hailed … ¶ The two leaders finalised the agreement over lunch at a hotel near Windsor on Monday".
    const body = 'Rishi Sunak and European Commission President Ursula von der Leyen have agreed a deal on trade, which the Prime Minister hailed as a breakthrough.\n\nThe two leaders finalised the deal over lunch in Windsor on Monday.';
    expect(extract(body, '2023-02-28').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Rishi Sunak', 'Ursula von der Leyen'], '2023-02-27', 'Windsor']]);
  });

  it('reads putting names or signatures to a text as a signing', () => {
    // 274: "Trudeau, Trump and … Pena Nieto put their names to the United States-Mexico-Canada Agreement";
    // 141: "… Kotzias … and … Dimitrov … put their signatures to the text at a lakeside ceremony".
    const parties = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(parties('Prime Minister Justin Trudeau, President Donald Trump and Mexican President Enrique Pena Nieto put their names to the United States-Mexico-Canada Agreement on Friday.', '2018-11-30')).toEqual([[['Justin Trudeau', 'Donald Trump', 'Enrique Pena Nieto'], '2018-11-30']]);
    expect(parties('Foreign Minister Nikos Kotzias and his counterpart Nikola Dimitrov put their signatures to the text on Sunday.', '2018-06-17')).toEqual([[['Nikos Kotzias', 'Nikola Dimitrov'], '2018-06-17']]);
  });

  it('reads "called on Kazakh President …" as a courtesy call, and "meetings with" two people as one each', () => {
    // 120: "Blinken also called on Kazakh President Kassym-Jomart Tokayev and held talks with Foreign Minister Mukhtar Tileuberdi".
    const parties = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => meeting.participants);
    expect(parties('In Astana on Tuesday, Secretary of State Antony Blinken called on Kazakh President Kassym-Jomart Tokayev and held talks with Foreign Minister Mukhtar Tileuberdi.', '2023-02-28')).toEqual([
      ['Antony Blinken', 'Kassym-Jomart Tokayev'],
      ['Antony Blinken', 'Mukhtar Tileuberdi'],
    ]);
    // 235: "The chancellor will travel to Brussels on Friday for meetings with NATO Secretary General Mark Rutte and …".
    expect(parties('German Chancellor Friedrich Merz will travel to Brussels on Friday for meetings with NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen.', '2025-05-07')).toEqual([
      ['Friedrich Merz', 'Mark Rutte'],
      ['Friedrich Merz', 'Ursula von der Leyen'],
    ]);
  });

  it('gives "the Philippine leader" to the president whose title names no country, not to another country\'s', () => {
    // 232: "President Ferdinand R. Marcos Jr. and Chinese President Xi Jinping … ¶ The Philippine leader is also expected
    // to meet Premier Li Keqiang".
    const body = 'BEIJING – President Ferdinand R. Marcos Jr. and Chinese President Xi Jinping held talks on Wednesday.\n\nThe Philippine leader is also expected to meet Premier Li Keqiang before flying home on Thursday.';
    expect(extract(body, '2023-01-04').meetings.map((meeting) => meeting.participants)).toContainEqual(['Ferdinand R. Marcos Jr', 'Li Keqiang']);
  });

  it('gives "the president" to the president the report keeps naming, not to one named in passing', () => {
    // 321: "President Barack Obama … pointing to Burundi, where President Pierre Nkurunziza was declared the winner …
    // On Monday, the president held talks with Ethiopian Prime Minister Hailemariam Desalegn"; 2015-07-27 was a Monday.
    const body = 'ADDIS ABABA, Ethiopia (AP) — President Barack Obama on Tuesday addressed the African Union.\n\n"Nobody should be president for life," Obama said, pointing to Burundi, where President Pierre Nkurunziza won a third term.\n\nOn Monday, the president held talks with Ethiopian Prime Minister Hailemariam Desalegn.';
    expect(extract(body, '2015-07-28').meetings.map((meeting) => [meeting.participants, meeting.date])).toContainEqual([['Barack Obama', 'Hailemariam Desalegn'], '2015-07-27']);
  });

  it('leaves a day told with another encounter of the sentence to that encounter', () => {
    // 223: "The tour began in Cape Verde, where Blinken met Prime Minister Ulisses Correia e Silva on Monday, before a
    // stop in Ivory Coast, where he held talks with President Alassane Ouattara in Abidjan"; 2024-01-22 was a Monday.
    const body = 'U.S. Secretary of State Antony Blinken is touring Africa this week.\n\nThe tour began in Cape Verde, where Blinken met Prime Minister Ulisses Correia e Silva on Monday, before a stop in Ivory Coast, where he held talks with President Alassane Ouattara in Abidjan.';
    expect(extract(body, '2024-01-24').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Antony Blinken', 'Ulisses Correia e Silva'], '2024-01-22'],
      [['Antony Blinken', 'Alassane Ouattara'], null],
    ]);
  });

  it('keeps the building of the day\'s main talks to those who held them, not the day\'s other encounters', () => {
    // 054: "Muizzu held talks with Prime Minister Narendra Modi at Hyderabad House on Monday … Muizzu also called on
    // President Droupadi Murmu"; 2024-10-07 was a Monday.
    const body = 'NEW DELHI, Oct 7 (PTI) - Maldives President Mohamed Muizzu held talks with Prime Minister Narendra Modi at Hyderabad House on Monday.\n\nMuizzu also called on President Droupadi Murmu on Monday.';
    expect(extract(body, '2024-10-07').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['Mohamed Muizzu', 'Narendra Modi'], 'Hyderabad House'],
      [['Mohamed Muizzu', 'Droupadi Murmu'], null],
    ]);
  });

  it('takes a sentence opened by "he" for the subject of "before holding talks with …"', () => {
    // 234: "The prime minister arrived in the Ukrainian capital by train on Thursday morning. ¶ He laid flowers at the Wall
    // of Remembrance before holding talks with President Volodymyr Zelensky at the presidential office."
    const body = 'KYIV (AP) — British Prime Minister Keir Starmer arrived in Kyiv on Thursday.\n\nHe laid flowers at the Wall of Remembrance before holding talks with President Volodymyr Zelensky.';
    expect(extract(body, '2025-01-16').meetings.map((meeting) => meeting.participants)).toContainEqual(['Keir Starmer', 'Volodymyr Zelensky']);
  });

  it('reads "both presidents" as the two named before', () => {
    // 021: "On Tuesday, both presidents will take part in the summit of the Community of Latin American and Caribbean
    // States (CELAC) in Buenos Aires"; 2023-01-24 was a Tuesday.
    const body = 'BUENOS AIRES, Jan 23 (Reuters) - Brazilian President Luiz Inácio Lula da Silva met Argentine counterpart Alberto Fernandez in Buenos Aires on Monday.\n\nOn Tuesday, both presidents will take part in the summit of the Community of Latin American and Caribbean States in Buenos Aires.';
    expect(extract(body, '2023-01-23').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Luiz Inácio Lula da Silva', 'Alberto Fernandez'], '2023-01-24', 'planned']);
  });

  it('keeps talks of two apart from the encounter a third party then has with them', () => {
    // 207: "Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart, Prince Faisal bin Farhan Al Saud,
    // met in Beijing on Thursday … Chinese Foreign Minister Qin Gang hosted a lunch for the two ministers and later met
    // them together"; 2023-04-06 was a Thursday.
    const body = 'TEHRAN – Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart, Prince Faisal bin Farhan Al Saud, met in Beijing on Thursday.\n\nChinese Foreign Minister Qin Gang hosted a lunch for the two ministers and later met them together.';
    expect(extract(body, '2023-04-07').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Hossein Amir-Abdollahian', 'Faisal bin Farhan Al Saud'],
      ['Qin Gang', 'Hossein Amir-Abdollahian', 'Faisal bin Farhan Al Saud'],
    ]);
  });

  it('reads the group a relative clause follows as its subject: "The two leaders, who spoke by phone on Wednesday, …"', () => {
    // 324: "The two leaders, who spoke by phone on Wednesday before Obama left Washington, shook hands …"; 2015-04-08 was
    // a Wednesday.
    const body = 'PANAMA CITY (Reuters) - U.S. President Barack Obama and Cuban President Raul Castro held talks on Saturday.\n\nThe two leaders, who spoke by phone on Wednesday before Obama left Washington, shook hands on Friday evening.';
    expect(extract(body, '2015-04-11').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind])).toContainEqual([['Barack Obama', 'Raul Castro'], '2015-04-08', 'phone call']);
  });

  it('reads a relative clause on past a name in apposition: ", who met the foreign minister, Wunna Maung Lwin, in Bangkok"', () => {
    // 152: "shuttle diplomacy led by Indonesian Foreign Minister Retno Marsudi, who met the junta-appointed foreign
    // minister, Wunna Maung Lwin, in Bangkok in February".
    const body = 'The summit followed weeks of shuttle diplomacy led by Indonesian Foreign Minister Retno Marsudi, who met the junta-appointed foreign minister, Wunna Maung Lwin, in Bangkok in February.';
    expect(extract(body, '2023-05-10').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Retno Marsudi', 'Wunna Maung Lwin'], 'Bangkok']]);
  });

  it('reads an encounter told "in which" inside a sentence about the summit', () => {
    // 208: "The summit followed a week of intense diplomacy in which El-Sisi received US Secretary of State Antony
    // Blinken in Cairo last Sunday"; filed on Saturday 2023-10-21.
    const body = 'CAIRO (AFP) - Egyptian President Abdel-Fattah El-Sisi opened the summit on Saturday.\n\nThe summit followed a week of intense diplomacy in which El-Sisi received US Secretary of State Antony Blinken in Cairo last Sunday.';
    expect(extract(body, '2023-10-21').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Abdel-Fattah El-Sisi', 'Antony Blinken'], '2023-10-15', 'Cairo']);
  });

  it('counts whoever stood in for a leader at the summit the report is about', () => {
    // 113: "Venezuela was represented by Vice President Delcy Rodríguez, while Ecuador and Suriname sent lower-level
    // delegations"; 2023-08-08 was a Tuesday.
    const body = 'BELEM, Brazil (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Colombian President Gustavo Petro opened an Amazon summit in Belém on Tuesday.\n\nVenezuela was represented by Vice President Delcy Rodríguez, while Ecuador sent a lower-level delegation.';
    expect(extract(body, '2023-08-08').meetings.map((meeting) => meeting.participants)).toEqual([['Luiz Inácio Lula da Silva', 'Gustavo Petro', 'Delcy Rodríguez']]);
  });

  it('places talks "where" a journey goes to a country at the city the clause names, and gives an -ing clause the subject and plan before it', () => {
    // 310, filed on Sunday 2017-05-21: "Trump leaves Riyadh on Monday for Israel, where he is due to hold talks with Prime
    // Minister Benjamin Netanyahu in Jerusalem, before meeting Palestinian President Mahmoud Abbas in Bethlehem on Tuesday."
    const body = 'RIYADH (Reuters) - U.S. President Donald Trump met Saudi King Salman on Saturday.\n\nTrump leaves Riyadh on Monday for Israel, where he is due to hold talks with Prime Minister Benjamin Netanyahu in Jerusalem, before meeting Palestinian President Mahmoud Abbas in Bethlehem on Tuesday.';
    const meetings = extract(body, '2017-05-21').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status]);
    expect(meetings).toContainEqual([['Donald Trump', 'Benjamin Netanyahu'], '2017-05-22', 'Jerusalem', 'planned']);
    expect(meetings).toContainEqual([['Donald Trump', 'Mahmoud Abbas'], '2017-05-23', 'Bethlehem', 'planned']);
  });

  it('places talks held "there" at the town the sentence before names', () => {
    // 174: "Trump left Korea after the summit, skipping the APEC leaders' meeting in Gyeongju. On Wednesday, he held talks
    // there with President Lee Jae Myung"; 2025-10-29 was a Wednesday.
    const body = 'BUSAN, Oct. 30 (Yonhap) -- U.S. President Donald Trump and Chinese President Xi Jinping agreed Thursday to lower tariffs at a summit at Gimhae Air Base.\n\nTrump left Korea after the summit, skipping the APEC leaders\' meeting in Gyeongju. On Wednesday, he held talks there with President Lee Jae Myung.';
    expect(extract(body, '2025-10-30').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Donald Trump', 'Lee Jae Myung'], '2025-10-29', 'Gyeongju']);
  });

  it('reads "A and B each visited …" as an encounter of each with the others named', () => {
    // 093: "The meeting came days after Macron and Starmer each visited the White House to urge Trump not to strike a deal".
    const body = 'The meeting came days after French President Emmanuel Macron and British Prime Minister Keir Starmer each visited the White House to urge President Donald Trump not to strike a deal.';
    expect(extract(body, '2025-03-01').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['Emmanuel Macron', 'Donald Trump'], 'White House'],
      [['Keir Starmer', 'Donald Trump'], 'White House'],
    ]);
  });

  it('gives no day to a meeting in another country than the journey told before, nor to one told "later this week"', () => {
    // 271, filed 2022-11-22: "Díaz-Canel arrived in Moscow on Monday on the third leg of a tour … From Russia he will
    // travel to China, where he is expected to meet President Xi Jinping in Beijing later this week."
    const body = 'MOSCOW (AFP) - Cuban President Miguel Díaz-Canel Bermúdez arrived in Moscow on Monday on the third leg of a tour. From Russia he will travel to China, where he is expected to meet President Xi Jinping in Beijing later this week.';
    expect(extract(body, '2022-11-22').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Miguel Díaz-Canel Bermúdez', 'Xi Jinping'], null, 'Beijing']);
  });

  it('reads "received by A at one place and then by B at another" as two encounters, each at its place', () => {
    // 166: "Later on Monday Milei was to be received by Italian President Sergio Mattarella at the Quirinal Palace and
    // then by Prime Minister Giorgia Meloni at Palazzo Chigi".
    const body = 'ROME (AFP) - Argentine President Javier Milei met Pope Francis on Monday.\n\nLater on Monday Milei was to be received by Italian President Sergio Mattarella at the Quirinal Palace and then by Prime Minister Giorgia Meloni at Palazzo Chigi.';
    const meetings = extract(body, '2024-02-12').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(meetings).toContainEqual([['Javier Milei', 'Sergio Mattarella'], 'Quirinale']);
    expect(meetings).toContainEqual([['Javier Milei', 'Giorgia Meloni'], 'Palazzo Chigi']);
  });

  it('reads "spoke by telephone with A and then with B" as two calls', () => {
    // 153: "Trump spoke by telephone on Saturday with Hun Manet and then with Phumtham"; 2025-07-26 was a Saturday.
    const body = 'United States President Donald Trump spoke by telephone on Saturday with Cambodian Prime Minister Hun Manet and then with Thai acting Prime Minister Phumtham Wechayachai.';
    expect(extract(body, '2025-07-28').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Donald Trump', 'Hun Manet'], '2025-07-26'],
      [['Donald Trump', 'Phumtham Wechayachai'], '2025-07-26'],
    ]);
  });

  it('leaves a plan for another day without the place of the day\'s talks, unless the day\'s encounter is a summit', () => {
    // 130: "HANOI, Sept 10 (AFP) - US President Joe Biden on Sunday … meeting Communist Party chief Nguyen Phu Trong in
    // Hanoi … On Monday, Biden will meet President Vo Van Thuong"; 2023-09-10 was a Sunday.
    const places = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(places('HANOI, Sept 10 (AFP) - US President Joe Biden on Sunday met Communist Party chief Nguyen Phu Trong.\n\nOn Monday, Biden will meet President Vo Van Thuong.', '2023-09-10')).toEqual([
      [['Joe Biden', 'Nguyen Phu Trong'], '2023-09-10', 'Hanoi'],
      [['Joe Biden', 'Vo Van Thuong'], '2023-09-11', null],
    ]);
    // A summit lasts days: "Kishida is set to hold talks with Zelensky on Sunday" is there.
    expect(places('HIROSHIMA, May 20 (Kyodo) - Group of Seven leaders opened their summit in Hiroshima on Saturday.\n\nPrime Minister Kishida Fumio is set to hold talks with Ukrainian President Volodymyr Zelensky on Sunday.', '2023-05-20')).toContainEqual([['Kishida Fumio', 'Volodymyr Zelensky'], '2023-05-21', 'Hiroshima']);
  });

  it('gives "where" the place told before it, past the time and the country that follow that place', () => {
    // 036: "His only other trip abroad … was to Washington in December, where he met President Joe Biden".
    // 248: "Rubio arrived in Guatemala from San Jose, Costa Rica, where he met President Rodrigo Chaves on Tuesday".
    const places = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(places('Ukrainian President Volodymyr Zelensky travelled to Washington in December, where he met President Joe Biden.', '2023-02-09')).toContainEqual([['Volodymyr Zelensky', 'Joe Biden'], 'Washington']);
    expect(places('Secretary of State Marco Rubio arrived in Guatemala from San Jose, Costa Rica, where he met President Rodrigo Chaves on Tuesday.', '2025-02-05')).toContainEqual([['Marco Rubio', 'Rodrigo Chaves'], 'San Jose']);
  });

  it('dates a meeting "on the sidelines" by the summit told before, and one "earlier in the day" by the lead\'s day', () => {
    // 229: "Leaders … meeting in Riyadh on Saturday … ¶ On the sidelines, Sisi met Raisi"; 2023-11-11 was a Saturday.
    const summit = 'RIYADH: Leaders of Arab and Muslim countries held a summit in Riyadh on Saturday.\n\nOn the sidelines, Egyptian President Abdel Fattah El-Sisi met Iranian President Ebrahim Raisi.';
    expect(extract(summit, '2023-11-11').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Abdel Fattah El-Sisi', 'Ebrahim Raisi'], '2023-11-11', 'Riyadh']);
    // 201: a lead that tells a speech on Monday, then "Earlier in the day Blinken held talks with … Naledi Pandor".
    const speech = 'PRETORIA, Aug 8 (Reuters) - U.S. Secretary of State Antony Blinken set out a new strategy for Africa on Monday, telling students that Washington regarded the continent as an equal partner.\n\nEarlier in the day Blinken held talks with South Africa\'s Minister of International Relations Naledi Pandor.';
    expect(extract(speech, '2022-08-08').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Antony Blinken', 'Naledi Pandor'], '2022-08-08', 'Pretoria']]);
  });

  it('splits ", and Secretary of State Mike Pompeo met …" off as an encounter of its own, with "the North Korean leader"', () => {
    // 121: "Moon held his first summit with Kim at … Panmunjom on April 27, and U.S. Secretary of State Mike Pompeo met
    // the North Korean leader in Pyongyang on May 9".
    const body = 'North Korean leader Kim Jong-un held his first summit with Moon Jae-in at the border village of Panmunjom on April 27, and U.S. Secretary of State Mike Pompeo met the North Korean leader in Pyongyang on May 9.';
    expect(extract(body, '2018-05-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Kim Jong-un', 'Moon Jae-in'], '2018-04-27', 'Panmunjom'],
      [['Mike Pompeo', 'Kim Jong-un'], '2018-05-09', 'Pyongyang'],
    ]);
  });

  it('keeps a delegation\'s meeting with one named party for the sentence that names the delegates, and places talks "after" what the sentence reports', () => {
    // 160: "… after a high-level White House delegation met Prime Minister Manasseh Sogavare in Honiara. ¶ The
    // delegation, led by … Kurt Campbell and … Daniel Kritenbrink, held talks with Sogavare".
    const delegation = 'The United States has warned Solomon Islands, after a high-level White House delegation met Prime Minister Manasseh Sogavare in Honiara on Friday.\n\nThe delegation, led by Indo-Pacific coordinator Kurt Campbell and Assistant Secretary of State Daniel Kritenbrink, held talks with Sogavare.';
    expect(extract(delegation, '2022-04-23').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.location])).toEqual([[['Daniel Kritenbrink', 'Kurt Campbell', 'Manasseh Sogavare'], 'Honiara']]);
    // 161: "President William Ruto and Haitian Prime Minister Ariel Henry witnessed the signing at State House, Nairobi, after holding talks."
    const signing = 'President William Ruto and Haitian Prime Minister Ariel Henry witnessed the signing at State House, Nairobi, after holding talks.';
    expect(extract(signing, '2024-03-01').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['William Ruto', 'Ariel Henry'], 'State House']]);
  });

  it('counts days from the day told before: "A day earlier", "11 days after", "On the eve of the summit"', () => {
    const dated = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date]);
    // 080: "On Tuesday it refused entry to a joint delegation … ¶ A day earlier, … Victoria Nuland held … talks in
    // Niamey"; 2023-08-08 was a Tuesday.
    expect(dated('NIAMEY (Reuters) - Niger President Mohamed Bazoum met ECOWAS envoys on Thursday.\n\nOn Tuesday the junta refused entry to a joint delegation.\n\nA day earlier, acting U.S. Deputy Secretary of State Victoria Nuland held talks in Niamey with Brigadier General Moussa Salaou Barmou.', '2023-08-10')).toContainEqual([['Victoria Nuland', 'Moussa Salaou Barmou'], '2023-08-07']);
    // 146: "The summit came 11 days after Russian Prime Minister Mikhail Mishustin traveled to Minsk for talks with Lukashenko".
    expect(dated('SOCHI (AP) - Russian President Vladimir Putin held a summit with Belarusian President Alexander Lukashenko in Sochi on Monday. The summit came 11 days after Russian Prime Minister Mikhail Mishustin traveled to Minsk for talks with Lukashenko.', '2020-09-14')).toContainEqual([['Mikhail Mishustin', 'Alexander Lukashenko'], '2020-09-03']);
    // 190: "On the eve of the summit, Tokayev and Xi held talks in narrow and extended formats at the Akorda residence".
    expect(dated('ASTANA. KAZINFORM – Leaders of China and five Central Asian states held a summit in Astana on Tuesday with Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping. On the eve of the summit, Tokayev and Xi held talks at the Akorda residence.', '2025-06-17')).toContainEqual([['Kassym-Jomart Tokayev', 'Xi Jinping'], '2025-06-16']);
  });

  it('splits "arrived in Israel on Thursday and is due to travel to Amman" in two, and dates talks on arrival by the journey', () => {
    // 212: "Blinken arrived in Israel on Thursday and is due to travel to Amman on Friday"; 2023-10-12 was a Thursday.
    const visits = extract('US Secretary of State Antony Blinken arrived in Israel on Thursday and is due to travel to Amman on Friday, as part of a regional tour.', '2023-10-12').meetings;
    expect(visits.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual([['Antony Blinken'], '2023-10-12', null, 'held']);
    // 138: "The Prime Minister leaves for Croatia on Wednesday, …, and is scheduled to hold talks with his
    // Croatian counterpart Andrej Plenković in Zagreb"; 2025-06-18 was a Wednesday.
    const talks = extract('Prime Minister Narendra Modi leaves for Croatia on Wednesday, the final leg of a three-nation tour, and is scheduled to hold talks with his Croatian counterpart Andrej Plenković in Zagreb.', '2025-06-17').meetings;
    expect(talks.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Narendra Modi', 'Andrej Plenković'], '2025-06-18', 'Zagreb']);
  });

  it('reads "becoming the last Group of Seven leader to travel there" as who went before, not as a plan', () => {
    // 278: "Kishida held talks with … Zelenskyy in Kyiv on Tuesday during a surprise visit …, becoming the last Group of
    // Seven leader to travel there"; 2023-03-21 was a Tuesday.
    const body = 'KYIV, March 22 Kyodo - Prime Minister Fumio Kishida held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv on Tuesday during a surprise visit, becoming the last Group of Seven leader to travel there since the invasion.';
    expect(extract(body, '2023-03-22').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toEqual([[['Fumio Kishida', 'Volodymyr Zelenskyy'], '2023-03-21', 'held']]);
  });

  it('places an encounter "there" at the place told before it in the sentence', () => {
    // 266: "Tsai transited through New York and met House Minority Leader Hakeem Jeffries there last week".
    const body = 'On the outbound leg of the trip, Taiwanese President Tsai Ing-wen transited through New York and met House Minority Leader Hakeem Jeffries there last week.';
    expect(extract(body, '2023-04-06').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Tsai Ing-wen', 'Hakeem Jeffries'], 'New York']]);
  });

  it('takes no party from the person a monument honours', () => {
    // 271: "Díaz-Canel … and … Putin unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro
    // Ruz, in the Russian capital on Tuesday, before holding official talks in the Kremlin"; 2022-11-22 was a Tuesday.
    const body = 'Moscow, Nov 22 (Prensa Latina) Cuban President Miguel Díaz-Canel Bermúdez and his Russian counterpart, Vladimir Putin, unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro Ruz, in the Russian capital on Tuesday, before holding official talks in the Kremlin.';
    expect(extract(body, '2022-11-22').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Miguel Díaz-Canel Bermúdez', 'Vladimir Putin'], '2022-11-22', 'Kremlin']]);
  });

  it('places a plan for another day "on the sidelines of the gathering" where the day\'s encounter was', () => {
    // 260: "TIANJIN, Aug. 31 (Xinhua) -- … Xi Jinping met with … Narendra Modi on Sunday … Modi is scheduled to hold talks
    // with Putin on Monday on the sidelines of the gathering".
    const body = 'TIANJIN, Aug. 31 (Xinhua) -- Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi on Sunday.\n\nModi is scheduled to hold talks with Russian President Vladimir Putin on Monday on the sidelines of the gathering.';
    expect(extract(body, '2025-08-31').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Narendra Modi', 'Vladimir Putin'], '2025-09-01', 'Tianjin']);
  });

  it('takes no day from "later in the week" or from the day of an anniversary', () => {
    // 201: "Later in the week he travels to Kigali for talks with President Paul Kagame".
    const dated = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(dated('PRETORIA, Aug 8 (Reuters) - Secretary of State Antony Blinken met Foreign Minister Naledi Pandor on Monday. He travels on Tuesday to Kinshasa. Later in the week he travels to Kigali for talks with President Paul Kagame.', '2022-08-08')).toContainEqual([['Antony Blinken', 'Paul Kagame'], null]);
    // 213: "… is due to travel to Moscow next week, where he may meet Russian President Vladimir Putin ahead of the first
    // anniversary of the invasion of Ukraine on Feb. 24".
    const visit = dated('Chinese diplomat Wang Yi is due to travel to Moscow next week, where he may meet Russian President Vladimir Putin ahead of the first anniversary of the invasion of Ukraine on Feb. 24.', '2023-02-18');
    expect(visit.every(([, date]) => date === null)).toBe(true);
  });

  it('reads an offer to host talks as no encounter, but keeps the meeting told in the same sentence', () => {
    // 126: "… Putin met Turkish President Recep Tayyip Erdogan, who has offered to host peace talks between Russia and
    // Ukraine"; 2022-10-13 was a Thursday.
    const body = 'On October 13, on the sidelines of a regional security conference in Astana, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan, who has offered to host peace talks between Russia and Ukraine.';
    expect(extract(body, '2022-10-15').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toEqual([[['Vladimir Putin', 'Recep Tayyip Erdogan'], '2022-10-13', 'held']]);
  });

  it('holds the summit a host opened where the dateline is, with the leaders who addressed it, not those whose decisions they named', () => {
    // 313: "DHAHRAN, Saudi Arabia, April 15 (Reuters) - Saudi Arabia's King Salman opened an Arab League summit on Sunday
    // by rejecting …"; "Palestinian President Mahmoud Abbas, addressing the summit, said … after President Donald
    // Trump's decision in December …". 2018-04-15 was a Sunday.
    const lead = "DHAHRAN, Saudi Arabia, April 15 (Reuters) - Saudi Arabia's King Salman opened an Arab League summit on Sunday by rejecting the U.S. decision on Jerusalem.";
    const body = `${lead}\n\nPalestinian President Mahmoud Abbas, addressing the summit, said Washington could no longer mediate after President Donald Trump's decision in December.`;
    const meetings = extract(body, '2018-04-15').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.kind]);
    expect(meetings).toEqual([[['Salman', 'Mahmoud Abbas'], '2018-04-15', 'Dhahran', 'summit']]);
    // Without a dateline the host alone tells no place, and no summit is reported.
    expect(extract("Saudi Arabia's King Salman opened an Arab League summit on Sunday by rejecting the U.S. decision on Jerusalem.", '2018-04-15').meetings).toEqual([]);
  });

  it('gathers into a video conference with one named party the leaders who took part from their capitals', () => {
    // 320: "… after a video conference between Chinese President Xi Jinping and the leaders of the bloc's institutions …
    // von der Leyen and … Michel took part from Brussels, while … Merkel and … Macron joined from Berlin and Paris".
    const body = 'The EU and China concluded talks on an investment pact on Wednesday, after a video conference between Chinese President Xi Jinping and the leaders of the bloc.\n\nEuropean Commission President Ursula von der Leyen took part from Brussels, while French President Emmanuel Macron joined from Paris.';
    const meetings = extract(body, '2020-12-30').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind]);
    expect(meetings).toEqual([[['Xi Jinping', 'Ursula von der Leyen', 'Emmanuel Macron'], '2020-12-30', 'video call']]);
  });

  it('dates the encounter the report opens with by the day the next sentence tells', () => {
    // 311: "US President Donald Trump has told Palestinian President Mahmoud Abbas in a phone call that …"; "Abbas's
    // spokesman … said on Tuesday …". 2017-12-05 was a Tuesday.
    const body = "US President Donald Trump has told Palestinian President Mahmoud Abbas in a phone call that he intends to move the embassy.\n\nAbbas's spokesman said on Tuesday that the Palestinian leader had warned Trump of the consequences.";
    expect(extract(body, '2017-12-05').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind])).toEqual([[['Donald Trump', 'Mahmoud Abbas'], '2017-12-05', 'phone call']]);
  });

  it('gathers the leaders named after a summit whose lead names none of them', () => {
    // 318: "BANGKOK, June 23 (Bernama) -- ASEAN leaders on Sunday adopted …", then leaders named one by one without a
    // word of attending. 2019-06-23 was a Sunday.
    const body = 'BANGKOK, June 23 (Bernama) -- ASEAN leaders on Sunday closed their summit in Bangkok with a joint outlook on the Indo-Pacific.\n\nThai Prime Minister Prayut Chan-o-cha said the outlook built on existing frameworks.\n\nIndonesian President Joko Widodo said it would keep the region open.';
    const meetings = extract(body, '2019-06-23').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.kind]);
    expect(meetings).toEqual([[['Prayut Chan-o-cha', 'Joko Widodo'], '2019-06-23', 'Bangkok', 'summit']]);
  });

  it('dates a call told with "also" and no day by the call just before it', () => {
    // 145, far down the report: "Earlier on Saturday, Putin held a call of nearly two hours with French President
    // Emmanuel Macron … Secretary of State Antony Blinken also spoke by phone with Russian Foreign Minister Sergei
    // Lavrov". 2022-02-12 was a Saturday.
    const filler = 'Analysts said the stakes were high.\n\n'.repeat(8);
    const body = `Feb. 12 (UPI) -- President Joe Biden told Russian President Vladimir Putin in a phone call on Saturday that an invasion would bring swift costs.\n\n${filler}Earlier on Saturday, Putin held a call with French President Emmanuel Macron.\n\nSecretary of State Antony Blinken also spoke by phone with Russian Foreign Minister Sergei Lavrov.`;
    const calls = extract(body, '2022-02-12').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(calls).toContainEqual([['Antony Blinken', 'Sergei Lavrov'], '2022-02-12']);
  });
  it('holds talks at a "presidential palace" named before those words, and takes "security in the Sahel" for the topic', () => {
    // 352: "Macron later held talks with Kabore at the Kosyam presidential palace, focusing on security in the Sahel".
    const body = 'French President Emmanuel Macron later held talks with President Roch Marc Christian Kabore at the Kosyam presidential palace, focusing on security in the Sahel.';
    expect(extract(body, '2017-11-28').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Emmanuel Macron', 'Roch Marc Christian Kabore'], 'Kosyam presidential palace']]);
    const topic = 'French President Emmanuel Macron held talks with President Roch Marc Christian Kabore, focusing on security in the Sahel.';
    expect(extract(topic, '2017-11-28').meetings.map((meeting) => meeting.location)).toEqual([null]);
  });
  it('keeps an encounter held when a plan follows it after a relative clause or "and hopes to"', () => {
    // 063: "Trump spoke by phone on Monday morning with Canadian Prime Minister Justin Trudeau, who faces …, and the two
    // leaders were scheduled to talk again at 3 p.m."
    const call = 'President Donald Trump spoke by phone on Monday morning with Canadian Prime Minister Justin Trudeau, who faces a matching 25% tariff on most Canadian goods, and the two leaders were scheduled to talk again at 3 p.m.';
    expect(extract(call, '2025-02-03').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Donald Trump', 'Justin Trudeau'], '2025-02-03', 'held']);
    // 119: "… held brief talks with Biden in Glasgow earlier this month … and hopes to visit Washington".
    const talks = 'Japanese Prime Minister Fumio Kishida held brief talks with U.S. President Joe Biden in Glasgow earlier this month on the fringes of the U.N. climate conference and hopes to visit Washington early next year.';
    expect(extract(talks, '2021-11-16').meetings.map((meeting) => [meeting.participants, meeting.location, meeting.status])).toContainEqual([['Fumio Kishida', 'Joe Biden'], 'Glasgow', 'held']);
  });
  it('takes a visit to a country by someone whose own country the text does not give', () => {
    // 355: "Kirill … will continue his Latin American tour with visits to Paraguay and Brazil."
    const meetings = extract('Patriarch Kirill will visit Paraguay on Monday.', '2016-02-13').meetings;
    expect(meetings.map((meeting) => [meeting.participants, meeting.countries, meeting.date, meeting.status])).toEqual([[['Kirill'], ['Paraguay'], '2016-02-15', 'planned']]);
  });
  it('dates talks held "later" by the day the report opens with', () => {
    // 352: "… Macron on Tuesday declared an end to … ¶ … ¶ Macron later held talks with Kabore at the Kosyam
    // presidential palace".
    const body = [
      'Ouagadougou (AFP) - French President Emmanuel Macron on Tuesday declared an end to decades of French policy towards Africa.',
      'The address was followed by a lively question-and-answer session.',
      'The remark drew laughter in the packed amphitheatre.',
      'It was criticised on social media as condescending towards the host.',
      'A few hours before the speech, assailants threw a grenade at a French army vehicle in Ouagadougou.',
      'Macron had arrived in the city late on Monday.',
      'Macron later held talks with Burkinabe President Roch Marc Christian Kabore at the Kosyam presidential palace.',
    ].join('\n\n');
    expect(extract(body, '2017-11-28').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Emmanuel Macron', 'Roch Marc Christian Kabore'], '2017-11-28']]);
  });
  it('gives an opening participle clause the subject of the clause after it', () => {
    // 345: "Speaking at a joint news conference with French President Emmanuel Macron as the three-day summit closed,
    // Trump said …".
    const body = 'Speaking at a joint news conference with French President Emmanuel Macron as the three-day summit closed, U.S. President Donald Trump said it was too soon.';
    expect(extract(body, '2019-08-26').meetings.map((meeting) => [meeting.participants, meeting.kind])).toEqual([[['Donald Trump', 'Emmanuel Macron'], 'press conference']]);
  });
  it('keeps what a party said after ", with … saying" out of the encounter', () => {
    // 346: "… held their first-ever summit in this Far Eastern port city Thursday, with Putin saying Pyongyang would need
    // international security guarantees".
    const body = 'VLADIVOSTOK, Russia, April 25 (Yonhap) -- North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first-ever summit in this Far Eastern port city Thursday, with Putin saying Pyongyang would need international security guarantees.';
    expect(extract(body, '2019-04-25').meetings.map((meeting) => [meeting.date, meeting.status, meeting.location])).toEqual([['2019-04-25', 'held', 'Vladivostok']]);
  });
  it('goes on with a list of parties after "as well as"', () => {
    // 353: "… Emmanuel Macron and Italian Premier Giuseppe Conte, as well as US Secretary of State Mike Pompeo."
    const body = 'The conference, co-hosted by German Chancellor Angela Merkel, brought together Russian President Vladimir Putin and Italian Premier Giuseppe Conte, as well as US President Donald Trump.';
    expect(extract(body, '2020-01-19').meetings.map((meeting) => meeting.participants)).toEqual([['Angela Merkel', 'Vladimir Putin', 'Giuseppe Conte', 'Donald Trump']]);
  });
  it('takes no place from a relative clause after the encounter, and no person\'s residence for a place\'s name', () => {
    // 285: "… met … in Entebbe at the residence of Ugandan President Yoweri Museveni", "… held talks with Museveni, who
    // said his government was studying whether to open an embassy in Jerusalem."
    const body = 'The two men met on Monday in Entebbe at the residence of Ugandan President Yoweri Museveni. Israeli Prime Minister Benjamin Netanyahu also held talks with Museveni, who said his government was studying whether to open an embassy in Jerusalem.';
    const { persons, locations, meetings } = extract(body, '2020-02-04');
    expect(persons.map((person) => person.name)).toContain('Yoweri Museveni');
    expect(locations.map((location) => location.name)).toEqual(['Entebbe', 'Jerusalem']);
    expect(meetings.map((meeting) => [meeting.participants, meeting.location])).toContainEqual([['Benjamin Netanyahu', 'Yoweri Museveni'], null]);
  });
  it('dates an encounter told in reported speech by "a day after the encounter", not by the day of the saying', () => {
    // 285: "Burhan said on Tuesday he had met … Netanyahu in Uganda …, a day after the surprise encounter that …".
    const body = "Sudanese General Abdel Fattah al-Burhan said on Tuesday he had met Israeli Prime Minister Benjamin Netanyahu in Uganda in the interest of Sudan's national security, a day after the surprise encounter.";
    expect(extract(body, '2020-02-04').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Abdel Fattah al-Burhan', 'Benjamin Netanyahu'], '2020-02-03']]);
  });
  it('dates a meeting that an announcement followed by the day the sentence before told', () => {
    // 010: "Late on Monday, Secretary General Jens Stoltenberg announced that … The announcement followed a meeting in
    // Vilnius between Stoltenberg, Erdogan and Swedish Prime Minister Ulf Kristersson."
    const body = 'NATO leaders gathered in the Lithuanian capital, Vilnius, on Tuesday for a two-day summit, a day after Turkey lifted its objection to Sweden joining the alliance.\n\nLate on Monday, NATO Secretary General Jens Stoltenberg announced that Turkish President Recep Tayyip Erdogan had agreed to send the protocol to parliament. The announcement followed a meeting in Vilnius between Stoltenberg, Erdogan and Swedish Prime Minister Ulf Kristersson.';
    const meetings = extract(body, '2023-07-11').meetings.filter((meeting) => meeting.kind !== 'summit');
    expect(meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Jens Stoltenberg', 'Recep Tayyip Erdogan', 'Ulf Kristersson'], '2023-07-10']]);
  });
  it('places talks told after a visit at the building named, in the city of the visit', () => {
    // 298: "Modi will remain in Brazil for a state visit to Brasília on Tuesday, when he will hold talks with Lula at
    // the Alvorada Palace."
    const body = 'Indian Prime Minister Narendra Modi will remain in Brazil for a state visit to Brasília on Tuesday, when he will hold talks with President Luiz Inácio Lula da Silva at the Alvorada Palace.';
    expect(extract(body, '2025-07-07').meetings.map((meeting) => [meeting.date, meeting.location])).toEqual([['2025-07-08', 'Alvorada Palace']]);
  });
  it('takes no place for a call from where it invites someone to go', () => {
    // 285: "Pompeo spoke to Burhan by phone on Sunday and invited him to visit Washington later this year".
    const body = 'Secretary of State Mike Pompeo spoke to General Abdel Fattah al-Burhan by phone on Sunday and invited him to visit Washington later this year.';
    const call = extract(body, '2020-02-04').meetings.find((meeting) => meeting.kind === 'phone call');
    expect([call?.date, call?.location]).toEqual(['2020-02-02', null]);
  });
  it('reads "where" as a place named before it, never one named after it', () => {
    // 157: "… from Panama, where on Sunday he met President José Raúl Mulino and pressed Washington's demand that …".
    const body = "Secretary of State Marco Rubio flew from Panama, where on Sunday he met President José Raúl Mulino and pressed Washington's demand that Chinese influence be reduced.";
    expect(extract(body, '2025-02-03').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Marco Rubio', 'José Raúl Mulino'], '2025-02-02', null]]);
  });
  it('gives a visit told in an -ing clause the subject of the sentence', () => {
    // 343: "Kerry was due to fly to Jerusalem on Sunday to brief Netanyahu, before traveling to Paris on Monday for talks
    // with French Foreign Minister Laurent Fabius, …".
    const body = 'Secretary of State John Kerry spoke to reporters. Kerry was due to fly to Jerusalem on Sunday to brief Israeli Prime Minister Benjamin Netanyahu, before traveling to Paris on Monday for talks with French Foreign Minister Laurent Fabius.';
    const paris = extract(body, '2013-09-14').meetings.find((meeting) => meeting.location === 'Paris');
    expect([paris?.participants, paris?.date]).toEqual([['John Kerry', 'Laurent Fabius'], '2013-09-16']);
  });
  it('places talks held after a welcome where the welcome was given', () => {
    // 368: "Duterte, on a four-day state visit, was received with full military honours outside the Great Hall of the
    // People before sitting down with Xi for what … Hua Chunying described as "extensive" and "amicable" talks."
    const body = 'Philippine President Rodrigo Duterte met Chinese President Xi Jinping on Thursday in Beijing.\n\nDuterte was received with full military honours outside the Great Hall of the People before sitting down with Xi for what Chinese foreign ministry spokeswoman Hua Chunying described as "extensive" and "amicable" talks.';
    expect(extract(body, '2016-10-20').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Rodrigo Duterte', 'Xi Jinping'], 'Great Hall of the People']]);
  });
  it('takes an encounter that someone might have for no encounter', () => {
    // 368: "He said he might also travel to Russia to see President Vladimir Putin and tell him …".
    const body = 'Philippine President Rodrigo Duterte spoke at a forum in Beijing on Thursday. He said he might also travel to Russia to see President Vladimir Putin.';
    expect(extract(body, '2016-10-20').meetings).toEqual([]);
  });
  it('reads "the two leaders" after a summit others joined as its two leaders', () => {
    // 262: a Helsinki summit with the secretary of state, the foreign minister and the Finnish host, then "The two
    // leaders first met on the sidelines of a Group of 20 summit in Hamburg, Germany, last July".
    const body = 'U.S. President Donald Trump and Russian President Vladimir Putin held a summit in Helsinki on Monday, joined by Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov.\n\nThe two leaders first met on the sidelines of a Group of 20 summit in Hamburg, Germany, last July.';
    const hamburg = extract(body, '2018-07-16').meetings.find((meeting) => meeting.location === 'Hamburg');
    expect(hamburg?.participants).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
  it('takes an encounter told as an anniversary\'s event for one of the past, and "they" after it for the story\'s pair', () => {
    // 277: "… exactly 56 years after Charles de Gaulle and Konrad Adenauer signed the Elysee Treaty … They are next due
    // to meet at an EU summit in Brussels in March".
    const body = "German Chancellor Angela Merkel and French President Emmanuel Macron on Tuesday signed a new treaty in the German city of Aachen.\n\nThe agreement was signed in the town hall, exactly 56 years after Charles de Gaulle and Konrad Adenauer signed the Elysee Treaty.\n\nThey are next due to meet at an EU summit in Brussels in March.";
    const meetings = extract(body, '2019-01-22').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(meetings).toContainEqual([['Charles de Gaulle', 'Konrad Adenauer'], null, 'held']);
    expect(meetings).toContainEqual([['Angela Merkel', 'Emmanuel Macron'], null, 'planned']);
  });
  it('reads a described title after the meeting word as the other party', () => {
    // 258: "… depends on President Javier Milei's party doing well …, as he welcomed the libertarian leader to the White
    // House for lunch."
    const body = "President Donald Trump on Tuesday made clear that support for Argentina depends on President Javier Milei's party doing well, as he welcomed the libertarian leader to the White House for lunch.";
    expect(extract(body, '2025-10-14').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Donald Trump', 'Javier Milei'], 'White House']]);
  });
  it('never reads "she" as a man the article styles "Mr"', () => {
    // 373: Mrs May's tour; "On Thursday she will meet President Uhuru Kenyatta in Nairobi" after a sentence that names
    // Mr Buhari first.
    const body = 'Prime Minister Theresa May held talks with President Cyril Ramaphosa in Cape Town on Tuesday.\n\nMr Muhammadu Buhari will receive Mrs May in Abuja on Wednesday.\n\nOn Thursday she will meet President Uhuru Kenyatta in Nairobi.';
    const nairobi = extract(body, '2018-08-28').meetings.find((meeting) => meeting.location === 'Nairobi');
    expect(nairobi?.participants).toEqual(['Theresa May', 'Uhuru Kenyatta']);
  });
  it('reads "Her" opening a sentence as a possessive', () => {
    // 373: "Her talks with the South African president took place at Tuynhuys, the presidency's Cape Town office."
    const body = 'Prime Minister Theresa May held talks with President Cyril Ramaphosa in Cape Town on Tuesday.\n\nHer talks with Ramaphosa took place at Tuynhuys, the presidency\'s Cape Town office.';
    const tuynhuys = extract(body, '2018-08-28').meetings.find((meeting) => meeting.location === 'Tuynhuys');
    expect(tuynhuys?.participants).toEqual(['Theresa May', 'Cyril Ramaphosa']);
  });
  it('takes those who took part in the talks for no encounter of their own', () => {
    // 258: "On the Argentine side, Economy Minister Luis Caputo and Milei's sister and chief of staff, Karina Milei, took
    // part in the talks."
    const body = 'President Donald Trump welcomed President Javier Milei to the White House for lunch on Tuesday.\n\nEconomy Minister Luis Caputo and presidential chief of staff Karina Milei took part in the talks.';
    expect(extract(body, '2025-10-14').meetings.map((meeting) => meeting.participants)).toEqual([['Donald Trump', 'Javier Milei']]);
  });
  it('reads "where" as the nearest place before it', () => {
    // 389: "The Indian Prime Minister arrived in Astana on Tuesday from Tashkent, where on Monday he held talks with
    // Uzbek President Islam Karimov".
    const body = 'Prime Minister Narendra Modi arrived in Astana on Tuesday from Tashkent, where on Monday he held talks with Uzbek President Islam Karimov.';
    const talks = extract(body, '2015-07-07').meetings.find((meeting) => meeting.participants.includes('Islam Karimov'));
    expect([talks?.date, talks?.location]).toEqual(['2015-07-06', 'Tashkent']);
  });
  it('places a summit "in the Red Sea resort" in the town of the dateline', () => {
    // 394: "SHARM EL-SHEIKH, March 29 (MENA) - … as the 26th Arab League summit closed in the Red Sea resort."
    const body = 'SHARM EL-SHEIKH, March 29 (MENA) - Arab leaders agreed on Sunday to create a joint military force, President Abdel Fattah al-Sisi announced as the Arab League summit closed in the Red Sea resort.';
    expect(extract(body, '2015-03-29').meetings.map((meeting) => meeting.location)).toEqual(['Sharm el-Sheikh']);
  });
  it('takes no place for talks from the disputes they were about', () => {
    // 399: "… agreed at their talks … on Wednesday that territorial disputes in the South China Sea should be settled
    // peacefully".
    const body = 'TOKYO, Oct. 26 (Jiji Press)--Prime Minister Shinzo Abe and Philippine President Rodrigo Duterte agreed at their talks on Wednesday that territorial disputes in the South China Sea should be settled peacefully.';
    expect(extract(body, '2016-10-26').meetings.map((meeting) => meeting.location)).toEqual(['Tokyo']);
  });
  it('dates talks told in a when-clause by the day just before it, ahead of publication for a plan', () => {
    // 136: "He said he expected to speak with Trump on Wednesday, when he is also due in Helsinki for talks with Finnish
    // President Alexander Stubb." Filed on Tuesday, March 18.
    const body = 'Ukrainian President Volodymyr Zelensky said he expected to speak with Trump on Wednesday, when he is also due in Helsinki for talks with Finnish President Alexander Stubb.';
    const helsinki = extract(body, '2025-03-18').meetings.find((meeting) => meeting.location === 'Helsinki');
    expect([helsinki?.date, helsinki?.status]).toEqual(['2025-03-19', 'planned']);
  });
  it('gives talks held "during the same visit" the day and place of the visit told before', () => {
    // 243: "Fidan met Haniyeh and other Hamas officials in the Qatari capital, Doha, on Wednesday, … During the same
    // visit, Fidan held talks with Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani."
    const body = "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in the Qatari capital, Doha, on Wednesday. During the same visit, Fidan held talks with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.";
    const talks = extract(body, '2024-04-20').meetings.find((meeting) => meeting.participants.includes('Mohammed bin Abdulrahman Al Thani'));
    expect([talks?.date, talks?.location]).toEqual(['2024-04-17', 'Doha']);
  });
  it('keeps those who met someone on arrival in one encounter', () => {
    // 330: "Putin was met at the airbase by Syrian President Bashar Assad and Russian Defense Minister Sergei Shoigu, as
    // well as the commander of the Russian forces in Syria, Colonel General Sergei Surovikin."
    const body = 'Russian President Vladimir Putin was met at the airbase on Monday by Syrian President Bashar Assad and Russian Defense Minister Sergei Shoigu.';
    expect(extract(body, '2017-12-11').meetings.map((meeting) => meeting.participants)).toEqual([['Vladimir Putin', 'Bashar Assad', 'Sergei Shoigu']]);
  });
  it('places an encounter with no place of its own where two of its parties met that day', () => {
    // 019: "… as the two men held talks in Beijing …. Macron was joined later in the day by European Commission
    // President Ursula von der Leyen for a three-way meeting with Xi."
    const body = 'BEIJING, April 6 (AFP) - French President Emmanuel Macron appealed to Chinese leader Xi Jinping on Thursday to help end the war, as the two men held talks in Beijing.\n\nMacron spoke to Xi at the start of their meeting at the Great Hall of the People.\n\nMacron was joined later in the day by European Commission President Ursula von der Leyen for a three-way meeting with Xi.';
    const threeWay = extract(body, '2023-04-06').meetings.find((meeting) => meeting.participants.length === 3);
    expect([threeWay?.date, threeWay?.location]).toEqual(['2023-04-06', 'Beijing']);
  });
  it('reads "where" past a phrase that says what the place is', () => {
    // 296: "Later on Wednesday, Xi is due to travel to Budapest, the last stop of his European tour, where he will hold
    // talks with Hungarian Prime Minister Viktor Orban on Thursday."
    const body = 'Later on Wednesday, Chinese President Xi Jinping is due to travel to Budapest, the last stop of his European tour, where he will hold talks with Hungarian Prime Minister Viktor Orban on Thursday.';
    const talks = extract(body, '2024-05-08').meetings.find((meeting) => meeting.participants.includes('Viktor Orban'));
    expect([talks?.date, talks?.location]).toEqual(['2024-05-09', 'Budapest']);
  });
  it('takes a meal the parties had together for an encounter, without the wives who joined it', () => {
    // 386: "The two leaders had been having dinner at the Florida resort with their wives, Akie Abe and Melania Trump,
    // … when word came that North Korea had fired a missile".
    const body = 'Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump condemned the launch on Saturday.\n\nAbe and Trump had been having dinner on Saturday with their wives, Akie Abe and Melania Trump, when word came that North Korea had fired a missile.';
    expect(extract(body, '2017-02-11').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Shinzo Abe', 'Donald Trump'], '2017-02-11']]);
  });
  it('places talks "in the city" in the town of the encounter told before', () => {
    // 396: "Boris Johnson has walked through the centre of Kyiv alongside Volodymyr Zelensky …. European Commission
    // President Ursula von der Leyen met Mr Zelensky in the city on Friday".
    const body = 'Prime Minister Boris Johnson visited Kyiv on Saturday to meet President Volodymyr Zelensky.\n\nEuropean Commission President Ursula von der Leyen met Mr Zelensky in the city on Friday.';
    const vonDerLeyen = extract(body, '2022-04-09').meetings.find((meeting) => meeting.participants.includes('Ursula von der Leyen'));
    expect([vonDerLeyen?.date, vonDerLeyen?.location]).toEqual(['2022-04-08', 'Kyiv']);
  });
  it('dates the second encounter of a sentence by the day the sentence opens with, at a museum', () => {
    // 387: "On Monday Rouhani was received by President Sergio Mattarella at the Quirinale Palace and then met Prime
    // Minister Matteo Renzi at the Capitoline Museums, where Italian and Iranian companies signed agreements …".
    const body = 'Iranian President Hassan Rouhani arrived in Rome on Sunday.\n\nOn Monday Rouhani was received by President Sergio Mattarella at the Quirinale Palace and then met Prime Minister Matteo Renzi at the Capitoline Museums, where companies signed agreements.';
    const renzi = extract(body, '2016-01-26').meetings.find((meeting) => meeting.participants.includes('Matteo Renzi'));
    expect([renzi?.date, renzi?.location]).toEqual(['2016-01-25', 'Capitoline Museums']);
  });
  it('reads a private audience with the pontiff as an encounter, and dates what came after the audience by it', () => {
    // 383: "Cuban President Raul Castro said on Sunday that Pope Francis had impressed him …, after a private audience
    // in which he thanked the pontiff …. After the audience he was received by Italian Prime Minister Matteo Renzi at
    // Palazzo Chigi".
    const body = 'VATICAN CITY (AFP) - Cuban President Raul Castro said on Sunday that Pope Francis had impressed him, after a private audience in which he thanked the pontiff for his help.\n\nAfter the audience he was received by Italian Prime Minister Matteo Renzi at Palazzo Chigi.';
    expect(extract(body, '2015-05-10').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Raul Castro', 'Francis'], '2015-05-10'],
      [['Raul Castro', 'Matteo Renzi'], '2015-05-10'],
    ]);
  });
  it('reads the encounters past an opening phrase about the visit, one for each verb', () => {
    // 382: "During the two-day visit, Modi is also scheduled to call on President Abdul Hamid and to meet opposition
    // leader Khaleda Zia."
    const body = 'Prime Minister Narendra Modi arrived in Dhaka on Saturday.\n\nDuring the two-day visit, Modi is also scheduled to call on President Abdul Hamid and to meet opposition leader Khaleda Zia.';
    const planned = extract(body, '2015-06-06').meetings.filter((meeting) => meeting.status === 'planned');
    expect(planned.map((meeting) => meeting.participants)).toEqual([['Narendra Modi', 'Abdul Hamid'], ['Narendra Modi', 'Khaleda Zia']]);
  });
  it('takes a when-clause after a plan for part of the plan', () => {
    // 385: "The two leaders will see each other again in July, when Merkel hosts the Group of 20 summit in Hamburg."
    const body = 'President Donald Trump and German Chancellor Angela Merkel held talks at the White House on Friday.\n\nThe two leaders will see each other again in July, when Merkel hosts the Group of 20 summit in Hamburg.';
    const hamburg = extract(body, '2017-03-17').meetings.find((meeting) => meeting.location === 'Hamburg');
    expect([hamburg?.participants, hamburg?.date, hamburg?.status]).toEqual([['Donald Trump', 'Angela Merkel'], null, 'planned']);
  });
  it('leaves out of a summit the leaders whose forces were discussed and one who sent a message', () => {
    // 393: "Fighting in Juba … between forces loyal to South Sudan's President Salva Kiir and First Vice President Riek
    // Machar dominated closed-door discussions"; "Morocco's King Mohammed VI said in a message to the summit …".
    const body = "KIGALI, July 17 (RNA) - The African Union on Sunday unveiled its continental passport at the opening of the 27th AU summit in Kigali, handing the first two copies to Chad's President Idriss Deby Itno, the current AU chairperson, and to Rwandan President Paul Kagame, the host.\n\nFighting in Juba between forces loyal to South Sudan's President Salva Kiir and First Vice President Riek Machar dominated closed-door discussions.\n\nMorocco's King Mohammed VI said in a message to the summit that his country wanted to rejoin the organisation.";
    const summit = extract(body, '2016-07-17').meetings.find((meeting) => meeting.kind === 'summit');
    expect(summit?.participants).toEqual(['Idriss Deby Itno', 'Paul Kagame']);
  });
  it('takes no place for a video call from where one party joined it', () => {
    // 391: "Lopez Obrador joined the video call from the National Palace in Mexico City."
    const body = 'President Joe Biden held a virtual meeting with Mexican President Andres Manuel Lopez Obrador on Monday.\n\nLopez Obrador joined the video call from the National Palace in Mexico City.';
    expect(extract(body, '2021-03-01').meetings.map((meeting) => [meeting.kind, meeting.location])).toEqual([['video call', null]]);
  });
  it('keeps out of an encounter one whose own trip coincides with it, and one who thanks a party in a clause of its own', () => {
    // 395: "She also met Pacific Islands Forum Secretary General Henry Puna, and Fiji's Attorney-General Aiyaz
    // Sayed-Khaiyum thanked her …. Her visit coincides with an eight-nation Pacific tour by Chinese Foreign Minister
    // Wang Yi".
    const body = "Foreign Minister Penny Wong held talks with Prime Minister Frank Bainimarama in Suva on Friday. She also met Pacific Islands Forum Secretary General Henry Puna, and Fiji's Attorney-General Aiyaz Sayed-Khaiyum thanked her for choosing Fiji.\n\nHer visit coincides with an eight-nation Pacific tour by Chinese Foreign Minister Wang Yi.";
    expect(extract(body, '2022-05-27').meetings.map((meeting) => meeting.participants)).toEqual([['Penny Wong', 'Frank Bainimarama'], ['Penny Wong', 'Henry Puna']]);
  });
  it('reads a described meeting that names a building as the encounter just told, held there', () => {
    // 335: "The roughly 25-minute meeting at the Great Hall of the People, on the sidelines of the Asia-Pacific Economic
    // Cooperation forum, was the first formal summit between the two countries in nearly three years".
    const body = "BEIJING, Nov. 10 Kyodo - Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping held their first formal talks on Monday.\n\nThe roughly 25-minute meeting at the Great Hall of the People, on the sidelines of the Asia-Pacific Economic Cooperation forum, was the first formal summit between the two countries in nearly three years.\n\nOn Sunday, Abe also met Russian President Vladimir Putin in Beijing.";
    expect(extract(body, '2014-11-10').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Shinzo Abe', 'Xi Jinping'], '2014-11-10', 'Great Hall of the People'],
      [['Shinzo Abe', 'Vladimir Putin'], '2014-11-09', 'Beijing'],
    ]);
  });
  it("places an encounter in the building a city's possessive names, but a visit's airport in its town", () => {
    // 366: "The two leaders met at Beijing's Great Hall of the People"; 265: "… shortly after Moon arrived at Pyongyang's
    // Sunan International Airport".
    const hall = extract('President Park Geun-hye and Chinese President Xi Jinping met at Beijing\'s Great Hall of the People on Wednesday.', '2015-09-02').meetings[0];
    expect([hall?.location, hall?.city]).toEqual(['Great Hall of the People', 'Beijing']);
    const body = "President Moon Jae-in and North Korean leader Kim Jong-un signed a joint declaration on Wednesday. The two leaders held their first round of talks on Tuesday afternoon at the headquarters of the party, shortly after Moon arrived at Pyongyang's Sunan International Airport.";
    const talks = extract(body, '2018-09-19').meetings.find((meeting) => meeting.date === '2018-09-18');
    expect(talks?.location).toBe('Pyongyang');
  });
  it('reads "her talks with" a counterpart named by title as the talks told with that counterpart', () => {
    // 373: "Her comments contrasted with those of US President Donald Trump … ¶ Her talks with the South African
    // president took place at Tuynhuys, the presidency's Cape Town office."
    const body = "CAPE TOWN\n\nTheresa May has given her backing to land reform, as she held talks with President Cyril Ramaphosa on the first day of a trade mission to Africa.\n\nHer comments contrasted with those of US President Donald Trump, who last week said on Twitter that he had asked his Secretary of State to look into farm seizures.\n\nHer talks with the South African president took place at Tuynhuys, the presidency's Cape Town office.";
    expect(extract(body, '2018-08-28').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Theresa May', 'Cyril Ramaphosa'], 'Tuynhuys']]);
  });
  it('reads leaders who "talked one-on-one for nearly two hours" as the summit told, and their aides as no parties', () => {
    // 346: "The two leaders talked one-on-one for nearly two hours at Far Eastern Federal University on Russky Island
    // before moving on to expanded talks joined by their top aides, including Russian Foreign Minister Sergey Lavrov
    // and North Korean Foreign Minister Ri Yong-ho."
    const body = 'VLADIVOSTOK, Russia, April 25 (Yonhap) -- North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first-ever summit in this Far Eastern port city Thursday.\n\nThe two leaders talked one-on-one for nearly two hours at Far Eastern Federal University on Russky Island before moving on to expanded talks joined by their top aides, including Russian Foreign Minister Sergey Lavrov and North Korean Foreign Minister Ri Yong-ho.';
    expect(extract(body, '2019-04-25').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Kim Jong-un', 'Vladimir Putin'], 'Far Eastern Federal University']]);
  });
  it('dates talks told before "a day after" by their own day, and reads "scheduled for 35 minutes" as no plan', () => {
    // 364: "… on Tuesday told his Pakistani counterpart Nawaz Sharif …, as the two leaders held their first bilateral
    // talks a day after Modi was sworn in. ¶ The meeting at Hyderabad House, scheduled for 35 minutes, went on for
    // about 50."
    const body = 'NEW DELHI, May 27 (PTI) - Prime Minister Narendra Modi on Tuesday told his Pakistani counterpart Nawaz Sharif that Islamabad must act, as the two leaders held their first bilateral talks a day after Modi was sworn in.\n\nThe meeting at Hyderabad House, scheduled for 35 minutes, went on for about 50.';
    expect(extract(body, '2014-05-27').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Narendra Modi', 'Nawaz Sharif'], '2014-05-27', 'Hyderabad House', 'held'],
    ]);
  });
  it('reads "held separate meetings with" as one meeting with each, and "the two leaders" after them as the pair first told', () => {
    // 364: "Modi held separate meetings with Afghan President Hamid Karzai, …"; 100: "Before the ceremony, Trump held
    // separate bilateral meetings with Aliyev and Pashinyan …. The two leaders last met in Abu Dhabi in July".
    const body = 'U.S. President Donald Trump hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev at the White House on Friday.\n\nBefore the ceremony, Trump held separate bilateral meetings with Aliyev and Pashinyan.\n\nThe two leaders last met in Abu Dhabi in July, for talks that produced no breakthrough.';
    const meetings = extract(body, '2025-08-08').meetings;
    expect(meetings.filter((meeting) => meeting.participants.length === 2 && meeting.date === '2025-08-08').map((meeting) => meeting.participants)).toEqual([['Donald Trump', 'Ilham Aliyev'], ['Donald Trump', 'Nikol Pashinyan']]);
    expect(meetings.find((meeting) => meeting.location === 'Abu Dhabi')?.participants).toEqual(['Nikol Pashinyan', 'Ilham Aliyev']);
  });
  it('places a building "in the Turkish capital" in that capital, not in a town a phrase after it names', () => {
    // 374: "… hosted … Putin and … Rouhani at the Presidential Complex in the Turkish capital for the fifth summit of the
    // three guarantor countries of the Astana process."
    const body = 'Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin and Iranian President Hassan Rouhani at the Presidential Complex in the Turkish capital on Monday for the fifth summit of the three guarantor countries of the Astana process.';
    const summit = extract(body, '2019-09-16').meetings[0];
    expect([summit?.location, summit?.city]).toEqual(['Presidential Complex', 'Ankara']);
  });
  it('reads "him" with nobody else named in its sentence as the one the sentence before is about', () => {
    // 217: "Putin landed at Noi Bai International Airport …, arriving from Pyongyang, where he and North Korean leader
    // Kim Jong Un signed a mutual defence pact. ¶ Lam hosted an official welcome ceremony for him …"
    const body = 'Russian President Vladimir Putin and President To Lam held talks in Hanoi on Thursday.\n\nPutin landed at Noi Bai International Airport in the early hours of Thursday, arriving from Pyongyang, where he and North Korean leader Kim Jong Un signed a mutual defence pact.\n\nLam hosted an official welcome ceremony for him with a 21-gun salute at the Presidential Palace before the two sat down for talks.';
    const welcome = extract(body, '2024-06-20').meetings.find((meeting) => meeting.location === 'Presidential Palace');
    expect(welcome?.participants).toEqual(['Vladimir Putin', 'To Lam']);
  });
  it('places a plan to attend the summit where the summit is', () => {
    // 240: "Pope Francis is due to attend the summit on Friday for a session on artificial intelligence".
    const body = 'Italian Prime Minister Giorgia Meloni welcomed U.S. President Joe Biden, French President Emmanuel Macron and German Chancellor Olaf Scholz to the Borgo Egnazia resort on Thursday for the G7 summit.\n\nPope Francis is due to attend the summit on Friday for a session on artificial intelligence.';
    const pope = extract(body, '2024-06-13').meetings.find((meeting) => meeting.participants.includes('Francis'));
    expect([pope?.date, pope?.location, pope?.status]).toEqual(['2024-06-14', 'Borgo Egnazia', 'planned']);
    // "He is expected to hold bilateral meetings with several leaders, including Biden": there too.
    const bilateral = extract(`${body} He is expected to hold bilateral meetings with several leaders, including Biden.`, '2024-06-13').meetings.find((meeting) => meeting.participants.length === 2 && meeting.participants.includes('Francis'));
    expect([bilateral?.participants, bilateral?.date, bilateral?.location]).toEqual([['Francis', 'Joe Biden'], '2024-06-14', 'Borgo Egnazia']);
  });
  it('keeps a dated journey to a town as a visit, and drops one with no day', () => {
    // 360: "On Thursday Mr Cameron will host Mr Xi at Chequers, his country retreat in Buckinghamshire, before the
    // Chinese leader travels to Manchester on Friday."
    const body = 'Chinese President Xi Jinping held talks with Prime Minister David Cameron in London on Wednesday.\n\nThe Chinese leader travels to Manchester on Friday.\n\nCameron will later travel to Edinburgh.';
    const visits = extract(body, '2015-10-21').meetings.filter((meeting) => meeting.participants.length === 1);
    expect(visits.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([[['Xi Jinping'], '2015-10-23', 'Manchester', 'planned']]);
  });
  it('reads a lead in which one leader tells another something as their encounter, placed where the report says it was', () => {
    // 400: "Moscow, Feb 16 (EFE).- Brazilian President Jair Bolsonaro told Russian President Vladimir Putin on Wednesday
    // that his country stood in solidarity with Russia …. ¶ "I am very happy and honored by this invitation. We are in
    // solidarity with Russia," Bolsonaro said at the start of the meeting in the Kremlin".
    const body = 'Moscow, Feb 16 (EFE).- Brazilian President Jair Bolsonaro told Russian President Vladimir Putin on Wednesday that his country stood in solidarity with Russia.\n\n"I am very happy and honored by this invitation. We are in solidarity with Russia," Bolsonaro said at the start of the meeting in the Kremlin.';
    expect(extract(body, '2022-02-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Jair Bolsonaro', 'Vladimir Putin'], '2022-02-16', 'Kremlin']]);
    // Without a meeting or a visit told, a lead's "told" may be a statement from afar.
    expect(extract('Moscow, Feb 16 (EFE).- Brazilian President Jair Bolsonaro told Russian President Vladimir Putin on Wednesday that his country stood in solidarity with Russia.', '2022-02-16').meetings).toEqual([]);
  });
  it('reads "first met … and then" as the order of the summit told, and dates a meeting on its sidelines by the summit', () => {
    // 292: "The leaders first met in a narrow format and then continued talks with their delegations. … On the
    // sidelines, Putin held a bilateral meeting with Raisi, their second face-to-face encounter this year."
    const body = 'ASHGABAT, June 29 (TASS) - The Sixth Caspian Summit was held in Ashgabat on Wednesday. The summit, hosted by President of Turkmenistan Serdar Berdimuhamedov, brought together President of Azerbaijan Ilham Aliyev, President of Iran Ebrahim Raisi, President of Kazakhstan Kassym-Jomart Tokayev and President of Russia Vladimir Putin.\n\nThe leaders first met in a narrow format and then continued talks with their delegations.\n\nOn the sidelines, Putin held a bilateral meeting with Raisi, their second face-to-face encounter this year.';
    const meetings = extract(body, '2022-06-29').meetings;
    expect(meetings.map((meeting) => [meeting.participants.length, meeting.date, meeting.location])).toEqual([[5, '2022-06-29', 'Ashgabat'], [2, '2022-06-29', 'Ashgabat']]);
  });
  it('places talks held after a welcome at the airport where the two leaders went on to hold them', () => {
    // 333: "Sharif … received Modi at Allama Iqbal International Airport with a warm hug. The two leaders then flew by
    // helicopter to Sharif's family residence at Raiwind on the outskirts of the city, where the Pakistani leader's
    // granddaughter was getting married, and held talks there."
    const body = "LAHORE, Dec 25 (PTI) Prime Minister Narendra Modi today made an unscheduled stopover in Lahore on his way back from Afghanistan and held talks with Pakistani Prime Minister Nawaz Sharif, becoming the first Indian premier to visit Pakistan in nearly 12 years.\n\nSharif, who turned 66 today, received Modi at Allama Iqbal International Airport with a warm hug. The two leaders then flew by helicopter to Sharif's family residence at Raiwind on the outskirts of the city, where the Pakistani leader's granddaughter was getting married, and held talks there.";
    expect(extract(body, '2015-12-25').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Narendra Modi', 'Nawaz Sharif'], 'Raiwind']]);
  });
  it('reads "she" and "her" as the woman the article calls so, not as a man it gives no pronoun', () => {
    // 215: "Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi …. On Monday evening Indian External
    // Affairs Minister S Jaishankar called on her at her hotel …. She is scheduled to meet President Droupadi Murmu and
    // Vice-President Jagdeep Dhankhar later on Tuesday."
    const body = 'Bangladesh Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi held talks at Hyderabad House on Tuesday.\n\nOn Monday evening Indian External Affairs Minister S Jaishankar called on her at her hotel.\n\nShe is scheduled to meet President Droupadi Murmu and Vice-President Jagdeep Dhankhar later on Tuesday.';
    const meetings = extract(body, '2022-09-06').meetings;
    expect(meetings.map((meeting) => meeting.participants)).toEqual([
      ['Sheikh Hasina', 'Narendra Modi'],
      ['S Jaishankar', 'Sheikh Hasina'],
      ['Sheikh Hasina', 'Droupadi Murmu'],
      ['Sheikh Hasina', 'Jagdeep Dhankhar'],
    ]);
  });
  it('keeps a journey or summit told after a meeting apart from it, and reads "phone talks" as a call', () => {
    // 367: "Obama was due to meet … Nguyen Phu Trong, later on Monday. ¶ From Vietnam, Obama heads to Japan for the
    // Group of Seven summit at Ise-Shima later this week."
    const body = 'HANOI, May 23 (AFP) - U.S. President Barack Obama lifted the arms embargo on Vietnam on Monday.\n\nObama was due to meet the general secretary of the Communist Party of Vietnam, Nguyen Phu Trong, later on Monday.\n\nFrom Vietnam, Obama heads to Japan for the Group of Seven summit at Ise-Shima later this week.';
    const trong = extract(body, '2016-05-23').meetings.find((meeting) => meeting.participants.includes('Nguyen Phu Trong'));
    expect(trong?.location).not.toBe('Ise-Shima');
    // 390: "Putin, Erdogan hold first phone talks since Su-24 downing".
    const call = extract('MOSCOW, June 29 (TASS) - Putin, Erdogan hold first phone talks since Su-24 downing. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held a telephone conversation on Wednesday.', '2016-06-29').meetings[0];
    expect([call?.kind, call?.location]).toEqual(['phone call', null]);
  });
  it('reads ", and next Friday he will attend the summit" as a clause of its own, and talks on the way on in no town of the arrival', () => {
    // 356: "On Sunday he travels on to Uzbekistan for a state visit and talks with President Islam Karimov, and next
    // Friday he will attend the summit of the Shanghai Cooperation Organisation in Bishkek."
    const body = 'ASTANA, Sept. 7 (Xinhua) -- Chinese President Xi Jinping arrived in Astana on Friday for a state visit.\n\nOn Sunday he travels on to Uzbekistan for a state visit and talks with President Islam Karimov, and next Friday he will attend the summit of the Shanghai Cooperation Organisation in Bishkek.';
    const meetings = extract(body, '2013-09-07').meetings;
    expect(meetings.find((meeting) => meeting.participants.includes('Islam Karimov'))?.location).toBeNull();
    expect(meetings.find((meeting) => meeting.location === 'Bishkek')).toMatchObject({ participants: ['Xi Jinping'], date: '2013-09-13', status: 'planned' });
  });
  it("keeps a leader's visit to a temple apart from the talks of that day", () => {
    // 276: "Modi will hold delegation-level talks with Prime Minister Hasina on Saturday …. ¶ On Saturday, Modi will also
    // visit the Jeshoreshwari Kali temple in Satkhira".
    const body = 'Indian Prime Minister Narendra Modi will hold delegation-level talks with Prime Minister Sheikh Hasina on Saturday.\n\nOn Saturday, Modi will also visit the Jeshoreshwari Kali temple in Satkhira.';
    const meetings = extract(body, '2021-03-26').meetings;
    expect(meetings.find((meeting) => meeting.participants.length === 2)?.location).toBeNull();
  });
  it('takes the one who invites for the host of the visit invited to', () => {
    // 220: "Trump invited Lee to visit the United States"; 386: "Trump accepted an invitation from Abe to visit Japan
    // later this year".
    const body = 'President Lee Jae-myung and US President Donald Trump held their first phone conversation on Friday.\n\nTrump invited Lee to visit the United States.';
    const visit = extract(body, '2025-06-07').meetings.find((meeting) => meeting.status === 'planned');
    expect(visit?.participants).toEqual(['Donald Trump', 'Lee Jae-myung']);
  });
  it('reads "next to" as a place, not a plan, and talks between two countries\' negotiators as theirs', () => {
    // 383: "Castro, 83, spent nearly an hour with Francis in a study next to the Paul VI audience hall"; "Francis wrote
    // personal letters last year to Castro and to U.S. President Barack Obama, and hosted secret talks between Cuban
    // and U.S. negotiators at the Vatican in October."
    const body = 'VATICAN CITY (AFP) - Cuban President Raul Castro met Pope Francis on Sunday.\n\nCastro, 83, spent nearly an hour with Francis in a study next to the Paul VI audience hall.\n\nFrancis wrote personal letters last year to Castro and to U.S. President Barack Obama, and hosted secret talks between Cuban and U.S. negotiators at the Vatican in October.';
    const meetings = extract(body, '2015-05-10').meetings;
    expect(meetings.map((meeting) => [meeting.participants, [...meeting.countries].sort(), meeting.status])).toEqual([
      [['Raul Castro', 'Francis'], ['Cuba'], 'held'],
      [[], ['Cuba', 'United States'], 'held'],
    ]);
  });
  it('reads "the Chancellery of the Prime Minister" whole, and a wreath laid after a courtesy call as no place of it', () => {
    // 297: "… was accorded a ceremonial welcome at the Chancellery of the Prime Minister …"; "Modi also called on Polish
    // President Andrzej Duda and laid a wreath at the Tomb of the Unknown Soldier."
    const body = 'WARSAW, Aug 22 (PTI) - Prime Minister Narendra Modi on Thursday held talks with his Polish counterpart Donald Tusk at the Chancellery of the Prime Minister.\n\nModi also called on Polish President Andrzej Duda and laid a wreath at the Tomb of the Unknown Soldier.';
    const meetings = extract(body, '2024-08-22').meetings;
    expect(meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['Narendra Modi', 'Donald Tusk'], 'Chancellery of the Prime Minister'],
      [['Narendra Modi', 'Andrzej Duda'], null],
    ]);
  });
  it('reads a leader\'s title nobody in the article holds as the untitled person the report opens with', () => {
    // 373: "Theresa May has given her backing to South Africa's plans for land reform …, as she held talks with President
    // Cyril Ramaphosa …. The Prime Minister flies to Nigeria on Wednesday for talks with President Muhammadu Buhari in
    // Abuja and a visit to Lagos."
    const body = 'CAPE TOWN\n\nTheresa May has given her backing to land reform, as she held talks with President Cyril Ramaphosa on Tuesday.\n\nThe Prime Minister flies to Nigeria on Wednesday for talks with President Muhammadu Buhari in Abuja and a visit to Lagos.';
    expect(extract(body, '2018-08-28').meetings.find((meeting) => meeting.location === 'Abuja')?.participants).toEqual(['Theresa May', 'Muhammadu Buhari']);
  });
  it('takes whom a visitor urges where the visit went for the one met on it', () => {
    // 170: "… three days after Orban visited Kyiv, where he urged Ukrainian President Volodymyr Zelensky to consider a
    // quick cease-fire."
    const body = 'July 5 (UPI) -- Hungarian Prime Minister Viktor Orban held talks with Russian President Vladimir Putin in Moscow on Friday.\n\nThe visit came three days after Orban visited Kyiv, where he urged Ukrainian President Volodymyr Zelensky to consider a quick cease-fire.';
    expect(extract(body, '2024-07-05').meetings.find((meeting) => meeting.location === 'Kyiv')?.participants).toEqual(['Viktor Orban', 'Volodymyr Zelensky']);
  });
  it('reads the summit a traveller attended where he came from, undated by the arrival', () => {
    // 455: "Obama arrived in Vientiane on Monday night from China, where he attended the Group of 20 summit in
    // Hangzhou."
    const body = 'VIENTIANE, Laos (AP) \u2014 President Barack Obama met Lao President Bounnhang Vorachith at the Presidential Palace on Tuesday.\n\nObama arrived in Vientiane on Monday night from China, where he attended the Group of 20 summit in Hangzhou.';
    const summit = extract(body, '2016-09-06').meetings.find((meeting) => meeting.kind === 'summit');
    expect([summit?.participants, summit?.date, summit?.location, summit?.status]).toEqual([['Barack Obama'], null, 'Hangzhou', 'held']);
  });
  it('reads "first … to visit" without an article as who went first, and a first lady as no first', () => {
    // 455 headline: "Obama, first sitting US president to visit Laos, pledges $90M for bomb cleanup".
    const lines = [
      'Barack Obama, first sitting US president to visit Laos, pledges $90M for bomb cleanup',
      'VIENTIANE, Laos (AP) - President Barack Obama on Tuesday pledged $90 million to clear unexploded bombs.',
      'Obama held talks with Lao President Bounnhang Vorachith at the Presidential Palace.',
    ];
    expect(extract(lines.join('\n\n'), '2016-09-06').meetings.map((meeting) => meeting.status)).toEqual(['held']);
    // 090: "He said Xi had invited him and first lady Melania Trump to visit China": an invitation, still to come.
    const invited = 'WASHINGTON (Reuters) - U.S. President Donald Trump said Chinese President Xi Jinping had invited him and first lady Melania Trump to visit China.';
    expect(extract(invited, '2025-06-05').meetings.map((meeting) => meeting.status)).toEqual(['planned']);
  });
  it('leaves a weekend call undated, and dates it by "the two leaders spoke on Sunday" (after the 461\u2013480 freeze)', () => {
    // 474: "… Donald Trump angrily cut short their weekend phone call …. The two leaders spoke on Sunday morning,
    // Australian time, …"
    const lead = 'CANBERRA, Feb 2 (AAP) - Malcolm Turnbull has refused to comment on a report that Donald Trump angrily cut short their weekend phone call over a refugee deal.';
    expect(extract(lead, '2017-02-02').meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual([['phone call', null]]);
    const later = 'The two leaders spoke on Sunday morning, Australian time, days after Mr Trump signed an executive order.';
    expect(extract(`${lead}\n\n${later}`, '2017-02-02').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Donald Trump', 'Malcolm Turnbull'], '2017-01-29']]);
    // A speech is no conversation: "The two leaders spoke at a business forum".
    const speech = 'SYDNEY, Feb 2 (AAP) - Malcolm Turnbull and Donald Trump were both in Sydney this week for an investment conference.\n\nThe two leaders spoke at a business forum on Sunday.';
    expect(extract(speech, '2017-02-02').meetings).toEqual([]);
  });
  it('keeps talks held as held past a plan told after them', () => {
    // 447: "The two presidents held official talks and witnessed the signing of agreements …, including a programme
    // under which Mexico will hire Cuban doctors to work in remote parts of the country."
    const body = 'Havana, May 9 (Prensa Latina) Cuban President Miguel D\u00edaz-Canel awarded the Jos\u00e9 Mart\u00ed Order to Mexican President Andr\u00e9s Manuel L\u00f3pez Obrador on Sunday at the Palace of the Revolution.\n\nThe two presidents held official talks and witnessed the signing of agreements on health, including a programme under which Mexico will hire Cuban doctors.';
    const statuses = extract(body, '2022-05-09').meetings.map((meeting) => meeting.status);
    expect(statuses).not.toContain('planned');
  });
  it('gives talks of one of the pair the report opens with, and no counterpart named, to both', () => {
    // 451: "ULAANBAATAR, May 17 (MONTSAME) Prime Minister of India Narendra Modi and Prime Minister of Mongolia Chimediin
    // Saikhanbileg on Sunday agreed …. Following official talks at the Government House in Ulaanbaatar, Mr Modi
    // announced …"
    const lead = 'ULAANBAATAR, May 17 (MONTSAME) Prime Minister of India Narendra Modi and Prime Minister of Mongolia Chimediin Saikhanbileg on Sunday agreed to raise relations to a strategic partnership.';
    const talks = 'Following official talks at the Government House in Ulaanbaatar, Mr Modi announced a line of credit of one billion dollars.';
    const found = extract(`${lead}\n\n${talks}`, '2015-05-17').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(found).toEqual([[['Narendra Modi', 'Chimediin Saikhanbileg'], 'Government House']]);
    // Talks with someone else named are not the pair's.
    const others = 'Following talks with business leaders at the Government House, Mr Modi announced a line of credit.';
    expect(extract(`${lead}\n\n${others}`, '2015-05-17').meetings.map((meeting) => meeting.participants)).not.toContainEqual(['Narendra Modi', 'Chimediin Saikhanbileg']);
  });
  it('gives a visit told as the first since a predecessor to the predecessor, years before', () => {
    // 443: "Pompeo is the first U.S. secretary of state to visit Sudan since Condoleezza Rice in 2005."
    const body = 'KHARTOUM (Reuters) - U.S. Secretary of State Mike Pompeo held talks with Prime Minister Abdalla Hamdok in Khartoum on Tuesday.\n\nPompeo is the first U.S. secretary of state to visit Sudan since Condoleezza Rice in 2005.';
    const meetings = extract(body, '2020-08-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(meetings).toEqual([
      [['Mike Pompeo', 'Abdalla Hamdok'], '2020-08-25', 'held'],
      [['Condoleezza Rice'], null, 'held'],
    ]);
    // "since" a change of office names no one who came before.
    const since = 'RIYADH (AP) - U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks at the Diriyah Palace on Tuesday, their first meeting since Donald Trump returned to the White House.';
    expect(extract(since, '2025-02-18').meetings.map((meeting) => meeting.participants)).toEqual([['Marco Rubio', 'Sergei Lavrov']]);
  });
  it('adds to a past visit the one the visitor did something with in a when-clause', () => {
    // 236: "Manele's predecessor Manasseh Sogavare paid an official visit to China in July last year, when he and Xi
    // announced the establishment of the comprehensive strategic partnership".
    const body = 'BEIJING, July 12 (Xinhua) -- Chinese President Xi Jinping met with Solomon Islands Prime Minister Jeremiah Manele at the Great Hall of the People on Friday.\n\nManele\u2019s predecessor Manasseh Sogavare paid an official visit to China in July last year, when he and Xi announced a comprehensive strategic partnership.';
    const visit = extract(body, '2024-07-12').meetings.find((meeting) => meeting.kind === 'visit');
    expect(visit?.participants).toEqual(['Manasseh Sogavare', 'Xi Jinping']);
    expect(visit?.date).toBeNull();
  });
  it('reads "the two leaders" in a when-clause after a past visit as the visitor and the other of the pair', () => {
    // 239: "Marcos paid an official visit to Tokyo in February, when the two leaders signed defense cooperation
    // agreements."
    const body = 'MANILA, Philippines \u2014 Japanese Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. held talks at Malaca\u00f1ang Palace on Friday.\n\nMarcos paid an official visit to Tokyo in February, when the two leaders signed defense cooperation agreements.';
    const visit = extract(body, '2023-11-03').meetings.find((meeting) => meeting.location === 'Tokyo');
    expect(visit?.participants).toEqual(['Ferdinand Marcos Jr', 'Fumio Kishida']);
  });
  it('places a summit at a national gallery, and reads no person in a "so-called" nickname', () => {
    // 405: "Prime Minister Justin Trudeau hosted U.S. President Barack Obama and Mexican President Enrique Pena Nieto at
    // the National Gallery of Canada on Wednesday for the so-called Three Amigos summit".
    const body = 'OTTAWA - Prime Minister Justin Trudeau hosted U.S. President Barack Obama and Mexican President Enrique Pena Nieto at the National Gallery of Canada on Wednesday for the so-called Three Amigos summit.';
    const { meetings, persons } = extract(body, '2016-06-29');
    expect(meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Justin Trudeau', 'Barack Obama', 'Enrique Pena Nieto'], 'National Gallery of Canada']]);
    expect(persons.map((person) => person.name)).not.toContain('Three Amigos');
  });
  it('places talks "before sitting down" where the leaders met just before, and reads a summit "days before" as ahead', () => {
    // 409: "The two leaders traded barbs at a news conference at the Fort de Bregancon before sitting down for talks and
    // a working dinner, days before Macron hosts a Group of Seven summit in Biarritz from which Russia has been excluded."
    const body = 'Bormes-les-Mimosas, France (AFP) - French President Emmanuel Macron welcomed Russian President Vladimir Putin to his summer residence on Monday.\n\nThe two leaders traded barbs at a news conference at the Fort de Bregancon before sitting down for talks and a working dinner, days before Macron hosts a Group of Seven summit in Biarritz from which Russia has been excluded.';
    const meetings = extract(body, '2019-08-19').meetings;
    expect(meetings.map((meeting) => [meeting.participants, meeting.location, meeting.status])).toEqual([
      [['Emmanuel Macron', 'Vladimir Putin'], 'Fort de Bregancon', 'held'],
      [['Emmanuel Macron'], 'Biarritz', 'planned'],
    ]);
  });
  it('dates a summit by "the talks on Friday" after it, and keeps leaders of a meeting "since 1969, when" off its table', () => {
    // 411: "Suga Yoshihide and US President Joe Biden have held their first face-to-face summit at the White House ….
    // The talks on Friday began with a one-on-one session …. It is the first time … since 1969, when Prime Minister
    // Sato Eisaku and President Richard Nixon met."
    const body = "Washington\n\nJapan's Prime Minister Suga Yoshihide and US President Joe Biden have held their first face-to-face summit at the White House.\n\nThe talks on Friday began with a one-on-one session of about 20 minutes.\n\nIt is the first time that Japanese and US leaders have referred to Taiwan in such a document since 1969, when Prime Minister Sato Eisaku and President Richard Nixon met.";
    const meetings = extract(body, '2021-04-17').meetings;
    expect(meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Suga Yoshihide', 'Joe Biden'], '2021-04-16'],
      [['Sato Eisaku', 'Richard Nixon'], null],
    ]);
  });
  it('reads an invitation "to make a state visit … at a future date" as a plan of both', () => {
    // 406: "Tillerson said Trump had accepted an invitation from Xi to make a state visit to China at a future date."
    const body = 'April 7 (UPI) -- President Donald Trump and Chinese President Xi Jinping wrapped up two days of talks at Mar-a-Lago on Friday.\n\nTillerson said Trump had accepted an invitation from Xi to make a state visit to China at a future date.';
    const visit = extract(body, '2017-04-07').meetings.find((meeting) => meeting.kind === 'visit');
    expect([visit?.participants, visit?.date, visit?.status]).toEqual([['Donald Trump', 'Xi Jinping'], null, 'planned']);
  });
  it('reads "he" after a sentence that opens with a title and names nobody as that title\'s holder', () => {
    // 402: "Before the group meeting, Xi also held separate talks with several of the visiting leaders, including
    // O'Neill and Mori. ¶ Photo by Chen Yufan/Xinhua ¶ The Chinese president arrived in Nadi on Friday …. He held talks with Bainimarama on Friday
    // evening".
    const body = "NADI, Fiji, Nov. 22 (Xinhua) -- Chinese President Xi Jinping and the leaders of eight Pacific island countries agreed here on Saturday to establish a strategic partnership.\n\nBefore the group meeting, Xi also held separate talks with several of the visiting leaders, including Papua New Guinea Prime Minister Peter O'Neill and President Emanuel Mori of Micronesia.\n\nPhoto by Chen Yufan/Xinhua\n\nThe Chinese president arrived in Nadi on Friday for a state visit to Fiji. He held talks with Fijian Prime Minister Josaia Voreqe Bainimarama on Friday evening.";
    const talks = extract(body, '2014-11-22').meetings.find((meeting) => meeting.participants.includes('Josaia Voreqe Bainimarama'));
    expect(talks?.participants).toEqual(['Xi Jinping', 'Josaia Voreqe Bainimarama']);
  });
});

describe('encounters told with another country or an earlier month', () => {
  it('keeps an encounter in another country apart from the visit the story reports', () => {
    // 414, published 2022-06-23: a past visit to Saudi Arabia, "in late April", is neither today's visit nor today's.
    const body = [
      'Turkish President Recep Tayyip Erdogan on Wednesday hosted Saudi Crown Prince Mohammed bin Salman in the capital Ankara.',
      'Erdogan paid a two-day visit to Saudi Arabia in late April, during which he met King Salman bin Abdulaziz and the crown prince in Jeddah.',
    ].join('\n\n');
    expect(extract(body, '2022-06-23').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Recep Tayyip Erdogan', 'Mohammed bin Salman'], '2022-06-22', 'Ankara'],
      [['Recep Tayyip Erdogan', 'Salman bin Abdulaziz', 'Mohammed bin Salman'], null, 'Jeddah'],
    ]);
  });

  it('reads a when-clause after a visit in an earlier month as that visit', () => {
    // 212, published 2023-10-12: "Prince Faisal bin Farhan visited Tehran in June, when he met President Raisi".
    const body = [
      'Saudi Crown Prince Mohammed bin Salman spoke by phone with Iranian President Ebrahim Raisi on Wednesday.',
      'Foreign Minister Prince Faisal bin Farhan visited Tehran in June, when he met President Raisi.',
    ].join('\n\n');
    expect(extract(body, '2023-10-12').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Mohammed bin Salman', 'Ebrahim Raisi'], '2023-10-11', null],
      [['Faisal bin Farhan', 'Ebrahim Raisi'], null, 'Tehran'],
    ]);
  });

  it('reads "he" in a where-clause as the title the sentence opens with, in the country the clause stands for', () => {
    // 414: "The crown prince arrived in Ankara from Jordan, where he met Jordan's King Abdullah II", after a sentence
    // naming Khashoggi; the meeting is in Jordan, not the arrival in Ankara.
    const body = [
      'Turkish President Recep Tayyip Erdogan on Wednesday hosted Saudi Crown Prince Mohammed bin Salman in the capital Ankara, in the crown prince\'s first visit since the 2018 killing of Saudi journalist Jamal Khashoggi in Istanbul.',
      "The crown prince arrived in Ankara from Jordan, where he met Jordan's King Abdullah II.",
    ].join('\n\n');
    expect(extract(body, '2022-06-23').meetings.map((meeting) => [meeting.participants, meeting.location])).toContainEqual([['Mohammed bin Salman', 'Abdullah II'], null]);
  });

  it('does not take a country a conference is about for the country of a where-clause', () => {
    // 333: "Swaraj travelled to Islamabad for the Heart of Asia conference on Afghanistan, where she met Sharif".
    const body = 'External Affairs Minister Sushma Swaraj travelled to Islamabad on Tuesday for the Heart of Asia conference on Afghanistan, where she met Pakistani Prime Minister Nawaz Sharif.';
    expect(extract(body, '2015-12-10').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Sushma Swaraj', 'Nawaz Sharif'], 'Islamabad']]);
  });

  it('takes an embrace for an encounter, and a courtyard for its building', () => {
    // 169: "Modi's trip to Moscow, where he embraced Russian President Vladimir Putin".
    const body = 'Prime Minister Narendra Modi on Friday met Ukrainian President Volodymyr Zelenskyy in Kyiv.\n\nThe visit came six weeks after Modi\'s trip to Moscow, where he embraced Russian President Vladimir Putin.';
    expect(extract(body, '2024-08-23').meetings.map((meeting) => [meeting.participants, meeting.location])).toContainEqual([['Narendra Modi', 'Vladimir Putin'], 'Moscow']);
    // 235: "In Paris, French President Emmanuel Macron received Merz with military honors in the courtyard of the Elysee Palace."
    const paris = 'German Chancellor Friedrich Merz traveled to Paris on Wednesday.\n\nIn Paris, French President Emmanuel Macron received Merz with military honors in the courtyard of the Elysee Palace.';
    expect(extract(paris, '2025-05-07').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Friedrich Merz', 'Emmanuel Macron'], 'Élysée Palace']]);
  });
});

describe('those met as one group, and those met one each', () => {
  it('dates "He also met …, head of …" by the story, past a visitor who went first and an apposition that tells of the past', () => {
    // 443, published 2020-08-25.
    const body = [
      'KHARTOUM, Aug 25 (Reuters) - U.S. Secretary of State Mike Pompeo flew to Sudan on Tuesday, holding talks with Sudanese Prime Minister Abdalla Hamdok.',
      'Pompeo is the first U.S. secretary of state to visit Sudan since Condoleezza Rice in 2005. He also met General Abdel Fattah al-Burhan, head of the Sovereign Council that shares power with civilians during a transition that began after the overthrow of Omar al-Bashir last year.',
    ].join('\n\n');
    expect(extract(body, '2020-08-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toEqual([
      [['Mike Pompeo', 'Abdalla Hamdok'], '2020-08-25', 'held'],
      [['Condoleezza Rice'], null, 'held'],
      [['Mike Pompeo', 'Abdel Fattah al-Burhan'], '2020-08-25', 'held'],
    ]);
  });

  it('places talks a journey will leave for in the town it leaves for', () => {
    // 451, published 2015-05-17 (a Sunday): "He will leave for Seoul on Monday for talks with President Park Geun-hye".
    const body = 'Prime Minister of India Narendra Modi arrived in Ulaanbaatar on Sunday. He will leave for Seoul on Monday for talks with President Park Geun-hye of the Republic of Korea.';
    expect(extract(body, '2015-05-17').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual(
      [['Narendra Modi', 'Park Geun-hye'], '2015-05-18', 'Seoul', 'planned'],
    );
  });

  it('holds talks the subject "then held" where the sentence placed the encounter before them', () => {
    // 449, published 2022-12-09 (a Friday).
    const body = 'RIYADH, Dec. 9 (Xinhua) -- Chinese President Xi Jinping on Friday attended the first China-Arab States Summit in the Saudi capital.\n\nOn Thursday, Xi met Saudi King Salman bin Abdulaziz Al Saud at Al Yamamah Palace and then held talks with Crown Prince Mohammed bin Salman.';
    expect(extract(body, '2022-12-09').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]).slice(-2)).toEqual([
      [['Xi Jinping', 'Salman bin Abdulaziz Al Saud'], '2022-12-08', 'Al-Yamamah Palace'],
      [['Xi Jinping', 'Mohammed bin Salman'], '2022-12-08', 'Al-Yamamah Palace'],
    ]);
  });

  it('dates those met after an arrival by the day of the arrival', () => {
    // 458, published 2022-06-28 (a Tuesday).
    const body = "US President Joe Biden, who arrived in Madrid on Tuesday and met Spain's King Felipe VI and Spanish Prime Minister Pedro Sánchez, is due to meet Erdogan on Wednesday, the White House said.";
    expect(extract(body, '2022-06-28').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]).slice(0, 2)).toEqual([
      [['Joe Biden', 'Felipe VI'], '2022-06-28', 'Madrid'],
      [['Joe Biden', 'Pedro Sánchez'], '2022-06-28', 'Madrid'],
    ]);
  });

  it('takes "the Turkish premier" for the Turkish prime minister', () => {
    // 441, published 2011-08-20.
    const body = [
      'MOGADISHU (AFP) - Turkish Prime Minister Recep Tayyip Erdogan flew into the Somali capital on Friday.',
      'The Turkish premier then held talks with Somali President Sheikh Sharif Sheikh Ahmed at Villa Somalia, the hilltop presidential compound.',
    ].join('\n\n');
    expect(extract(body, '2011-08-20').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Recep Tayyip Erdogan', 'Sheikh Sharif Sheikh Ahmed'], '2011-08-19', 'Villa Somalia'],
    ]);
  });

  it('reads "After talks at …, the two men …" as the talks of the two', () => {
    // 457, published 2018-07-26: the lead tells an agreement, the next sentence the talks.
    const body = [
      'Washington (dpa) - US President Donald Trump and European Commission President Jean-Claude Juncker have agreed to work toward removing tariffs on industrial goods.',
      'After talks at the White House on Wednesday, the two men announced the deal in the Rose Garden.',
    ].join('\n\n');
    expect(extract(body, '2018-07-26').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Donald Trump', 'Jean-Claude Juncker'], '2018-07-25', 'White House'],
    ]);
  });

  it('keeps ministers met as a group together, and splits talks held "respectively"', () => {
    // 460: "where on Friday he met the foreign ministers of the Quad grouping, Australia's Marise Payne, …".
    const quad = [
      'Secretary of State Antony Blinken held talks with Fijian Prime Minister Voreqe Bainimarama in Nadi on Saturday.',
      "Blinken arrived from Melbourne, where on Friday he met the foreign ministers of the Quad grouping, Australia's Marise Payne, India's S. Jaishankar and Japan's Hayashi Yoshimasa.",
    ].join('\n\n');
    expect(extract(quad, '2022-02-12').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Antony Blinken', 'Voreqe Bainimarama'], '2022-02-12', 'Nadi'],
      [['Antony Blinken', 'Marise Payne', 'S. Jaishankar', 'Hayashi Yoshimasa'], '2022-02-11', 'Melbourne'],
    ]);
    // 442: "where he held talks with Presidents Filipe Nyusi, Jacob Zuma and John Magufuli respectively".
    const tour = [
      'Prime Minister Narendra Modi held talks with President Uhuru Kenyatta at State House on Monday.',
      'Earlier on the tour, Modi visited Mozambique, South Africa and Tanzania, where he held talks with Presidents Filipe Nyusi, Jacob Zuma and John Magufuli respectively.',
    ].join('\n\n');
    expect(extract(tour, '2016-07-11').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Narendra Modi', 'Uhuru Kenyatta'],
      ['Narendra Modi', 'Filipe Nyusi'],
      ['Narendra Modi', 'Jacob Zuma'],
      ['Narendra Modi', 'John Magufuli'],
    ]);
  });
});

describe('encounters told after the 461\u2013480 freeze', () => {
  it('reads a pair who "spoke briefly on the sidelines" of a conference as talks there, and a speech there as none', () => {
    // 480: "The thaw began when Mr Sharif and Mr Modi spoke briefly on the sidelines of the climate conference in Paris last week."
    const body = [
      "ISLAMABAD",
      "Pakistan's Prime Minister Nawaz Sharif opened the conference on Wednesday.",
      'The thaw began when Mr Sharif and Indian Prime Minister Narendra Modi spoke briefly on the sidelines of the climate conference in Paris last week.',
    ].join('\n\n');
    expect(extract(body, '2015-12-10').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.kind])).toEqual([
      [['Nawaz Sharif', 'Narendra Modi'], null, 'Paris', 'bilateral talks'],
    ]);
    const speech = "Pakistan's Prime Minister Nawaz Sharif spoke at the climate conference in Paris last week.";
    expect(extract(speech, '2015-12-10').meetings).toEqual([]);
  });

  it('places an encounter "before leaving" a town in that town, and not in one "before leaving for" it', () => {
    // 476: "Ms Ardern is due to meet Mr Trudeau on Thursday morning before leaving Paris."
    const opening = 'Prime Minister Jacinda Ardern launched the pledge on Wednesday with Canadian Prime Minister Justin Trudeau.';
    const leaving = [opening, 'Ms Ardern is due to meet Mr Trudeau on Thursday morning before leaving Paris.'].join('\n\n');
    expect(extract(leaving, '2019-05-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual(
      [['Jacinda Ardern', 'Justin Trudeau'], '2019-05-16', 'Paris', 'planned'],
    );
    const leavingFor = [opening, 'Ms Ardern is due to meet Mr Trudeau on Thursday morning before leaving for Paris.'].join('\n\n');
    expect(extract(leavingFor, '2019-05-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual(
      [['Jacinda Ardern', 'Justin Trudeau'], '2019-05-16', null, 'planned'],
    );
  });

  it('reads leaders who "were to dine" at a restaurant as a planned meal there, apart from where they met before', () => {
    // 475: "Trump, Macron and their wives, Melania Trump and Brigitte Macron, were to dine Thursday evening at the Jules
    // Verne restaurant in the Eiffel Tower."
    const body = [
      'PARIS (AP) — French President Emmanuel Macron welcomed President Donald Trump on Thursday.',
      'Macron extended the invitation when they met at the Group of 20 summit in Hamburg, Germany, last week.',
      'Trump, Macron and their wives, Melania Trump and Brigitte Macron, were to dine Thursday evening at the Jules Verne restaurant in the Eiffel Tower.',
    ].join('\n\n');
    const meetings = extract(body, '2017-07-13').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status]);
    expect(meetings).toContainEqual([['Emmanuel Macron', 'Donald Trump'], null, 'Hamburg', 'held']);
    expect(meetings).toContainEqual([['Donald Trump', 'Emmanuel Macron'], '2017-07-13', 'Jules Verne', 'planned']);
  });

  it('reads "After meeting X, he …" as the encounter of X with whom "he" stands for', () => {
    // 478: "… a stop on Saturday in Minsk, …. After meeting President Alexander Lukashenko, he offered to help the country …"
    const body = [
      'MINSK (AP) — U.S. Secretary of State Mike Pompeo visited Belarus on Saturday.',
      'After meeting President Alexander Lukashenko, he offered to help the country reduce its reliance on Russian energy.',
    ].join('\n\n');
    expect(extract(body, '2020-02-01').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Mike Pompeo', 'Alexander Lukashenko'], '2020-02-01', 'Minsk'],
    ]);
  });

  it('keeps those met "and their teams" together, and still splits those met one after another', () => {
    // 467: "On Tuesday morning President Barack Obama met Livni, Erekat and their teams at the White House."
    const opening = 'WASHINGTON, July 30 (Reuters) - Israeli Justice Minister Tzipi Livni and Palestinian negotiator Saeb Erekat held talks.';
    const together = [opening, 'On Tuesday morning President Barack Obama met Livni, Erekat and their teams at the White House.'].join('\n\n');
    expect(extract(together, '2013-07-30').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Tzipi Livni', 'Saeb Erekat'],
      ['Barack Obama', 'Tzipi Livni', 'Saeb Erekat'],
    ]);
    const apart = [opening, 'On Tuesday morning President Barack Obama met Livni and Erekat at the White House.'].join('\n\n');
    expect(extract(apart, '2013-07-30').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Tzipi Livni', 'Saeb Erekat'],
      ['Barack Obama', 'Tzipi Livni'],
      ['Barack Obama', 'Saeb Erekat'],
    ]);
  });

  it('dates a where-clause by its own day, not by the year a predecessor came ("the first … since Bob Hawke in 1990")', () => {
    // 473: "On Wednesday, Mr Morrison became the first Australian prime minister since Bob Hawke in 1990 to make a
    // bilateral visit to Vanuatu, where he held talks in Port Vila with Prime Minister Charlot Salwai."
    const body = [
      'SUVA (AAP) - Prime Minister Scott Morrison held talks with Fiji Prime Minister Frank Bainimarama on Thursday.',
      'On Wednesday, Mr Morrison became the first Australian prime minister since Bob Hawke in 1990 to make a bilateral visit to Vanuatu, where he held talks in Port Vila with Prime Minister Charlot Salwai.',
    ].join('\n\n');
    expect(extract(body, '2019-01-17').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual(
      [['Scott Morrison', 'Charlot Salwai'], '2019-01-16', 'Port Vila'],
    );
    // The predecessor's visit was held long before; "to make a bilateral visit" is no plan.
    expect(extract(body, '2019-01-17').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Bob Hawke'], null, 'held']);
  });

  it('reads "had flown to" a town to see someone as a visit there', () => {
    // 469: "External Affairs Minister S Jaishankar had flown to Colombo on November 19 to congratulate Rajapaksa …"
    const body = [
      'NEW DELHI (PTI) - Sri Lankan President Gotabaya Rajapaksa held talks with Prime Minister Narendra Modi on Friday.',
      'External Affairs Minister S Jaishankar had flown to Colombo on November 19 to congratulate Rajapaksa and convey the invitation for the visit, days after the presidential election.',
    ].join('\n\n');
    expect(extract(body, '2019-11-29').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual(
      [['S Jaishankar', 'Gotabaya Rajapaksa'], '2019-11-19', 'Colombo', 'held'],
    );
  });

  it('dates talks told after "attend the opening … on Friday and" by their own day', () => {
    // 465: "From Moscow, Fernández travels to Beijing, where he will attend the opening of the Winter Olympics on Friday
    // and hold talks with Chinese President Xi Jinping on Sunday."
    const body = [
      'MOSCOW (Reuters) - Argentine President Alberto Fernandez met Russian President Vladimir Putin on Thursday.',
      'From Moscow, Fernandez travels to Beijing, where he will attend the opening of the Winter Olympics on Friday and hold talks with Chinese President Xi Jinping on Sunday.',
    ].join('\n\n');
    expect(extract(body, '2022-02-03').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual(
      [['Alberto Fernandez', 'Xi Jinping'], '2022-02-06', 'Beijing', 'planned'],
    );
  });

  it('reads "the first sitting president of the United States to visit" a town as a visit held, not planned', () => {
    // 462: "Barack Obama on Friday became the first sitting president of the United States to visit Hiroshima, laying a
    // wreath … alongside Japanese Prime Minister Shinzo Abe"
    const body = 'HIROSHIMA, May 27 Kyodo - Barack Obama on Friday became the first sitting president of the United States to visit Hiroshima, laying a wreath at the cenotaph alongside Japanese Prime Minister Shinzo Abe.';
    expect(extract(body, '2016-05-27').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Barack Obama', 'Shinzo Abe'], '2016-05-27', 'held']);
  });

  it('reads "had last spoken by phone" as an earlier call of the two', () => {
    // 119: "The two leaders had last spoken by phone in September."
    const body = [
      'WASHINGTON, Nov. 16 (Kyodo) -- U.S. President Joe Biden and Chinese President Xi Jinping held their first virtual summit on Monday.',
      'The two leaders had last spoken by phone in September.',
    ].join('\n\n');
    expect(extract(body, '2021-11-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.kind])).toContainEqual([['Joe Biden', 'Xi Jinping'], null, 'phone call']);
  });
});


describe('leaders named together as doing one thing', () => {
  it('reads three leaders who "unveiled a plan on Monday" as a summit at the dateline, with no one named later added', () => {
    // 028: "SAN DIEGO (AP) — President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister
    // Rishi Sunak unveiled a plan on Monday …"; Xi, named later, was not there.
    const body = [
      'SAN DIEGO (AP) — President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister Rishi Sunak unveiled a plan on Monday for Australia to acquire nuclear-powered submarines.',
      'Albanese said he remained open to talks with Chinese President Xi Jinping.',
    ].join('\n\n');
    expect(extract(body, '2023-03-14').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.kind])).toContainEqual(
      [['Joe Biden', 'Anthony Albanese', 'Rishi Sunak'], '2023-03-13', 'San Diego', 'summit'],
    );
  });

  it('reads two leaders of two countries who "laid a wreath" on a day as a meeting that day', () => {
    const body = 'PARIS (Reuters) - French President Emmanuel Macron and German Chancellor Olaf Scholz laid a wreath on Sunday at the Arc de Triomphe.';
    expect(extract(body, '2023-01-23').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Emmanuel Macron', 'Olaf Scholz'], '2023-01-22', 'Arc de Triomphe'],
    ]);
  });

  it('reads two leaders who "vowed" something "as they marked" an anniversary as together at the ceremony', () => {
    // 436: "French President Emmanuel Macron and German Chancellor Olaf Scholz on Sunday vowed to push Europe forward
    // together as they marked 60 years of the Elysee Treaty"; without the ceremony, a vow is no meeting.
    const ceremony = 'PARIS (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz on Sunday vowed to push Europe forward together as they marked 60 years of the Elysee Treaty.';
    const vow = 'PARIS (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz on Sunday vowed to push Europe forward.';
    expect(extract(ceremony, '2023-01-23').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Emmanuel Macron', 'Olaf Scholz'], '2023-01-22', 'Paris']]);
    expect(extract(vow, '2023-01-23').meetings).toEqual([]);
  });

  it('takes no meeting from leaders who agreed something on no day the sentence tells, or from one country alone', () => {
    const undated = 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan agreed to recognise each other\'s territorial integrity.';
    const oneCountry = 'WASHINGTON (AP) - Secretary of State Antony Blinken and Defense Secretary Lloyd Austin announced new aid on Monday.';
    expect(extract(undated, '2023-05-23').meetings).toEqual([]);
    expect(extract(oneCountry, '2023-05-23').meetings).toEqual([]);
  });
});

describe('parties told as a group or one by one', () => {
  const partiesOf = (body: string, publishedAt: string): [string[], string | null, string | null][] =>
    extract(body, publishedAt).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);

  it('reads "the ministers" as the two ministers named before, not the parties of a later plan', () => {
    // 489: the talks are the foreign ministers'; the prime minister Wang is "due to meet" comes after.
    const body = [
      'TOKYO, Nov 24 (NHK World) - Japanese Foreign Minister Motegi Toshimitsu and his Chinese counterpart Wang Yi agreed on Tuesday to restart business travel.',
      'Wang is due to meet Prime Minister Suga Yoshihide on Wednesday.',
      'During talks lasting about two and a half hours in Tokyo, the ministers also agreed to set up a hotline.',
    ].join('\n\n');
    expect(partiesOf(body, '2020-11-24')).toContainEqual([['Motegi Toshimitsu', 'Wang Yi'], '2020-11-24', 'Tokyo']);
  });

  it('reads "talks with each leader" as one meeting with each of the others at the gathering', () => {
    // 492: Putin met Aliyev and Pashinyan apart before the three sat down together.
    const body = [
      'SOCHI, Russia',
      'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin on Monday in Sochi.',
      'Putin held separate bilateral talks with each leader before the three sat down together, the Kremlin said.',
    ].join('\n\n');
    const meetings = partiesOf(body, '2022-10-31');
    expect(meetings).toContainEqual([['Vladimir Putin', 'Ilham Aliyev'], '2022-10-31', 'Sochi']);
    expect(meetings).toContainEqual([['Vladimir Putin', 'Nikol Pashinyan'], '2022-10-31', 'Sochi']);
  });

  it('reads "each leader" received before a summit as its leaders, not the ministers who came with them', () => {
    // 262: Niinisto received Trump and Putin, not Pompeo and Lavrov.
    const body = [
      'HELSINKI (AP) — President Donald Trump and Russian President Vladimir Putin met on Monday at the Presidential Palace in Helsinki, joined by Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov.',
      'Before the summit, Finnish President Sauli Niinisto received each leader separately at his official residence.',
    ].join('\n\n');
    const pairs = extract(body, '2018-07-16').meetings.filter((meeting) => meeting.participants.includes('Sauli Niinisto')).map((meeting) => meeting.participants);
    expect(pairs).toEqual([['Sauli Niinisto', 'Donald Trump'], ['Sauli Niinisto', 'Vladimir Putin']]);
  });

  it('reads "met each of them" as the people named just before, on the day of the talks that then began', () => {
    // 353: the two Libyan rivals, not everyone at the Berlin conference.
    const body = [
      'BERLIN, JAN 19 - World leaders meeting in Berlin on Sunday agreed to respect the arms embargo, German Chancellor Angela Merkel said after the conference, which brought together Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan and French President Emmanuel Macron.',
      'The two Libyan rivals, Prime Minister Fayez al-Sarraj and eastern commander Khalifa Haftar, were in Berlin but did not take part. Merkel met each of them separately before the talks began.',
    ].join('\n\n');
    const withMerkel = extract(body, '2020-01-19').meetings.filter((meeting) => meeting.participants.length === 2 && meeting.participants[0] === 'Angela Merkel');
    expect(withMerkel.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Angela Merkel', 'Fayez al-Sarraj'], '2020-01-19'],
      [['Angela Merkel', 'Khalifa Haftar'], '2020-01-19'],
    ]);
  });

  it('reads the host country of "the next summit will be held in" as the party of a planned summit', () => {
    // 313, 434: "The leaders agreed that the next summit would be held in Tunisia", "The next SCO summit will be held in
    // China next year"; a summit someone travels to "next month" has no host told.
    const told = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.kind, meeting.status, meeting.countries]);
    expect(told('The leaders agreed that the next summit would be held in Tunisia in 2019.', '2018-04-15')).toEqual([['summit', 'planned', ['Tunisia']]]);
    expect(told('The next SCO summit will be held in China next year.', '2017-06-09')).toEqual([['summit', 'planned', ['China']]]);
    expect(told('The next summit is due to be hosted by Canada.', '2024-06-15')).toEqual([['summit', 'planned', ['Canada']]]);
    expect(told('The summit will be held in Poland, officials said.', '2024-06-15')).toEqual([]);
  });
});

describe('parties and places told inside a longer phrase', () => {
  it('takes "a summit that X is hosting" as a summit X attends', () => {
    // 481: "Medvedev is expected in Washington next week for a nuclear security summit that Obama is hosting".
    const body = 'Russian President Dmitry Medvedev is expected in Washington next week for a nuclear security summit that U.S. President Barack Obama is hosting, officials said.';
    expect(extract(body, '2010-04-08').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.location])).toEqual([
      ['summit', 'planned', ['Dmitry Medvedev', 'Barack Obama'], 'Washington'],
    ]);
  });

  it('takes the building of a hall named in it as the place: "in the gilded Spanish Hall of Prague Castle"', () => {
    // 481: the signing was at Prague Castle, not just in the town of the dateline.
    const body = [
      'PRAGUE, April 8 (Reuters) - U.S. President Barack Obama and Russian President Dmitry Medvedev signed a treaty on Thursday.',
      'The two leaders put their names to the New START agreement in the gilded Spanish Hall of Prague Castle.',
    ].join('\n\n');
    expect(extract(body, '2010-04-08').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Barack Obama', 'Dmitry Medvedev'], '2010-04-08', 'Prague Castle'],
    ]);
  });

  it('dates talks of two days by the first: "ended on Friday …. The meeting got off to a frosty start on Thursday"', () => {
    // 491: the Anchorage talks ran Thursday and Friday.
    const body = [
      'ANCHORAGE, Alaska (AP) — The first high-level talks between the United States and China ended on Friday in Anchorage.',
      "Secretary of State Antony Blinken and national security adviser Jake Sullivan met China's top diplomat, Yang Jiechi, and Foreign Minister Wang Yi for three sessions over two days at the Captain Cook Hotel.",
      'The meeting got off to a frosty start on Thursday when Blinken said Washington would raise concerns.',
    ].join('\n\n');
    expect(extract(body, '2021-03-19').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Antony Blinken', 'Jake Sullivan', 'Yang Jiechi', 'Wang Yi'], '2021-03-18', 'Captain Cook Hotel'],
    ]);
  });

  it('reads a return abroad as a planned visit, and a return home as none', () => {
    // 488: "He added that he would return to Beirut on September 1"; 336: "Modi is scheduled to return to New Delhi".
    const told = (body: string, publishedAt: string) => extract(body, publishedAt).meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date, meeting.location]);
    expect(told('French President Emmanuel Macron said he would return to Beirut on September 1 to check on progress.', '2020-08-06')).toEqual([['visit', 'planned', ['Emmanuel Macron'], '2020-09-01', 'Beirut']]);
    expect(told('Australian Prime Minister Anthony Albanese is expected to return to Canberra on Friday.', '2023-05-22')).toEqual([]);
    expect(told('Prime Minister Narendra Modi is scheduled to return to New Delhi later on Wednesday.', '2024-10-23')).toEqual([]);
  });

  it('dates what the one of the day\'s talks "also" did, late in the report, by the day of the talks', () => {
    // 496: "Merkel was also received by President Karolos Papoulias …", ten sentences after the talks of Tuesday.
    const filler = Array.from({ length: 9 }, (_, index) => `Demonstrators gathered in the square for the ${index + 1}th hour.`);
    const body = [
      'ATHENS, Oct 9 (ANA-MPA) - German Chancellor Angela Merkel held talks with Greek Prime Minister Antonis Samaras on Tuesday in Athens.',
      ...filler,
      'Merkel was also received by President Karolos Papoulias before flying back to Berlin.',
      'He also called on President Karolos Papoulias during the visit.',
    ];
    const papoulias = (text: string) => extract(text, '2012-10-09').meetings.filter((meeting) => meeting.participants.includes('Karolos Papoulias')).map((meeting) => meeting.date);
    expect(papoulias(body.slice(0, -1).join('\n\n'))).toEqual(['2012-10-09']);
    // "He also called on … during the visit": on some day of the visit, not told.
    expect(papoulias([...body.slice(0, -2), body[body.length - 1]].join('\n\n'))).toEqual([null]);
  });

  it('reads "where he was greeted by President X" as an encounter of its own at that place', () => {
    // 483: Obama was welcomed at Rashtrapati Bhavan by Mukherjee before his talks with Modi at Hyderabad House.
    const body = [
      'NEW DELHI, Jan 25 (PTI) - Prime Minister Narendra Modi and US President Barack Obama held talks on Sunday at Hyderabad House.',
      'Earlier in the day, Obama received a ceremonial welcome at Rashtrapati Bhavan, where he was greeted by President Pranab Mukherjee.',
    ].join('\n\n');
    const meetings = extract(body, '2015-01-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Narendra Modi', 'Barack Obama'], '2015-01-25', 'Hyderabad House']);
    expect(meetings).toContainEqual([['Barack Obama', 'Pranab Mukherjee'], '2015-01-25', 'Rashtrapati Bhavan']);
  });

  it('takes the room a later sentence names inside the building told first: "in the White House …. in the Oval Office"', () => {
    // 486: the talks were "in the White House"; "Trump received his guest in the Oval Office on Wednesday".
    const body = [
      'TASHKENT, May 17 (AKIpress) - Uzbek President Shavkat Mirziyoyev and U.S. President Donald Trump agreed to open a new era of partnership at talks in the White House, the first visit to Washington by an Uzbek head of state in 16 years.',
      'Trump received his guest in the Oval Office on Wednesday, and the two leaders then continued talks in an expanded format with their delegations.',
    ].join('\n\n');
    expect(extract(body, '2018-05-17').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Shavkat Mirziyoyev', 'Donald Trump'], '2018-05-16', 'Oval Office'],
    ]);
  });

  it('does not let a journey of the news date an encounter told as an earlier one: "last held talks … in October 2019"', () => {
    // 271, filed Tuesday 2022-11-22.
    const body = [
      'Cuban President Miguel Díaz-Canel met Russian President Vladimir Putin on Tuesday.',
      'Díaz-Canel arrived in Moscow on Monday on the third leg of a tour.',
      'The Cuban leader last held talks with Putin in Moscow in October 2019.',
    ].join(' ');
    expect(extract(body, '2022-11-22').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['meeting', ['Miguel Díaz-Canel', 'Vladimir Putin'], '2022-11-22', null],
      ['visit', ['Miguel Díaz-Canel'], '2022-11-21', 'Moscow'],
      ['bilateral talks', ['Miguel Díaz-Canel', 'Vladimir Putin'], null, 'Moscow'],
    ]);
  });

  it('places an encounter told "before leaving the Uruguayan capital" in that capital, on the day of the visit', () => {
    // 440, filed Wednesday 2023-01-25: Mujica went to Brasilia on January 1, but Lula met him in Montevideo.
    const body = [
      'Montevideo, Jan 25 (EFE).- Brazilian President Luiz Inácio Lula da Silva on Wednesday urged Mercosur to seal its trade agreement with the European Union.',
      'Lula was received by Uruguayan President Luis Lacalle Pou at the Suárez y Reyes presidential residence, where the two leaders held a private meeting.',
      'The Brazilian leader said the demand was fair.',
      'Lacalle Pou insisted that his country remained committed to the bloc.',
      'Lacalle Pou had travelled to Brasilia for Lula\'s inauguration on Jan. 1, accompanied by former presidents José Mujica and Julio María Sanguinetti.',
      'Before leaving the Uruguayan capital, Lula also met his longtime friend Mujica.',
    ].join('\n\n');
    const meetings = extract(body, '2023-01-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Luiz Inácio Lula da Silva', 'José Mujica'], '2023-01-25', 'Montevideo']);
  });

  it('gives a tour\'s next stop, ", and then to Guatemala on Wednesday to meet …", the traveller the sentence opens with and the coming day', () => {
    // 157, filed Monday 2025-02-03.
    const body = [
      'Secretary of State Marco Rubio met Salvadoran President Nayib Bukele on Monday.',
      'The secretary of state will travel on Tuesday to Costa Rica for talks with President Rodrigo Chaves, and then to Guatemala on Wednesday to meet President Bernardo Arévalo.',
    ].join(' ');
    expect(extract(body, '2025-02-03').meetings.map((meeting) => [meeting.status, meeting.participants, meeting.date])).toEqual([
      ['held', ['Marco Rubio', 'Nayib Bukele'], '2025-02-03'],
      ['planned', ['Marco Rubio', 'Rodrigo Chaves'], '2025-02-04'],
      ['planned', ['Marco Rubio', 'Bernardo Arévalo'], '2025-02-05'],
    ]);
  });

  it('gives each stop of "is due to visit Rwanda on Wednesday and Ethiopia on Thursday" its own visit and day', () => {
    // 423, filed Monday 2016-07-04.
    const body = 'Israeli Prime Minister Benjamin Netanyahu met Ugandan President Yoweri Museveni on Monday. Netanyahu is due to visit Rwanda on Wednesday and Ethiopia on Thursday.';
    expect(extract(body, '2016-07-04').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.countries, meeting.date])).toEqual([
      ['meeting', ['Benjamin Netanyahu', 'Yoweri Museveni'], ['Israel', 'Uganda'], '2016-07-04'],
      ['visit', ['Benjamin Netanyahu'], ['Israel', 'Rwanda'], '2016-07-06'],
      ['visit', ['Benjamin Netanyahu'], ['Israel', 'Ethiopia'], '2016-07-07'],
    ]);
  });

  it('takes "agreed to work toward holding" and "agree to push for" a summit as a plan', () => {
    // 366: the trilateral summit with Japan is still to be held.
    const body = 'President Park Geun-hye and Chinese President Xi Jinping agreed Wednesday to work toward holding a trilateral summit with Japan in Seoul.';
    expect(extract(body, '2015-09-02').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.date])).toEqual([['summit', 'planned', null]]);
    const pushed = 'Park and Chinese President Xi Jinping agreed to push for a three-way summit with Japan in Seoul.';
    expect(extract(pushed, '2015-09-02').meetings.map((meeting) => meeting.status)).toEqual(['planned']);
  });

  it('reads "the two presidents" as the pair the story opens with when only one of them has a leader\'s title', () => {
    // 371: Putin is named without his title; the reporter who asked a question is not one of the two.
    const body = [
      'French President Emmanuel Macron hosted Russia\'s Vladimir Putin at the Palace of Versailles on Monday.',
      'At a joint news conference, a question from the head of RT France, Xenia Fedorova, drew a pointed reply from Macron.',
      'The two presidents agreed to push for a new meeting of the Normandy format.',
    ].join(' ');
    expect(extract(body, '2017-05-29').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => meeting.participants)).toEqual([['Emmanuel Macron', 'Vladimir Putin']]);
  });

  it('does not make a reporter who put a question at a news conference a party to it', () => {
    // 371: "At a joint news conference, a question from the head of RT France, Xenia Fedorova, … drew a pointed reply".
    const body = 'French President Emmanuel Macron hosted Russian President Vladimir Putin at the Palace of Versailles on Monday. At a joint news conference, a question from the head of RT France, Xenia Fedorova, drew a pointed reply from Macron.';
    expect(extract(body, '2017-05-29').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Emmanuel Macron', 'Vladimir Putin'], 'Palace of Versailles']]);
  });

  it('reads "they" after a sentence that opens with "The two leaders" as those two leaders', () => {
    // 462: Obama had embraced a survivor just before; "they" who held talks in Shima are Obama and Abe.
    const body = [
      'HIROSHIMA, May 27 Kyodo - Barack Obama on Friday became the first sitting president of the United States to visit Hiroshima, alongside Japanese Prime Minister Shinzo Abe.',
      'After the speeches Obama spoke briefly with Shigeaki Mori, a historian.',
      'The two leaders traveled to the city after the two-day Group of Seven summit in Ise-Shima. On Wednesday evening they held talks in Shima.',
    ].join('\n\n');
    expect(extract(body, '2016-05-27').meetings.filter((meeting) => meeting.location === 'Shima').map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Barack Obama', 'Shinzo Abe'], '2016-05-25']]);
  });

  it('ends an opening "After the speeches" without a comma before the subject, not at a later comma', () => {
    // 462: "After the speeches Obama spoke briefly with two survivors, Sunao Tsuboi, 91, …, and Shigeaki Mori, 79".
    const body = 'After the speeches U.S. President Barack Obama spoke briefly with two survivors, Sunao Tsuboi, 91, and Shigeaki Mori, 79.';
    expect(extract(body, '2016-05-27').meetings.map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Sunao Tsuboi', 'Shigeaki Mori']]);
  });

  it('keeps the members of delegations "which … included" out of the parties', () => {
    // 418: the expanded meeting was the two leaders' own, with their delegations.
    const body = 'Israeli Prime Minister Benjamin Netanyahu on Wednesday met Argentine President Javier Milei at the Prime Minister\'s Office. The two leaders first met privately and then held an expanded meeting with their delegations, which on the Argentine side included Foreign Minister Diana Mondino, the Secretary General of the Presidency, Karina Milei, who is the president\'s sister, and the ambassador-designate to Israel, rabbi Axel Wahnish.';
    expect(extract(body, '2024-02-07').meetings.map((meeting) => meeting.participants)).toEqual([['Benjamin Netanyahu', 'Javier Milei']]);
  });

  it('keeps a dated visit of one person to a named building or site: "Modi visited the Bangabandhu Memorial Museum"', () => {
    // 276: the museum visit and the temple visit planned for Saturday are encounters of their own.
    const body = [
      'DHAKA, March 26 (PTI) - Indian Prime Minister Narendra Modi on Friday addressed the National Day programme in Dhaka.',
      'Modi was received at the airport by his Bangladeshi counterpart Sheikh Hasina.',
      'Earlier in the day, Modi visited the Bangabandhu Memorial Museum in Dhanmondi.',
      'On Saturday, Modi will also visit the Jeshoreshwari Kali temple in Satkhira.',
    ].join('\n\n');
    const meetings = extract(body, '2021-03-26').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date]);
    expect(meetings).toEqual([
      ['meeting', 'held', ['Narendra Modi', 'Sheikh Hasina'], '2021-03-26'],
      ['visit', 'held', ['Narendra Modi'], '2021-03-26'],
      ['visit', 'planned', ['Narendra Modi'], '2021-03-27'],
    ]);
    // A visit of the past stays out: "her past visits to Yasukuni Shrine".
    const past = 'Japanese Prime Minister Sanae Takaichi met Chinese President Xi Jinping on Friday. She is viewed with suspicion in Beijing because of her past visits to Yasukuni Shrine on Aug. 15.';
    expect(extract(past, '2025-10-31').meetings.map((meeting) => meeting.participants)).toEqual([['Sanae Takaichi', 'Xi Jinping']]);
  });

  it('adds those "other leaders at the summit included" to the summit', () => {
    // 177: the Pacific island leaders listed after the summit was told.
    const body = 'WASHINGTON (AP) — President Joe Biden wrapped up a summit with Pacific island leaders at the White House on Thursday. Other leaders at the summit included Papua New Guinea\'s James Marape and Palau\'s Surangel Whipps Jr.';
    const [summit] = extract(body, '2022-09-29').meetings;
    expect(summit?.participants).toEqual(expect.arrayContaining(['Joe Biden', 'James Marape']));
    expect(summit?.participants).toHaveLength(3);
  });

  it('reads ", whom Putin had received at the Kremlin in March" as a clause of its own, with a month and no day', () => {
    // 371: May 7 is the day Macron won the presidency, not the day Putin received Le Pen.
    const body = 'French President Emmanuel Macron hosted Russian President Vladimir Putin at Versailles on Monday. The talks were the first between the two men since Macron won the presidency on May 7, defeating far-right leader Marine Le Pen, whom Putin had received at the Kremlin in March.';
    expect(extract(body, '2017-05-29').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Emmanuel Macron', 'Vladimir Putin'], '2017-05-29', 'Versailles'],
      [['Marine Le Pen', 'Vladimir Putin'], null, 'Kremlin'],
    ]);
  });

  it('opens a clause at ", and Abe and Xi last met": two subjects joined by "and"', () => {
    // 150: Li's trip to Tokyo and the Abe–Xi encounter in Vladivostok are two encounters.
    const body = 'Japanese Prime Minister Shinzo Abe met Chinese President Xi Jinping and Premier Li Keqiang on Friday. Li visited Tokyo in May for a trilateral summit with South Korea, and Abe and Xi last met on the sidelines of an economic forum in Vladivostok, Russia, in September.';
    expect(extract(body, '2018-10-26').meetings.filter((meeting) => meeting.date === null).map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['Li Keqiang'], 'Tokyo'],
      [['Shinzo Abe', 'Xi Jinping'], 'Vladivostok'],
    ]);
  });

  it('keeps two named together at a reception on another day as an encounter of its own', () => {
    // 150: "On Thursday evening, Abe and Li attended a reception marking the 40th anniversary …", filed Friday.
    const body = 'Japanese Prime Minister Shinzo Abe met Chinese Premier Li Keqiang on Friday. On Thursday evening, Abe and Li attended a reception marking the 40th anniversary of the treaty.';
    expect(extract(body, '2018-10-26').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Shinzo Abe', 'Li Keqiang'], '2018-10-26'],
      [['Shinzo Abe', 'Li Keqiang'], '2018-10-25'],
    ]);
  });

  it('takes "was to be received by" as a plan', () => {
    // 166: the Quirinal meeting was still to come when the report was filed.
    const body = 'Argentine President Javier Milei was received by Pope Francis on Monday. Later on Monday Milei was to be received by Italian President Sergio Mattarella at the Quirinal Palace.';
    expect(extract(body, '2024-02-12').meetings.map((meeting) => [meeting.status, meeting.participants, meeting.date])).toEqual([
      ['held', ['Javier Milei', 'Francis'], '2024-02-12'],
      ['planned', ['Javier Milei', 'Sergio Mattarella'], '2024-02-12'],
    ]);
  });

  it('makes one call of each that someone "called", and one call of all who "spoke with" one another', () => {
    const called = 'Indian Prime Minister Narendra Modi also called Afghan President Ashraf Ghani, Bangladesh\'s Prime Minister Sheikh Hasina and Sri Lankan President Maithripala Sirisena.';
    expect(extract(called, '2015-02-13').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Narendra Modi', 'Ashraf Ghani'],
      ['Narendra Modi', 'Sheikh Hasina'],
      ['Narendra Modi', 'Maithripala Sirisena'],
    ]);
    // 056: the leaders of the United States, France, Germany, Italy and Britain on one call.
    const spoke = 'U.S. President Joe Biden spoke on Monday with French President Emmanuel Macron, German Chancellor Angela Merkel and Italian Prime Minister Mario Draghi.';
    expect(extract(spoke, '2021-12-06').meetings.map((meeting) => meeting.participants)).toEqual([['Joe Biden', 'Emmanuel Macron', 'Angela Merkel', 'Mario Draghi']]);
  });

  it('splits phone talks with two leaders into two calls when a later sentence tells "a separate call"', () => {
    // 511: Moon's first calls with Xi and with Abe.
    const body = [
      'SEOUL, May 11 (Yonhap) -- President Moon Jae-in held phone talks with Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe on Thursday.',
      'In the call with Xi, Moon said he would soon send a delegation to Beijing.',
      'In a separate call, Abe raised a 2015 agreement.',
    ].join('\n\n');
    expect(extract(body, '2017-05-11').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date])).toEqual([
      ['phone call', ['Moon Jae-in', 'Xi Jinping'], '2017-05-11'],
      ['phone call', ['Moon Jae-in', 'Shinzo Abe'], '2017-05-11'],
    ]);
  });

  it('reads "began two days of direct discussions" as talks of those who began them', () => {
    // 509: the mediators opened the talks; the parties were Kiir and Machar.
    const body = 'South Sudanese President Salva Kiir and rebel leader Riek Machar signed a ceasefire on Wednesday. Ugandan President Yoweri Museveni joined Sudanese President Omar al-Bashir for the opening of the talks on Monday, when Kiir and Machar began two days of direct discussions in Khartoum.';
    expect(extract(body, '2018-06-27').meetings.map((meeting) => [meeting.participants, meeting.date])).toContainEqual([['Salva Kiir', 'Riek Machar'], '2018-06-25']);
  });

  it('reads "The Obamas" as the Obama the report is about', () => {
    // 504: the dinner with the princes at Kensington Palace.
    const body = 'U.S. President Barack Obama held talks with British Prime Minister David Cameron on Friday. Earlier, Mr Obama and first lady Michelle Obama had lunch with Queen Elizabeth II. The Obamas were due to dine with Prince William and his brother Prince Harry at Kensington Palace on Friday evening.';
    expect(extract(body, '2016-04-22').meetings.filter((meeting) => meeting.location === 'Kensington Palace').map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'William', 'Harry']]);
  });

  it('keeps the town an earlier encounter was told in, not a building of the day named in another sentence', () => {
    // 507: "The two leaders last met in New Delhi in November" was not at Ben Gurion Airport.
    const body = 'JERUSALEM, Jul 5 (PTI) - Prime Minister Narendra Modi held formal talks with his Israeli counterpart Benjamin Netanyahu on Wednesday. Mr Modi began the day by calling on Israeli President Reuven Rivlin at Beit HaNassi, where Mr Rivlin greeted him with a hug. The two leaders last met in New Delhi in November, when Mr Rivlin paid a state visit to India. On Tuesday, Mr Netanyahu broke with protocol to receive Mr Modi on the tarmac at Ben Gurion Airport near Tel Aviv.';
    expect(extract(body, '2017-07-05').meetings.filter((meeting) => meeting.date === null && meeting.participants.length === 2).map((meeting) => meeting.location)).toEqual(['New Delhi']);
  });

  it('places an encounter at the ministry its host received the guest at', () => {
    // 540: "as he hosted Pakistani Foreign Minister Bilawal Bhutto Zardari at the State Department".
    const body = 'WASHINGTON\n\nUS Secretary of State Antony Blinken on Monday urged Pakistan to press China for debt relief, as he hosted Pakistani Foreign Minister Bilawal Bhutto Zardari at the State Department.\n\nBlinken is due to host Indian External Affairs Minister Subrahmanyam Jaishankar at the State Department on Tuesday.';
    expect(extract(body, '2022-09-26').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Antony Blinken', 'Bilawal Bhutto Zardari'], '2022-09-26', 'State Department', 'held'],
      [['Antony Blinken', 'Subrahmanyam Jaishankar'], '2022-09-27', 'State Department', 'planned'],
    ]);
  });

  it('places encounters on grounds, at a hall and at a museum whose name holds "and"', () => {
    // 538: Biden's visit to Ottawa.
    const body = 'OTTAWA (AP) — President Joe Biden and Prime Minister Justin Trudeau held talks on Parliament Hill on Friday. Biden landed in the capital Thursday evening and called on Governor General Mary Simon at Rideau Hall. The Trudeaus were to host the Bidens at a gala dinner at the Canada Aviation and Space Museum later Friday.';
    expect(extract(body, '2023-03-24').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Joe Biden', 'Justin Trudeau'], '2023-03-24', 'Parliament Hill'],
      [['Joe Biden', 'Mary Simon'], '2023-03-23', 'Rideau Hall'],
      [['Justin Trudeau', 'Joe Biden'], '2023-03-24', 'Canada Aviation and Space Museum'],
    ]);
  });

  it('does not read "lawmakers on Capitol Hill" as the place of an encounter', () => {
    // 106: the Congress, not the grounds of the day's talks.
    const body = 'Israeli Prime Minister Benjamin Netanyahu met on Monday with Middle East envoy Steve Witkoff in Washington to discuss the truce. He was also expected to meet lawmakers on Capitol Hill later in the week.';
    const withWitkoff = extract(body, '2025-02-04').meetings.filter((meeting) => meeting.participants.includes('Steve Witkoff'));
    expect(withWitkoff.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Benjamin Netanyahu', 'Steve Witkoff'], 'Washington']]);
  });

  it('reads "He last came to Germany for the summit that Merkel hosted in Hamburg" as an earlier encounter there', () => {
    // 521: the Group of 20 summit of July 2017, not the talks of the news.
    const body = 'BERLIN, Sept 29 (AFP) - Turkish President Recep Tayyip Erdogan held talks with German Chancellor Angela Merkel at the Federal Chancellery on Friday. He last came to Germany for the Group of 20 summit that Merkel hosted in Hamburg in July 2017.';
    expect(extract(body, '2018-09-29').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Recep Tayyip Erdogan', 'Angela Merkel'], '2018-09-28', 'Federal Chancellery'],
      [['Recep Tayyip Erdogan', 'Angela Merkel'], null, 'Hamburg'],
    ]);
  });

  it('reads "The two ministers" as the ministers of the encounter just told, though it is still to come', () => {
    // 524: Blinken and Lavrov, not Blinken and the president he met in Kyiv.
    const body = [
      'KYIV, Ukraine (AP) — U.S. Secretary of State Antony Blinken held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv on Wednesday.',
      'On Friday he is due to meet Russian Foreign Minister Sergey Lavrov in Geneva.',
      'The two ministers agreed on the meeting during a phone call on Tuesday. They last met in Stockholm in early December.',
    ].join('\n\n');
    expect(extract(body, '2022-01-19').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Antony Blinken', 'Volodymyr Zelenskyy'], '2022-01-19', 'Kyiv'],
      [['Antony Blinken', 'Sergey Lavrov'], '2022-01-21', 'Geneva'],
      [['Antony Blinken', 'Sergey Lavrov'], '2022-01-18', null],
      [['Antony Blinken', 'Sergey Lavrov'], null, 'Stockholm'],
    ]);
  });

  it('keeps talks two leaders held at a building of their own apart from the summit of that day', () => {
    // 525: Meloni and Starmer at Downing Street before the Lancaster House summit.
    const body = [
      'March 2 (UPI) -- British Prime Minister Keir Starmer hosted a summit on Ukraine in London on Sunday.',
      'The summit brought together Ukrainian President Volodymyr Zelensky, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.',
      'Meloni, who held talks with Starmer at Downing Street on Sunday morning, said it was vital to avoid the risk of the West splitting.',
    ].join('\n\n');
    expect(extract(body, '2025-03-02').meetings.map((meeting) => [meeting.participants.length, meeting.location])).toEqual([
      [4, 'London'],
      [2, 'Downing Street'],
    ]);
  });

  it('reads a plan that goes on with ", then fly … to Jeddah" as a plan of the same traveller, on the same day', () => {
    // 528: Bethlehem, then Jeddah; and a call on the president at his residence.
    const body = [
      'JERUSALEM (AP) — President Joe Biden met Israeli Prime Minister Yair Lapid on Thursday. Earlier Thursday the two joined a virtual summit with Indian Prime Minister Narendra Modi.',
      'Later Thursday, Biden was to call on Israeli President Isaac Herzog at the President\'s Residence to receive Israel\'s Presidential Medal of Honor.',
      'On Friday, Biden will travel to Bethlehem in the occupied West Bank to meet Palestinian President Mahmoud Abbas, then fly directly from Israel to Jeddah, Saudi Arabia, for talks with Saudi King Salman and Crown Prince Mohammed bin Salman.',
    ].join('\n\n');
    const { meetings, persons } = extract(body, '2022-07-14');
    expect(meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Joe Biden', 'Yair Lapid'], '2022-07-14', 'Jerusalem', 'held'],
      [['Joe Biden', 'Yair Lapid', 'Narendra Modi'], '2022-07-14', null, 'held'],
      [['Joe Biden', 'Isaac Herzog'], '2022-07-14', "President's Residence", 'planned'],
      [['Joe Biden', 'Mahmoud Abbas'], '2022-07-15', 'Bethlehem', 'planned'],
      [['Joe Biden', 'Salman', 'Mohammed bin Salman'], '2022-07-15', 'Jeddah', 'planned'],
    ]);
    expect(persons.map((person) => person.name)).not.toContain('Presidential Medal');
  });

  it('goes on with the one a pronoun opening the sentence stands for after ", then fly"', () => {
    // 469: Obama and Gillard to Darwin.
    const body = 'CANBERRA, Nov 16 AAP - US President Barack Obama held talks with Prime Minister Julia Gillard. On Thursday he will address a joint sitting of federal parliament, then fly with the prime minister to Darwin to meet Australian and US troops.';
    expect(extract(body, '2011-11-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toContainEqual([['Barack Obama', 'Julia Gillard'], '2011-11-17', 'Darwin', 'planned']);
  });

  it('reads a headline\'s ", then flies to Berlin for talks" as the journey of the day, not a plan', () => {
    // 425: Bennett went on from Moscow to Berlin that Saturday.
    const body = [
      "Israel's Bennett meets Putin in Moscow, then flies to Berlin for talks with Scholz",
      'March 6 (UPI) -- Israeli Prime Minister Naftali Bennett flew to Moscow on Saturday for a three-hour meeting with Russian President Vladimir Putin at the Kremlin.',
      'Bennett then flew to Berlin, where he met German Chancellor Olaf Scholz late Saturday.',
    ].join('\n\n');
    const title = "Israel's Bennett meets Putin in Moscow, then flies to Berlin for talks with Scholz";
    expect(extract(body, '2022-03-06', { title }).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Naftali Bennett', 'Vladimir Putin'], '2022-03-05', 'Kremlin', 'held'],
      [['Naftali Bennett', 'Olaf Scholz'], '2022-03-05', 'Berlin', 'held'],
    ]);
  });

  it('dates talks told beside when someone took office, and goes on with the traveller "before flying to …"', () => {
    // 530: Scholz in Dakar on Sunday; Niger on Monday, South Africa on Tuesday.
    const body = [
      'Dakar (dpa) - German Chancellor Olaf Scholz on Sunday offered Senegal close cooperation in developing its offshore gas fields.',
      'Scholz, on his first trip to Africa since taking office in December, held talks with Senegalese President Macky Sall in Dakar before the two leaders faced reporters together.',
      'The chancellor will travel on to Niger on Monday to meet Nigerien President Mohamed Bazoum, before flying to South Africa on Tuesday for talks with President Cyril Ramaphosa.',
    ].join('\n\n');
    expect(extract(body, '2022-05-22').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Olaf Scholz', 'Macky Sall'], '2022-05-22'],
      [['Olaf Scholz', 'Mohamed Bazoum'], '2022-05-23'],
      [['Olaf Scholz', 'Cyril Ramaphosa'], '2022-05-24'],
    ]);
  });

  it('reads "with U.S. President Joe Biden, on Tuesday, and with … Putin, on Thursday" as two calls, each on its day', () => {
    // 531: an abbreviation's full stop does not end the clause.
    const body = 'TOKYO, Oct. 8 Kyodo - Japanese Prime Minister Kishida Fumio held phone talks with Chinese President Xi Jinping on Friday. Since taking office on Monday, Kishida has also spoken by phone with U.S. President Joe Biden, on Tuesday, and with Russian President Vladimir Putin, on Thursday.';
    expect(extract(body, '2021-10-08').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Kishida Fumio', 'Xi Jinping'], '2021-10-08'],
      [['Kishida Fumio', 'Joe Biden'], '2021-10-05'],
      [['Kishida Fumio', 'Vladimir Putin'], '2021-10-07'],
    ]);
  });

  it('reads "X told a joint news conference with Y" as the conference of both, and quoted words as no plan', () => {
    // 533: Obama and Abe at the Akasaka Palace; 519: Modi's words "would contribute" are no plan of the conference.
    const tokyo = 'TOKYO (AP) — President Barack Obama assured Japan on Thursday that the United States would come to its defense, but he and Japanese Prime Minister Shinzo Abe failed to seal a breakthrough.\n\nObama told a joint news conference with Abe at the Akasaka Palace that the treaty was absolute.';
    expect(extract(tokyo, '2014-04-24').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['press conference', ['Barack Obama', 'Shinzo Abe'], '2014-04-24', 'Akasaka Palace'],
    ]);
    const colombo = 'COLOMBO (PTI) - Indian Prime Minister Narendra Modi arrived in Sri Lanka on Friday.\n\n"We believe that early and full implementation of the 13th Amendment and going beyond it," Modi told a joint press conference with Sri Lankan President Maithripala Sirisena, "would contribute to this process."';
    expect(extract(colombo, '2015-03-13').meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([[['Narendra Modi', 'Maithripala Sirisena'], 'held']]);
  });

  it('reads "the American leader" as the president, not another American with a title', () => {
    // 533: Froman, the trade representative, was not at The Hague.
    const body = 'TOKYO (AP) — President Barack Obama held talks with Japanese Prime Minister Shinzo Abe on Thursday. U.S. Trade Representative Michael Froman met Japanese Economy Minister Akira Amari in Tokyo on Thursday. Obama and Abe last met in The Hague last month, when the American leader brought Abe and South Korean President Park Geun-hye together for their first formal talks.';
    expect(extract(body, '2014-04-24').meetings.filter((meeting) => meeting.location === 'The Hague').map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Shinzo Abe', 'Park Geun-hye']]);
  });

  it('places an encounter at a building named in apposition to what it is', () => {
    // 533: "at Sukiyabashi Jiro, a tiny sushi restaurant"; 528: "at Biden's hotel in Jerusalem, the Waldorf Astoria".
    const tokyo = 'TOKYO (AP) — President Barack Obama began his visit on Wednesday night with a private dinner with Prime Minister Shinzo Abe at Sukiyabashi Jiro, a tiny sushi restaurant in the Ginza district.';
    expect(extract(tokyo, '2014-04-24').meetings.map((meeting) => meeting.location)).toEqual(['Sukiyabashi Jiro']);
    const jerusalem = 'JERUSALEM (AP) — President Joe Biden and Israeli Prime Minister Yair Lapid signed a joint pledge on Thursday. The two leaders signed the declaration at Biden\'s hotel in Jerusalem, the Waldorf Astoria, after talks.';
    expect(extract(jerusalem, '2022-07-14').locations.map((location) => location.name)).toContain('Waldorf Astoria');
  });

  it('reads a summit hosted by video, with those who took part in it, as held at no place', () => {
    // 537: the first India-Central Asia Summit; "agreeing to hold the meeting every two years" is its future, not it.
    const title = 'Modi hosts first India-Central Asia Summit, leaders agree to meet every two years';
    const body = [
      title,
      'New Delhi, Jan 27 (PTI) Prime Minister Narendra Modi on Thursday hosted the first India-Central Asia Summit by video conference, with the presidents of five Central Asian republics agreeing to hold the meeting every two years.',
      'Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov took part in the virtual summit, the Ministry of External Affairs (MEA) said.',
    ].join('\n\n');
    expect(extract(body, '2022-01-27', { title }).meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['summit', 'held', ['Narendra Modi', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Sadyr Japarov'], '2022-01-27', null],
    ]);
  });

  it('keeps talks "before the summit opened" apart from it, and reads "The two leaders" as the pair named just before', () => {
    // 529: the Cairo summit of Sudan's neighbours, Menfi's talks with Sisi, and Sisi's with Abiy.
    const body = [
      'CAIRO, July 13 (AFP) - Leaders of Sudan\'s neighbours met in Cairo on Thursday. Egyptian President Abdel Fattah al-Sisi welcomed South Sudanese President Salva Kiir, Ethiopian Prime Minister Abiy Ahmed and Mohamed al-Menfi, head of Libya\'s Presidential Council.',
      'Menfi held talks with Sisi on Thursday morning before the summit opened, according to Libya\'s official news agency LANA.',
      'On the sidelines, Sisi and Abiy agreed to launch expedited negotiations on the dam. Ethiopia said it would avoid causing significant harm.',
      'The two leaders first held talks on Wednesday.',
    ].join('\n\n');
    const meetings = extract(body, '2023-07-13').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(meetings).toContainEqual([['Mohamed al-Menfi', 'Abdel Fattah al-Sisi'], '2023-07-13']);
    expect(meetings).toContainEqual([['Abdel Fattah al-Sisi', 'Abiy Ahmed'], '2023-07-12']);
    expect(meetings.filter(([, date]) => date === '2023-07-12')).toHaveLength(1);
  });

  it('reads "was to set out … and then attend a state dinner offered by Piñera" as a plan, at no place told', () => {
    // 539: the state dinner after the talks at La Moneda.
    const body = 'Santiago, Mar 21 (EFE).- U.S. President Barack Obama held talks with President Sebastián Piñera at La Moneda presidential palace on Monday. Later on Monday, Obama was to set out his policy towards the region in a speech and then attend a state dinner offered by Piñera and his wife, Cecilia Morel.';
    expect(extract(body, '2011-03-21').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Barack Obama', 'Sebastián Piñera'], '2011-03-21', 'La Moneda presidential palace', 'held'],
      [['Barack Obama', 'Sebastián Piñera'], '2011-03-21', null, 'planned'],
    ]);
  });

  it('gives a phone call no place, dates it by "The call on Monday evening lasted …", and reads "to hold a second call" as a plan', () => {
    // 523: Merkel's calls with Lukashenko and Putin.
    const body = [
      'Berlin/Minsk (dpa) - German Chancellor Angela Merkel has spoken by telephone with Belarusian leader Alexander Lukashenko, the first conversation between a Western head of government and Lukashenko since his disputed re-election in August 2020.',
      'The call on Monday evening lasted 50 minutes, according to the Belarusian state news agency BelTA.',
      'Lukashenko said on Tuesday that he expected to hold a second call with Merkel, BelTA reported.',
      'Merkel had asked Russian President Vladimir Putin in a phone call last week to use his influence on the government in Minsk.',
    ].join('\n\n');
    expect(extract(body, '2021-11-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([
      [['Angela Merkel', 'Alexander Lukashenko'], '2021-11-15', null, 'held'],
      [['Alexander Lukashenko', 'Angela Merkel'], null, null, 'planned'],
      [['Angela Merkel', 'Vladimir Putin'], null, null, 'held'],
    ]);
  });

  it('reads "A and B co-chaired a meeting of the … Council" as their own encounter beside the summit', () => {
    // 527: Erdogan and Raisi in Tehran on the day of the three-way summit.
    const body = 'TEHRAN, July 19 (Xinhua) -- Iranian President Ebrahim Raisi hosted Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan in Tehran on Tuesday for a three-way summit. Also on Tuesday, Erdogan and Raisi co-chaired a meeting of the Türkiye-Iran High-Level Cooperation Council.';
    expect(extract(body, '2022-07-19').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Ebrahim Raisi', 'Vladimir Putin', 'Recep Tayyip Erdogan'], '2022-07-19', 'Tehran'],
      [['Recep Tayyip Erdogan', 'Ebrahim Raisi'], '2022-07-19', 'Tehran'],
    ]);
  });

  it('dates every clause of a sentence by the day that opens it', () => {
    // 532: Moon met Xi in Beijing and then Li in Chengdu on the Monday before the summit.
    const body = 'CHENGDU, China, Dec. 24 (Yonhap) -- President Moon Jae-in, Japanese Prime Minister Shinzo Abe and Chinese Premier Li Keqiang met in this southwestern Chinese city on Tuesday for their annual summit. On Monday, Moon held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing before flying to Chengdu, where he met Li in the evening.';
    expect(extract(body, '2019-12-24').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Moon Jae-in', 'Shinzo Abe', 'Li Keqiang'], '2019-12-24'],
      [['Moon Jae-in', 'Xi Jinping'], '2019-12-23'],
      [['Moon Jae-in', 'Li Keqiang'], '2019-12-23'],
    ]);
  });

  it('reads a bare weekday as past when the future after it is in words said or in a whose-clause', () => {
    // 557: "On Monday, Biden held talks with Kishida …, where he said the United States would respond"; 546: "…, whose
    // government is expected to follow Helsinki's lead".
    const tokyo = 'TOKYO (AP) — U.S. President Joe Biden met Indian Prime Minister Narendra Modi on Tuesday. On Monday, Biden held talks with Japanese Prime Minister Fumio Kishida at the Akasaka Palace, where he said the United States would respond militarily if China tried to take Taiwan by force.';
    expect(extract(tokyo, '2022-05-24').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toContainEqual([['Joe Biden', 'Fumio Kishida'], '2022-05-23', 'held']);
    const helsinki = 'HELSINKI (AFP) - Finnish President Sauli Niinisto also spoke by phone on Friday with U.S. President Joe Biden, in a joint call with Swedish Prime Minister Magdalena Andersson, whose government is expected to follow Helsinki\'s lead.';
    expect(extract(helsinki, '2022-05-14').meetings.map((meeting) => [meeting.date, meeting.status])).toEqual([['2022-05-13', 'held']]);
  });

  it('places a plan told with a journey in the same sentence where the journey goes', () => {
    // 395: "Mr Wang is due in Suva on Sunday ahead of a meeting …, which he will co-host with Mr Bainimarama on Monday."
    const body = 'SUVA, Fiji (AAP) - Foreign Minister Penny Wong has met Fijian Prime Minister Frank Bainimarama in Suva. Her visit coincides with a Pacific tour by Chinese Foreign Minister Wang Yi. Mr Wang is due in Suva on Sunday ahead of a meeting of China and Pacific island foreign ministers, which he will co-host with Mr Bainimarama on Monday.';
    expect(extract(body, '2022-05-28').meetings.filter((meeting) => meeting.participants.includes('Wang Yi')).map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Wang Yi', 'Frank Bainimarama'], '2022-05-30', 'Suva'],
    ]);
  });

  it('leaves the day a relative clause tells to that clause', () => {
    // 542: Xi flew in on Wednesday; he was welcomed and held talks on Thursday, the day of the report.
    const body = 'CAIRO, Jan. 21 (Xinhua) -- Chinese President Xi Jinping and his Egyptian counterpart Abdel Fattah al-Sisi held talks here on Thursday. Xi, who flew in from Saudi Arabia on Wednesday afternoon for a state visit, was welcomed by Sisi at an official ceremony at Al-Qubba Palace before the two leaders sat down for talks.';
    expect(extract(body, '2016-01-21').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Xi Jinping', 'Abdel Fattah al-Sisi'], '2016-01-21', 'Al-Qubba Palace'],
    ]);
  });

  it('reads "him" as the title holder the sentence opens with', () => {
    // 542: Rouhani was to host Xi, not the Saudi king named in the sentence before.
    const body = 'CAIRO, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held talks with Egyptian President Abdel Fattah al-Sisi on Thursday. In Riyadh on Tuesday, he held talks with Saudi King Salman bin Abdulaziz Al Saud. The Chinese president will leave Egypt on Friday for Iran, where President Hassan Rouhani is due to host him for talks in Tehran on Saturday.';
    expect(extract(body, '2016-01-21').meetings.filter((meeting) => meeting.location === 'Tehran').map((meeting) => meeting.participants)).toEqual([['Hassan Rouhani', 'Xi Jinping']]);
  });

  it('reads "X then …" with some of those just met as an encounter of its own, on the same day', () => {
    // 548: the pope's welcome at the airport, then talks with the patriarch at his residence.
    const body = [
      'TBILISI, Georgia (AP) — Pope Francis celebrated Mass in Tbilisi on Saturday.',
      'Francis landed in Tbilisi on Friday afternoon and was greeted on the tarmac by President Giorgi Margvelashvili and by Patriarch Ilia II.',
      'Francis then drove to the patriarch\'s residence in Tbilisi for talks with Ilia II.',
    ].join('\n\n');
    expect(extract(body, '2016-10-01').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Francis', 'Giorgi Margvelashvili', 'Ilia II'], '2016-09-30'],
      [['Francis', 'Ilia II'], '2016-09-30'],
    ]);
  });

  it('gives a summit the lead tells of its dateline town when a headline comes before the lead', () => {
    // 580: "PUERTO IGUAZÚ, Argentina, Jul 4 (EFE).- Brazilian President Luiz Inácio Lula da Silva took over the rotating
    // presidency of Mercosur on Tuesday at a summit in this Argentine border city, …"
    const title = 'Lula takes over Mercosur presidency';
    const body = [
      title,
      'PUERTO IGUAZÚ, Argentina, Jul 4 (EFE).- Brazilian President Luiz Inácio Lula da Silva took over the rotating presidency of Mercosur on Tuesday at a summit in this Argentine border city.',
      'Argentine President Alberto Fernández hosted the meeting, which was also attended by Uruguayan President Luis Lacalle Pou.',
    ].join('\n\n');
    expect(extract(body, '2023-07-04', { title }).meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['summit', ['Luiz Inácio Lula da Silva', 'Alberto Fernández', 'Luis Lacalle Pou'], '2023-07-04', 'Puerto Iguazú'],
    ]);
  });

  it('reads "called on X, the general secretary …, and met Y and Z" as an encounter with each', () => {
    // 575: Albanese's calls on Vietnam's leaders after his talks with Chinh.
    const body = [
      'Australian Prime Minister Anthony Albanese held talks with Vietnamese Prime Minister Pham Minh Chinh on Sunday.',
      'Later in the day, Albanese called on Nguyen Phu Trong, the general secretary of the ruling Communist Party, and met President Vo Van Thuong and National Assembly Chairman Vuong Dinh Hue.',
    ].join('\n\n');
    expect(extract(body, '2023-06-04').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Anthony Albanese', 'Pham Minh Chinh'], '2023-06-04'],
      [['Anthony Albanese', 'Nguyen Phu Trong'], '2023-06-04'],
      [['Anthony Albanese', 'Vo Van Thuong'], '2023-06-04'],
      [['Anthony Albanese', 'Vuong Dinh Hue'], '2023-06-04'],
    ]);
    // A demand is no call: "Scholz called on Putin, the Russian leader, to withdraw his troops."
    expect(extract('German Chancellor Olaf Scholz called on Vladimir Putin, the Russian leader, to withdraw his troops.', '2022-02-15').meetings).toEqual([]);
  });

  it('reads "also spoke the same day with" as a call of that day', () => {
    // 561: Sisi's calls to Erdogan and Assad after the earthquake.
    const body = [
      'CAIRO (AFP) - Egyptian President Abdel Fattah al-Sisi telephoned Turkish President Recep Tayyip Erdogan on Tuesday to offer condolences over the earthquake.',
      'Sisi also spoke the same day with Syrian President Bashar al-Assad, in the first publicly announced contact between them.',
    ].join('\n\n');
    expect(extract(body, '2023-02-08').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date])).toEqual([
      ['phone call', ['Abdel Fattah al-Sisi', 'Recep Tayyip Erdogan'], '2023-02-07'],
      ['phone call', ['Abdel Fattah al-Sisi', 'Bashar al-Assad'], '2023-02-07'],
    ]);
  });

  it('reads a summit in the dateline\'s town under a headline that words the title otherwise, without one who did not attend', () => {
    // 562: the Sharm el-Sheikh summit on Gaza; "Israeli Prime Minister Benjamin Netanyahu did not attend."
    const title = 'Trump and Gaza mediators sign ceasefire document at Sharm el-Sheikh summit';
    const body = [
      'Trump and Gaza mediators sign ceasefire document at Egypt summit',
      'SHARM EL-SHEIKH, Egypt (AP) — President Donald Trump and the leaders of Egypt, Qatar and Turkey signed a document on Monday meant to shore up the ceasefire in Gaza, at a summit in this Red Sea resort attended by more than 20 world leaders.',
      'Among those at the resort were British Prime Minister Keir Starmer and French President Emmanuel Macron.',
      'Israeli Prime Minister Benjamin Netanyahu did not attend. His office said he would stay home for a Jewish holiday.',
    ].join('\n\n');
    expect(extract(body, '2025-10-13', { title }).meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['summit', ['Donald Trump', 'Keir Starmer', 'Emmanuel Macron'], '2025-10-13', 'Sharm el-Sheikh'],
    ]);
  });

  it('places a report filed from a city-state in its city', () => {
    // 303: "Singapore, Nov. 7 (CNA) President Ma Ying-jeou and Chinese President Xi Jinping shook hands …"
    const { locations } = extract('Singapore, Nov. 7 (CNA) President Ma Ying-jeou and Chinese President Xi Jinping shook hands in Singapore on Saturday afternoon.', '2015-11-07');
    expect(locations.map((location) => [location.name, location.country])).toEqual([['Singapore', 'Singapore']]);
  });

  it('reads a roundtable with a minister, a call on a grand mufti, and "the two leaders" the sentence names one of', () => {
    // 563: Modi's state visit to Cairo.
    const body = [
      'CAIRO, Jun 25 (PTI) - Prime Minister Narendra Modi and Egyptian President Abdel Fattah al-Sisi on Sunday signed an agreement elevating bilateral ties to a strategic partnership.',
      'Later on Saturday, Modi held a roundtable with Egyptian Prime Minister Mostafa Madbouly and senior ministers.',
      'On Saturday he also called on the Grand Mufti of Egypt, Shawki Ibrahim Abdel-Karim Allam, and discussed social and religious harmony.',
      'The two leaders last met in New Delhi in January, when Sisi was the chief guest at India\'s Republic Day celebrations.',
    ].join('\n\n');
    expect(extract(body, '2023-06-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Narendra Modi', 'Abdel Fattah al-Sisi'], '2023-06-25', 'Cairo'],
      [['Narendra Modi', 'Mostafa Madbouly'], '2023-06-24', 'Cairo'],
      [['Narendra Modi', 'Shawki Ibrahim Abdel-Karim Allam'], '2023-06-24', 'Cairo'],
      [['Narendra Modi', 'Abdel Fattah al-Sisi'], null, 'New Delhi'],
    ]);
  });

  it('dates a welcome at the airport by the arrival the sentence before tells', () => {
    // 563: "The prime minister arrived in Cairo on Saturday from Washington …. In a special gesture, he was received at
    // the airport by Egyptian Prime Minister Mostafa Madbouly."
    const body = [
      'CAIRO, Jun 25 (PTI) - Prime Minister Narendra Modi and Egyptian President Abdel Fattah al-Sisi on Sunday signed an agreement.',
      'The prime minister arrived in Cairo on Saturday from Washington on the first bilateral visit by an Indian premier to Egypt in 26 years. In a special gesture, he was received at the airport by Egyptian Prime Minister Mostafa Madbouly.',
    ].join('\n\n');
    expect(extract(body, '2023-06-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Narendra Modi', 'Abdel Fattah al-Sisi'], '2023-06-25', 'Cairo'],
      [['Narendra Modi', 'Mostafa Madbouly'], '2023-06-24', 'Cairo'],
    ]);
  });

  it('reads two verbs in a where-clause of an earlier stop as two encounters', () => {
    // 565: "Yoon arrived in Astana late Tuesday from Ashgabat, where he earlier held talks with Turkmen President Serdar
    // Berdimuhamedov and met his father, former President Gurbanguly Berdimuhamedov, who chairs the People's Council."
    const body = [
      'ASTANA, June 12 (Yonhap) -- President Yoon Suk Yeol held talks with Kazakh President Kassym-Jomart Tokayev on Wednesday.',
      'Yoon arrived in Astana late Tuesday from Ashgabat, where he earlier held talks with Turkmen President Serdar Berdimuhamedov and met his father, former President Gurbanguly Berdimuhamedov.',
    ].join('\n\n');
    const met = extract(body, '2024-06-12').meetings.filter((meeting) => meeting.location === 'Ashgabat').map((meeting) => meeting.participants);
    expect(met).toContainEqual(['Yoon Suk Yeol', 'Gurbanguly Berdimuhamedov']);
    expect(met).not.toContainEqual(['Yoon Suk Yeol', 'Serdar Berdimuhamedov', 'Gurbanguly Berdimuhamedov']);
  });

  it('keeps one who points out what his predecessor had done out of it, undated, and a possible meeting unheld', () => {
    // 566: Trump's call congratulating Putin on his re-election.
    const body = [
      'WASHINGTON (AFP) - US President Donald Trump telephoned Russian President Vladimir Putin on Tuesday to congratulate him on his re-election.',
      'In Moscow, the Kremlin said the two presidents had agreed to develop practical cooperation and had discussed the possibility of a meeting.',
      'Trump hit back at his critics on Wednesday, pointing out that his predecessor Barack Obama had also phoned Putin after the Russian leader\'s 2012 election win.',
    ].join('\n\n');
    expect(extract(body, '2018-03-21').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location])).toEqual([
      ['phone call', ['Donald Trump', 'Vladimir Putin'], '2018-03-20', null],
      ['phone call', ['Barack Obama', 'Vladimir Putin'], null, null],
    ]);
  });

  it('keeps what was done "in the evening" after ", and" apart from the day\'s tour', () => {
    // 568: Macron's state visit to Washington.
    const body = [
      'WASHINGTON (AP) — President Joe Biden welcomed French President Emmanuel Macron to the White House on Thursday.',
      'The French president arrived on Tuesday night. On Wednesday he toured NASA\'s Goddard Space Flight Center in Greenbelt, Maryland, with Vice President Kamala Harris, and in the evening he and his wife, Brigitte Macron, joined the president and first lady Jill Biden for a private dinner at Fiola Mare, a seafood restaurant in Georgetown.',
    ].join('\n\n');
    const meetings = extract(body, '2022-12-01').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Joe Biden', 'Emmanuel Macron'], '2022-11-30', 'Fiola Mare']);
    expect(meetings.flatMap(([participants]) => participants)).not.toContain('Goddard Space Flight');
  });

  it('places talks "in central Moscow" in Moscow, and one present at another\'s talks as no party', () => {
    // 570: Tillerson's day in Moscow.
    const body = [
      'April 12 (UPI) -- Secretary of State Rex Tillerson met Russian President Vladimir Putin at the Kremlin on Wednesday.',
      'He spent the morning with Russian Foreign Minister Sergei Lavrov at a Foreign Ministry mansion in central Moscow.',
      'In the afternoon Putin received Tillerson for almost two hours, with Lavrov present.',
    ].join('\n\n');
    expect(extract(body, '2017-04-12').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Rex Tillerson', 'Vladimir Putin'], '2017-04-12', 'Kremlin'],
      [['Rex Tillerson', 'Sergei Lavrov'], '2017-04-12', 'Moscow'],
    ]);
  });

  it('reads "the two leaders" as the pair of the report after a call of one of them, and hopes for visits as no visit', () => {
    // 571: Yoon's first call with Ishiba, and Ishiba's call with Biden earlier that day.
    const body = [
      'SEOUL, Oct. 2 (Yonhap) -- President Yoon Suk Yeol held his first phone talks with new Japanese Prime Minister Shigeru Ishiba on Wednesday, Yoon\'s office said.',
      'Yoon said Seoul and Tokyo should work closely with the United States, while Ishiba expressed hope that the two sides would continue regular reciprocal visits by their leaders, presidential spokesperson Jeong Hye-jeon told reporters.',
      'Earlier in the day, Ishiba spoke by phone with U.S. President Joe Biden.',
      'The two leaders are expected to hold their first face-to-face talks on the sidelines of ASEAN-related summits in Vientiane, Laos, next week, officials in Seoul said.',
    ].join('\n\n');
    expect(extract(body, '2024-10-02').meetings.map((meeting) => [meeting.status, meeting.participants, meeting.location])).toEqual([
      ['held', ['Yoon Suk Yeol', 'Shigeru Ishiba'], null],
      ['held', ['Shigeru Ishiba', 'Joe Biden'], null],
      ['planned', ['Yoon Suk Yeol', 'Shigeru Ishiba'], 'Vientiane'],
    ]);
  });

  it('reads "called on the visiting leader" as an encounter with the guest', () => {
    // 573: "External Affairs Minister S Jaishankar called on the visiting leader earlier in the day."
    const body = [
      'NEW DELHI, Aug 20 (PTI) Prime Minister Narendra Modi held wide-ranging talks with his Malaysian counterpart Anwar Ibrahim at Hyderabad House on Tuesday.',
      'External Affairs Minister S Jaishankar called on the visiting leader earlier in the day.',
    ].join('\n\n');
    expect(extract(body, '2024-08-20').meetings.map((meeting) => [meeting.participants, meeting.date])).toContainEqual([['S Jaishankar', 'Anwar Ibrahim'], '2024-08-20']);
  });

  it('dates what is still due "later in the day" by the report, and reads leaving for home as no visit', () => {
    // 578: Macron's report of Friday goes back to his talks in Jaipur on Thursday.
    const body = [
      'NEW DELHI, Jan 26 (PTI) - French President Emmanuel Macron on Friday attended the Republic Day parade as the chief guest, a day after holding talks with Prime Minister Narendra Modi in Jaipur.',
      'In their talks at the Rambagh Palace hotel on Thursday, the two leaders discussed defence and space.',
      'Later in the day, Mr Macron is due to call on President Droupadi Murmu at Rashtrapati Bhavan, before he leaves for Paris.',
    ].join('\n\n');
    const meetings = extract(body, '2024-01-26').meetings.map((meeting) => [meeting.status, meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual(['planned', ['Emmanuel Macron', 'Droupadi Murmu'], '2024-01-26', 'Rashtrapati Bhavan']);
    expect(meetings.map(([, , , location]) => location)).not.toContain('Paris');
  });

  it('keeps the source "according to" whom a summit was agreed out of it', () => {
    // 576: "According to Kang, the two presidents agreed to hold a face-to-face summit as soon as the coronavirus
    // situation allows".
    const body = [
      'SEOUL, Feb. 4 (Yonhap) -- South Korean President Moon Jae-in and U.S. President Joe Biden held their first phone talks on Thursday, presidential spokesman Kang Min-seok said.',
      'According to Kang, the two presidents agreed to hold a face-to-face summit as soon as the coronavirus situation allows.',
    ].join('\n\n');
    expect(extract(body, '2021-02-04').meetings.map((meeting) => [meeting.status, meeting.participants])).toEqual([
      ['held', ['Moon Jae-in', 'Joe Biden']],
      ['planned', ['Moon Jae-in', 'Joe Biden']],
    ]);
  });

  it('reads "she" as the woman named a few paragraphs back, not the man named just before', () => {
    // 373: Theresa May's Africa trip.
    const body = [
      'CAPE TOWN',
      'Theresa May held talks with President Cyril Ramaphosa on Tuesday.',
      'Mrs May said she had raised the issue of land reform with him.',
      'The visit was the first by a British leader in five years. Trade was at the top of the agenda.',
      'Her talks with the South African president lasted an hour. She handed over the bell of the SS Mendi.',
      'The Prime Minister flies to Nigeria on Wednesday for talks with President Muhammadu Buhari in Abuja.',
      'On Thursday she will meet President Uhuru Kenyatta in Nairobi.',
    ].join('\n\n');
    expect(extract(body, '2018-08-28').meetings.map((meeting) => meeting.participants)).toContainEqual(['Theresa May', 'Uhuru Kenyatta']);
  });

  it('goes on with the pronoun a sentence opens with, not the first name after it, past "before flying to"', () => {
    // 086: "On Friday he held talks in Luanda with Angolan President Joao Lourenco, …, before flying to Brazzaville, …,
    // for a working dinner with President Denis Sassou Nguesso."
    const body = [
      'KINSHASA (AFP) - French President Emmanuel Macron held talks with Congolese President Felix Tshisekedi on Saturday.',
      'On Friday he held talks in Luanda with Angolan President Joao Lourenco, whose country is mediating between Kinshasa and Kigali, before flying to Brazzaville, capital of the Republic of Congo, for a working dinner with President Denis Sassou Nguesso.',
    ].join('\n\n');
    const participants = extract(body, '2023-03-04').meetings.map((meeting) => meeting.participants);
    expect(participants).toContainEqual(['Emmanuel Macron', 'Denis Sassou Nguesso']);
    expect(participants).not.toContainEqual(['Joao Lourenco', 'Denis Sassou Nguesso']);
  });

  it('keeps those who came along with a party out of it, but not a leader who came along', () => {
    // 117: "The two leaders then held talks over lunch, joined by senior ministers including Canada's Dominic LeBlanc and
    // Melanie Joly"; 462: "… to visit Hiroshima, accompanied by Japanese Prime Minister Shinzo Abe".
    const lunch = [
      'WASHINGTON (AP) — President Donald Trump hosted Canadian Prime Minister Mark Carney at the White House on Tuesday.',
      'The two leaders then held talks over lunch, joined by senior ministers including Canada\'s Dominic LeBlanc and Melanie Joly.',
    ].join('\n\n');
    expect(extract(lunch, '2025-05-06').meetings.map((meeting) => meeting.participants)).toEqual([['Donald Trump', 'Mark Carney']]);
    const hiroshima = 'HANOI (AP) — U.S. President Barack Obama will on Friday become the first sitting U.S. president to visit Hiroshima, accompanied by Japanese Prime Minister Shinzo Abe.';
    expect(extract(hiroshima, '2016-05-24').meetings.map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Shinzo Abe']]);
  });

  it('takes no region too wide to meet in as the place of an encounter, but a town in it', () => {
    // 530: "The chancellor will travel on to Niger on Monday to meet Nigerien President Mohamed Bazoum and visit German
    // soldiers deployed in the Sahel country"; 394: "… as the 26th Arab League summit closed in the Red Sea resort".
    const niger = 'DAKAR (dpa) - German Chancellor Olaf Scholz met Senegalese President Macky Sall on Sunday. The chancellor will travel on to Niger on Monday to meet Nigerien President Mohamed Bazoum and visit German soldiers deployed in the Sahel country.';
    expect(extract(niger, '2022-05-22').meetings.map((meeting) => meeting.location)).not.toContain('Sahel');
    const sharm = 'SHARM EL-SHEIKH, March 29 (MENA) - Arab leaders agreed in principle on Sunday to create a joint military force, President Abdel Fattah al-Sisi announced as the 26th Arab League summit closed in the Red Sea resort.';
    expect(extract(sharm, '2015-03-29').meetings.map((meeting) => meeting.location)).toEqual(['Sharm el-Sheikh']);
  });

  it('reads "held talks with X …, then met Y" as two encounters', () => {
    // 524: "Blinken held talks with Ukrainian President Volodymyr Zelenskyy at the presidential office, then met Ukrainian
    // Foreign Minister Dmytro Kuleba before the two appeared at a joint news conference."
    const body = [
      'KYIV, Ukraine (AP) — U.S. Secretary of State Antony Blinken met Ukraine\'s leaders in Kyiv on Wednesday.',
      'Blinken held talks with Ukrainian President Volodymyr Zelenskyy at the presidential office, then met Ukrainian Foreign Minister Dmytro Kuleba before the two appeared at a joint news conference.',
    ].join('\n\n');
    expect(extract(body, '2022-01-19').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Antony Blinken', 'Volodymyr Zelenskyy'], '2022-01-19'],
      [['Antony Blinken', 'Dmytro Kuleba'], '2022-01-19'],
    ]);
  });

  it('reads a call "with both of his counterparts" as a call with each', () => {
    // 522: "Later on Saturday, Lavrov spoke by telephone with both of his counterparts".
    const body = [
      'MOSCOW, Oct. 10 (Xinhua) -- Russian Foreign Minister Sergei Lavrov hosted Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Zohrab Mnatsakanyan for talks on Friday.',
      'Later on Saturday, Lavrov spoke by telephone with both of his counterparts, and the three ministers underlined the need to respect the agreement, the Russian Foreign Ministry said.',
    ].join('\n\n');
    expect(extract(body, '2020-10-10').meetings.filter((meeting) => meeting.kind === 'phone call').map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Sergei Lavrov', 'Jeyhun Bayramov'], '2020-10-10'],
      [['Sergei Lavrov', 'Zohrab Mnatsakanyan'], '2020-10-10'],
    ]);
  });

  it('reads "hold talks with A and call on B" as two encounters', () => {
    // 558: "On Thursday, he is due to hold talks with Singapore's Prime Minister Lawrence Wong and call on President
    // Tharman Shanmugaratnam."
    const body = [
      'BANDAR SERI BEGAWAN, Sept 4 (PTI) - Prime Minister Narendra Modi held talks with Sultan Haji Hassanal Bolkiah on Wednesday.',
      'On Thursday, Modi is due to hold talks with Singapore\'s Prime Minister Lawrence Wong and call on President Tharman Shanmugaratnam.',
    ].join('\n\n');
    const planned = extract(body, '2024-09-04').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.date]);
    expect(planned).toEqual([
      [['Narendra Modi', 'Lawrence Wong'], '2024-09-05'],
      [['Narendra Modi', 'Tharman Shanmugaratnam'], '2024-09-05'],
    ]);
  });

  it('reads "The gathering, hosted by X and chaired by Y, brought together …" as the summit just told', () => {
    // 547: the EU–Western Balkans summit in Tirana.
    const body = [
      'TIRANA (Reuters) - European Union leaders met their counterparts from the six Western Balkan countries in the Albanian capital on Tuesday, the first such summit held in the region.',
      'The gathering, hosted by Albanian Prime Minister Edi Rama and chaired by European Council President Charles Michel, brought together the heads of state or government of the 27 member states with those of Albania, Kosovo and Serbia.',
    ].join('\n\n');
    const meetings = extract(body, '2022-12-06').meetings;
    expect(meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.location])).toEqual([['summit', ['Edi Rama', 'Charles Michel'], 'Tirana']]);
  });

  it('reads "The pope then called on X" after a welcome by X and another as an encounter of its own', () => {
    // 548: "The pope then called on Margvelashvili at the Presidential Palace, where the Georgian president told him …"
    const body = [
      'TBILISI, Georgia (AP) — Pope Francis celebrated Mass in Tbilisi on Saturday.',
      'Francis landed in Tbilisi on Friday afternoon and was greeted on the tarmac by President Giorgi Margvelashvili and by Patriarch Ilia II.',
      'The pope then called on Margvelashvili at the Presidential Palace, where the Georgian president told him that a fifth of the country\'s territory remained under Russian occupation.',
    ].join('\n\n');
    expect(extract(body, '2016-10-01').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Francis', 'Giorgi Margvelashvili'], '2016-09-30', 'Presidential Palace']);
  });

  it('reads "is expected in Israel on Friday" as a planned visit', () => {
    // 544: "Defense Secretary Lloyd Austin is expected in Israel on Friday."
    const body = 'JERUSALEM (AP) — Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu on Thursday. Defense Secretary Lloyd Austin is expected in Israel on Friday.';
    expect(extract(body, '2023-10-12').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.participants, meeting.date])).toEqual([
      ['meeting', 'held', ['Antony Blinken', 'Benjamin Netanyahu'], '2023-10-12'],
      ['visit', 'planned', ['Lloyd Austin'], '2023-10-13'],
    ]);
  });

  it('reads "The prince" as the crown prince the report names', () => {
    // 581: "The prince landed at the Nur Khan air base near Islamabad on Sunday evening, where Pakistani Prime Minister
    // Imran Khan and army chief General Qamar Javed Bajwa greeted him on the red carpet to a 21-gun salute."
    const body = [
      'ISLAMABAD, Feb 18 (AFP) - Saudi Crown Prince Mohammed bin Salman left Pakistan on Monday at the end of a two-day visit.',
      'The prince landed at the Nur Khan air base near Islamabad on Sunday evening, where Pakistani Prime Minister Imran Khan and army chief General Qamar Javed Bajwa greeted him on the red carpet to a 21-gun salute.',
    ].join('\n\n');
    expect(extract(body, '2019-02-18').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Imran Khan', 'Qamar Javed Bajwa', 'Mohammed bin Salman'], '2019-02-17']]);
  });

  it('keeps the one whose case was raised out of the encounter', () => {
    // 589: "Merkel presses Putin over Navalny on farewell trip to Moscow"; "German Chancellor Angela Merkel called on
    // Russian President Vladimir Putin on Friday to free jailed Kremlin critic Alexei Navalny, on what is expected to be
    // her last official visit to Russia".
    const title = 'Merkel presses Putin over Navalny on farewell trip to Moscow';
    const body = [
      title,
      'Moscow (dpa) - German Chancellor Angela Merkel called on Russian President Vladimir Putin on Friday to free jailed Kremlin critic Alexei Navalny, on what is expected to be her last official visit to Russia.',
      'The two leaders held talks at the Kremlin for three hours.',
    ].join('\n\n');
    const participants = extract(body, '2021-08-20', { title }).meetings.flatMap((meeting) => meeting.participants);
    expect(participants).toContain('Angela Merkel');
    expect(participants).not.toContain('Alexei Navalny');
  });

  it('places and dates talks held "there" by the sentences before, not by what the sentence tells later', () => {
    // 581: Mohammed bin Salman in Islamabad.
    const body = [
      'ISLAMABAD, Feb 18 (AFP) - Saudi Crown Prince Mohammed bin Salman left Pakistan on Monday at the end of a two-day visit.',
      'The prince landed at the Nur Khan air base near Islamabad on Sunday evening, where Pakistani Prime Minister Imran Khan greeted him on the red carpet. Khan then drove his guest to Prime Minister House himself.',
      'The two men held one-on-one talks there before ministers signed seven memorandums of understanding, including one on an oil refinery at the Arabian Sea port of Gwadar, followed by a banquet.',
    ].join('\n\n');
    expect(extract(body, '2019-02-18').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toContainEqual([['Imran Khan', 'Mohammed bin Salman'], '2019-02-17', 'Prime Minister House']);
  });

  it('reads no "there" inside words someone is quoted as saying', () => {
    // 532: "\"South Korea and Japan are the closest neighbors,\" Moon said at the start of the meeting, \"and even if there
    // is some discomfort for a while, we can never drift apart.\""
    const body = [
      'CHENGDU, China, Dec. 24 (Yonhap) -- President Moon Jae-in and Japanese Prime Minister Shinzo Abe met in this southwestern Chinese city on Tuesday.',
      'Abe had arrived from Tokyo on Monday.',
      '"South Korea and Japan are the closest neighbors," Moon said at the start of the meeting, "and even if there is some discomfort for a while, we can never drift apart."',
    ].join('\n\n');
    expect(extract(body, '2019-12-24').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Moon Jae-in', 'Shinzo Abe'], 'Chengdu']]);
  });

  it('reads "The Saudi royal" as the crown prince the report names', () => {
    // 581: "The Saudi royal later called on President Arif Alvi at the Aiwan-e-Sadr, where he was given the
    // Nishan-e-Pakistan".
    const body = [
      'ISLAMABAD, Feb 18 (AFP) - Saudi Crown Prince Mohammed bin Salman left Pakistan on Monday at the end of a two-day visit.',
      'The Saudi royal later called on President Arif Alvi, who gave him the Nishan-e-Pakistan, the country\'s highest civilian award.',
    ].join('\n\n');
    expect(extract(body, '2019-02-18').meetings.map((meeting) => meeting.participants)).toContainEqual(['Mohammed bin Salman', 'Arif Alvi']);
  });

  it('reads no encounter in welcoming an outcome', () => {
    // 586: "Russian President Vladimir Putin also sent Lula a message of congratulations, the Kremlin said on Monday, as
    // governments across Europe and Latin America welcomed the outcome."
    const body = 'Russian President Vladimir Putin also sent Brazilian President-elect Luiz Inácio Lula da Silva a message of congratulations, the Kremlin said on Monday, as governments across Europe and Latin America welcomed the outcome.';
    expect(extract(body, '2022-10-31').meetings).toEqual([]);
  });

  it('reads "the pair" as the two the report names', () => {
    // 579: "The prime minister welcomed his New Zealand counterpart with a ceremonial guard at Parliament House on Tuesday
    // before the pair held talks and a joint press conference."
    const body = [
      'CANBERRA, AAP - Australian Prime Minister Anthony Albanese has promised a common sense approach to deportations, as New Zealand Prime Minister Chris Hipkins used his first overseas trip to press Australia on the irritant.',
      'Mr Albanese welcomed Mr Hipkins with a ceremonial guard at Parliament House on Tuesday before the pair held talks and a joint press conference.',
    ].join('\n\n');
    expect(extract(body, '2023-02-07').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Chris Hipkins', 'Anthony Albanese'], '2023-02-07', 'Parliament House']]);
  });

  it('reads "the two couples" as the two leaders, and a singer set to perform as no guest', () => {
    // 598: Kishida's state visit to Washington.
    const body = [
      'WASHINGTON, April 10 (Kyodo) -- U.S. President Joe Biden held talks with Japanese Prime Minister Fumio Kishida in the Oval Office on Wednesday.',
      'The Bidens are due to host a state dinner for the Kishidas at the White House later Wednesday, with singer Paul Simon set to perform.',
      'On Tuesday evening, the two couples dined together at a seafood restaurant in Washington after Kishida laid a wreath at Arlington National Cemetery.',
    ].join('\n\n');
    const meetings = extract(body, '2024-04-10').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(meetings).toContainEqual([['Joe Biden', 'Fumio Kishida'], '2024-04-09']);
    expect(meetings.flatMap(([participants]) => participants)).not.toContain('Paul Simon');
  });

  it('reads a spokesman at the end of a plan as its source, and a headline\'s ", to host X next" as a plan', () => {
    // 619: "On Thursday, the Russian president is due to host Iranian President Ebrahim Raisi at the Kremlin for talks
    // …, Kremlin spokesman Dmitry Peskov said."
    const title = "Putin meets UAE, Saudi leaders on rare Gulf trip, to host Iran's Raisi next";
    const body = [
      title,
      'Russian President Vladimir Putin made a lightning tour of the Gulf on Wednesday, holding talks in Abu Dhabi and Riyadh on oil and trade.',
      'Putin was greeted in Abu Dhabi by UAE President Sheikh Mohamed bin Zayed Al Nahyan.',
      'On Thursday, the Russian president is due to host Iranian President Ebrahim Raisi at the Kremlin for talks expected to focus on the Middle East, Kremlin spokesman Dmitry Peskov said.',
    ].join('\n\n');
    const meetings = extract(body, '2023-12-06', { title }).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(meetings).toContainEqual([['Vladimir Putin', 'Ebrahim Raisi'], '2023-12-07', 'planned']);
    expect(meetings.filter(([participants]) => participants?.includes('Ebrahim Raisi'))).toHaveLength(1);
  });

  it('places a journey "later Saturday for" a town at that town, and talks on the sidelines of a summit still to come there', () => {
    // 613: "Modi was scheduled to leave later Saturday for Tianjin, China, to attend a summit of the Shanghai Cooperation
    // Organization …. He is expected to hold talks with Chinese President Xi Jinping on the sidelines on Sunday."
    const body = 'Indian Prime Minister Narendra Modi was scheduled to leave later Saturday for Tianjin, China, to attend a summit of the Shanghai Cooperation Organization, his first trip to China in seven years. He is expected to hold talks with Chinese President Xi Jinping on the sidelines on Sunday.';
    const meetings = extract(body, '2025-08-30').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status]);
    expect(meetings).toContainEqual([['Narendra Modi', 'Xi Jinping'], '2025-08-31', 'Tianjin', 'planned']);
    expect(meetings.map(([, , location]) => location)).toEqual(['Tianjin', 'Tianjin']);
  });

  it('does not place at the dateline an encounter of a day spent in another town', () => {
    // 613, filed from Sendai of Saturday's trip: "At their annual summit in Tokyo on Friday, … Earlier that day, Modi
    // held separate meetings with former prime ministers Kishida Fumio and Suga Yoshihide".
    const body = [
      'SENDAI, Japan, Aug. 30 (Kyodo) -- Prime Minister Ishiba Shigeru on Saturday accompanied visiting Indian Prime Minister Narendra Modi on a Shinkansen bullet train ride from Tokyo to Sendai.',
      'At their annual summit in Tokyo on Friday, the two leaders revised a 2008 joint declaration on security cooperation.',
      'Earlier that day, Modi held separate meetings with former prime ministers Kishida Fumio and Suga Yoshihide.',
    ].join('\n\n');
    const meetings = extract(body, '2025-08-30').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Narendra Modi', 'Kishida Fumio'], '2025-08-29', null]);
    expect(meetings).toContainEqual([['Ishiba Shigeru', 'Narendra Modi'], '2025-08-29', 'Tokyo']);
  });

  it('dates "In Baghdad, X also called on Y" by the day the report opens with', () => {
    // 605: Erdogan's first visit to Baghdad since 2011.
    const body = [
      'BAGHDAD',
      'Turkish President Recep Tayyip Erdogan held talks in Baghdad on Monday with Iraqi Prime Minister Mohammed Shia al-Sudani on his first visit to Iraq since 2011.',
      'The talks covered security, water, energy and trade. The sides also signed a framework agreement on water management. In total, more than 20 memorandums were signed.',
      'The Iraqi prime minister described the Development Road as a project that would serve the whole region. Erdogan said it would become a key trade route between the Gulf and Europe.',
      'Flows on the Tigris and Euphrates rivers have declined for years. Water has long been an Iraqi concern. Trade between the two neighbours has grown quickly.',
      'In Baghdad, Erdogan also called on Iraqi President Abdul Latif Rashid.',
    ].join('\n\n');
    const meetings = extract(body, '2024-04-22').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(meetings).toContainEqual([['Recep Tayyip Erdogan', 'Abdul Latif Rashid'], '2024-04-22']);
  });

  it('reads "in the capital" as the last capital told when the dateline names another town', () => {
    // 603: "Dubai (dpa) - …". "Herzog … landed in Abu Dhabi on Sunday …. Later in the day, the Israeli president held
    // talks with Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed al-Nahyan … at his palace in the capital."
    const body = [
      'Dubai (dpa) - Israeli President Isaac Herzog toured the Expo 2020 world fair on Monday, on the second day of his visit to the United Arab Emirates.',
      'Herzog landed in Abu Dhabi on Sunday and was welcomed at the airport by Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan.',
      'Later in the day, the Israeli president held talks with Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed al-Nahyan, the federation\'s de facto ruler, at his palace in the capital.',
    ].join('\n\n');
    const meetings = extract(body, '2022-01-31').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Isaac Herzog', 'Mohamed bin Zayed al-Nahyan'], '2022-01-30', 'Abu Dhabi']);
  });

  it('reads an ambassador summoned as an encounter', () => {
    // 392: "In Beijing, Chinese Vice Foreign Minister Xie Feng summoned U.S. Ambassador to China Nicholas Burns late
    // Tuesday to lodge a protest".
    const body = 'In Beijing, Chinese Vice Foreign Minister Xie Feng summoned U.S. Ambassador to China Nicholas Burns late Tuesday to lodge a protest.';
    const meetings = extract(body, '2022-08-03').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toEqual([[['Xie Feng', 'Nicholas Burns'], '2022-08-02', 'Beijing']]);
  });

  it('dates a lead under a headline by the sentence after it, and reads "At … then" as the time just told', () => {
    // 606: Merkel's call to Obama over the tapping of her phone.
    const title = 'Merkel confronts Obama over suspected tapping of her mobile phone';
    const body = [
      title,
      'BERLIN, Oct 24, 2013 (AFP) - German Chancellor Angela Merkel telephoned US President Barack Obama to demand an explanation, Berlin said.',
      'The chancellor spoke to Obama on Wednesday, hours after officials were alerted, her chief spokesman Steffen Seibert said.',
      'The dispute revives tensions that surfaced when Obama visited Berlin in June. At a joint news conference with Merkel then, he insisted that Washington was "not rifling through the ordinary emails of German citizens."',
    ].join('\n\n');
    const meetings = extract(body, '2013-10-24', { title }).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toEqual([
      [['Angela Merkel', 'Barack Obama'], '2013-10-23', null],
      [['Barack Obama', 'Angela Merkel'], null, 'Berlin'],
    ]);
  });

  it('reads "the two leaders last met" after a plan as the two of that plan', () => {
    // 609: Trump in Warsaw, then on to Hamburg.
    const body = [
      'July 6 (UPI) -- President Donald Trump held talks with Polish President Andrzej Duda at the Royal Castle in Warsaw on Thursday.',
      'Trump was due to fly to Hamburg later on Thursday to meet German Chancellor Angela Merkel. The two leaders last met at the Group of Seven summit in Taormina, Sicily, in May.',
    ].join('\n\n');
    const meetings = extract(body, '2017-07-06').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Donald Trump', 'Angela Merkel'], null, 'Taormina']);
  });

  it('reads no journey in being able to travel', () => {
    // 609: "Duda … said he had raised Poles' hopes of being able to travel to the United States without visas."
    const body = "Polish President Andrzej Duda thanked Trump for the presence of American troops on Poland's soil and said he had raised Poles' hopes of being able to travel to the United States without visas.";
    expect(extract(body, '2017-07-06').meetings).toEqual([]);
  });

  it('keeps a summit the two presidents "then joined" apart from their talks', () => {
    // 609: "… held talks with President Andrzej Duda at the Royal Castle …. The two presidents then joined a summit of
    // the Three Seas Initiative, … whose president, Kolinda Grabar-Kitarovic, attended."
    const body = [
      'July 6 (UPI) -- President Donald Trump held talks with Polish President Andrzej Duda at the Royal Castle in Warsaw on Thursday before the two leaders took questions from reporters.',
      'The two presidents then joined a summit of the Three Seas Initiative, a group of 12 central and eastern European states that Poland launched with Croatia, whose president, Kolinda Grabar-Kitarovic, attended.',
    ].join('\n\n');
    const meetings = extract(body, '2017-07-06').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(meetings).toEqual([
      [['Donald Trump', 'Andrzej Duda'], '2017-07-06'],
      [['Donald Trump', 'Andrzej Duda', 'Kolinda Grabar-Kitarovic'], '2017-07-06'],
    ]);
  });

  it('reads "the three leaders last met" after a three-way summit as its three', () => {
    // 612: "The three leaders last met in Madrid in June, on the margins of a NATO summit."
    const body = [
      'PHNOM PENH, Nov. 13 (Yonhap) -- President Yoon Suk-yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida agreed Sunday to share North Korean missile warning data in real time, as they held a three-way summit in the Cambodian capital.',
      'The leaders met on the sidelines of the East Asia Summit, shortly after Yoon held separate bilateral talks with Kishida and with Biden.',
      'The three leaders last met in Madrid in June, on the margins of a NATO summit.',
    ].join('\n\n');
    const meetings = extract(body, '2022-11-13').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Yoon Suk-yeol', 'Joe Biden', 'Fumio Kishida'], null, 'Madrid']);
  });

  it('reads "and briefly met" as another encounter of the same subject, there that day', () => {
    // 614: "He arrived from New Zealand, where he held talks in Wellington on Monday with Foreign Minister Winston Peters
    // and briefly met Prime Minister Christopher Luxon."
    const body = [
      'CANBERRA',
      'Chinese Foreign Minister Wang Yi sat down with Foreign Minister Penny Wong at Parliament House on Wednesday.',
      'He arrived from New Zealand, where he held talks in Wellington on Monday with Foreign Minister Winston Peters and briefly met Prime Minister Christopher Luxon.',
    ].join('\n\n');
    const meetings = extract(body, '2024-03-20').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Wang Yi', 'Winston Peters'], '2024-03-18', 'Wellington']);
    expect(meetings).toContainEqual([['Wang Yi', 'Christopher Luxon'], '2024-03-18', 'Wellington']);
  });

  it('reads one sentenced as no party to talks', () => {
    // 614: "Foreign Minister Penny Wong has told her Chinese counterpart Australians were shocked by the suspended death
    // sentence handed to writer Yang Hengjun, as the two ministers held their first talks on Australian soil in seven years."
    const body = 'CANBERRA\n\nForeign Minister Penny Wong has told her Chinese counterpart Australians were shocked by the suspended death sentence handed to writer Yang Hengjun, as the two ministers held their first talks on Australian soil in seven years.';
    const meetings = extract(body, '2024-03-20').meetings;
    expect(meetings.flatMap((meeting) => meeting.participants)).not.toContain('Yang Hengjun');
  });

  it('places talks "where" a journey goes at the town before the island it lies on', () => {
    // 615: "On Tuesday he will travel to Makassar, on Sulawesi island, where he is scheduled to meet South Sulawesi
    // Governor Andi Sudirman Sulaiman."
    const body = 'Australian Prime Minister Anthony Albanese met Widodo on Monday. On Tuesday he will travel to Makassar, on Sulawesi island, where he is scheduled to meet South Sulawesi Governor Andi Sudirman Sulaiman.';
    const meetings = extract(body, '2022-06-06').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status]);
    expect(meetings).toContainEqual([['Anthony Albanese', 'Andi Sudirman Sulaiman'], '2022-06-07', 'Makassar', 'planned']);
  });

  it('reads one who pulls out of a summit, or whose absence marked it, as no party', () => {
    // 617: "Lula brings Brazil back to CELAC as Maduro pulls out of Buenos Aires summit", "… a gathering marked by
    // Brazil's return to the bloc and the last-minute absence of Venezuelan President Nicolás Maduro."
    const body = [
      'Buenos Aires, Jan 24 (EFE).- Argentine President Alberto Fernández hosted Brazilian President Luiz Inácio Lula da Silva and Cuban President Miguel Díaz-Canel at a summit in the Argentine capital on Tuesday, a gathering marked by the last-minute absence of Venezuelan President Nicolás Maduro.',
      'Maduro pulls out of Buenos Aires summit, Caracas said.',
    ].join('\n\n');
    const meetings = extract(body, '2023-01-24').meetings;
    expect(meetings.flatMap((meeting) => meeting.participants)).not.toContain('Nicolás Maduro');
    expect(meetings.map((meeting) => meeting.participants)).toContainEqual(['Alberto Fernández', 'Luiz Inácio Lula da Silva', 'Miguel Díaz-Canel']);
  });

  it('does not place an encounter at a building named in what was said after "where he said"', () => {
    // 616: "He also called on Senate President Gerard Larcher and addressed the Indian diaspora at La Seine Musicale,
    // where he said India's UPI payment system would be launched in France, starting at the Eiffel Tower."
    const body = [
      'PARIS, Jul 14 (PTI) - Prime Minister Narendra Modi watched Indian troops march down the Champs-Elysees on Friday as guest of honour at the Bastille Day parade, before holding talks with French President Emmanuel Macron.',
      "Modi arrived on Thursday for a two-day visit. He also called on Senate President Gerard Larcher and addressed the Indian diaspora at La Seine Musicale, where he said India's UPI payment system would be launched in France, starting at the Eiffel Tower.",
    ].join('\n\n');
    const meetings = extract(body, '2023-07-14').meetings;
    expect(meetings.map((meeting) => meeting.location)).not.toContain('Eiffel Tower');
    expect(meetings.map((meeting) => meeting.participants)).toContainEqual(['Narendra Modi', 'Gerard Larcher']);
  });

  it('ends an opening "Shortly after …" clause at its comma', () => {
    // 601: "Shortly after speaking with the American leader, Mohammed VI telephoned Palestinian President Mahmoud Abbas".
    const body = 'RABAT, Morocco (AP) — Morocco agreed on Thursday to normalize relations with Israel after King Mohammed VI spoke by phone with U.S. President Donald Trump. Shortly after speaking with the American leader, Mohammed VI telephoned Palestinian President Mahmoud Abbas to assure him of Rabat\'s support.';
    const meetings = extract(body, '2020-12-10').meetings.map((meeting) => meeting.participants);
    expect(meetings).toContainEqual(['Mohammed VI', 'Mahmoud Abbas']);
    expect(meetings).toContainEqual(['Mohammed VI', 'Donald Trump']);
  });

  it('reads talks told later as held "during the phone conversation" as a call, placed nowhere', () => {
    // 611: "Jaishankar … told Chinese Foreign Minister Wang Yi …. \"…,\" Jaishankar told Wang during the phone conversation".
    const title = 'Galwan clash was premeditated, Jaishankar tells Wang Yi in first talks since deadly face-off';
    const body = [
      title,
      "NEW DELHI, Jun 17 (PTI) - India's External Affairs Minister S Jaishankar on Wednesday told Chinese Foreign Minister Wang Yi that the face-off was the result of a deliberate move by Chinese troops.",
      '"This was a premeditated and planned action by China," Jaishankar told Wang during the phone conversation.',
    ].join('\n\n');
    const meetings = extract(body, '2020-06-17', { title }).meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toEqual([['phone call', ['S Jaishankar', 'Wang Yi'], '2020-06-17', null]]);
  });

  it('reads no call in calling someone a name in quotes', () => {
    // 201: "Blinken, who called Pandor \"my friend\", insisted Washington was not trying to win a contest for influence."
    const body = 'U.S. Secretary of State Antony Blinken held talks with South African Foreign Minister Naledi Pandor in Pretoria on Monday. Blinken, who called Pandor "my friend", insisted Washington was not trying to win a contest for influence.';
    expect(extract(body, '2022-08-08').meetings.map((meeting) => meeting.kind)).toEqual(['bilateral talks']);
  });

  it('places no encounter at a place named in words quoted from it', () => {
    // 611: "\"What happened in Galwan was a premeditated and planned action by China,\" Jaishankar told Wang …".
    const body = 'External Affairs Minister S Jaishankar on Wednesday told Chinese Foreign Minister Wang Yi that the move was deliberate. "What happened in Galwan was a premeditated and planned action by China," Jaishankar told Wang during the talks.';
    expect(extract(body, '2020-06-17').meetings.map((meeting) => meeting.location)).toEqual([null]);
  });

  it('does not place an encounter at a town in what a party said there', () => {
    // 618: "Speaking at a joint news conference with Stubb before the call, Zelensky accused Moscow of breaking its word
    // within hours, saying Russian drones had hit a hospital in Sumy and railway power lines overnight."
    const body = 'Ukrainian President Volodymyr Zelensky held talks with Finnish President Alexander Stubb on Wednesday. Speaking at a joint news conference with Stubb before the call, Zelensky accused Moscow of breaking its word within hours, saying Russian drones had hit a hospital in Sumy and railway power lines overnight.';
    expect(extract(body, '2025-03-19').meetings.map((meeting) => meeting.location)).not.toContain('Sumy');
  });

  it('places a summit at a building where two of those named at it are told to have signed', () => {
    // 585: "Niger's President Mahamadou Issoufou … was the first to sign at the Kigali Convention Centre, followed by
    // Rwandan President Paul Kagame".
    const body = [
      'KIGALI, March 21 (Xinhua) -- Leaders and ministers from 44 African countries on Wednesday signed an agreement establishing the African Continental Free Trade Area at an extraordinary summit of the African Union in the Rwandan capital.',
      "Niger's President Mahamadou Issoufou, who has championed the pact within the AU, was the first to sign at the Kigali Convention Centre, followed by Rwandan President Paul Kagame, the current AU chairman.",
    ].join('\n\n');
    const meetings = extract(body, '2018-03-21').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(meetings).toEqual([[['Mahamadou Issoufou', 'Paul Kagame'], 'Kigali Convention Centre']]);
  });

  it('places a where-clause after "a town in the occupied West Bank" in the town', () => {
    // 584: "Cavusoglu arrived on Tuesday and went straight to Ramallah in the occupied West Bank, where he was received by
    // Palestinian President Mahmoud Abbas".
    const body = 'JERUSALEM\n\nTurkish Foreign Minister Mevlut Cavusoglu arrived on Tuesday and went straight to Ramallah in the occupied West Bank, where he was received by Palestinian President Mahmoud Abbas.';
    const meetings = extract(body, '2022-05-25').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toEqual([[['Mevlut Cavusoglu', 'Mahmoud Abbas'], '2022-05-24', 'Ramallah']]);
  });

  it('reads one "who is hosting a lunch" in a plan as part of the plan', () => {
    // 593: "Later on Thursday, Modi was scheduled to call on President Tharman Shanmugaratnam and to meet Senior Minister
    // Lee Hsien Loong, who is hosting a lunch in his honour".
    const body = 'Indian Prime Minister Narendra Modi held talks with Singapore Prime Minister Lawrence Wong on Thursday. Later on Thursday, Modi was scheduled to call on President Tharman Shanmugaratnam and to meet Senior Minister Lee Hsien Loong, who is hosting a lunch in his honour.';
    const meetings = extract(body, '2024-09-05').meetings.filter((meeting) => meeting.participants.includes('Lee Hsien Loong'));
    expect(meetings.map((meeting) => meeting.status)).toEqual(['planned']);
  });

  it('reads one whose listing as a terrorist was pressed for as no party', () => {
    // 627: "Modi held talks with the Chinese leader in Goa and pressed … the UN listing of Jaish-e-Mohammed chief Masood
    // Azhar as a terrorist".
    const body = "On Saturday, Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Goa and pressed India's bid to join the Nuclear Suppliers Group as well as the UN listing of Jaish-e-Mohammed chief Masood Azhar as a terrorist.";
    expect(extract(body, '2016-10-16').meetings.map((meeting) => meeting.participants)).toEqual([['Narendra Modi', 'Xi Jinping']]);
  });

  it('reads one "also on hand" at a welcome as no party, and a name with "the presidential residence" after it as a building', () => {
    // 628: "He was received at Tribhuvan International Airport by President Bidya Devi Bhandari, with Oli and cabinet
    // ministers also on hand", "… held delegation-level talks with Prime Minister K P Sharma Oli on Sunday morning at
    // Singha Durbar, the seat of government in Kathmandu."
    const body = [
      'KATHMANDU, Oct 13, 2019 (AFP) - Chinese President Xi Jinping held delegation-level talks with Prime Minister K P Sharma Oli on Sunday morning at Singha Durbar, the seat of government in Kathmandu.',
      'Xi had flown in on Saturday afternoon. He was received at Tribhuvan International Airport by President Bidya Devi Bhandari, with Oli and cabinet ministers also on hand.',
    ].join('\n\n');
    const { meetings, locations } = extract(body, '2019-10-13');
    expect(locations.find((location) => location.name === 'Singha Durbar')?.kind).toBe('venue');
    expect(meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([
      [['Xi Jinping', 'K P Sharma Oli'], 'Singha Durbar'],
      [['Xi Jinping', 'Bidya Devi Bhandari'], 'Tribhuvan International Airport'],
    ]);
  });

  it('reads one whose tomb was visited as no party', () => {
    // 636: "Obama pledges aid against drug gangs on El Salvador stop, visits Romero's tomb".
    const title = "Obama pledges aid against drug gangs on El Salvador stop, visits Romero's tomb";
    const body = [
      title,
      'SAN SALVADOR (AFP) - US President Barack Obama held talks with Salvadoran President Mauricio Funes on Tuesday. Obama stood in silence before the tomb of Archbishop Oscar Arnulfo Romero.',
    ].join('\n\n');
    const meetings = extract(body, '2011-03-22', { title }).meetings;
    expect(meetings.flatMap((meeting) => meeting.participants)).not.toContain('Oscar Arnulfo Romero');
  });

  it('keeps encounters told apart with "and, separately," apart in a where-clause of an arrival', () => {
    // 634: "Blinken arrived in Niamey from Addis Ababa, where on Wednesday he met Ethiopian Prime Minister Abiy Ahmed and,
    // separately, African Union Commission Chairperson Moussa Faki Mahamat."
    const body = 'U.S. Secretary of State Antony Blinken arrived in Niamey from Addis Ababa, where on Wednesday he met Ethiopian Prime Minister Abiy Ahmed and, separately, African Union Commission Chairperson Moussa Faki Mahamat.';
    const meetings = extract(body, '2023-03-16').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(meetings).toContainEqual([['Antony Blinken', 'Abiy Ahmed'], '2023-03-15', 'Addis Ababa']);
    expect(meetings).toContainEqual([['Antony Blinken', 'Moussa Faki Mahamat'], '2023-03-15', 'Addis Ababa']);
  });

  it('reads "The two leaders then held talks" as going on from the two leaders\' day, and a welcome undergone "moments after" as that welcome', () => {
    // 648: "Mr Abe, who held talks with New Zealand Prime Minister John Key in Auckland on Monday before flying to the
    // national capital that night, was greeted with a ceremonial welcome … on Tuesday morning. The two leaders then held
    // talks".
    const canberra = [
      'CANBERRA, July 8 AAP - Japanese Prime Minister Shinzo Abe and Australian Prime Minister Tony Abbott signed a free trade agreement on Tuesday.',
      'Mr Abe, who held talks with New Zealand Prime Minister John Key in Auckland on Monday before flying to the national capital that night, was greeted with a ceremonial welcome on the forecourt of Parliament House on Tuesday morning.',
      'The two leaders then held talks.',
    ].join('\n\n');
    const talks = extract(canberra, '2014-07-08').meetings.filter((meeting) => meeting.participants.includes('Tony Abbott')).map((meeting) => meeting.date);
    expect(talks).toEqual(['2014-07-08']);
    // 642: "Moments after being welcomed at the Presidential Mansion in Athens, Erdogan told Greek President Prokopis
    // Pavlopoulos in front of television cameras that the 1923 Treaty of Lausanne … should be brought up to date."
    const athens = 'ATHENS, Greece (AP) — Turkish President Recep Tayyip Erdogan on Thursday became the first Turkish head of state to visit Greece in 65 years. Moments after being welcomed at the Presidential Mansion in Athens, Erdogan told Greek President Prokopis Pavlopoulos in front of television cameras that the treaty should be brought up to date.';
    expect(extract(athens, '2017-12-07').meetings.map((meeting) => meeting.participants)).toContainEqual(['Recep Tayyip Erdogan', 'Prokopis Pavlopoulos']);
  });

  it('reads "would receive" and "to greet" as an encounter still to come', () => {
    // 657: "López Obrador said on Thursday he would receive a high-level US delegation led by Secretary of State
    // Antony Blinken next week". 507: Netanyahu breaking with protocol to greet Modi at the airport.
    const mexico = 'Mexican President Andrés Manuel López Obrador said on Thursday he would receive Secretary of State Antony Blinken next week.';
    expect(extract(mexico, '2023-12-21').meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([[['Andrés Manuel López Obrador', 'Antony Blinken'], 'planned']]);
    const israel = 'JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu will break with protocol to greet Indian Prime Minister Narendra Modi at Ben Gurion Airport on Tuesday.';
    expect(extract(israel, '2017-07-03').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([[['Benjamin Netanyahu', 'Narendra Modi'], '2017-07-04', 'Ben Gurion Airport', 'planned']]);
  });

  it('reads a headline in the present tense, "welcomes" and "greets", as an encounter', () => {
    expect(extract('Vladimir Putin greets Recep Tayyip Erdogan in Sochi', '2021-09-29').meetings.map((meeting) => [meeting.participants, meeting.location])).toEqual([[['Vladimir Putin', 'Recep Tayyip Erdogan'], 'Sochi']]);
    expect(extract('Narendra Modi welcomes Xi Jinping to Mamallapuram', '2019-10-11').meetings.map((meeting) => meeting.participants)).toEqual([['Narendra Modi', 'Xi Jinping']]);
  });

  it('reads "In separate meetings …, Xi received A, B and C" as one encounter with each', () => {
    // 700: "In separate meetings on Sunday morning, Xi received Bahamian Prime Minister Perry Christie, Jamaican Prime
    // Minister Portia Simpson Miller, … and Guyanese President Donald Ramotar."
    const body = [
      'PORT OF SPAIN, June 2 (Xinhua) -- Chinese President Xi Jinping on Sunday held a series of meetings with Caribbean leaders.',
      'In separate meetings on Sunday morning, Xi received Bahamian Prime Minister Perry Christie, Jamaican Prime Minister Portia Simpson Miller and Guyanese President Donald Ramotar.',
    ].join('\n\n');
    expect(extract(body, '2013-06-02').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Xi Jinping', 'Perry Christie'], '2013-06-02', 'Port of Spain'],
      [['Xi Jinping', 'Portia Simpson Miller'], '2013-06-02', 'Port of Spain'],
      [['Xi Jinping', 'Donald Ramotar'], '2013-06-02', 'Port of Spain'],
    ]);
  });

  it('reads "agreed by telephone" and "talked by phone" as a call, on the day the lead tells', () => {
    // 681: "Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday …, and the leaders of the two countries
    // agreed by telephone within hours that the killing was meant to wreck their reconciliation. … Turkish President
    // Recep Tayyip Erdogan had called Russian President Vladimir Putin to brief him."
    const body = [
      "Ankara (AFP) - Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday while giving a speech in Ankara, and the leaders of the two countries agreed by telephone within hours that the killing was meant to wreck their reconciliation.",
      'Presidential spokesman Ibrahim Kalin said that Turkish President Recep Tayyip Erdogan had called Russian President Vladimir Putin to brief him.',
    ].join('\n\n');
    expect(extract(body, '2016-12-19').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date])).toEqual([['phone call', ['Recep Tayyip Erdogan', 'Vladimir Putin'], '2016-12-19']]);
    expect(extract('Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin talked by phone on Monday.', '2016-12-19').meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual([['phone call', '2016-12-19']]);
  });

  it('takes no day from a date in the possessive, unless it names an encounter', () => {
    // 685: "Kerry began the trip on Saturday in Bishkek, where he met Kyrgyz President Almazbek Atambayev and
    // congratulated him on last month's parliamentary elections."
    const body = "Secretary of State John Kerry began the trip on Saturday in Bishkek, where he met Kyrgyz President Almazbek Atambayev and congratulated him on last month's parliamentary elections.";
    expect(extract(body, '2015-11-02').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['John Kerry', 'Almazbek Atambayev'], '2015-10-31', 'Bishkek']]);
    expect(findDates("He praised Sunday's vote.", '2015-11-02')).toEqual([]);
    expect(findDates("He spoke after Sunday's talks.", '2015-11-02').map((mention) => mention.date)).toEqual(['2015-11-01']);
  });

  it('dates "In Samarkand he also called on …" by the day the sentences before gave that place', () => {
    // 685: "On Sunday the top U.S. diplomat was in the Silk Road city of Samarkand, where … Kamilov hosted the first
    // meeting of the so-called C5+1 group …. ¶ In Samarkand he also called on Uzbek President Islam Karimov".
    const body = [
      'Nov. 2 (UPI) -- Secretary of State John Kerry met Kazakh President Nursultan Nazarbayev in Astana on Monday.',
      'On Sunday the top U.S. diplomat was in the Silk Road city of Samarkand, where foreign ministers of the region gathered for a first meeting with him.',
      'In Samarkand he also called on Uzbek President Islam Karimov, thanking him for hosting the meeting.',
    ].join('\n\n');
    const karimov = extract(body, '2015-11-02').meetings.filter((meeting) => meeting.participants.includes('Islam Karimov')).map((meeting) => [meeting.date, meeting.location]);
    expect(karimov).toEqual([['2015-11-01', 'Samarkand']]);
  });

  it('reads "The call with Ishiba followed Lee\'s first phone conversation with Trump" as two calls', () => {
    // 686, with the later call's own day told.
    const body = [
      'SEOUL, June 9 (Yonhap) -- President Lee Jae-myung held his first phone talks with Japanese Prime Minister Shigeru Ishiba on Monday.',
      "The call with Ishiba followed Lee's first phone conversation with U.S. President Donald Trump on Friday.",
    ].join('\n\n');
    expect(extract(body, '2025-06-09').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([
      [['Lee Jae-myung', 'Shigeru Ishiba'], '2025-06-09'],
      [['Lee Jae-myung', 'Donald Trump'], '2025-06-06'],
    ]);
  });

  it('reads "he" after ", while Putin heads to …, where" as the subject of that clause', () => {
    // 687: "Modi was due to leave later on Tuesday for Myanmar, while Putin heads to Vladivostok for the Eastern Economic
    // Forum, where he is to meet South Korean President Moon Jae-in on Wednesday …"
    const body = 'XIAMEN, China (AFP) - Indian Prime Minister Narendra Modi and Russian President Vladimir Putin attended the BRICS summit on Monday. Modi was due to leave later on Tuesday for Myanmar, while Putin heads to Vladivostok for the Eastern Economic Forum, where he is to meet South Korean President Moon Jae-in on Wednesday.';
    const moon = extract(body, '2017-09-05').meetings.filter((meeting) => meeting.participants.includes('Moon Jae-in')).map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(moon).toEqual([[['Vladimir Putin', 'Moon Jae-in'], '2017-09-06', 'planned']]);
  });

  it('reads "played golf" together as an encounter', () => {
    // 688: "On Sunday, Abe and Trump played golf in Mobara, Chiba Prefecture, before watching the final day of the Summer
    // Grand Sumo Tournament".
    const body = 'TOKYO, May 27 (Kyodo) -- On Sunday, Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump played golf in Mobara, Chiba Prefecture, before watching a sumo tournament.';
    expect(extract(body, '2019-05-27').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Shinzo Abe', 'Donald Trump'], '2019-05-26', 'Mobara']]);
  });

  it('reads ", and is also expected to meet" as another encounter of the same subject', () => {
    // 695: "Rouhani was due to hold talks in Baghdad later in the day with Prime Minister Adel Abdul Mahdi, and is also
    // expected to meet Parliament Speaker Mohammed al-Halbousi."
    const body = 'Iranian President Hassan Rouhani was due to hold talks in Baghdad later in the day with Prime Minister Adel Abdul Mahdi, and is also expected to meet Parliament Speaker Mohammed al-Halbousi.';
    expect(extract(body, '2019-03-11').meetings.map((meeting) => [meeting.participants, meeting.status])).toEqual([
      [['Hassan Rouhani', 'Adel Abdul Mahdi'], 'planned'],
      [['Hassan Rouhani', 'Mohammed al-Halbousi'], 'planned'],
    ]);
  });

  it('reads "X last hosted an American president …, when Obama visited Riyadh" as X meeting Obama', () => {
    // 691: "King Salman last hosted an American president in April last year, when Barack Obama visited Riyadh for talks
    // clouded by disagreements over Iran and Syria."
    const body = 'RIYADH (AP) — Saudi King Salman bin Abdulaziz spoke by phone with President Donald Trump on Sunday. The king last hosted an American president in April last year, when Barack Obama visited Riyadh for talks.';
    const riyadh = extract(body, '2017-01-29').meetings.filter((meeting) => meeting.location === 'Riyadh').map((meeting) => [meeting.participants, meeting.date]);
    expect(riyadh).toEqual([[['Salman bin Abdulaziz', 'Barack Obama'], null]]);
  });

  it('dates what came "then", with no day of its own, by the day just told', () => {
    // 724: "Biden, who arrived in Kiev late on Sunday, held talks on Monday with President Petro Poroshenko, then met
    // Prime Minister Arseniy Yatsenyuk, whose rivalry with the president has slowed reforms."
    const lead = "KIEV, Ukraine (AP) — U.S. Vice President Joe Biden urged Ukraine's lawmakers on Tuesday to act.\n\n";
    const days = (sentence: string): (string | null)[][] => extract(lead + sentence, '2015-12-08').meetings.filter((meeting) => meeting.kind !== 'visit').map((meeting) => [meeting.participants.join(' + '), meeting.date]);
    expect(days('Biden, who arrived in Kiev late on Sunday, held talks on Monday with President Petro Poroshenko, then met Prime Minister Arseniy Yatsenyuk.')).toEqual([
      ['Joe Biden + Petro Poroshenko', '2015-12-07'],
      ['Joe Biden + Arseniy Yatsenyuk', '2015-12-07'],
    ]);
    expect(days('Biden held talks on Monday with President Petro Poroshenko and then met Prime Minister Arseniy Yatsenyuk.')).toEqual([
      ['Joe Biden + Petro Poroshenko', '2015-12-07'],
      ['Joe Biden + Arseniy Yatsenyuk', '2015-12-07'],
    ]);
  });

  it('dates a plan "later in the day" by the news, not by an encounter recalled', () => {
    // 734: "The two presidents last met on Feb. 14 in Cairo, when Erdogan made his first visit to Egypt …. Erdogan was
    // due to host an official dinner in honor of Sisi later in the day."
    const body = 'ANKARA\n\nTurkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi pledged on Wednesday to deepen cooperation.\n\nThe two presidents last met on Feb. 14 in Cairo, when Erdogan made his first visit to Egypt in more than a decade.\n\nErdogan was due to host an official dinner in honor of Sisi later in the day.';
    const dinner = extract(body, '2024-09-04').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.date]);
    expect(dinner).toEqual([[['Recep Tayyip Erdogan', 'Abdel Fattah al-Sisi'], '2024-09-04']]);
  });

  it('reads "his guest" as the one the host receives, and a welcome at an airport as held there', () => {
    // 734: "Erdogan greeted his guest at Ankara's Esenboga Airport, accompanied by Foreign Minister Hakan Fidan."
    const lead = 'ANKARA\n\nTurkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi pledged on Wednesday to deepen cooperation, as Sisi paid the first visit to the country by an Egyptian head of state in 12 years.\n\n';
    const welcome = extract(`${lead}Erdogan greeted his guest at Ankara's Esenboga International Airport.`, '2024-09-04').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(welcome).toEqual([[['Recep Tayyip Erdogan', 'Abdel Fattah al-Sisi'], '2024-09-04', 'Esenboga International Airport']]);
  });

  it('keeps a joint news conference in a room of the building with the talks held there', () => {
    // 464: "\"You will never stand alone,\" Biden told his guest at a joint news conference in the East Room."
    const body = 'WASHINGTON (AP) — Ukrainian President Volodymyr Zelenskyy met President Joe Biden at the White House on Wednesday.\n\n"You will never stand alone," Biden told his guest at a joint news conference in the East Room.';
    const meetings = extract(body, '2022-12-21').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location]);
    expect(meetings).toEqual([[['Joe Biden', 'Volodymyr Zelenskyy'], '2022-12-21', 'White House']]);
  });

  it('keeps a welcome at the airport apart from talks at a building of their own that day', () => {
    // 733: "Kagame … had received Modi at Kigali International Airport when he landed on Monday evening. The two leaders
    // then held one-on-one and delegation-level talks at Urugwiro Village".
    const body = 'KIGALI, Jul 24 (PTI) - Prime Minister Narendra Modi on Tuesday wrapped up the first visit by an Indian premier to Rwanda.\n\nPresident Paul Kagame had received Modi at Kigali International Airport when he landed on Monday evening. The two leaders then held one-on-one and delegation-level talks at Urugwiro Village.';
    const places = extract(body, '2018-07-24').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location]);
    expect(places).toEqual([
      [['Narendra Modi', 'Paul Kagame'], '2018-07-23', 'Kigali International Airport'],
      [['Narendra Modi', 'Paul Kagame'], '2018-07-23', 'Urugwiro Village'],
    ]);
  });

  it('reads "the two men" as the last two named, on the day of the lead, and "X, Y and Z greeted him" as greeting the one the sentence before is about', () => {
    // 739: "The two men then met privately in the Oval Office", three paragraphs after the lead, with quotations between;
    // "Francis flew in on Tuesday afternoon from Cuba, …. Obama, first lady Michelle Obama and Vice President Joe Biden
    // and his wife, Jill, greeted him on the tarmac at Joint Base Andrews".
    const body = [
      'WASHINGTON (AP) — Pope Francis stood beside President Barack Obama on the South Lawn of the White House on Wednesday and urged Americans to act on climate change.',
      '"As the son of an immigrant family, I am happy to be a guest in this country," Francis told a crowd of about 11,000 people.',
      'He said he was encouraged that Obama was proposing an initiative to cut air pollution.',
      'The president praised the pope for urging the world to care for the poor.',
      'The two men then met privately in the Oval Office for about 45 minutes, the White House said.',
      'Francis flew in on Tuesday afternoon from Cuba, where he spent four days and held talks with President Raul Castro. Obama, first lady Michelle Obama and Vice President Joe Biden and his wife, Jill, greeted him on the tarmac at Joint Base Andrews in Maryland.',
    ].join('\n\n');
    const meetings = extract(body, '2015-09-23').meetings.filter((meeting) => meeting.participants.includes('Barack Obama')).map((meeting) => [meeting.participants.filter((person) => person !== 'Joe Biden').sort(), meeting.date, meeting.location]);
    expect(meetings).toEqual([
      [['Barack Obama', 'Francis'], '2015-09-23', 'Oval Office'],
      [['Barack Obama', 'Francis'], '2015-09-22', 'Joint Base Andrews'],
    ]);
  });

  it('reads "welcomed … by X and driven to the palace for a meeting with Y" as two encounters of the one welcomed', () => {
    // 735: "The pontiff was welcomed at Cairo International Airport by Egyptian Prime Minister Sherif Ismail and driven to
    // the presidential palace in Heliopolis for a private meeting with President Abdel Fattah al-Sisi."
    const body = "CAIRO, April 28 (Reuters) - Pope Francis told Muslim and Christian leaders gathered at Cairo's Al-Azhar on Friday that violence could never be justified.\n\nThe pontiff was welcomed at Cairo International Airport by Egyptian Prime Minister Sherif Ismail and driven to the presidential palace in Heliopolis for a private meeting with President Abdel Fattah al-Sisi.";
    expect(extract(body, '2017-04-28').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([
      [['Francis', 'Sherif Ismail'], '2017-04-28', 'Cairo International Airport'],
      [['Francis', 'Abdel Fattah al-Sisi'], '2017-04-28', 'Heliopolis'],
    ]);
  });

  it('reads "The two men last met …, when X visited the Vatican" as X and the last other person named', () => {
    // 735: "… Francis told the conference …. Al-Tayeb, who opened the session …, said …. The two men last met in May last
    // year, when al-Tayeb visited the Vatican".
    const body = 'CAIRO (Reuters) - Pope Francis was welcomed at Cairo International Airport by Egyptian Prime Minister Sherif Ismail on Friday.\n\nThe pope then embraced the Grand Imam of Al-Azhar, Sheikh Ahmed al-Tayeb.\n\n"Let us say no to violence," Francis told the conference.\n\nAl-Tayeb said the world had neglected religious values.\n\nThe two men last met in May last year, when al-Tayeb visited the Vatican.';
    const past = extract(body, '2017-04-28').meetings.filter((meeting) => meeting.date === null).map((meeting) => [[...meeting.participants].sort(), meeting.location]);
    expect(past).toEqual([[['Ahmed al-Tayeb', 'Francis'], 'Vatican City']]);
  });

  it('dates what one of the report\'s two did "then" by the lead, ten sentences on, while no other day is told', () => {
    // 735: "Francis then met Coptic Orthodox Pope Tawadros II at St Mark's Cathedral", eleven sentences after the lead.
    const filler = Array.from({ length: 9 }, (_, index) => `Francis spoke of peace in remark number ${index + 1}.`).join(' ');
    const body = `CAIRO, April 28 (Reuters) - Pope Francis told Muslim and Christian leaders gathered at Cairo's Al-Azhar on Friday that violence could never be justified.\n\n${filler}\n\nFrancis then met Coptic Orthodox Pope Tawadros II at St Mark's Cathedral.`;
    expect(extract(body, '2017-04-28').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Francis', 'Tawadros II'], '2017-04-28']]);
  });

  it('dates a summit of days that someone "is due to host from Thursday" by its first day, not the day of the journey', () => {
    // 721: "Obama was due to fly to Wales later on Wednesday for a two-day NATO summit in Newport that British Prime
    // Minister David Cameron is due to host from Thursday".
    const body = 'TALLINN, Estonia (AP) — President Barack Obama met Estonian President Toomas Hendrik Ilves on Wednesday.\n\nObama was due to fly to Wales later on Wednesday for a two-day NATO summit in Newport that British Prime Minister David Cameron is due to host from Thursday.';
    const summit = extract(body, '2014-09-03').meetings.filter((meeting) => meeting.kind === 'summit').map((meeting) => [meeting.date, meeting.location, meeting.status]);
    expect(summit).toEqual([['2014-09-04', 'Newport', 'planned']]);
  });

  it('ends a where-clause at ", and was greeted by", and takes no day from a relative clause about something else', () => {
    // 726: "Obama flew in from Tokyo, where he held talks with Japanese Prime Minister Shinzo Abe on Thursday, and was greeted
    // by Park at the Blue House, the presidential office. He opened their meeting by asking for a moment of silence for
    // the victims of the Sewol, which sank on April 16 with hundreds of high school students aboard."
    const body = 'SEOUL, South Korea (AP) — President Barack Obama and South Korean President Park Geun-hye warned North Korea on Friday that another nuclear test would only deepen its isolation, as the two allies met in a capital still in mourning.\n\nObama flew in from Tokyo, where he held talks with Japanese Prime Minister Shinzo Abe on Thursday, and was greeted by Park at the Blue House, the presidential office. He opened their meeting by asking for a moment of silence for the victims of the Sewol, which sank on April 16 with hundreds of high school students aboard.';
    expect(extract(body, '2014-04-25').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location])).toEqual([
      [['Barack Obama', 'Park Geun-hye'], '2014-04-25', 'Blue House'],
      [['Barack Obama', 'Shinzo Abe'], '2014-04-24', 'Tokyo'],
    ]);
  });

  it('reads "Around the table were …" as those at the summit just told', () => {
    // 732: "The Jeddah Security and Development Summit, hosted by Saudi Crown Prince Mohammed bin Salman, brought Biden
    // together with the leaders of …. Around the table were Egyptian President Abdel Fattah al-Sisi, …".
    const body = "The Jeddah Security and Development Summit, hosted by Saudi Crown Prince Mohammed bin Salman, brought US President Joe Biden together with the leaders of the six Gulf states on Saturday.\n\nAround the table were Egyptian President Abdel Fattah al-Sisi, Kuwaiti Crown Prince Sheikh Mishal al-Ahmad al-Jaber al-Sabah and Emirati President Sheikh Mohamed bin Zayed Al Nahyan.";
    expect(extract(body, '2022-07-16').meetings.map((meeting) => [meeting.kind, [...meeting.participants].sort()])).toEqual([
      ['summit', ['Abdel Fattah al-Sisi', 'Joe Biden', 'Mishal al-Ahmad al-Jaber al-Sabah', 'Mohamed bin Zayed Al Nahyan', 'Mohammed bin Salman']],
    ]);
  });

  it('places a welcome "on the forecourt of Parliament House" at Parliament House', () => {
    // 730: "Mr Li … was given a ceremonial welcome with a 19-gun salute on the forecourt of Parliament House on Friday
    // before annual leaders' talks with Prime Minister Malcolm Turnbull."
    const body = "CANBERRA\n\nChinese Premier Li Keqiang has assured Australia that Beijing does not expect it to choose sides.\n\nMr Li, the first Chinese premier to visit Australia in 11 years, was given a ceremonial welcome with a 19-gun salute on the forecourt of Parliament House on Friday before annual leaders' talks with Prime Minister Malcolm Turnbull.";
    expect(extract(body, '2017-03-24').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Li Keqiang', 'Malcolm Turnbull'], '2017-03-24', 'Parliament House']]);
  });

  it('places an encounter "on the sidelines" of a summit the report tells of in the town of the dateline', () => {
    // 738: "LIMA, April 14 (Reuters) - … as a Summit of the Americas … closed with a joint pledge …. Trudeau, who sat down
    // with Pena Nieto on the sidelines, said negotiators … were making \"real progress\"".
    const filler = Array.from({ length: 6 }, (_, index) => `Delegates debated corruption in session number ${index + 1}.`).join('\n\n');
    const body = `LIMA, April 14 (Reuters) - U.S. Vice President Mike Pence urged Latin American leaders on Saturday to step up pressure on Venezuela, as a Summit of the Americas closed with a joint pledge to fight corruption.\n\n${filler}\n\nCanadian Prime Minister Justin Trudeau, who sat down with Mexican President Enrique Pena Nieto on the sidelines, said negotiators were making progress.`;
    const sidelines = extract(body, '2018-04-14').meetings.filter((meeting) => meeting.participants.includes('Enrique Pena Nieto')).map((meeting) => meeting.location);
    expect(sidelines).toEqual(['Lima']);
  });

  it('reads "called off what would have been his first trip" as no encounter', () => {
    // 738: "Pence was standing in for President Donald Trump, who called off what would have been his first trip to Latin
    // America earlier this week".
    const body = 'Pence was standing in for President Donald Trump, who called off what would have been his first trip to Latin America earlier this week.';
    expect(extract(body, '2018-04-14').meetings).toEqual([]);
  });

  it('keeps a meeting of one named party with a group the text does not name one by one', () => {
    // 738: "Pence also met exiled Venezuelan opposition figures in Lima later in the day."
    // 146: "Tsikhanouskaya is expected to meet EU foreign ministers in Brussels on September 21."
    const pence = extract('LIMA, April 14 (Reuters) - U.S. Vice President Mike Pence urged Latin American leaders on Saturday to step up pressure on Venezuela.\n\nPence also met exiled Venezuelan opposition figures in Lima on Friday.', '2018-04-14').meetings;
    expect(pence.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Mike Pence'], '2018-04-13', 'Lima']]);
    const tsikhanouskaya = extract('Belarusian opposition leader Sviatlana Tsikhanouskaya is expected to meet EU foreign ministers in Brussels on September 21.', '2020-09-14').meetings;
    expect(tsikhanouskaya.map((meeting) => [meeting.participants, meeting.date, meeting.location, meeting.status])).toEqual([[['Sviatlana Tsikhanouskaya'], '2020-09-21', 'Brussels', 'planned']]);
  });

  it('reads "the U.S. president" as the one who holds the title, and "him" after it as that president', () => {
    // 754: "On Thursday, the U.S. president will travel to Ramallah in the occupied West Bank to meet Palestinian President
    // Mahmoud Abbas, before returning to Jerusalem to address students. Peres is due to host a state dinner for him at his
    // residence that evening".
    const body = 'JERUSALEM, March 20 (Reuters) - U.S. President Barack Obama and Israeli President Shimon Peres met on Wednesday.\n\nOn Thursday, the U.S. president will travel to Ramallah in the occupied West Bank to meet Palestinian President Mahmoud Abbas, before returning to Jerusalem to address students. Peres is due to host a state dinner for him at his residence that evening.';
    const planned = extract(body, '2013-03-20').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [...meeting.participants].sort());
    expect(planned).toEqual([['Barack Obama', 'Mahmoud Abbas'], ['Barack Obama', 'Shimon Peres']]);
  });

  it('reads "called on X, general secretary of …, and held talks with Y" as a call on X and talks with Y', () => {
    // 749: "After the news conference, Trump called on Nguyen Phu Trong, general secretary of the ruling Communist Party,
    // and held talks with Prime Minister Nguyen Xuan Phuc, whom he had hosted at the White House in May."
    const body = 'HANOI, Nov 12 (Reuters) - U.S. President Donald Trump held talks with Vietnamese President Tran Dai Quang on Sunday.\n\nAfter the news conference, Trump called on Nguyen Phu Trong, general secretary of the ruling Communist Party, and held talks with Prime Minister Nguyen Xuan Phuc.';
    expect(extract(body, '2017-11-12').meetings.map((meeting) => meeting.participants)).toEqual([
      ['Donald Trump', 'Tran Dai Quang'],
      ['Donald Trump', 'Nguyen Phu Trong'],
      ['Donald Trump', 'Nguyen Xuan Phuc'],
    ]);
  });

  it('places encounters "in the Lion Courtyard of Buda Castle" and "at the nearby Sandor Palace" there', () => {
    // 743: "Xi and his wife Peng Liyuan … were received in the Lion Courtyard of Buda Castle by President Tamas Sulyok and
    // Orban. The Chinese leader then held talks with Sulyok at the nearby Sandor Palace."
    const body = 'BUDAPEST\n\nChinese President Xi Jinping and Hungarian Prime Minister Viktor Orban agreed on Thursday to upgrade ties.\n\nXi and his wife Peng Liyuan, who flew in from Serbia late on Wednesday, were received in the Lion Courtyard of Buda Castle by President Tamas Sulyok and Orban. The Chinese leader then held talks with Sulyok at the nearby Sandor Palace.';
    expect(extract(body, '2024-05-09').meetings.map((meeting) => meeting.location)).toEqual(['Buda Castle', 'Sandor Palace']);
  });

  it('reads "was accorded a ceremonial welcome … by X and Y" as an encounter with them', () => {
    // 748: "On the second day of his stay in the capital, Obama was accorded a ceremonial welcome at the forecourt of
    // Rashtrapati Bhavan by President Pratibha Patil and Singh, and then laid a wreath at Rajghat".
    const body = 'NEW DELHI, Nov 8 (PTI) - Prime Minister Manmohan Singh and U.S. President Barack Obama on Monday agreed to expand ties.\n\nOn the second day of his stay in the capital, Obama was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan by President Pratibha Patil and Singh, and then laid a wreath at Rajghat, the memorial to Mahatma Gandhi.';
    expect(extract(body, '2010-11-08').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location])).toEqual([
      [['Barack Obama', 'Manmohan Singh', 'Pratibha Patil'], '2010-11-08', 'Rashtrapati Bhavan'],
    ]);
  });

  it('reads "X and Y sat down for about 20 minutes" as talks of the two, beside the summit rather than the summit', () => {
    // 744: "U.S. President Barack Obama and Russian President Vladimir Putin sat down for about 20 minutes at the
    // Constantine Palace on Friday on the sidelines of a Group of 20 summit".
    const body = 'ST. PETERSBURG, Russia, Sept 6 (Reuters) - U.S. President Barack Obama and Russian President Vladimir Putin sat down for about 20 minutes at the Constantine Palace on Friday on the sidelines of a Group of 20 summit, but the two leaders remained at odds.';
    expect(extract(body, '2013-09-06').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.location])).toEqual([
      ['bilateral talks', ['Barack Obama', 'Vladimir Putin'], 'Constantine Palace'],
    ]);
  });

  it('does not add one "who also attended" to a meeting of two', () => {
    // 744: "Obama held separate talks on Friday with … Xi Jinping and … Francois Hollande, …, after meeting Japanese Prime
    // Minister Shinzo Abe on Thursday. U.N. Secretary-General Ban Ki-moon, who also attended, urged leaders …".
    const body = 'ST. PETERSBURG, Russia, Sept 6 (Reuters) - U.S. President Barack Obama met Japanese Prime Minister Shinzo Abe on Thursday. U.N. Secretary-General Ban Ki-moon, who also attended, urged leaders to back a peace conference.';
    expect(extract(body, '2013-09-06').meetings.map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Shinzo Abe']]);
  });

  it('dates an encounter "earlier in the morning" by the encounter told before', () => {
    // 760: "Earlier in the morning, the prime minister called on Governor General David Johnston at Rideau Hall."
    const body = 'OTTAWA, Apr 15 (PTI) - Prime Minister Narendra Modi held talks with Canadian Prime Minister Stephen Harper on Wednesday.\n\nEarlier in the morning, Modi called on Governor General David Johnston at Rideau Hall.';
    const call = extract(body, '2015-04-15').meetings.filter((meeting) => meeting.participants.includes('David Johnston')).map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(call).toEqual([[['Narendra Modi', 'David Johnston'], '2015-04-15', 'Rideau Hall']]);
  });

  it('places a where-clause after a town no list holds in that town', () => {
    // 729: "On Friday, Abe and his wife Akie Abe will fly to Davao, Duterte's hometown on the southern island of Mindanao,
    // where the president is due to receive them at his private residence."
    const body = 'MANILA, Jan 12 (Kyodo) -- Japanese Prime Minister Shinzo Abe held talks with Philippine President Rodrigo Duterte on Thursday.\n\nOn Friday, Abe will fly to Davao, Duterte\'s hometown on the southern island of Mindanao, where Duterte is due to receive him at his private residence.';
    const planned = extract(body, '2017-01-12').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location]);
    expect(planned).toEqual([[['Rodrigo Duterte', 'Shinzo Abe'], '2017-01-13', 'Davao']]);
  });

  it('reads "he" after a sentence naming nobody but "the secretary\'s" trip as that title\'s holder', () => {
    // 774: "Osama Hamdan, a senior Hamas official, rejected the criticism …. ¶ Doha was the last stop on the secretary's
    // eighth trip to the Middle East since the war began in October. On Monday he met Egyptian President Abdel Fattah
    // el-Sisi in Cairo": not the official named last.
    const body = 'DOHA, Qatar (AP) — U.S. Secretary of State Antony Blinken said Wednesday that talks would go on.\n\nOsama Hamdan, a senior Hamas official, rejected the criticism.\n\nDoha was the last stop on the secretary\'s eighth trip to the Middle East. On Monday he met Egyptian President Abdel Fattah el-Sisi in Cairo.';
    const met = extract(body, '2024-06-12').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(met).toEqual([[['Antony Blinken', 'Abdel Fattah el-Sisi'], '2024-06-10', 'Cairo']]);
  });

  it('reads "he" after "Before speaking to Putin, Biden consulted allies" as the subject, not the one in the leading clause', () => {
    // 761: "Before speaking to Putin, Biden consulted allies. He spoke with German Chancellor Angela Merkel on Monday".
    const body = 'WASHINGTON, Jan 26 (Reuters) - U.S. President Joe Biden held his first phone call with Russian President Vladimir Putin on Tuesday.\n\nBefore speaking to Putin, Biden consulted allies. He spoke with German Chancellor Angela Merkel on Monday.';
    const calls = extract(body, '2021-01-26').meetings.map((meeting) => [meeting.participants, meeting.date]);
    expect(calls).toEqual([[['Joe Biden', 'Vladimir Putin'], '2021-01-26'], [['Joe Biden', 'Angela Merkel'], '2021-01-25']]);
  });

  it('reads "whose summit with Putin" as the summit of the one named just before', () => {
    // 761: "… than his predecessor, Donald Trump, whose 2018 summit with Putin in Helsinki drew criticism at home".
    const body = 'WASHINGTON, Jan 26 (Reuters) - U.S. President Joe Biden spoke with Russian President Vladimir Putin on Tuesday.\n\nBiden has promised a harder line than his predecessor, Donald Trump, whose 2018 summit with Putin in Helsinki drew criticism at home.';
    const summit = extract(body, '2021-01-26').meetings.filter((meeting) => meeting.location === 'Helsinki').map((meeting) => meeting.participants);
    expect(summit).toEqual([['Donald Trump', 'Vladimir Putin']]);
  });

  it('reads "the top U.S. diplomat" as the secretary of state, and "Earlier," as the day of the encounter told before', () => {
    // 774: "Blinken spoke at a joint news conference in Doha with … Al Thani …. Earlier, the top U.S. diplomat met
    // Qatar's emir, Sheikh Tamim bin Hamad Al Thani."
    const body = 'DOHA, Qatar (AP) — U.S. Secretary of State Antony Blinken said Wednesday that talks would go on.\n\nBlinken spoke at a joint news conference in Doha on Wednesday with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. Earlier, the top U.S. diplomat met Qatar\'s emir, Sheikh Tamim bin Hamad Al Thani.';
    const emir = extract(body, '2024-06-12').meetings.filter((meeting) => meeting.participants.includes('Tamim bin Hamad Al Thani')).map((meeting) => [meeting.participants, meeting.date]);
    expect(emir).toEqual([[['Antony Blinken', 'Tamim bin Hamad Al Thani'], '2024-06-12']]);
  });

  it('dates a summit the headline names nobody at by the lead, and the talks on its sidelines with it', () => {
    // 772: "Saudi crown prince accuses Israel of 'genocide' at Riyadh summit ¶ Riyadh (AFP) - Saudi Crown Prince Mohammed
    // bin Salman on Monday accused Israel …, as Arab and Muslim leaders gathered in Riyadh."
    const body = 'Saudi crown prince accuses Israel of \'genocide\' at Riyadh summit\n\nRiyadh (AFP) - Saudi Crown Prince Mohammed bin Salman on Monday accused Israel of committing genocide in Gaza, as Arab and Muslim leaders gathered in Riyadh.\n\nTurkish President Recep Tayyip Erdogan and Jordan\'s King Abdullah II were among those who took the floor.\n\nThe one-day meeting followed an emergency summit that the crown prince hosted in the Saudi capital in November last year.\n\nOn the sidelines, the crown prince held separate talks with Erdogan.';
    const met = extract(body, '2024-11-11', { title: 'Saudi crown prince accuses Israel of \'genocide\' at Riyadh summit' }).meetings.filter((meeting) => meeting.participants.includes('Recep Tayyip Erdogan')).map((meeting) => [meeting.kind, meeting.date, meeting.location]);
    expect(met).toEqual([['summit', '2024-11-11', 'Riyadh'], ['bilateral talks', '2024-11-11', 'Riyadh']]);
  });

  it('dates talks one "went straight on to" by the encounter told before, many sentences after the lead', () => {
    // 780: "The two leaders met for about two hours at a hotel in … Los Cabos …. ¶ Obama went straight on to talks with
    // German Chancellor Angela Merkel", nine paragraphs on.
    const body = 'Los Cabos, Mexico (dpa) - US President Barack Obama and Russian President Vladimir Putin agreed on Monday that the violence in Syria must stop, but gave no sign of bridging their differences over how to end the 15-month uprising against Syrian President Bashar al-Assad.\n\nThe two leaders met for about two hours at a hotel in the Mexican resort of Los Cabos, on the sidelines of a Group of 20 summit. It was their first encounter since Putin returned to the Kremlin as president in May.\n\n\"We agreed that we need to see a cessation of the violence,\" Obama told reporters afterwards, \"and that a political process has to be created to prevent civil war.\"\n\nSeated beside him, Putin said the two had been able to find \"many commonalities\" on Syria and other issues.\n\n\"We will now develop our contacts further, both personally and at the level of our experts,\" the Russian leader said through an interpreter.\n\nObama called the meeting a \"candid, thoughtful and thorough conversation\" and said there was still \"time and space\" to settle the dispute over Iran\'s nuclear programme through diplomacy.\n\nNeither man mentioned Assad by name, and there were few smiles for the cameras. Washington has accused Moscow of arming Damascus, while Russia has blocked tougher action against Syria at the UN Security Council.\n\nThe talks were the first between the two since July 2009, when Obama, on a visit to Moscow, had breakfast with Putin, then prime minister. Putin skipped the Group of Eight summit that Obama hosted at Camp David last month, sending Prime Minister Dmitry Medvedev instead.\n\nObama went straight on to talks with German Chancellor Angela Merkel, whose handling of the eurozone debt crisis is expected to dominate the gathering after Sunday\'s election in Greece.';
    const merkel = extract(body, '2012-06-19').meetings.filter((meeting) => meeting.participants.includes('Angela Merkel')).map((meeting) => [meeting.participants, meeting.date]);
    expect(merkel).toEqual([[['Barack Obama', 'Angela Merkel'], '2012-06-18']]);
  });

  it('reads "spoke separately by phone … with A, B and C" as a call with each', () => {
    // 771: "Trump spoke separately by phone on Friday with Sheikh Tamim, Prince Mohammed and Abu Dhabi Crown Prince Sheikh
    // Mohamed bin Zayed Al Nahyan".
    const body = 'DUBAI, Sept 9 (Reuters) - U.S. President Donald Trump spoke separately by phone on Friday with Qatari Emir Sheikh Tamim bin Hamad Al Thani, Saudi Crown Prince Mohammed bin Salman and Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed Al Nahyan.';
    const calls = extract(body, '2017-09-09').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date]);
    expect(calls).toEqual([
      ['phone call', ['Donald Trump', 'Tamim bin Hamad Al Thani'], '2017-09-08'],
      ['phone call', ['Donald Trump', 'Mohammed bin Salman'], '2017-09-08'],
      ['phone call', ['Donald Trump', 'Mohamed bin Zayed Al Nahyan'], '2017-09-08'],
    ]);
  });

  it('does not read "North Korea\'s planned rocket launch" as a plan of the summit the clause tells', () => {
    // 767: "Leaders of 53 nations pledged on Tuesday …, wrapping up a two-day summit in Seoul overshadowed by North
    // Korea's planned rocket launch".
    const body = 'SEOUL, March 27, 2012 (AFP) - Leaders of 53 nations pledged on Tuesday to shrink stocks of nuclear material, wrapping up a two-day summit in Seoul overshadowed by North Korea\'s planned rocket launch.';
    expect(extract(body, '2012-03-27').meetings.map((meeting) => [meeting.kind, meeting.status, meeting.location])).toEqual([['summit', 'held', 'Seoul']]);
    // A plan of the encounter itself still is one: "the planned summit".
    expect(extract('SEOUL, March 27, 2012 (AFP) - Officials announced the planned summit of 53 nations in Seoul.', '2012-03-27').meetings.map((meeting) => meeting.status)).toEqual(['planned']);
  });

  it('reads a weekday in a relative clause of the past by its own tense, not by the plan of the main clause after it', () => {
    // 767: "Obama, who visited the Demilitarized Zone and held talks with Lee at the Blue House on Sunday, was due to fly
    // back to Washington later on Tuesday"; 420: "Mr Modi, who arrived in London on Wednesday …, was due to meet King
    // Charles III at Sandringham later on Thursday".
    const body = 'SEOUL, March 27, 2012 (AFP) - US President Barack Obama urged North Korea on Tuesday to drop its launch.\n\nObama, who visited the Demilitarized Zone and held talks with South Korean President Lee Myung-bak at the Blue House on Sunday, was due to fly back to Washington later on Tuesday.';
    const talks = extract(body, '2012-03-27').meetings.filter((meeting) => meeting.participants.includes('Lee Myung-bak')).map((meeting) => [meeting.participants, meeting.status, meeting.date, meeting.location]);
    expect(talks).toEqual([[['Barack Obama', 'Lee Myung-bak'], 'held', '2012-03-25', 'Blue House']]);
    expect(findDates('Mr Modi, who arrived in London on Wednesday for his fourth visit, was due to meet King Charles III later on Thursday.', '2025-07-24').map((date) => date.date)).toEqual(['2025-07-23', '2025-07-24']);
  });

  it('reads "the summit that Obama will host at Camp David" as the host\'s summit, held there', () => {
    // 767: "Putin is expected at the Group of Eight summit that Obama will host at Camp David in May."
    const body = 'SEOUL, March 27, 2012 (AFP) - US President Barack Obama met Russian President Dmitry Medvedev on Monday.\n\nVladimir Putin is expected at the Group of Eight summit that Obama will host at Camp David in May.';
    const summit = extract(body, '2012-03-27').meetings.filter((meeting) => meeting.kind === 'summit').map((meeting) => [meeting.participants, meeting.status, meeting.location]);
    expect(summit).toEqual([[['Vladimir Putin', 'Barack Obama'], 'planned', 'Camp David']]);
  });

  it('places talks one "is expected to hold" after arriving somewhere where the subject arrived', () => {
    // 763: "China's top diplomat, Wang Yi, arrived in Moscow on Tuesday and is expected to hold talks with Russian Foreign
    // Minister Sergey Lavrov during his visit".
    const body = 'WARSAW, Poland (AP) — President Joe Biden spoke in Warsaw on Tuesday.\n\nChina\'s top diplomat, Wang Yi, arrived in Moscow on Tuesday and is expected to hold talks with Russian Foreign Minister Sergey Lavrov during his visit, Russian officials said.';
    const talks = extract(body, '2023-02-21').meetings.filter((meeting) => meeting.participants.includes('Sergey Lavrov')).map((meeting) => [meeting.participants, meeting.status, meeting.location]);
    expect(talks).toEqual([[['Wang Yi', 'Sergey Lavrov'], 'planned', 'Moscow']]);
  });

  it('ends the parties of talks at "and called Putin a butcher", a verb of its own', () => {
    // 763: "… when he held talks with Duda and called Putin a "butcher" after meeting Ukrainian refugees".
    const body = 'WARSAW, Poland (AP) — President Joe Biden spoke on Tuesday.\n\nBiden held talks with Polish President Andrzej Duda and called Russian President Vladimir Putin a "butcher".';
    expect(extract(body, '2023-02-21').meetings.map((meeting) => meeting.participants)).toEqual([['Joe Biden', 'Andrzej Duda']]);
  });

  it('keeps "will meet leaders of the Bucharest Nine … at a summit co-hosted by A and B" one summit', () => {
    // 763: "On Wednesday, Biden will meet leaders of the Bucharest Nine, the group of NATO members on the alliance's eastern
    // flank, at a summit in Warsaw co-hosted by Duda and Romanian President Klaus Iohannis."
    const body = 'WARSAW, Poland (AP) — President Joe Biden held talks with Polish President Andrzej Duda on Tuesday.\n\nOn Wednesday, Biden will meet leaders of the Bucharest Nine, the group of NATO members on the alliance\'s eastern flank, at a summit in Warsaw co-hosted by Duda and Romanian President Klaus Iohannis.';
    const planned = extract(body, '2023-02-21').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(planned).toEqual([[['Joe Biden', 'Andrzej Duda', 'Klaus Iohannis'], '2023-02-22', 'Warsaw']]);
  });

  it('keeps a journey "for a meeting of NATO foreign ministers" as the traveller\'s encounter with that group', () => {
    // 765: "Kerry flies on Wednesday to the Turkish resort of Antalya for a meeting of NATO foreign ministers."
    const body = 'Sochi (Russia) (AFP) - US Secretary of State John Kerry held talks with President Vladimir Putin in Sochi on Tuesday.\n\nKerry flies on Wednesday to the Turkish resort of Antalya for a meeting of NATO foreign ministers.';
    const planned = extract(body, '2015-05-12').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(planned).toEqual([[['John Kerry'], '2015-05-13', 'Antalya']]);
  });

  it('reads "both men were driven to Putin\'s Bocharov Ruchei residence, where talks with the Russian leader ran" as the three there', () => {
    // 765: "He then sat down with Russian Foreign Minister Sergei Lavrov for about four hours before both men were driven
    // to Putin's Bocharov Ruchei residence, where talks with the Russian leader ran for roughly four more hours."
    const body = 'Sochi (Russia) (AFP) - US Secretary of State John Kerry held talks with President Vladimir Putin in Sochi on Tuesday.\n\nHe then sat down with Russian Foreign Minister Sergei Lavrov for about four hours before both men were driven to Putin\'s Bocharov Ruchei residence, where talks with the Russian leader ran for roughly four more hours.';
    const extraction = extract(body, '2015-05-12');
    expect(extraction.locations.map((location) => [location.name, location.kind])).toContainEqual(['Bocharov Ruchei', 'venue']);
    const there = extraction.meetings.filter((meeting) => meeting.location === 'Bocharov Ruchei').map((meeting) => meeting.participants);
    expect(there).toEqual([['John Kerry', 'Sergei Lavrov', 'Vladimir Putin']]);
  });

  it('reads "he" after "On Wednesday the pope will …" as the pope, not the last person named', () => {
    // 770: "Suu Kyi met Francis at the Vatican in May …. ¶ On Wednesday the pope will celebrate Mass in Yangon …, before
    // flying on Thursday to Dhaka, where he is due to meet Bangladesh's President Abdul Hamid."
    const body = 'NAYPYIDAW, Myanmar, Nov 28 (EFE).- Pope Francis on Tuesday met State Counsellor Aung San Suu Kyi.\n\nSuu Kyi met Francis at the Vatican in May.\n\nOn Wednesday the pope will celebrate Mass in Yangon, before flying on Thursday to Dhaka, where he is due to meet Bangladesh\'s President Abdul Hamid.';
    const dhaka = extract(body, '2017-11-28').meetings.filter((meeting) => meeting.participants.includes('Abdul Hamid')).map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(dhaka).toEqual([[['Francis', 'Abdul Hamid'], '2017-11-30', 'Dhaka']]);
  });

  it('reads "him" after "hours after the pope landed …, General Min Aung Hlaing called on him" as the pope', () => {
    // 770: "On Monday evening, hours after the pope landed in Yangon, the commander-in-chief of the armed forces, Senior
    // General Min Aung Hlaing, called on him at the archbishop's residence" — not the cardinal named before.
    const body = 'NAYPYIDAW, Myanmar, Nov 28 (EFE).- Pope Francis on Tuesday urged leaders to act.\n\nLocal church leaders, among them the archbishop of Yangon, Cardinal Charles Maung Bo, had advised Francis not to use the word.\n\nOn Monday evening, hours after the pope landed in Yangon, the commander-in-chief of the armed forces, Senior General Min Aung Hlaing, called on him at the archbishop\'s residence.';
    expect(extract(body, '2017-11-28').meetings.map((meeting) => [meeting.participants, meeting.date])).toEqual([[['Francis', 'Min Aung Hlaing'], '2017-11-27']]);
  });

  it('reads "both attended a regional summit" as the two the report is about', () => {
    // 775: "The two leaders last met in Jerusalem in February …. ¶ On Monday, both attended a regional summit in Entebbe
    // hosted by Ugandan President Yoweri Museveni".
    const body = 'NAIROBI, July 5 (Xinhua) -- Kenyan President Uhuru Kenyatta held talks with Israeli Prime Minister Benjamin Netanyahu on Tuesday.\n\nOn Monday, both attended a regional summit in Entebbe hosted by Ugandan President Yoweri Museveni.';
    const summit = extract(body, '2016-07-05').meetings.filter((meeting) => meeting.kind === 'summit').map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location]);
    expect(summit).toEqual([[['Benjamin Netanyahu', 'Uhuru Kenyatta', 'Yoweri Museveni'], '2016-07-04', 'Entebbe']]);
  });

  it('reads "the two leaders" after talks of two officials and no leader as the last two leaders named', () => {
    // 776: "… talks in Washington between U.S. Trade Representative Robert Lighthizer and Mexico's Economy Secretary
    // Ildefonso Guajardo …. ¶ Trump said he would speak with Canadian Prime Minister Justin Trudeau "in a little while"
    // …. ¶ The two leaders spoke by phone later in the day."
    const body = 'WASHINGTON (AP) — President Donald Trump announced a trade deal with Mexico on Monday.\n\nThe understanding follows five weeks of talks in Washington between U.S. Trade Representative Robert Lighthizer and Mexico\'s Economy Secretary Ildefonso Guajardo.\n\nTrump said he would speak with Canadian Prime Minister Justin Trudeau "in a little while".\n\nThe two leaders spoke by phone later in the day.';
    const calls = extract(body, '2018-08-27').meetings.filter((meeting) => meeting.kind === 'phone call').map((meeting) => [meeting.participants, meeting.date]);
    expect(calls).toEqual([[['Donald Trump', 'Justin Trudeau'], '2018-08-27']]);
  });

  it('does not make the owner of "His chief foreign policy adviser, Celso Amorim," a party of the adviser\'s meeting', () => {
    // 779: "Lula restored ties after returning to power in January. His chief foreign policy adviser, Celso Amorim, met
    // Maduro in Caracas in March."
    const body = 'BRASILIA, May 29 (AFP) - Brazilian President Luiz Inácio Lula da Silva praised Venezuelan President Nicolás Maduro on Monday.\n\nLula restored ties after returning to power in January. His chief foreign policy adviser, Celso Amorim, met Maduro in Caracas in March.';
    const caracas = extract(body, '2023-05-29').meetings.filter((meeting) => meeting.location === 'Caracas').map((meeting) => meeting.participants);
    expect(caracas).toEqual([['Celso Amorim', 'Nicolás Maduro']]);
  });

  it('keeps one who "last took part in a summit … in 2010" out of the day\'s summit', () => {
    // 165: "Syrian President Bashar al-Assad received a warm welcome at an Arab League summit in Saudi Arabia on Friday
    // …. Assad last took part in a summit of the 22-member bloc in Sirte, Libya, in 2010."
    const body = 'JEDDAH, Saudi Arabia, May 19 (Reuters) - Syrian President Bashar al-Assad received a warm welcome from Saudi Crown Prince Mohammed bin Salman at an Arab League summit in Jeddah on Friday.\n\nAssad last took part in a summit of the 22-member bloc in Sirte, Libya, in 2010.';
    const summits = extract(body, '2023-05-19').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(summits).toContainEqual([['Bashar al-Assad'], null, 'Sirte']);
    expect(summits).toContainEqual([['Bashar al-Assad', 'Mohammed bin Salman'], '2023-05-19', 'Jeddah']);
  });

  it('counts "Ten days earlier" and "3 days later" from the day the sentence before told', () => {
    // 762: "Erdogan and Putin last met in the Black Sea resort of Sochi on Sept. 17 …. Ten days earlier, the two had met
    // Iranian President Hassan Rouhani in Tehran."
    const body = 'ISTANBUL, Oct 27 (Reuters) - Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Istanbul on Saturday.\n\nErdogan and Putin last met in the Black Sea resort of Sochi on Sept. 17. Ten days earlier, the two had met Iranian President Hassan Rouhani in Tehran.';
    const tehran = extract(body, '2018-10-27').meetings.filter((meeting) => meeting.location === 'Tehran').map((meeting) => [meeting.participants, meeting.date]);
    expect(tehran).toEqual([[['Recep Tayyip Erdogan', 'Vladimir Putin', 'Hassan Rouhani'], '2018-09-07']]);
    const later = extract(body.replace('Ten days earlier', '3 days later'), '2018-10-27').meetings.filter((meeting) => meeting.location === 'Tehran').map((meeting) => meeting.date);
    expect(later).toEqual(['2018-09-20']);
  });

  it('reads "when the two met in Damascus" as an encounter of the two the sentence names, not one told before', () => {
    // 762: "Staffan de Mistura told the Security Council on Friday that Syrian Foreign Minister Walid al-Moualem had
    // rejected a UN role … when the two met in Damascus on Wednesday"; 670: "Lee Nak-yon delivered a personal letter
    // from Moon to Abe when the two met in Tokyo last month": the subject and the last named.
    const body = 'ISTANBUL, Oct 27 (Reuters) - Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Istanbul on Saturday.\n\nUN Syria envoy Staffan de Mistura said on Friday that Syrian Foreign Minister Walid al-Moualem had rejected a UN role when the two met in Damascus on Wednesday.';
    const damascus = extract(body, '2018-10-27').meetings.filter((meeting) => meeting.location === 'Damascus').map((meeting) => [meeting.participants, meeting.date]);
    expect(damascus).toEqual([[['Staffan de Mistura', 'Walid al-Moualem'], '2018-10-24']]);
    const letter = 'BANGKOK, Nov 4 (Yonhap) -- South Korean President Moon Jae-in held talks with Japanese Prime Minister Shinzo Abe on Monday.\n\nSouth Korean Prime Minister Lee Nak-yon delivered a personal letter from Moon to Abe when the two met in Tokyo last month.';
    const tokyo = extract(letter, '2019-11-04').meetings.filter((meeting) => meeting.location === 'Tokyo').map((meeting) => meeting.participants);
    expect(tokyo).toEqual([['Lee Nak-yon', 'Shinzo Abe']]);
  });

  it('does not date a where-clause by "since he took office in May" before it', () => {
    // 768: "The visit, Modi's first bilateral trip beyond the subcontinent since he took office in May, began on Saturday
    // in the old imperial capital of Kyoto, where Abe … hosted a dinner in his honour at the Kyoto State Guest House."
    const body = 'TOKYO, Sep 1 (PTI) - Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shinzo Abe today.\n\nThe visit, Modi\'s first bilateral trip beyond the subcontinent since he took office in May, began on Saturday in the old imperial capital of Kyoto, where Abe hosted a dinner in his honour at the Kyoto State Guest House.';
    const dinner = extract(body, '2014-09-01').meetings.filter((meeting) => meeting.location === 'Kyoto State Guest House').map((meeting) => [meeting.date, meeting.status]);
    expect(dinner).toEqual([['2014-08-30', 'held']]);
  });

  it('reads "where he was received by A, held talks with B and …" as two encounters there that day', () => {
    // 584: "Cavusoglu arrived on Tuesday and went straight to Ramallah in the occupied West Bank, where he was received by
    // Palestinian President Mahmoud Abbas, held talks with Foreign Minister Riyad al-Maliki and announced a series of
    // projects".
    const body = 'ANKARA, May 24 (AA) - Turkish officials spoke on Tuesday.\n\nTurkish Foreign Minister Mevlut Cavusoglu arrived on Tuesday and went straight to Ramallah, where he was received by Palestinian President Mahmoud Abbas, held talks with Foreign Minister Riyad al-Maliki and announced projects.';
    const met = extract(body, '2022-05-24').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(met).toEqual([
      [['Mevlut Cavusoglu', 'Mahmoud Abbas'], '2022-05-24', 'Ramallah'],
      [['Mevlut Cavusoglu', 'Riyad al-Maliki'], '2022-05-24', 'Ramallah'],
    ]);
  });

  it('places a where-clause after "the Peruvian capital" in that country\'s capital', () => {
    // 680: "Abe flew on from New York to the Peruvian capital, where he will attend the Asia-Pacific Economic Cooperation
    // summit over the weekend."
    const body = 'NEW YORK, Nov 18 (Kyodo) - Japanese Prime Minister Shinzo Abe met U.S. President-elect Donald Trump in New York on Thursday.\n\nAbe flew on from New York to the Peruvian capital, where he will attend the Asia-Pacific Economic Cooperation summit over the weekend.';
    const summit = extract(body, '2016-11-18').meetings.filter((meeting) => meeting.kind === 'summit').map((meeting) => [meeting.participants, meeting.status, meeting.location]);
    expect(summit).toEqual([[['Shinzo Abe'], 'planned', 'Lima']]);
  });

  it('dates "who last met Juncker in Brussels last Wednesday," by that day, the comma outside it', () => {
    // 582: "May, who last met Juncker in Brussels last Wednesday, held her own news conference later in the day."
    const sentence = 'May, who last met Juncker in Brussels last Wednesday, held her own news conference.';
    expect(findDates(sentence, '2019-02-24').map((date) => sentence.slice(date.start, date.end))).toEqual(['last Wednesday']);
    const body = 'SHARM EL-SHEIKH, Egypt, Feb 24 (Reuters) - Leaders met on Sunday.\n\nBritish Prime Minister Theresa May, who last met European Commission President Jean-Claude Juncker in Brussels last Wednesday, held her own news conference later in the day.';
    const brussels = extract(body, '2019-02-24').meetings.filter((meeting) => meeting.location === 'Brussels').map((meeting) => [meeting.participants, meeting.date]);
    expect(brussels).toEqual([[['Theresa May', 'Jean-Claude Juncker'], '2019-02-20']]);
  });

  it('goes on with the one a who-clause is about: "Macron, who met Putin … and then travelled on to Kyiv to see Zelensky"', () => {
    // 664: "Mr Scholz followed the same route as French President Emmanuel Macron, who met Mr Putin in Moscow last week and
    // then travelled on to Kyiv to see Mr Zelensky."
    const body = 'KYIV, Feb 14 (Reuters) - German Chancellor Olaf Scholz arrived on Monday.\n\nGerman Chancellor Olaf Scholz followed the same route as French President Emmanuel Macron, who met Russian President Vladimir Putin in Moscow last week and then travelled on to Kyiv to see Ukrainian President Volodymyr Zelensky.';
    const kyiv = extract(body, '2022-02-14').meetings.filter((meeting) => meeting.participants.includes('Volodymyr Zelensky')).map((meeting) => meeting.participants);
    expect(kyiv).toEqual([['Emmanuel Macron', 'Volodymyr Zelensky']]);
  });

  it('reads "will pay a state visit to Brazil before going on to Argentina, Venezuela and Cuba" as four planned visits', () => {
    // 777: "Xi will then pay a state visit to Brazil before going on to Argentina, Venezuela and Cuba."
    const body = 'FORTALEZA, Brazil, July 15 (Xinhua) -- Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on Monday.\n\nXi will then pay a state visit to Brazil before going on to Argentina, Venezuela and Cuba.';
    const visits = extract(body, '2014-07-15').meetings.filter((meeting) => meeting.kind === 'visit').map((meeting) => [meeting.participants, meeting.status, meeting.countries]);
    expect(visits).toEqual([
      [['Xi Jinping'], 'planned', ['China', 'Brazil']],
      [['Xi Jinping'], 'planned', ['China', 'Argentina']],
      [['Xi Jinping'], 'planned', ['China', 'Venezuela']],
      [['Xi Jinping'], 'planned', ['China', 'Cuba']],
    ]);
  });

  it('reads "Austin is then due in New Delhi" as a planned visit', () => {
    // 124: "Austin is then due in New Delhi."
    const body = 'TOKYO, March 16 (Reuters) - U.S. Defense Secretary Lloyd Austin arrived in Tokyo on Monday. Austin is then due in New Delhi.';
    const planned = extract(body, '2021-03-16').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.location]);
    expect(planned).toEqual([[['Lloyd Austin'], 'New Delhi']]);
  });

  it('dates what came "hours after" by the day the clause before tells, and reads "looked forward to travelling" as a plan', () => {
    // 747: "Trump telephoned Duterte late on Saturday, hours after the Filipino leader closed a summit of the Association
    // of Southeast Asian Nations (ASEAN) in Manila."; "… Trump looked forward to travelling to Manila in November for the
    // East Asia Summit. No date was given for Duterte's trip to Washington."
    const body = 'Manila (AFP) - US President Donald Trump has invited Philippine President Rodrigo Duterte to the White House, both governments said Sunday.\n\nTrump telephoned Duterte late on Saturday, hours after the Filipino leader closed a summit of the Association of Southeast Asian Nations (ASEAN) in Manila.\n\nThe statement said Trump looked forward to travelling to Manila in November for the East Asia Summit. No date was given for Duterte\'s trip to Washington.';
    const met = extract(body, '2017-04-30').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.status, meeting.date, meeting.location]);
    expect(met.filter((meeting) => meeting[0] === 'summit').map((meeting) => [meeting[2], meeting[3], meeting[4]])).toEqual([['held', '2017-04-29', 'Manila'], ['planned', null, 'Manila']]);
    expect(met.filter((meeting) => meeting[4] === 'Washington').map((meeting) => meeting[2])).toEqual(['planned']);
  });

  it('keeps one named in an apposition\'s relative clause out of the encounter: "Bachelet, a Socialist who will be succeeded by Piñera"', () => {
    // 759: "Francis and Bachelet, a Socialist who will be succeeded by conservative Sebastián Piñera in March, then met
    // privately at the palace."
    const body = 'SANTIAGO, Chile (AP) — Pope Francis met Chilean President Michelle Bachelet on Tuesday.\n\nFrancis and Bachelet, a Socialist who will be succeeded by conservative Sebastián Piñera in March, then met privately at the palace.';
    const met = extract(body, '2018-01-16').meetings.map((meeting) => [meeting.participants, meeting.status]);
    expect(met.some((meeting) => (meeting[0] as string[]).includes('Sebastián Piñera'))).toBe(false);
    expect(met.every((meeting) => meeting[1] === 'held')).toBe(true);
  });

  it('reads the surname of one named in full as that person even where a large city bears it: "Piñera, Santos and Calderón"', () => {
    // 757: "Piñera, Santos and Calderón last met as a group in the Mexican city of Mérida in December."
    const body = 'ANTOFAGASTA, Chile, June 6 (EFE).- Chilean President Sebastián Piñera hosted Colombia\'s Juan Manuel Santos and Mexico\'s Felipe Calderón on Wednesday.\n\nPiñera, Santos and Calderón last met as a group in the Mexican city of Mérida in December. "We are not against anyone," Santos said.';
    const extraction = extract(body, '2012-06-06');
    expect(extraction.meetings.filter((meeting) => meeting.location === 'Mérida').map((meeting) => meeting.participants)).toEqual([['Sebastián Piñera', 'Juan Manuel Santos', 'Felipe Calderón']]);
    expect(extraction.statements.map((statement) => statement.speaker)).toEqual(['Juan Manuel Santos']);
  });

  it('reads a weekday inside ", who … ," by the relative clause\'s own tense, not a plan after it', () => {
    // 757: "Spain's King Juan Carlos, who had lunch with Piñera in Santiago on Tuesday, flew to the observatory … and urged
    // them to attend the Ibero-American summit he is due to host in Cádiz in November."
    const sentence = 'Spain\'s King Juan Carlos, who had lunch with Piñera in Santiago on Tuesday, flew to the observatory and urged them to attend the summit he is due to host in November.';
    expect(findDates(sentence, '2012-06-06').map((date) => date.date)).toEqual(['2012-06-05']);
  });

  it('keeps a when-clause of an earlier year, closed by a comma before the sentence\'s verb, out of the day\'s encounter', () => {
    // 692: "The Russian leader, on his first trip to Egypt since 2005, when he held talks with Hosni Mubarak, arrived on
    // Monday evening and was met at Cairo International Airport by Sisi".
    const body = "Russian President Vladimir Putin held talks with Egyptian President Abdel Fattah al-Sisi at Cairo's Qubba Palace on Tuesday. The Russian leader, on his first trip to Egypt since 2005, when he held talks with Hosni Mubarak, arrived on Monday evening and was met at Cairo International Airport by Sisi.";
    const told = extract(body, '2015-02-10').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.date, meeting.location]);
    expect(told).toEqual([
      [['Abdel Fattah al-Sisi', 'Vladimir Putin'], '2015-02-10', 'Qubba Palace'],
      [['Abdel Fattah al-Sisi', 'Vladimir Putin'], '2015-02-09', 'Cairo International Airport'],
      [['Hosni Mubarak', 'Vladimir Putin'], null, null],
    ]);
  });

  it('reads time "on the phone with" someone as a call with them', () => {
    // 662: "Putin then spent more than an hour on the phone with U.S. President Donald Trump on Tuesday".
    const body = 'Russian President Vladimir Putin spent more than an hour on the phone with U.S. President Donald Trump on Tuesday, the Kremlin said.';
    expect(extract(body, '2017-11-22').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date])).toEqual([['phone call', ['Vladimir Putin', 'Donald Trump'], '2017-11-21']]);
  });

  it('keeps out of the encounter the one whose special envoy went', () => {
    // 758: "… when Trump's special envoy Richard Grenell flew to Caracas, met Maduro and returned with six detained Americans".
    const body = 'President Donald Trump spoke with Venezuelan President Nicolas Maduro. Trump\'s special envoy Richard Grenell flew to Caracas on Friday and met Maduro.';
    const visits = extract(body, '2025-03-10').meetings.filter((meeting) => meeting.location === 'Caracas').map((meeting) => [meeting.participants, meeting.date]);
    expect(visits).toEqual([[['Richard Grenell', 'Nicolas Maduro'], '2025-03-07']]);
  });

  it('dates what came "the following day" by the day the sentence named before it', () => {
    // 781: "Macron flew to Moscow on Feb 7 for more than five hours of talks with Putin and met Zelensky in Kyiv the
    // following day".
    const body = 'French President Emmanuel Macron flew to Moscow on Feb 7 for talks with Russian President Vladimir Putin and met Ukrainian President Volodymyr Zelensky in Kyiv the following day.';
    expect(extract(body, '2022-02-21').meetings.map((meeting) => [meeting.location, meeting.date])).toEqual([['Moscow', '2022-02-07'], ['Kyiv', '2022-02-08']]);
  });

  it('reads "the two diplomats last met" as the two the sentence before names', () => {
    // 781: "… prepared by US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov when they meet on
    // Thursday, the statement added. The two diplomats last met in Geneva on January 21."
    const body = 'French President Emmanuel Macron spoke with Russian President Vladimir Putin on Sunday. The summit would be prepared by US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov when they meet on Thursday, the statement added. The two diplomats last met in Geneva on January 21.';
    const geneva = extract(body, '2022-02-21').meetings.filter((meeting) => meeting.location === 'Geneva').map((meeting) => [meeting.participants, meeting.date, meeting.status]);
    expect(geneva).toEqual([[['Antony Blinken', 'Sergei Lavrov'], '2022-01-21', 'held']]);
  });

  it('reads a day in Hanoi: no tribute to the dead, "him" in a before-clause, and each encounter at its own place', () => {
    // 789: "Kim Jong Un paid his respects to Vietnam's revolutionary founder Ho Chi Minh on Saturday"; "His trip was the
    // first by a North Korean leader since his grandfather Kim Il Sung visited Hanoi in 1964"; "Kim later held separate
    // meetings in Hanoi with Prime Minister Nguyen Xuan Phuc and National Assembly chairwoman Nguyen Thi Kim Ngan, before
    // Trong hosted a banquet for him at the International Convention Centre".
    const body = "Hanoi (AFP) - North Korean leader Kim Jong Un paid his respects to Vietnam's revolutionary founder Ho Chi Minh on Saturday. His trip was the first by a North Korean leader since his grandfather Kim Il Sung visited Hanoi in 1964. Kim later held separate meetings in Hanoi with Prime Minister Nguyen Xuan Phuc and National Assembly chairwoman Nguyen Thi Kim Ngan, before Nguyen Phu Trong hosted a banquet for him at the International Convention Centre.";
    const told = extract(body, '2019-03-02').meetings.map((meeting) => [meeting.participants, meeting.location]);
    expect(told).toEqual([
      [['Kim Il Sung'], 'Hanoi'],
      [['Kim Jong Un', 'Nguyen Xuan Phuc'], 'Hanoi'],
      [['Kim Jong Un', 'Nguyen Thi Kim Ngan'], 'Hanoi'],
      [['Nguyen Phu Trong', 'Kim Jong Un'], 'International Convention Centre'],
    ]);
  });

  it('keeps one named in a since-clause out of "the two leaders" after it', () => {
    // 779: "Maduro, on his first visit to Brazil since he attended Dilma Rousseff's inauguration for a second term in
    // 2015, was greeted with military honours at the Planalto Palace, the seat of the presidency, before the two leaders
    // held talks behind closed doors."
    const body = "Brazilian President Luiz Inácio Lula da Silva welcomed Venezuelan President Nicolás Maduro on Monday. Maduro, on his first visit to Brazil since he attended Dilma Rousseff's inauguration for a second term in 2015, was greeted with military honours at the Planalto Palace, the seat of the presidency, before the two leaders held talks behind closed doors.";
    const parties = extract(body, '2023-05-29').meetings.flatMap((meeting) => meeting.participants);
    expect(parties).not.toContain('Dilma Rousseff');
  });

  it('places a where-clause after a city-state in it, still naming the country', () => {
    // 788: "On Wednesday, Moon flies to Singapore, where he is due to hold talks with Prime Minister Lee Hsien Loong on
    // Thursday."
    const body = 'South Korean President Moon Jae-in met Indian Prime Minister Narendra Modi on Tuesday. On Wednesday, Moon flies to Singapore, where he is due to hold talks with Prime Minister Lee Hsien Loong on Thursday.';
    const found = extract(body, '2018-07-10');
    const talks = found.meetings.filter((meeting) => meeting.participants.includes('Lee Hsien Loong')).map((meeting) => [meeting.location, meeting.date, meeting.status]);
    expect(talks).toEqual([['Singapore', '2018-07-12', 'planned']]);
    expect(found.countries.map((country) => country.name)).toContain('Singapore');
  });

  it('reads "shortly after dawn" as a time of the clause and "since X in 1981," as a clause of its own', () => {
    // 790: "Modi, the first Indian prime minister to visit Fiji since Indira Gandhi in 1981, was received at Nausori Airport
    // shortly after dawn by Fijian Prime Minister Frank Bainimarama and his cabinet."
    const body = 'SUVA, Nov 19 (PTI) - Indian Prime Minister Narendra Modi, the first Indian prime minister to visit Fiji since Indira Gandhi in 1981, was received at Nausori Airport shortly after dawn on Wednesday by Fijian Prime Minister Frank Bainimarama and his cabinet.';
    const told = extract(body, '2014-11-19').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(told).toContainEqual([['Narendra Modi', 'Frank Bainimarama'], '2014-11-19', 'Nausori Airport']);
    // Whoever came in 1981 was not at the airport that day.
    expect(told.filter(([, , place]) => place === 'Nausori Airport').flatMap(([parties]) => parties)).not.toContain('Indira Gandhi');
  });

  it('keeps two of a three-way encounter, told at a building of their own, apart from it', () => {
    // 794: "Modi, Iranian President Hassan Rouhani and Afghan President Ashraf Ghani then sealed a trilateral transit
    // pact. ¶ Modi … was accorded a ceremonial welcome by Rouhani at the Saadabad Palace before the two leaders held
    // delegation-level talks".
    const body = 'TEHRAN, May 23 (PTI) - Prime Minister Narendra Modi, Iranian President Hassan Rouhani and Afghan President Ashraf Ghani on Monday sealed a trilateral transit pact at a meeting in Tehran.\n\nModi was accorded a ceremonial welcome by Rouhani at the Saadabad Palace on Monday before the two leaders held delegation-level talks.';
    const told = extract(body, '2016-05-23').meetings.map((meeting) => [[...meeting.participants].sort(), meeting.location]);
    expect(told).toContainEqual([['Hassan Rouhani', 'Narendra Modi'], 'Saadabad Palace']);
    expect(told).toContainEqual([['Ashraf Ghani', 'Hassan Rouhani', 'Narendra Modi'], 'Tehran']);
  });

  it('reads "met A and B in their own trilateral format" as one encounter of three', () => {
    // 787: "On Friday, Abe hosted a three-way meeting with Trump and … Modi, while Modi also met Xi and Russian President
    // Vladimir Putin in their own trilateral format."
    const body = 'OSAKA (AP) - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping and Russian President Vladimir Putin in their own trilateral format on Friday.';
    expect(extract(body, '2019-06-29').meetings.map((meeting) => meeting.participants)).toEqual([['Narendra Modi', 'Xi Jinping', 'Vladimir Putin']]);
  });

  it('dates talks a journey is for by their own day, ahead when the journey "was to" come', () => {
    // 787: "Trump was to fly to Seoul later Saturday for talks with South Korean President Moon Jae-in on Sunday."
    const body = 'OSAKA (AP) - President Donald Trump was to fly to Seoul later Saturday for talks with South Korean President Moon Jae-in on Sunday.';
    expect(extract(body, '2019-06-29').meetings.map((meeting) => [meeting.participants, meeting.date, meeting.status])).toEqual([[['Donald Trump', 'Moon Jae-in'], '2019-06-30', 'planned']]);
  });

  it('dates talks held "before meeting" someone by the day of that meeting', () => {
    // 799, the report up to the sentence: "Before meeting Petro, Blinken held talks with Foreign Minister Álvaro Leyva."
    const body = [
      "Blinken, Petro seek new approach to drug fight as US envoy visits Colombia",
      "",
      "By Tomás Rengifo",
      "",
      "BOGOTA, Colombia (AP) — U.S. Secretary of State Antony Blinken and Colombian President Gustavo Petro agreed Monday that the decades-long war on drugs had fallen short and said their governments would work on a new strategy that puts more weight on rural development and public health.",
      "",
      "Blinken is the most senior member of President Joe Biden's administration to visit Colombia since Petro, a former guerrilla, took office in August as the country's first leftist president. The two met at the Casa de Nariño presidential palace.",
      "",
      "\"The war on drugs has failed,\" Petro told a joint news conference after their talks. \"We cannot keep treating the poor farmers who grow coca as if they were the enemy.\"",
      "",
      "Blinken said Washington shared many of the new government's concerns.",
      "",
      "\"We very much share the view,\" Blinken said, \"that we need a comprehensive approach, one that goes after the traffickers but also offers farmers real alternatives.\"",
      "",
      "The two men also discussed Venezuela. Petro has restored diplomatic ties with the government of Nicolás Maduro, and the two neighbors reopened their shared border to cargo traffic last week. He suggested that Caracas could earn relief from U.S. sanctions by returning to the inter-American human rights system.",
      "",
      "Blinken said any easing of sanctions would depend on real steps by Maduro's government toward free and fair elections.",
      "",
      "\"It's up to the Maduro regime,\" he said.",
      "",
      "Before meeting Petro, Blinken held talks with Foreign Minister Álvaro Leyva. The two \"discussed our shared commitment to implementing the 2016 peace accord and to a humane response to migration in the hemisphere,\" according to a statement from the State Department.",
    ].join('\n');
    const talks = extract(body, '2022-10-03').meetings.filter((meeting) => meeting.participants.includes('Álvaro Leyva')).map((meeting) => meeting.date);
    expect(talks).toEqual(['2022-10-03']);
  });

  it('dates a welcome told right after an arrival by the day of the arrival', () => {
    // 792: "Putin arrived in Israel on Monday, his first visit since 2005, when he met then Prime Minister Ariel Sharon. ¶
    // He was welcomed by President Shimon Peres at the President's Residence in Jerusalem …".
    const body = "BETHLEHEM, West Bank (AP) — Russian President Vladimir Putin held talks with Palestinian President Mahmoud Abbas in Bethlehem on Tuesday.\n\nPutin arrived in Israel on Monday, his first visit since 2005.\n\nHe was welcomed by President Shimon Peres at the President's Residence in Jerusalem.";
    const welcome = extract(body, '2012-06-26').meetings.filter((meeting) => meeting.participants.includes('Shimon Peres')).map((meeting) => [meeting.date, meeting.location]);
    expect(welcome).toEqual([['2012-06-25', "President's Residence"]]);
  });

  it('reads "spoke by video" with someone as a video call', () => {
    // 796: "… and Harris spoke by video last month with Guatemalan President Alejandro Giammattei".
    const body = 'Vice President Kamala Harris spoke by video last month with Guatemalan President Alejandro Giammattei.';
    expect(extract(body, '2021-05-07').meetings.map((meeting) => [meeting.kind, meeting.participants, meeting.date])).toEqual([['video call', ['Kamala Harris', 'Alejandro Giammattei'], null]]);
  });

  it('dates what came "hours earlier" by the day the sentence before tells', () => {
    // 778: "Francis landed late on Friday at Mexico City's Benito Juárez International Airport …. Hours earlier, in
    // Havana, the first Latin American pope had embraced Patriarch Kirill of the Russian Orthodox Church".
    const body = 'Mexico City, Feb 13 (EFE).- Pope Francis landed late on Friday in Mexico City. Hours earlier, in Havana, the pope had embraced Patriarch Kirill of the Russian Orthodox Church.';
    const havana = extract(body, '2016-02-13').meetings.filter((meeting) => meeting.participants.includes('Kirill')).map((meeting) => [meeting.date, meeting.location]);
    expect(havana).toEqual([['2016-02-12', 'Havana']]);
  });

  it('reads "the first Latin American pope" as the pope the report names', () => {
    // 778: "Hours earlier, in Havana, the first Latin American pope had embraced Patriarch Kirill".
    const body = 'Mexico City, Feb 13 (EFE).- Pope Francis landed late on Friday in Mexico City. Hours earlier, in Havana, the first Latin American pope had embraced Patriarch Kirill of the Russian Orthodox Church.';
    expect(extract(body, '2016-02-13').meetings.map((meeting) => meeting.participants)).toContainEqual(['Francis', 'Kirill']);
  });

  it('reads a where-clause past what one went for as the place gone to, and the building the clause names in it', () => {
    // 185: "PM Modi last travelled to Moscow in July 2024 for the 22nd annual summit, where Putin hosted him at his
    // Novo-Ogaryovo residence on the outskirts of the Russian capital."
    const body = 'Indian Prime Minister Narendra Modi spoke with Russian President Vladimir Putin on Friday. PM Modi last travelled to Moscow in July 2024 for the 22nd annual summit, where Putin hosted him at his Novo-Ogaryovo residence on the outskirts of the Russian capital.';
    const summit = extract(body, '2025-08-08').meetings.filter((meeting) => meeting.kind !== 'phone call').map((meeting) => [[...meeting.participants].sort(), meeting.location]);
    expect(summit).toEqual([[['Narendra Modi', 'Vladimir Putin'], 'Novo-Ogaryovo']]);
  });

  it('reads "the two leaders last met …, two months after X …" as the report\'s pair with X, not X and whom X is told of with', () => {
    // 692: "The two leaders last met in August in the Black Sea resort of Sochi, two months after Sisi, the former army
    // chief who ousted Islamist President Mohamed Mursi in 2013, was sworn in."
    const body = "CAIRO, Feb 10 (Reuters) - Russian President Vladimir Putin held talks with Egyptian President Abdel Fattah al-Sisi at Cairo's Qubba Palace on Tuesday. Putin, on his first trip to Egypt since 2005, when he held talks with Hosni Mubarak, arrived on Monday.\n\nThe two leaders last met in August in the Black Sea resort of Sochi, two months after Sisi, the former army chief who ousted Islamist President Mohamed Mursi in 2013, was sworn in.";
    const sochi = extract(body, '2015-02-10').meetings.filter((meeting) => meeting.location === 'Sochi').map((meeting) => [...meeting.participants].sort());
    expect(sochi).toEqual([['Abdel Fattah al-Sisi', 'Vladimir Putin']]);
  });

  it('reads "the leaders of the six Gulf Cooperation Council states" as no pair told before', () => {
    // 125: "On Saturday, Biden is to attend a summit in Jeddah with the leaders of the six Gulf Cooperation Council states
    // as well as Egypt, Jordan and Iraq".
    const body = 'JEDDAH, Saudi Arabia (AP) — On Thursday, President Joe Biden and Israeli Prime Minister Yair Lapid signed a joint pledge in Jerusalem. On Saturday, Biden is to attend a summit in Jeddah with the leaders of the six Gulf Cooperation Council states as well as Egypt, Jordan and Iraq.';
    const summit = extract(body, '2022-07-15').meetings.filter((meeting) => meeting.location === 'Jeddah').map((meeting) => [meeting.participants, meeting.status]);
    expect(summit).toEqual([[['Joe Biden'], 'planned']]);
  });

  it('reads "met leaders of … at …, among them A, B and C" as one encounter of them all', () => {
    // 673: "Obama met leaders of the six-nation Gulf Cooperation Council at Diriyah Palace in the Saudi capital, among them
    // Saudi King Salman, Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Abu Dhabi's Crown Prince Mohammed bin Zayed Al Nahyan."
    const body = "RIYADH (AP) - President Barack Obama met leaders of the six-nation Gulf Cooperation Council at Diriyah Palace in the Saudi capital on Thursday, among them Saudi King Salman, Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Abu Dhabi's Crown Prince Mohammed bin Zayed Al Nahyan.";
    expect(extract(body, '2016-04-21').meetings.map((meeting) => [meeting.participants.length, meeting.location])).toEqual([[4, 'Diriyah Palace']]);
  });

  it('reads "and to hold talks in London with Cameron the same day" as an encounter of its own there that day', () => {
    // 673: "He is due to have lunch with Queen Elizabeth II at Windsor Castle on Friday and to hold talks in London with
    // Prime Minister David Cameron the same day."
    const body = 'RIYADH (AP) - President Barack Obama met Saudi King Salman on Wednesday. He is due to have lunch with Queen Elizabeth II at Windsor Castle on Friday and to hold talks in London with Prime Minister David Cameron the same day.';
    const planned = extract(body, '2016-04-21').meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => [meeting.participants, meeting.date, meeting.location]);
    expect(planned).toEqual([
      [['Barack Obama', 'Elizabeth II'], '2016-04-22', 'Windsor Castle'],
      [['Barack Obama', 'David Cameron'], '2016-04-22', 'London'],
    ]);
  });

  it('reads a visit one "chose not to" pay as none', () => {
    // 714: "The president, who flew in with his family late Friday, chose not to visit Mandela's bedside to avoid
    // disturbing him."
    const body = 'President Barack Obama, who flew in with his family late Friday, chose not to visit Nelson Mandela\'s bedside to avoid disturbing him.';
    expect(extract(body, '2013-06-29').meetings).toEqual([]);
  });

  it('reads "met European leaders, including Merkel and Cameron" as one encounter', () => {
    // 707: "After the Russian president's departure on Sunday, Obama met European leaders, including Merkel and Cameron, on
    // the sidelines of the summit to discuss Ukraine."
    const body = 'BRISBANE (AP) - President Barack Obama met European leaders, including German Chancellor Angela Merkel and British Prime Minister David Cameron, on the sidelines of the summit on Sunday to discuss Ukraine.';
    expect(extract(body, '2014-11-16').meetings.map((meeting) => meeting.participants)).toEqual([['Barack Obama', 'Angela Merkel', 'David Cameron']]);
  });
});
