import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, readArticleFile } from '../../../src/extract/index.ts';
import { detectFormat } from '../../../src/extract/read/format.ts';
import { articleFromJson, articlesFromJsonText } from '../../../src/extract/read/json-article.ts';
import { articleFromHtml } from '../../../src/extract/read/html-article.ts';

async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'diplograph-read-'));
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

describe('JSON reader', () => {
  it('accepts text or body, publishedAt or date, and authors as a string', () => {
    const article = articleFromJson({ title: 'T', body: 'Lavrov met Wang Yi in Beijing on Monday.', date: '2023-04-05T10:00:00Z', author: 'Jane Roe', source: 'AP' }, 'a.json');
    expect(article).toMatchObject({ title: 'T', publishedAt: '2023-04-05', authors: ['Jane Roe'], source: 'AP', body: 'Lavrov met Wang Yi in Beijing on Monday.' });
  });

  it('says which line of a JSON file is invalid', () => {
    expect(() => articlesFromJsonText('{\n  "text": "a",\n  oops\n}', 'bad.json')).toThrow(/bad\.json: invalid JSON at line 3/);
  });

  it('rejects an object without a body', () => {
    expect(() => articleFromJson({ title: 'Only a title' }, 'x.json')).toThrow(/x\.json: no body/);
  });
});

describe('JSONL stream', () => {
  it('reports a bad line with its number and goes on with the others', async () => {
    const lines = [
      JSON.stringify({ text: 'First article about talks in Geneva.' }),
      '{not json',
      JSON.stringify({ text: 'Third article about a summit in Bali.' }),
    ].join('\n');
    const path = await tempFile('corpus.jsonl', lines);
    const results = [];
    for await (const result of readArticles(path)) results.push(result);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    const bad = results[1];
    expect(bad && !bad.ok && bad.line).toBe(2);
    expect(bad && !bad.ok && bad.error.message).toMatch(/corpus\.jsonl:2: invalid JSON at line 2/);
  });
});

describe('HTML reader', () => {
  it('keeps the article text and drops scripts and navigation', () => {
    const html = `<!doctype html><html><head><title>Talks in Geneva</title><meta property="article:published_time" content="2022-01-21T07:26:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World News</a></nav><script>var tracking = 1;</script>
      <article><h1>Talks in Geneva</h1>
      <p>GENEVA (Reuters) - Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met in Geneva on Friday for talks on Ukraine that lasted about ninety minutes.</p>
      <p>"We do not expect a breakthrough at these negotiations either," Lavrov said before the talks started, according to officials present at the meeting.</p>
      <p>Blinken said the path of diplomacy remained open and that both sides would continue to talk in the coming weeks, officials said.</p>
      </article><footer>Copyright</footer></body></html>`;
    const article = articleFromHtml(html, 'page.html');
    expect(article.publishedAt).toBe('2022-01-21');
    expect(article.body).toContain('Secretary of State Antony Blinken');
    expect(article.body).not.toContain('tracking');
    expect(article.body).not.toContain('Home');
  });
});

describe('files', () => {
  it('picks the reader from the extension, then from the content', () => {
    expect(detectFormat('a.jsonl', '')).toBe('jsonl');
    expect(detectFormat('a.htm', '')).toBe('html');
    expect(detectFormat('a.txt', '<!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('a', '{"text": "x"}')).toBe('json');
    expect(detectFormat('a', 'date 2022-01-21\nWorld News')).toBe('text');
  });

  it('names the file and the reason: empty, binary, too large, missing', async () => {
    await expect(readArticleFile(await tempFile('empty.txt', ''))).rejects.toThrow(/empty\.txt: file is empty/);
    await expect(readArticleFile(await tempFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])))).rejects.toThrow(/image\.txt: not text/);
    await expect(readArticleFile(await tempFile('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 })).rejects.toThrow(/big\.txt: file is too large: 2000 bytes, the limit is 1000/);
    await expect(readArticleFile('/nonexistent/article.txt')).rejects.toThrow(/article\.txt: no such file/);
  });
});

describe('article URLs', () => {
  it('keeps an http(s) URL from a JSON record', () => {
    const article = articleFromJson({ url: 'https://example.org/geneva-talks', text: 'Lavrov met Blinken in Geneva on Friday.' }, 'a.json');
    expect(article.url).toBe('https://example.org/geneva-talks');
  });

  it('refuses a JSON record whose url is not a web address, naming the file', () => {
    // {"url": "javascript:alert(1)", …}: the explorer links to the URL, so it must never be script.
    expect(() => articleFromJson({ url: 'javascript:alert(1)', text: 'Lavrov met Blinken in Geneva on Friday.' }, 'bad.json')).toThrow(
      'bad.json: "url" must be an http or https address, got "javascript:alert(1)"',
    );
  });

  it('drops a canonical link of an HTML page that is not a web address', () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><title>Talks</title></head><body><article><p>Russian Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva on Friday for talks on Ukraine.</p><p>Neither side expected a breakthrough, officials said after the meeting ended.</p></article></body></html>`;
    expect(articleFromHtml(html, 'page.html').url).toBeNull();
  });
});
