/**
 * A deterministic corpus of wire reports for the ingest benchmark. Articles are composed from small
 * gazetteers of officials, places, outlets and organizations and a few templates, around a fixed set of
 * encounters, so that (as in real news) the same people, meetings and quotes recur across articles and
 * outlets, sometimes under another spelling ("Sergei"/"Sergey Lavrov"). Same seed, same bytes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

interface Official {
  names: string[];
  title: string;
  country: string;
  demonym: string;
}

const OFFICIALS: Official[] = [
  { names: ['Antony Blinken'], title: 'Secretary of State', country: 'United States', demonym: 'U.S.' },
  { names: ['Sergey Lavrov', 'Sergei Lavrov'], title: 'Foreign Minister', country: 'Russia', demonym: 'Russian' },
  { names: ['Wang Yi'], title: 'Foreign Minister', country: 'China', demonym: 'Chinese' },
  { names: ['Subrahmanyam Jaishankar'], title: 'External Affairs Minister', country: 'India', demonym: 'Indian' },
  { names: ['James Cleverly'], title: 'Foreign Secretary', country: 'United Kingdom', demonym: 'British' },
  { names: ['Catherine Colonna'], title: 'Foreign Minister', country: 'France', demonym: 'French' },
  { names: ['Annalena Baerbock'], title: 'Foreign Minister', country: 'Germany', demonym: 'German' },
  { names: ['Antonio Tajani'], title: 'Foreign Minister', country: 'Italy', demonym: 'Italian' },
  { names: ['Yoshimasa Hayashi'], title: 'Foreign Minister', country: 'Japan', demonym: 'Japanese' },
  { names: ['Park Jin'], title: 'Foreign Minister', country: 'South Korea', demonym: 'South Korean' },
  { names: ['Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu'], title: 'Foreign Minister', country: 'Turkey', demonym: 'Turkish' },
  { names: ['Hossein Amir-Abdollahian'], title: 'Foreign Minister', country: 'Iran', demonym: 'Iranian' },
  { names: ['Faisal bin Farhan'], title: 'Foreign Minister', country: 'Saudi Arabia', demonym: 'Saudi' },
  { names: ['Dmytro Kuleba'], title: 'Foreign Minister', country: 'Ukraine', demonym: 'Ukrainian' },
  { names: ['Mauro Vieira'], title: 'Foreign Minister', country: 'Brazil', demonym: 'Brazilian' },
  { names: ['Naledi Pandor'], title: 'Foreign Minister', country: 'South Africa', demonym: 'South African' },
  { names: ['Sameh Shoukry'], title: 'Foreign Minister', country: 'Egypt', demonym: 'Egyptian' },
  { names: ['Penny Wong'], title: 'Foreign Minister', country: 'Australia', demonym: 'Australian' },
  { names: ['Melanie Joly'], title: 'Foreign Minister', country: 'Canada', demonym: 'Canadian' },
  { names: ['Marcelo Ebrard'], title: 'Foreign Minister', country: 'Mexico', demonym: 'Mexican' },
  { names: ['Retno Marsudi'], title: 'Foreign Minister', country: 'Indonesia', demonym: 'Indonesian' },
  { names: ['Eli Cohen'], title: 'Foreign Minister', country: 'Israel', demonym: 'Israeli' },
  { names: ['Zbigniew Rau'], title: 'Foreign Minister', country: 'Poland', demonym: 'Polish' },
  { names: ['Joe Biden'], title: 'President', country: 'United States', demonym: 'U.S.' },
  { names: ['Vladimir Putin'], title: 'President', country: 'Russia', demonym: 'Russian' },
  { names: ['Xi Jinping'], title: 'President', country: 'China', demonym: 'Chinese' },
  { names: ['Narendra Modi'], title: 'Prime Minister', country: 'India', demonym: 'Indian' },
  { names: ['Emmanuel Macron'], title: 'President', country: 'France', demonym: 'French' },
  { names: ['Olaf Scholz'], title: 'Chancellor', country: 'Germany', demonym: 'German' },
  { names: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'], title: 'President', country: 'Turkey', demonym: 'Turkish' },
  { names: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'], title: 'President', country: 'Ukraine', demonym: 'Ukrainian' },
  { names: ['Fumio Kishida'], title: 'Prime Minister', country: 'Japan', demonym: 'Japanese' },
  { names: ['Yoon Suk Yeol'], title: 'President', country: 'South Korea', demonym: 'South Korean' },
  { names: ['Luiz Inacio Lula da Silva'], title: 'President', country: 'Brazil', demonym: 'Brazilian' },
  { names: ['Cyril Ramaphosa'], title: 'President', country: 'South Africa', demonym: 'South African' },
  { names: ['Rishi Sunak'], title: 'Prime Minister', country: 'United Kingdom', demonym: 'British' },
];

const CITIES: Record<string, string[]> = {
  'United States': ['Washington', 'New York'],
  Russia: ['Moscow', 'Sochi'],
  China: ['Beijing', 'Shanghai'],
  India: ['New Delhi', 'Mumbai'],
  'United Kingdom': ['London'],
  France: ['Paris'],
  Germany: ['Berlin', 'Munich'],
  Italy: ['Rome'],
  Japan: ['Tokyo', 'Hiroshima'],
  'South Korea': ['Seoul'],
  Turkey: ['Ankara', 'Istanbul'],
  Iran: ['Tehran'],
  'Saudi Arabia': ['Riyadh', 'Jeddah'],
  Ukraine: ['Kyiv'],
  Brazil: ['Brasilia'],
  'South Africa': ['Pretoria', 'Johannesburg'],
  Egypt: ['Cairo'],
  Australia: ['Canberra'],
  Canada: ['Ottawa'],
  Mexico: ['Mexico City'],
  Indonesia: ['Jakarta'],
  Israel: ['Jerusalem'],
  Poland: ['Warsaw'],
  Switzerland: ['Geneva'],
  Austria: ['Vienna'],
  Finland: ['Helsinki'],
};
const NEUTRAL = ['Geneva', 'Vienna', 'Helsinki'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'UPI', 'Xinhua', 'Al Jazeera', 'BBC', 'CNN'];
const ORGANIZATIONS = ['NATO', 'the United Nations', 'the European Union', 'the G20', 'the World Bank', 'the IMF', 'ASEAN', 'the African Union', 'OPEC', 'the World Trade Organization'];
const TOPICS = ['the war in Ukraine', 'trade', 'climate finance', 'energy security', 'the nuclear program', 'food security', 'regional security', 'maritime disputes', 'debt relief', 'arms control'];
const FIRST = ['Anna', 'David', 'Maria', 'John', 'Sarah', 'Ahmed', 'Li', 'Elena', 'Peter', 'Aisha', 'Tom', 'Yuki', 'Carlos', 'Nadia'];
const LAST = ['Hughes', 'Miller', 'Khan', 'Chen', 'Novak', 'Garcia', 'Okafor', 'Sato', 'Rossi', 'Petrov', 'Dubois', 'Schmidt', 'Silva', 'Haddad'];
const QUOTES = [
  'We had a frank and useful exchange on {topic}',
  'Our countries will keep working together on {topic}',
  'There is no alternative to dialogue on {topic}',
  'We do not expect a breakthrough on {topic} today',
  'We agreed to meet again soon to discuss {topic}',
  'The door to diplomacy on {topic} remains open',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encounter {
  a: Official;
  b: Official;
  city: string;
  date: string;
  topic: string;
  quote: number;
  kind: 'held talks' | 'met';
}

export interface CorpusArticle {
  title: string;
  publishedAt: string;
  source: string;
  url: string;
  authors: string[];
  text: string;
}

const surname = (name: string) => name.split(' ').at(-1) ?? name;

export function* generateCorpus(count: number, seed = 20220121): Generator<CorpusArticle> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // About four reports per encounter, as when several outlets cover the same talks.
  const encounters: Encounter[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(count / 4)); i += 1) {
    const a = pick(OFFICIALS);
    let b = pick(OFFICIALS);
    while (b.country === a.country) b = pick(OFFICIALS);
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 1095) * 86_400_000);
    const city = rand() < 0.2 ? pick(NEUTRAL) : pick(CITIES[rand() < 0.5 ? a.country : b.country] ?? NEUTRAL);
    encounters.push({ a, b, city, date: day.toISOString().slice(0, 10), topic: pick(TOPICS), quote: Math.floor(rand() * QUOTES.length), kind: rand() < 0.5 ? 'held talks' : 'met' });
  }
  for (let i = 0; i < count; i += 1) {
    const e = pick(encounters);
    const outlet = pick(OUTLETS);
    const author = `${pick(FIRST)} ${pick(LAST)}`;
    const nameA = pick(e.a.names);
    const nameB = pick(e.b.names);
    const day = new Date(`${e.date}T00:00:00Z`);
    const published = new Date(day.getTime() + (rand() < 0.3 ? 86_400_000 : 0)).toISOString().slice(0, 10);
    const when = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
    const quote = (QUOTES[e.quote] ?? QUOTES[0] ?? '').replace('{topic}', e.topic);
    const otherQuote = (QUOTES[(e.quote + 1 + (i % 3)) % QUOTES.length] ?? '').replace('{topic}', e.topic);
    const via = rand() < 0.3 ? `, according to ${pick(OUTLETS.filter((o) => o !== outlet))}` : '';
    const paragraphs = [
      `${e.city.toUpperCase()}, ${when} (${outlet}) -- ${e.a.demonym} ${e.a.title} ${nameA} and ${e.b.demonym} ${e.b.title} ${nameB} ${e.kind} in ${e.city} on ${when}, focusing on ${e.topic}.`,
      `"${quote}," ${surname(nameA)} said after the meeting${via}.`,
      `${surname(nameB)} said ${e.b.country} and ${e.a.country} would continue to consult on ${e.topic}.`,
      `"${otherQuote}," ${surname(nameB)} told reporters.`,
      `The talks come ahead of a meeting of ${pick(ORGANIZATIONS)} later this year, where ${pick(ORGANIZATIONS)} is also expected to raise ${pick(TOPICS)}.`,
    ];
    yield {
      title: `${e.a.country} and ${e.b.country} discuss ${e.topic}`,
      publishedAt: published,
      source: outlet,
      url: `https://bench.example/${outlet.toLowerCase().replace(/\W+/g, '-')}/${i}`,
      authors: [author],
      text: paragraphs.join('\n\n'),
    };
  }
}

/** Writes the corpus as JSON Lines. */
export async function writeCorpus(path: string, count: number, seed?: number): Promise<void> {
  const out = createWriteStream(path);
  for (const article of generateCorpus(count, seed)) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
