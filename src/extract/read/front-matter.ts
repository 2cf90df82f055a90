/**
 * Front-matter lines at the top of a plain-text article: `date 2022-01-21 Trending`, `source UPI`,
 * `url https://…`, `title …`, `author …`. A colon after the key is allowed; trailing noise after a date is ignored.
 */
export interface FrontMatter {
  date: string | null;
  source: string | null;
  url: string | null;
  title: string | null;
  authors: string[];
}

const FIELD = /^\s*(date|source|url|title|author|authors)\s*[:\s]\s*(.*?)\s*$/i;

/** Reads front-matter lines from the top; returns the fields and how many lines they took (blank lines included). */
export function parseFrontMatter(lines: readonly string[]): { frontMatter: FrontMatter; lineCount: number } {
  const frontMatter: FrontMatter = { date: null, source: null, url: null, title: null, authors: [] };
  let lineCount = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      lineCount += 1;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match?.[1] || match[2] === undefined || !acceptField(frontMatter, match[1].toLowerCase(), match[2])) break;
    lineCount += 1;
  }
  return { frontMatter, lineCount };
}

function acceptField(frontMatter: FrontMatter, key: string, value: string): boolean {
  switch (key) {
    case 'date': {
      const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(value);
      if (!iso?.[1]) return false;
      frontMatter.date = iso[1];
      return true;
    }
    case 'url':
      if (!/^https?:\/\/\S+$/.test(value)) return false;
      frontMatter.url = value;
      return true;
    case 'source':
      if (value === '' || value.length > 80) return false;
      frontMatter.source = value;
      return true;
    case 'title':
      if (value === '') return false;
      frontMatter.title = value;
      return true;
    case 'author':
    case 'authors':
      if (value === '' || value.length > 200) return false;
      frontMatter.authors.push(...value.split(/\s*(?:;|,|\band\b)\s*/).filter((name) => name !== ''));
      return true;
    default:
      return false;
  }
}
