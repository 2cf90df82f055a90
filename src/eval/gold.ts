import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DiplographError, ErrorCode } from '../domain/errors.ts';

/** One hand-annotated article of `seed/gold/` (see seed/README.md and ANNOTATION.md). */
export interface GoldArticle {
  article: string;
  publishedAt: string | null;
  persons: { name: string; aliases?: string[]; accept?: string[]; optional?: boolean }[];
  roles: { person: string; title: string; country: string | null; organization: string | null }[];
  countries: { name: string; optional?: boolean }[];
  locations: { name: string; aliases?: string[]; country?: string | null; optional?: boolean }[];
  organizations: { name: string; aliases?: string[]; optional?: boolean }[];
  meetings: {
    participants: string[];
    optional_participants?: string[];
    participant_countries?: string[];
    date: string | null;
    location: string | null;
    status?: string;
    kind?: string;
    optional?: boolean;
  }[];
  statements: { speaker: string | null; text: string; date?: string | null; via?: string | null; optional?: boolean }[];
}

export type Split = 'dev' | 'heldout' | 'all';

/** The gold files of a split, by file name, with the article file each annotates. */
export async function loadGold(goldDir: string, split: Split): Promise<{ file: string; gold: GoldArticle }[]> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((name) => name.endsWith('.json') && name !== 'split.json').sort();
  } catch {
    throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${goldDir}: no gold annotations folder`);
  }
  const wanted = split === 'all' ? null : new Set((await readSplit(goldDir))[split].map(stem));
  const selected = wanted === null ? names : names.filter((name) => wanted.has(stem(name)));
  if (wanted !== null) {
    const present = new Set(names.map(stem));
    const missing = [...wanted].filter((name) => !present.has(name));
    if (missing.length > 0) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${join(goldDir, 'split.json')}: ${split} lists ${missing.join(', ')}, which has no gold annotation in ${goldDir}`);
  }
  // An empty split would score a perfect 1.000 on nothing.
  if (selected.length === 0) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${goldDir}: the ${split} split has no gold annotations`);
  const results: { file: string; gold: GoldArticle }[] = [];
  for (const name of selected) {
    const path = join(goldDir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${path}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    results.push({ file: path, gold: asGold(value, path) });
  }
  return results;
}

async function readSplit(goldDir: string): Promise<{ dev: string[]; heldout: string[] }> {
  const path = join(goldDir, 'split.json');
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as { dev?: unknown; heldout?: unknown };
    if (!Array.isArray(value.dev) || !Array.isArray(value.heldout)) throw new Error('expected {"dev": [...], "heldout": [...]}');
    return { dev: value.dev.map(String), heldout: value.heldout.map(String) };
  } catch (error) {
    throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// "000_5dc1a6d449b2344d.json", "seed/articles/000_5dc1a6d449b2344d.txt" and "000_5dc1a6d449b2344d" name one article.
function stem(name: string): string {
  return (name.split('/').pop() ?? name).replace(/\.[a-z]+$/i, '');
}

function asGold(value: unknown, path: string): GoldArticle {
  if (typeof value !== 'object' || value === null) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${path}: expected a JSON object`);
  const record = value as Partial<GoldArticle>;
  if (typeof record.article !== 'string') throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${path}: "article" must name the article file`);
  return {
    article: record.article,
    publishedAt: record.publishedAt ?? null,
    persons: record.persons ?? [],
    roles: record.roles ?? [],
    countries: record.countries ?? [],
    locations: record.locations ?? [],
    organizations: record.organizations ?? [],
    meetings: record.meetings ?? [],
    statements: record.statements ?? [],
  };
}
