import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../../src/extract/read/plain-text.ts';
import { parseDateline, placeName } from '../../../src/extract/read/dateline.ts';
import { parseByline, parseCreditLine, parsePhotoCaption, reportStart } from '../../../src/extract/read/byline.ts';
import { endsArticle, isPageNoise } from '../../../src/extract/read/page-noise.ts';
import { extractArticle } from '../../../src/extract/index.ts';

describe('plain-text reader', () => {
  // The head of the seed article, as scraped.
  const scraped = [
    ' date 2022-01-21 Trending',
    'World News',
    'Jan. 21, 2022 / 7:26 AM',
    '',
    'United States, Russia meet again over Ukraine with slim hopes for a breakthrough',
    '',
    'By Clyde Hughes',
    'Secretary of State Antony Blinken (L) and Russian Foreign Minister Sergey Lavrov (R) attend talks in Geneva. Photo by Martial Trezzini/EPA-EFE',
    '',
    'Jan. 21 (UPI) -- Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov both said Friday they did not expect a breakthrough.',
  ].join('\n');

  it('takes the date from front matter and ignores the trailing noise', () => {
    expect(parsePlainTextArticle(scraped, 'seed.txt').publishedAt).toBe('2022-01-21');
  });

  it('drops section names and timestamps, keeps the headline as title', () => {
    const article = parsePlainTextArticle(scraped, 'seed.txt');
    expect(article.title).toBe('United States, Russia meet again over Ukraine with slim hopes for a breakthrough');
    expect(article.body).not.toContain('World News');
    expect(article.body).not.toContain('7:26 AM');
  });

  it('turns the byline into authors, removed from the body, and keeps the caption in the body as its own paragraph', () => {
    const article = parsePlainTextArticle(scraped, 'seed.txt');
    expect(article.authors).toEqual(['Clyde Hughes']);
    expect(article.photographers).toEqual(['Martial Trezzini']);
    expect(article.body).not.toContain('By Clyde Hughes');
    expect(article.body.startsWith('Secretary of State Antony Blinken (L) and Russian Foreign Minister Sergey Lavrov (R) attend talks in Geneva. Photo by Martial Trezzini/EPA-EFE\n\nJan. 21 (UPI) --')).toBe(true);
  });

  it('reads the byline under a headline the front matter already gave as the title', () => {
    // 373: "title …" in the front matter, the headline again, then "By Oliver Brandt, Political Correspondent".
    const text = ['date 2018-08-28', 'title May backs land reform within the law', '', 'May backs land reform within the law', '', 'By Oliver Brandt, Political Correspondent', '', 'CAPE TOWN', '', 'Theresa May held talks with President Cyril Ramaphosa.'].join('\n');
    const article = parsePlainTextArticle(text, 'a.txt');
    expect(article.authors).toEqual(['Oliver Brandt']);
    expect(article.body).not.toContain('Political Correspondent');
    expect(article.body.startsWith('May backs land reform within the law\n\nCAPE TOWN')).toBe(true);
  });

  it('finds the dateline under a headline kept at the top of the body', () => {
    // 394: the headline, then "SHARM EL-SHEIKH, March 29 (MENA) - Arab leaders agreed …".
    const text = ['date 2015-03-29', 'title Arab leaders agree to form joint force as Sharm el-Sheikh summit closes', '', 'Arab leaders agree to form joint force as Sharm el-Sheikh summit closes', '', 'SHARM EL-SHEIKH, March 29 (MENA) - Arab leaders agreed in principle on Sunday to create a joint military force.'].join('\n');
    const article = parsePlainTextArticle(text, 'a.txt');
    expect(article.source).toBe('MENA');
    expect(parseDateline(article.body.slice(reportStart(article.body, article.title)))?.place).toBe('SHARM EL-SHEIKH');
  });

  it('finds the dateline under a headline that words the title otherwise', () => {
    // 562: title "… at Sharm el-Sheikh summit", headline "… at Egypt summit", then "SHARM EL-SHEIKH, Egypt (AP) — …".
    const text = ['date 2025-10-13', 'title Trump and Gaza mediators sign ceasefire document at Sharm el-Sheikh summit', '', 'Trump and Gaza mediators sign ceasefire document at Egypt summit', '', 'SHARM EL-SHEIKH, Egypt (AP) — President Donald Trump signed a document on Monday.'].join('\n');
    const article = parsePlainTextArticle(text, 'a.txt');
    expect(parseDateline(article.body.slice(reportStart(article.body, article.title)))?.place).toBe('SHARM EL-SHEIKH');
    // A first line that ends as a sentence is the report itself, whatever follows it.
    const lead = 'Leaders met in Geneva on Monday.\n\nGENEVA (AP) — More talks are due.';
    expect(reportStart(lead, 'Talks')).toBe(0);
  });

  it('refuses a text whose only body is a caption', () => {
    expect(() => parsePlainTextArticle('Headline of the day here\n\nLeaders meet in Bali. Photo by Jane Roe/Reuters\n', 'a.txt')).toThrow(/no article body/);
  });

  it('takes the source from the dateline when the front matter has none', () => {
    expect(parsePlainTextArticle(scraped, 'seed.txt').source).toBe('UPI');
  });

  it('reads source, url, title and author front-matter lines', () => {
    const text = 'source Reuters\nurl https://example.org/a\ntitle Talks in Geneva\nauthor Jane Roe\ndate 2023-05-02\n\nGENEVA (Reuters) - Talks began on Tuesday between the two delegations.';
    const article = parsePlainTextArticle(text, 'a.txt');
    expect(article).toMatchObject({ source: 'Reuters', url: 'https://example.org/a', title: 'Talks in Geneva', authors: ['Jane Roe'], publishedAt: '2023-05-02' });
  });

  it('drops a line that is only the author the front matter names, so the dateline after it is read', () => {
    // A byline printed without "By": "Anil Giri Sharma", then "KATHMANDU, June 2: …".
    const text = 'date 2023-06-02\ntitle Dahal and Modi agree on power trade\nauthor Anil Giri Sharma\n\nAnil Giri Sharma\n\nKATHMANDU, June 2: Prime Minister Pushpa Kamal Dahal arrived.';
    const article = parsePlainTextArticle(text, 'a.txt');
    expect(article.authors).toEqual(['Anil Giri Sharma']);
    expect(article.body.startsWith('KATHMANDU, June 2: ')).toBe(true);
  });

  it('gives the same id to the same text however its lines are wrapped', () => {
    const one = parsePlainTextArticle('date 2023-01-01\n\nA long   sentence about talks in Geneva between the sides.', 'a.txt');
    const two = parsePlainTextArticle('date 2023-01-01\n\nA long sentence about talks in Geneva between the sides.', 'b.txt');
    expect(one.id).toBe(two.id);
    expect(one.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('fails naming the file when nothing but a header is left', () => {
    expect(() => parsePlainTextArticle('date 2022-01-21\nWorld News\nBy Clyde Hughes\n', 'only-header.txt')).toThrow(/only-header\.txt: no article body/);
  });
});

describe('datelines', () => {
  it('reads `Jan. 21 (UPI) --`', () => {
    expect(parseDateline('Jan. 21 (UPI) -- Secretary of State')).toMatchObject({ place: null, day: 'Jan. 21', source: 'UPI' });
  });

  it('reads `NEW DELHI, March 2 (Reuters) -` with its place', () => {
    const dateline = parseDateline('NEW DELHI, March 2 (Reuters) - India and');
    expect(dateline).toMatchObject({ place: 'NEW DELHI', day: 'March 2', source: 'Reuters' });
    expect(placeName(dateline?.place ?? '')).toBe('New Delhi');
  });

  it('reads an agency closed by a full stop before the dash: `CARTAGENA, Colombia, Sep 26 (EFE).-`', () => {
    expect(parseDateline('CARTAGENA, Colombia, Sep 26 (EFE).- Colombian President')).toMatchObject({ place: 'CARTAGENA', day: 'Sep 26', source: 'EFE', length: 'CARTAGENA, Colombia, Sep 26 (EFE).- '.length });
  });

  it('reads a country of three or more words after the place: `BANGUI, Central African Republic (AP) —` (after the 461\u2013480 freeze)', () => {
    // 463: the dateline had been missed, and with it the town of the talks it reports.
    expect(parseDateline('BANGUI, Central African Republic (AP) — Pope Francis flew')).toMatchObject({ place: 'BANGUI', source: 'AP', length: 'BANGUI, Central African Republic (AP) — '.length });
    expect(parseDateline('GOMA, Democratic Republic of Congo, May 3 (Reuters) - The rebels')).toMatchObject({ place: 'GOMA', day: 'May 3', source: 'Reuters' });
  });

  it('reads a day with its ordinal and year, `WASHINGTON, 23rd September, 2024 (WAM) --`, and a place on a line of its own', () => {
    expect(parseDateline('WASHINGTON, 23rd September, 2024 (WAM) -- President')).toMatchObject({ place: 'WASHINGTON', day: '23rd September, 2024', source: 'WAM' });
    expect(parseDateline('MEXICO CITY\n\nPresident Claudia Sheinbaum said')).toMatchObject({ place: 'MEXICO CITY', alone: true, length: 'MEXICO CITY\n\n'.length });
    expect(parseDateline('UPDATE\n\nPresident Claudia Sheinbaum said')).toBeNull();
    // 345: with its country.
    expect(parseDateline('BIARRITZ, France\n\nU.S. President Donald Trump said')).toMatchObject({ place: 'BIARRITZ', alone: true, length: 'BIARRITZ, France\n\n'.length });
  });

  it('reads the country in brackets after the place, a year after the day, and a colon after the agency', () => {
    // 314, 085, 162, 340.
    expect(parseDateline('QINGDAO (China), Jun 10 (PTI) Prime Minister Narendra Modi')).toMatchObject({ place: 'QINGDAO', day: 'Jun 10', source: 'PTI', length: 'QINGDAO (China), Jun 10 (PTI) '.length });
    expect(parseDateline('Islamabad [Pakistan], October 16 (ANI): External Affairs Minister')).toMatchObject({ place: 'Islamabad', day: 'October 16', source: 'ANI' });
    expect(parseDateline('Bissau, July 9, 2023 (NAN) President Bola Tinubu')).toMatchObject({ place: 'Bissau', day: 'July 9, 2023', source: 'NAN' });
    // An agency in capitals is no country: "Port Moresby (AFP) -".
    expect(parseDateline('Port Moresby (AFP) - Asia-Pacific leaders failed')).toMatchObject({ place: 'Port Moresby', source: 'AFP', length: 'Port Moresby (AFP) - '.length });
  });

  it('reads a dateline that opens with its agency: `(ANSA) - ROME, NOV 6 -`', () => {
    expect(parseDateline('(ANSA) - ROME, NOV 6 - Premier Giorgia Meloni')).toMatchObject({ place: 'ROME', day: 'NOV 6', source: 'ANSA', length: '(ANSA) - ROME, NOV 6 - '.length });
  });

  it('reads a dateline whose agency is not followed by a dash, in brackets or between slashes', () => {
    expect(parseDateline('Colombo, Apr 5 (PTI) Prime Minister Narendra Modi')).toMatchObject({ place: 'Colombo', day: 'Apr 5', source: 'PTI', length: 'Colombo, Apr 5 (PTI) '.length });
    expect(parseDateline('ASTANA, June 3. /TASS/. President Kassym-Jomart Tokayev')).toMatchObject({ place: 'ASTANA', day: 'June 3', source: 'TASS', length: 'ASTANA, June 3. /TASS/. '.length });
  });

  it('reads a place in capitals closed by a full stop and the agency: `ASTANA. KAZINFORM –`', () => {
    expect(parseDateline('ASTANA. KAZINFORM – The heads of state')).toMatchObject({ place: 'ASTANA', source: 'KAZINFORM', length: 'ASTANA. KAZINFORM – '.length });
    expect(parseDateline('Talks ended. Lavrov - who flew in - left.')).toBeNull();
  });

    it('reads a place in capitals closed by a colon, but not a label such as "UPDATE:"', () => {
    expect(parseDateline('ISLAMABAD: Pakistan and India agreed')).toMatchObject({ place: 'ISLAMABAD', source: null, length: 'ISLAMABAD: '.length });
    expect(parseDateline('KATHMANDU, June 2: Prime Minister Pushpa Kamal Dahal')).toMatchObject({ place: 'KATHMANDU', day: 'June 2', source: null, length: 'KATHMANDU, June 2: '.length });
    expect(parseDateline('UPDATE: The talks resumed')).toBeNull();
  });

  it('writes a dateline in capitals with its particles in lower case', () => {
    expect(['PORT OF SPAIN', 'DAR ES SALAAM', 'PORT-AU-PRINCE', 'RIO DE JANEIRO', 'EL ALTO'].map(placeName)).toEqual(['Port of Spain', 'Dar es Salaam', 'Port-au-Prince', 'Rio de Janeiro', 'El Alto']);
  });

  it('does not take an ordinary sentence for a dateline', () => {
    expect(parseDateline('Talks - which began on Monday - ended late.')).toBeNull();
    // An agency in brackets without a place and day before it is a citation, not a dateline.
    expect(parseDateline('Reuters (AP) reported the talks ended.')).toBeNull();
    expect(parseDateline('Modi, on Friday (local time) met Yunus.')).toBeNull();
  });
});

describe('bylines, captions and page noise', () => {
  it('splits several authors', () => {
    expect(parseByline('By Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe']);
  });

  it('reads a name with the day filed as a byline: "Murat Yildiz   |07.11.2019"', () => {
    expect(parseByline('Murat Yildiz   |07.11.2019')).toEqual(['Murat Yildiz']);
  });

  it('keeps the author and drops their job from a byline', () => {
    expect(parseByline('By Harriet Lowe, PA Court Correspondent, in Paris')).toEqual(['Harriet Lowe']);
    // 370, 103: names set in capitals, one with the agency after it.
    expect(parseByline('By ELAINE PORTER and MING-HUA CHEN')).toEqual(['Elaine Porter', 'Ming-Hua Chen']);
    expect(parseByline("By OLEKSANDR HRYTSENKO and MARTA KOVALCHUK Associated Press")).toEqual(['Oleksandr Hrytsenko', 'Marta Kovalchuk']);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(parseByline('By Friday the talks had collapsed.')).toBeNull();
  });

  it('finds the photographer of `Photo by X/AGENCY`', () => {
    expect(parsePhotoCaption('Leaders meet in Bali. Photo by Jane Roe/Reuters')).toBe('Jane Roe');
    expect(parsePhotoCaption('He said the photo by the lake was lovely.')).toBeNull();
  });

  it('finds the photographer of a credit after a dash: `– X/Photographer`', () => {
    expect(parsePhotoCaption('US Secretary of State Marco Rubio (left) greets Prime Minister Andrew Holness before their meeting in Kingston on Wednesday. – Carlton Reid/Photographer')).toBe('Carlton Reid');
    expect(parsePhotoCaption('Leaders pose in Apia. — Jane Roe/AFP')).toBe('Jane Roe');
    // A dash and a slash in a sentence do not make a credit.
    expect(parsePhotoCaption('The deal - a win/win for both - was signed.')).toBeNull();
  });

  it('knows section names and timestamp lines', () => {
    expect(isPageNoise('World News')).toBe(true);
    expect(isPageNoise('Jan. 21, 2022 / 7:26 AM')).toBe(true);
    expect(isPageNoise('World News reported the talks ended.')).toBe(false);
  });
});

describe('a whole scraped news page', () => {
  // The furniture a wire agency's page puts around a short report: tagline, sections, a second headline, byline,
  // reading time, timestamp, a file photo's caption, an advertisement, the credits, the standards note, and the
  // teasers of other stories after "Read Next".
  const page = [
    'date 2023-03-10',
    'source Reuters',
    'title Saudi Arabia and Iran agree to restore ties',
    '',
    'Skip to main content',
    'Exclusive news, data and analytics for financial market professionals',
    'World',
    'Middle East',
    'Saudi Arabia and Iran agree to restore ties in talks brokered by China',
    'By Parisa Hafezi and Aziz El Yaakoubi',
    '3 minute read',
    'March 10, 2023 4:55 PM UTC Updated ago',
    'FILE PHOTO: Chinese President Xi Jinping attends a meeting in Beijing, China, March 5, 2023. REUTERS/Thomas Peter/File Photo',
    'DUBAI, March 10 (Reuters) - Saudi Arabia and Iran agreed on Friday to re-establish relations after talks in Beijing mediated by China.',
    '"The decision will open a new chapter," Iranian security official Ali Shamkhani told state media after the talks.',
    'Advertisement · Scroll to continue',
    'Chinese top diplomat Wang Yi called the deal a victory for dialogue.',
    'Reporting by Parisa Hafezi in Dubai and Aziz El Yaakoubi in Riyadh; Additional reporting by Laurie Chen in Beijing; Editing by Alex Richardson',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Acquire Licensing Rights, opens new tab',
    'Read Next',
    'Middle East',
    'Israel says it will respond to Hezbollah attack',
  ].join('\n');

  it('keeps the report and its credits, and drops the furniture and the teasers after it', () => {
    const article = parsePlainTextArticle(page, 'reuters.txt');
    expect(article.authors).toEqual(['Parisa Hafezi', 'Aziz El Yaakoubi', 'Laurie Chen', 'Alex Richardson']);
    expect(article.photographers).toEqual(['Thomas Peter']);
    for (const furniture of ['Skip to main content', '3 minute read', '4:55 PM', 'Advertisement', 'Our Standards', 'Licensing Rights', 'Middle East', 'Hezbollah', 'By Parisa']) expect(article.body).not.toContain(furniture);
    expect(article.body).toContain('Chinese top diplomat Wang Yi called the deal a victory for dialogue.');
    // The credits stay in the text: the places the reporters filed from are named there.
    expect(article.body).toContain('Aziz El Yaakoubi in Riyadh');
  });

  it('finds the dateline under two headlines and a caption, and takes no credit for a subject', () => {
    const { locations, persons, statements } = extractArticle(parsePlainTextArticle(page, 'reuters.txt'));
    expect(locations.map((location) => location.name)).toContain('Dubai');
    expect(persons.filter((person) => person.kind === 'subject').map((person) => person.name)).toEqual(['Xi Jinping', 'Ali Shamkhani', 'Wang Yi']);
    expect(statements.filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker)).toEqual(['Ali Shamkhani']);
  });

  it('reads the credit lines a report ends with', () => {
    expect(parseCreditLine('(Reporting by John Smith; Editing by Jane Roe)')).toEqual(['John Smith', 'Jane Roe']);
    expect(parseCreditLine('Writing by Tom Balmforth and Mark Trevelyan; editing by Jon Boyle')).toEqual(['Tom Balmforth', 'Mark Trevelyan', 'Jon Boyle']);
    expect(parseCreditLine('Associated Press writer Jonathan Lemire contributed to this report.')).toEqual(['Jonathan Lemire']);
    expect(parseCreditLine('Japan contributed to the fund.')).toBeNull();
    expect(parseCreditLine('Lavrov said reporting by the media was false.')).toBeNull();
  });

  it('reads the furniture of other page layouts: breadcrumbs, stamps, video strips, a byline without "By"', () => {
    const layouts = [
      // A breadcrumb above the headline, a standfirst, stamps and share prompts.
      ['date 2022-01-21', '', 'News|Russia-Ukraine crisis', 'Blinken, Lavrov hold frank talks in Geneva as tensions simmer', 'Published On 21 Jan 2022', 'Click here to share on social media', 'share2', 'US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov held talks in Geneva on Friday.'],
      // A video strip above the dateline, and a credit after an outlet's possessive.
      ['date 2022-01-21', 'title Blinken and Lavrov meet in Geneva', '', 'By Jennifer Hansler and Kylie Atwood, CNN', 'Updated 11:51 AM EST, Fri January 21, 2022', 'Link Copied!', 'Video Ad Feedback', '01:45 - Source: CNN', 'See More Videos', 'US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Geneva on Friday.', 'CNN’s Nicole Gaouette contributed reporting.'],
      // The author and where they filed from, with no "By", and the topics after the report.
      ['date 2022-01-21', 'title Blinken and Lavrov agree to keep talking after Geneva meeting', '', 'Blinken and Lavrov agree to keep talking after Geneva meeting', 'US and Russian diplomats fail to make a breakthrough over Ukraine', 'Shaun Walker in Geneva', 'Fri 21 Jan 2022 14.04 GMT', 'Last modified on Fri 21 Jan 2022 17.30 GMT', 'US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met in Geneva on Friday.', 'Explore more on these topics', 'Russia', 'Reuse this content'],
    ].map((lines) => parsePlainTextArticle(lines.join('\n'), 'page.txt'));
    expect(layouts.map((article) => article.authors)).toEqual([[], ['Jennifer Hansler', 'Kylie Atwood', 'Nicole Gaouette'], ['Shaun Walker']]);
    expect(layouts[0]?.title).toBe('Blinken, Lavrov hold frank talks in Geneva as tensions simmer');
    for (const article of layouts) {
      for (const furniture of ['News|', 'Published On', 'share', 'Updated', 'Link Copied', 'Video Ad', '01:45', 'See More', 'Shaun Walker', 'GMT', 'Explore more', 'Reuse', 'Russia\n']) expect(article.body).not.toContain(furniture);
      expect(extractArticle(article).meetings.map((meeting) => [meeting.participants, meeting.date, meeting.location])).toEqual([[['Antony Blinken', 'Sergey Lavrov'], '2022-01-21', 'Geneva']]);
    }
  });

  it('takes the author of "By Josh McCardle in Washington" without the place, and no headline for a byline', () => {
    expect(parseByline('By Josh McCardle in Washington')).toEqual(['Josh McCardle']);
    const article = parsePlainTextArticle(['date 2022-01-21', '', 'Xi Jinping in Moscow', 'MOSCOW (AP) — Chinese President Xi Jinping arrived in Moscow on Monday.'].join('\n'), 'page.txt');
    expect([article.title, article.authors]).toEqual(['Xi Jinping in Moscow', []]);
  });

  it('knows share buttons, reading times and stamped lines, but not a sentence that holds a time', () => {
    for (const line of ['Share', 'Link copied', 'Facebook', 'LinkedIn', '4 min read', 'Image source, Getty Images', 'Copyright 2021 The Associated Press. All rights reserved.', 'March 10, 2023 4:55 PM UTC Updated ago']) expect(isPageNoise(line)).toBe(true);
    for (const line of ['The talks began at 4:55 PM.', 'Advertisement of the deal drew criticism in Tehran.', 'X marks the spot, Lavrov said.', 'On Friday 21 Jan 2022 at 14.04 they met.', 'Modi arrives on May 5, 2025']) expect(isPageNoise(line)).toBe(false);
    expect(endsArticle('Read Next')).toBe(true);
    expect(endsArticle('Read the statement in full, the ministry said.')).toBe(false);
  });
});
