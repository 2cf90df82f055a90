/**
 * The hostile and broken inputs both ingest paths are fed: what a scraper, a careless user or an attacker
 * hands Diplograph. Each says how it is stored as a file (the extension picks the reader), what the
 * ingestArticle mutation receives, and what must happen: a clear refusal, a safe ingest, or either.
 * Big inputs are generated at test time, never committed.
 */
export type Outcome = 'rejected' | 'ingested' | 'either';

export interface HostileInput {
  /** File name; the extension picks the reader. */
  name: string;
  content: () => string | Buffer;
  cli: Outcome;
  /** For a rejection, what the reason must say. */
  reason?: RegExp;
  /** The mutation's input, or null when the case is about files only (a folder, a 50 MB body is sent separately). */
  api: { text: string; format: 'TEXT' | 'HTML' | 'JSON' } | null;
  apiOutcome?: Outcome;
  /** Checks on the text of the stored article, when it was ingested. */
  storedText?: (text: string) => void;
}

const GOOD = (tag: string) =>
  `Russian Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva on Friday, the ${tag} report said. "We do not expect a breakthrough," Lavrov told reporters.`;

function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const INJECTIONS = ['"}) DETACH DELETE n //', "' OR 1=1 //", '`}) MATCH (n) DETACH DELETE n //', '$rows', '{id: "x"}', '\\"}) RETURN 1 //'];

const text = (name: string, content: string, cli: Outcome, extra: Partial<HostileInput> = {}): HostileInput => ({
  name,
  content: () => content,
  cli,
  api: { text: content, format: name.endsWith('.json') ? 'JSON' : name.endsWith('.html') ? 'HTML' : 'TEXT' },
  ...extra,
});

