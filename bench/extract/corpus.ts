/**
 * A deterministic JSONL corpus of wire-style articles for the extraction benchmark: sentences are drawn
 * from templates with a seeded generator, so every run measures the same text.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PEOPLE = [
  ['Secretary of State', 'Antony Blinken', 'Blinken'], ['Russian Foreign Minister', 'Sergey Lavrov', 'Lavrov'],
  ['Chinese Foreign Minister', 'Wang Yi', 'Wang'], ['Indian External Affairs Minister', 'Subrahmanyam Jaishankar', 'Jaishankar'],
  ['Turkish President', 'Recep Tayyip Erdogan', 'Erdogan'], ['French President', 'Emmanuel Macron', 'Macron'],
  ['NATO Secretary-General', 'Jens Stoltenberg', 'Stoltenberg'], ['Japanese Prime Minister', 'Fumio Kishida', 'Kishida'],
] as const;
const PLACES = ['Geneva', 'Beijing', 'New Delhi', 'Ankara', 'Brussels', 'Tokyo', 'Jakarta', 'Vienna'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = ['the war in Ukraine', 'trade and tariffs', 'energy security', 'the South China Sea', 'arms control', 'climate finance'];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function article(random: () => number, n: number): object {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const a = pick(PEOPLE);
  let b = pick(PEOPLE);
  if (b === a) b = PEOPLE[(PEOPLE.indexOf(a) + 1) % PEOPLE.length] ?? b;
  const place = pick(PLACES);
  const day = pick(DAYS);
  const paragraphs = [
    `${place.toUpperCase()}, Jan. ${1 + (n % 28)} (Reuters) - ${a[0]} ${a[1]} and ${b[0]} ${b[1]} held talks in ${place} on ${day} on ${pick(TOPICS)}.`,
  ];
  const count = 6 + Math.floor(random() * 10);
  for (let i = 0; i < count; i += 1) {
    const speaker = random() < 0.5 ? a : b;
    switch (Math.floor(random() * 4)) {
      case 0:
        paragraphs.push(`"We discussed ${pick(TOPICS)} and agreed to keep talking," ${speaker[2]} told reporters after the meeting, according to CNN.`);
        break;
      case 1:
        paragraphs.push(`${speaker[2]} said the two sides had narrowed their differences on ${pick(TOPICS)} but that a "difficult" road lay ahead.`);
        break;
      case 2:
        paragraphs.push(`The ministers are expected to meet again next month in ${pick(PLACES)}, officials said, after a phone call between the leaders.`);
        break;
      default:
        paragraphs.push(`"There is no alternative to dialogue," ${speaker[2]} said. "We will continue to work with our partners on ${pick(TOPICS)}."`);
    }
  }
  return { title: `${a[2]} and ${b[2]} meet in ${place}`, publishedAt: `2023-01-${String(1 + (n % 28)).padStart(2, '0')}`, source: 'Reuters', text: paragraphs.join('\n\n') };
}

/** Writes about `bytes` of JSONL to `path`; returns the article text bytes written. */
export async function writeCorpus(path: string, bytes: number, seed = 42): Promise<number> {
  const random = seeded(seed);
  const out = createWriteStream(path);
  let written = 0;
  let textBytes = 0;
  for (let n = 0; written < bytes; n += 1) {
    const record = article(random, n) as { text: string };
    const line = `${JSON.stringify(record)}\n`;
    written += Buffer.byteLength(line);
    textBytes += Buffer.byteLength(record.text);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return textBytes;
}
