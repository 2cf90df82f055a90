/**
 * Words that are capitalised but are not (parts of) person names, and the pieces names are built from.
 */

/** Capitalised words that start sentences or headings and are never names. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'If', 'In', 'On', 'At', 'To', 'Of', 'For', 'From', 'With', 'By', 'As', 'After',
  'Before', 'During', 'While', 'When', 'Where', 'Who', 'What', 'Why', 'How', 'This', 'That', 'These', 'Those', 'It',
  'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Its', 'There', 'Here', 'Both', 'All',
  'Some', 'Many', 'Most', 'Several', 'Other', 'Another', 'Such', 'Also', 'Still', 'Yet', 'So', 'Then', 'Now', 'Later',
  'Earlier', 'Meanwhile', 'However', 'Although', 'Though', 'Since', 'Until', 'Under', 'Over', 'About', 'Against',
  'Between', 'Among', 'Despite', 'According', 'Asked', 'Speaking', 'Last', 'Next', 'Today', 'Tomorrow', 'Yesterday',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.',
  'Nov.', 'Dec.', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Allied', 'Photo', 'File', 'Read', 'More',
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Madam', 'Sheikh', 'Prince', 'Princess',
  'His', 'Her', 'Excellency', 'Majesty', 'Highness', 'Lord', 'Lady', 'Rep.', 'Sen.', 'Gov.', 'Gen.', 'Col.', 'Lt.',
  'Capt.', 'Adm.', 'Amb.', 'President', 'Minister', 'Secretary', 'Ambassador', 'Chancellor', 'Premier', 'Foreign',
  // "Foreign Ministers José Manuel Albares and Nasser Bourita": a title shared by the names that follow.
  'Presidents', 'Ministers', 'Secretaries', 'Ambassadors', 'Premiers', 'Leaders', 'Envoys',
  'Defense', 'Defence', 'Deputy', 'Vice', 'Acting', 'Former', 'Chief', 'Senior', 'Top', 'National', 'Security',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Envoy', 'Special', 'Supreme', 'Leader', 'Crown', 'King', 'Queen',
  'Emir', 'Sultan', 'Pope', 'Patriarch', 'Patriarchate', 'General', 'Admiral', 'Colonel', 'Captain', 'Lieutenant', 'Brigadier', 'Marshal', 'Governor', 'Mayor', 'Senator', 'Speaker', 'Director', 'Chairman',
  'Chair', 'Commission', 'Council', 'Ministry', 'Office', 'Department', 'Affairs', 'External', 'State', 'Prime',
  'Secretary-General', 'Director-General', 'Reuters', 'Inc', 'Ltd', 'Co', 'Sunday', 'Summit', 'Talks', 'Congress',
  'Parliament', 'Government', 'Administration', 'Cabinet', 'Party', 'Army', 'Navy', 'Force', 'Forces', 'Republic',
  'Kingdom', 'Union', 'Federation', 'Islands', 'Island', 'Sea', 'Ocean', 'Gulf', 'Strait', 'River', 'Mount', 'Lake',
  'Square', 'Street', 'Palace', 'Hall', 'House', 'Hotel', 'Center', 'Centre', 'Airport', 'University', 'Institute',
  // "a visit to Kibbutz Nir Oz", "the Xinjiang Uygur Autonomous Region", "flew by helicopter to Camp Humphreys": places,
  // not people.
  'Kibbutz', 'Autonomous', 'Camp',
  // "the Conference on Interaction and Confidence Building Measures in Asia".
  'Measures',
  'Agency', 'Bank', 'Fund', 'Court', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Declaration', 'Forum', 'Conference',
  'Dialogue', 'Initiative', 'Group', 'Alliance', 'Coalition', 'Movement', 'Front', 'Committee', 'Assembly', 'Senate',
  'Times', 'Post', 'News', 'Journal', 'Daily', 'Press', 'Television', 'Radio', 'Agency', 'Organization',
  'Organisation', 'Association', 'Community', 'Partnership', 'Program', 'Programme', 'Plan', 'Pact', 'Corridor',
  'Pipeline', 'Stream', 'Project', 'Charter', 'Day', 'Week', 'War', 'Crisis', 'Games', 'Cup', 'Olympics', 'Festival', 'Peace', 'Wall', 'Region',
  'Province', 'Prefecture', 'Oblast', 'City', 'County', 'District', 'Valley', 'Peninsula', 'Bay', 'Port', 'Internet', 'Covid', 'COVID',
  'Christmas', 'Easter', 'Ramadan', 'Eid', 'God', 'Islam', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Catholic',
  // Festivals and what a centre is for: "in Lumbini on Buddha Purnima", "a centre for Buddhist Culture and Heritage".
  'Purnima', 'Jayanti', 'Diwali', 'Holi', 'Nowruz', 'Hanukkah', 'Vesak', 'Buddhist', 'Hindu', 'Culture', 'Heritage',
  'Orthodox', 'Arab', 'European', 'Asian', 'African', 'Latin', 'Nordic', 'Baltic', 'Balkan', 'Gulf', 'Pacific',
  'Atlantic', 'Arctic', 'Indo-Pacific', 'Middle', 'East', 'West', 'North', 'South', 'Soviet', 'Communist', 'Democrat',
  'Democrats', 'International', 'Expo', 'Fair', 'Exhibition', 'Election', 'Elections', 'Road', 'Rail', 'Railway', 'Link', 'Highway',
  'Tunnel', 'Prize', 'Award', 'Critics', 'Republican', 'Republicans', 'Conservative', 'Labour', 'Liberal', 'Green', 'Greens', 'Tuesday.',
  // Works, routes, regions and platforms: "the Renaissance Dam", "Transport Route", "sub-Saharan Africa", "Truth Social".
  'Dam', 'Route', 'Bridge', 'Canal', 'Plant', 'Base', 'Africa', 'Asia', 'Europe', 'America', 'Americas', 'Social', 'Media',
  'Network', 'Industry', 'Host', 'Pharma', 'Pradesh', 'Gateway', 'Officials', 'Chairperson', 'Consort',
  // The end of a ministry's name before its minister's: "Minister of Foreign Affairs and International Cooperation Prak Sokhonn".
  'Cooperation', 'Integration',
  // Storms, faiths and grounds: "Hurricane Ian", "Shiite Muslims", "Holy Roman emperors", "the National Parade Ground",
  // "visited Pearl Harbor".
  'Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Shiite', 'Sunni', 'Muslims', 'Christians', 'Jews', 'Hindus', 'Buddhists',
  'Holy', 'Ground', 'Grounds', 'Harbor', 'Harbour',
  // "Minister of International Relations Naledi Pandor", "Minister of Trade and Industry Piyush Goyal".
  'Relations', 'Development', 'Trade', 'Commerce', 'Finance', 'Investment', 'Planning', 'Energy', 'Interior', 'Agriculture',
  'Transport', 'Education', 'Health',
  // "State Counsellor Aung San Suu Kyi", "his Win-Win Policy".
  'Counsellor', 'Counselor', 'Policy', 'Doctrine',
  // Languages, never a name: "remarks delivered in Hindi".
  'Hindi', 'Urdu', 'Farsi', 'Pashto', 'Amharic', 'Swahili', 'Mandarin', 'Cantonese', 'Tagalog',
  // Words of prizes, bodies, sessions and slogans, never of a name: "Nobel Peace Prize", "Afghanistan Cricket Board",
  // "Ordinary Session", "Neighbourhood First", "Endless Wars", "Five Year".
  // "the Migration Act", "Release No. 4".
  'Act', 'No',
  // "promised to attend every Mass Francis celebrates".
  'Mass', 'Masses',
  'Prize', 'Award', 'Hospital', 'Board', 'Yard', 'Session', 'Border', 'Prisoners', 'Reporter', 'Writer', 'Identity',
  'Wars', 'Economic', 'Strategic', 'Year', 'Nations', 'First', 'Museum', 'School', 'College', 'Library',
  // Honours and weapons: "Israel's Presidential Medal of Honor", "the Iron Dome and Iron Beam air defense systems".
  'Medal', 'Medals', 'Dome', 'Beam', 'Missile', 'Missiles',
  // Parts of a text, numbered as kings are: "under Chapter VII of the UN Charter", "Article 5".
  'Chapter', 'Article', 'Section', 'Paragraph',
  // Plural nouns opening a sentence: "Diplomats said", "Analysts noted".
  'Diplomats', 'Analysts', 'Observers', 'Experts', 'Sources', 'Lawmakers', 'Legislators', 'Protesters', 'Residents',
  'Negotiators', 'Reporters', 'Witnesses', 'Authorities', 'Investigators', 'Activists', 'Delegates', 'Envoys', 'Ministers',
]);

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
// "Ulisses Correia e Silva": Portuguese joins two surnames with "e".
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'binti', 'ibni', 'ibn', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'del', 'ben', 'abu', 'y', 'e', 'ter', 'zu']);

/** Honorifics before a name: "Mr Lavrov", "Mr. Blinken", "Dr. Tedros". They mark a person but are not part of the name. */
// "Gen Asim Munir", "PM Shehbaz Sharif", "Datuk Seri Anwar Ibrahim", "Ayatollah Ali Khamenei".
// "Samdech Techo Hun Sen": Cambodian honorifics. "Cardinal Pietro Parolin", "Justice Enock Chacha Mwita",
// "Madame Peng Liyuan", "Mawlawi Amir Khan Muttaqi", "Mullah Mohammad Hassan Akhund", "Lyonchhoen Tshering Tobgay"
// (Bhutan's prime minister), "Sayyid Fahd bin Mahmoud Al Said", "Metropolitan Hilarion", "Makhdoom Shah Mahmood
// Qureshi": clerical, judicial and court styles.
export const HONORIFICS = new Set(['Samdech', 'Techo', 'Cardinal', 'Archbishop', 'Bishop', 'Metropolitan', 'Makhdoom', 'Justice', 'Madame', 'Mawlawi', 'Maulvi', 'Mullah', 'Lyonchhoen', 'Lyonpo', 'Sayyid', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Sheikh', 'Prince', 'Princess', 'Rep.', 'Sen.', 'Gov.', 'Gen.', 'Col.', 'Lt.', 'Adm.', 'Gen', 'PM', 'FM', 'Ratu', 'Datuk', 'Seri', 'Dato', "Dato'", 'Tan', 'Tun', 'Ayatollah']);

/** A regular-expression alternation of the honorifics, longest first, for patterns that allow one before a name. */
export const HONORIFIC_ALTERNATION = [...HONORIFICS]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/\./g, '\\.'))
  .join('|');

/** Honorifics that are also written as part of a surface alias ("Mr Jaishankar"). */
export const ALIAS_HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.']);

/** Monarchs' titles that are also surnames: "Madeleine King" (see `isSurname` in mentions.ts). */
export const SURNAME_TITLES = new Set(['King', 'Queen']);

/** Months that are also surnames after a given name: "Theresa May" (not "May 5", not "in May"). */
export const SURNAME_MONTHS = new Set(['May']);

/**
 * Words that describe the holder of a title told without a name: "the libertarian leader", "the 71-year-old president",
 * "the first Latin American pope".
 */
export const HOLDER_DESCRIPTION = String.raw`(?:libertarian|conservative|socialist|communist|leftist|left-wing|right-wing|populist|nationalist|centrist|veteran|visiting|embattled|\d+-year-old|(?:first|only) (?:Latin American|African|Asian|Arab|European|Black|Jesuit|non-European))`;