export const HOSTILE_INPUTS: HostileInput[] = [
  text('empty.txt', '', 'rejected', { reason: /empty/ }),
  text('whitespace.txt', '   \n\t\n   \r\n  ', 'rejected', { reason: /empty/ }),
  text('newlines.txt', '\n'.repeat(10_000), 'rejected', { reason: /empty/ }),
  text('bom-only.txt', '\uFEFF', 'rejected', { reason: /empty/ }),
  { name: 'png.txt', content: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), seededBytes(4000, 1)]), cli: 'rejected', reason: /binary|UTF-8/, api: { text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\r', format: 'TEXT' }, apiOutcome: 'either' },
  { name: 'random-bytes.txt', content: () => seededBytes(64 * 1024, 2), cli: 'rejected', reason: /binary|UTF-8/, api: null },
  { name: 'invalid-utf8.txt', content: () => Buffer.concat([Buffer.from(GOOD('invalid-utf8')), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff])]), cli: 'rejected', reason: /UTF-8/, api: null },
  { name: 'invalid-utf8-late.txt', content: () => Buffer.concat([Buffer.from(`${GOOD('late invalid utf8')}\n`.repeat(60)), Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xfe])]), cli: 'rejected', reason: /UTF-8/, api: null },
  { name: 'utf16.txt', content: () => Buffer.from(`\uFEFF${GOOD('utf16')}`, 'utf16le'), cli: 'rejected', reason: /binary|UTF-8/, api: null },
  { name: 'big-50mb.txt', content: () => Buffer.alloc(50 * 1024 * 1024, 'Lavrov met Blinken. '), cli: 'rejected', reason: /too large/, api: null },
  text('one-mb-line.txt', 'Lavrov Blinken talks Geneva minister said '.repeat(25_000), 'rejected', { reason: /too large|at most \d+ bytes/ }),
  { name: 'one-mb-line.jsonl', content: () => `${JSON.stringify({ title: 'one line', text: 'Lavrov said talks '.repeat(60_000) })}\n${JSON.stringify({ title: 'after the long line', text: GOOD('after-long-line') })}\n`, cli: 'either', reason: /limit|large/, api: null },
  text('nested-arrays.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'rejected', { reason: /JSON|object|article/ }),
  text('nested-objects.json', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, 'rejected', { reason: /JSON|text|body/ }),
  text('nested-extra-field.json', JSON.stringify({ title: 'nested extra', text: GOOD('nested-extra'), extra: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) as unknown }), 'ingested'),
  text('text-number.json', JSON.stringify({ title: 'wrong', text: 42 }), 'rejected', { reason: /"text" must be a string/ }),
  text('title-object.json', JSON.stringify({ title: { evil: true }, text: GOOD('title-object') }), 'rejected', { reason: /"title" must be a string/ }),
  text('authors-numbers.json', JSON.stringify({ text: GOOD('authors-numbers'), authors: [1, 2] }), 'rejected', { reason: /"authors"/ }),
  text('date-number.json', JSON.stringify({ text: GOOD('date-number'), publishedAt: 20220121 }), 'rejected', { reason: /"publishedAt" must be a string/ }),
  text('json-null.json', 'null', 'rejected', { reason: /expected a JSON object/ }),
  text('json-empty-array.json', '[]', 'rejected', { reason: /no articles/ }),
  text('json-string.json', '"just a string"', 'rejected', { reason: /expected a JSON object/ }),
  text('json-proto.json', `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "title": "proto", "text": ${JSON.stringify(GOOD('proto'))}}`, 'ingested'),
  text('json-duplicate-keys.json', `{"title": "dup", "text": "first", "text": ${JSON.stringify(GOOD('duplicate-keys'))}}`, 'ingested', { storedText: (t) => { if (!t.includes('duplicate-keys')) throw new Error('the last "text" key should win'); } }),
  text('json-lone-surrogate.json', `{"title": "surrogate", "text": "${GOOD('lone-surrogate').replace(/"/g, '\\"')} \\ud800 end"}`, 'either'),
  {
    name: 'broken-lines.jsonl',
    content: () => [
      JSON.stringify({ title: 'good 1', text: GOOD('jsonl-good-1') }),
      '{"title": "unterminated", "text": "Lavrov',
      JSON.stringify({ title: 'good 2', text: GOOD('jsonl-good-2') }),
      'not json at all',
      JSON.stringify({ title: 'good 3', text: GOOD('jsonl-good-3') }),
      JSON.stringify({ title: 'wrong type', text: 5 }),
      '',
      '[1, 2, 3]',
      JSON.stringify({ title: 'good 4', text: GOOD('jsonl-good-4') }),
    ].join('\n'),
    cli: 'either',
    api: null,
  },
  text('scripts.html', `<!doctype html><html><head><title>Talks in Geneva</title><script>alert("head")</script><style>body{}</style></head><body><article><h1>Talks in Geneva</h1><p>${GOOD('html-scripts')}</p><script>document.write("<p>injected paragraph</p>"); fetch("http://127.0.0.1/steal")</script><iframe src="javascript:alert(1)"></iframe><p onclick="alert(2)">The ministers agreed to meet again in Vienna next month, officials said on Friday.</p><img src=x onerror="alert(3)"><noscript><p>noscript text</p></noscript></article></body></html>`, 'ingested', {
    storedText: (t) => {
      for (const bad of ['<script', 'alert(', 'javascript:', 'onerror', '<iframe', 'fetch(']) if (t.includes(bad)) throw new Error(`stored text keeps ${bad}`);
    },
  }),
  text('only-script.html', '<!doctype html><html><body><script>while(true){}</script><iframe src="https://example.org"></iframe></body></html>', 'rejected', { reason: /no article body/ }),
  text('malformed.html', `<html><body><div><p>${GOOD('malformed-html')}<p>Unclosed <b>bold <i>italic <<<>>> &nosuchentity; &#xFFFFFF; <!-- never closed`, 'either'),
  text('entities.html', `<html><body><article><p>${GOOD('entities-html')}</p><p>${'&amp;'.repeat(20_000)}</p></article></body></html>`, 'either'),
  text('date-zero.json', JSON.stringify({ title: 'zero date', publishedAt: '0000-00-00', text: GOOD('date-zero') }), 'rejected', { reason: /not a calendar date/ }),
  text('date-month-13.json', JSON.stringify({ title: 'month 13', publishedAt: '2022-13-45', text: GOOD('date-month-13') }), 'rejected', { reason: /not a calendar date/ }),
  text('date-feb-30.txt', `date 2022-02-30\ntitle February the thirtieth\n\n${GOOD('date-feb-30')}`, 'rejected', { reason: /not a calendar date/ }),
  text('date-max.json', JSON.stringify({ title: 'last day', publishedAt: '9999-12-31', text: GOOD('date-max') }), 'ingested'),
  text('cypher-in-fields.json', JSON.stringify({ title: INJECTIONS.join(' '), source: '"}) DETACH DELETE n //', url: 'https://example.org/"})DETACH DELETE n//', authors: INJECTIONS, text: GOOD('cypher-fields') }), 'ingested'),
  text('cypher-in-names.txt', `title Names that look like Cypher\n\nForeign Minister Robert "}) DETACH DELETE n // Smith met Prime Minister Anna \`}) MATCH (n) DETACH DELETE n // Jones in Geneva on Friday. "We will talk {again}," said Jones. O'Brien and D'Artagnan's aide said "yes" and "no".`, 'ingested'),
  text('backticks-braces.txt', 'title Braces\n\nSecretary of State Ant`ony} Blin{ken met Sergey {Lavrov}} in Gen`eva on Friday. "{}" Lavrov said. `MATCH` said the ${0} minister.', 'either'),
  text('rtl.txt', 'title RTL\n\nوزير الخارجية الروسي سيرغي لافروف التقى نظيره الأمريكي في جنيف. שר החוץ \u202Eevorval yegreS\u202C met Antony Blinken in Geneva on Friday, \u200Fsaid\u200E officials.', 'either'),
  text('zero-width.txt', `title Zero width\n\nRussian Foreign Minister Ser\u200Bgey La\u200Dvrov met Secretary of State Antony\u2060 Blinken in Gen\uFEFFeva on Friday. "We\u200C do not expect a breakthrough," Lav\u200Brov said.`, 'either'),
  text('control-chars.txt', `title Control\n\n${GOOD('control-chars')}\u0001\u0002\u0007\u001b[31m red \u001b[0m\u000b\u000c end.`, 'either'),
  text('cr-only.txt', `title Carriage returns\r\r${GOOD('cr-only')}\r${GOOD('cr-only second')}`, 'ingested'),
  text('emoji.txt', `title Emoji 🇷🇺🇺🇸\n\n🇷🇺 Foreign Minister Sergey Lavrov 🤝 met Antony Blinken 🇺🇸 in Geneva on Friday. "👍," Lavrov said. 𝕳𝖊𝖑𝖑𝖔`, 'either'),
  text('ten-thousand-quotes.txt', `title Ten thousand quotes\n\nRussian Foreign Minister Sergey Lavrov spoke in Geneva on Friday.\n${Array.from({ length: 10_000 }, (_, k) => `"No ${k}," Lavrov said.`).join(' ')}`, 'ingested'),
  text('many-names.txt', `title Many names\n\n${Array.from({ length: 3_000 }, (_, k) => `Minister Name${k} Surname${k} met`).join(' ')} in Geneva.`, 'either'),
  text('javascript-url.json', JSON.stringify({ title: 'javascript url', url: 'javascript:alert(document.cookie)', text: GOOD('javascript-url') }), 'either'),
  text('huge-title.json', JSON.stringify({ title: 'T'.repeat(100_000), text: GOOD('huge-title') }), 'either'),
  text('null-fields.json', JSON.stringify({ title: null, publishedAt: null, url: null, source: null, authors: null, text: GOOD('null-fields') }), 'ingested'),
];
