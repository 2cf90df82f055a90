import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGold } from '../../../src/eval/gold.ts';

const annotation = { article: 'a.txt', publishedAt: '2022-01-21', persons: [], roles: [], countries: [], locations: [], organizations: [], meetings: [], statements: [] };

describe('loadGold', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diplograph-gold-'));
    await writeFile(join(dir, '001_a.json'), JSON.stringify({ ...annotation, article: '001_a.txt' }));
    await writeFile(join(dir, '002_b.json'), JSON.stringify({ ...annotation, article: '002_b.txt' }));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the annotations the split lists', async () => {
    await writeFile(join(dir, 'split.json'), JSON.stringify({ dev: ['001_a'], heldout: ['002_b'] }));
    const golds = await loadGold(dir, 'heldout');
    expect(golds.map((entry) => entry.gold.article)).toEqual(['002_b.txt']);
  });

  it('refuses an empty split instead of scoring nothing as perfect', async () => {
    await writeFile(join(dir, 'split.json'), JSON.stringify({ dev: ['001_a', '002_b'], heldout: [] }));
    await expect(loadGold(dir, 'heldout')).rejects.toThrow(/the heldout split has no gold annotations/);
  });

  it('names a listed article that has no annotation', async () => {
    await writeFile(join(dir, 'split.json'), JSON.stringify({ dev: ['001_a', '003_c'], heldout: ['002_b'] }));
    await expect(loadGold(dir, 'dev')).rejects.toThrow(/split\.json: dev lists 003_c, which has no gold annotation/);
  });
});
