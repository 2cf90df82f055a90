/**
 * The whole seed article (../shared/seeds/000_5dc1a6d449b2344d.txt, a UPI report of the Blinken–Lavrov talks
 * in Geneva on 2022-01-21). Every expected value here was checked against the text by hand.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.ts';
import { extractArticle, readArticleFile } from '../../../src/extract/index.ts';

const seedPath = fileURLToPath(new URL('../../../seed/articles/000_5dc1a6d449b2344d.txt', import.meta.url));
let extraction: Extraction;

beforeAll(async () => {
  const [article] = await readArticleFile(seedPath);
  if (!article) throw new Error('seed article missing');
  extraction = extractArticle(article);
});

describe('seed article 000', () => {
  it('reads the metadata: date, source from the dateline, author, headline', () => {
    expect(extraction.article).toMatchObject({
      publishedAt: '2022-01-21',
      source: 'UPI',
      authors: ['Clyde Hughes'],
      title: 'United States, Russia meet again over Ukraine with slim hopes for a breakthrough',
    });
  });

  it('finds Blinken, Lavrov and Biden with their roles', () => {
    const byName = new Map(extraction.persons.map((person) => [person.name, person]));
    expect(byName.get('Antony Blinken')?.roles).toEqual([expect.objectContaining({ title: 'Secretary of State', country: 'United States' })]);
    expect(byName.get('Antony Blinken')?.aliases).toContain('Blinken');
    expect(byName.get('Sergey Lavrov')?.roles).toEqual([expect.objectContaining({ title: 'Foreign Minister', country: 'Russia' })]);
    expect(byName.get('Sergey Lavrov')?.aliases).toContain('Lavrov');
    expect(byName.get('Joe Biden')?.roles.map((role) => role.title)).toEqual(['President']);
  });

  it('lists the author and the photographer as such', () => {
    const kinds = Object.fromEntries(extraction.persons.map((person) => [person.name, person.kind]));
    expect(kinds['Clyde Hughes']).toBe('author');
    expect(kinds['Martial Trezzini']).toBe('photographer');
  });

  it('finds the countries and Geneva', () => {
    // Switzerland is named in the photo caption ("in Geneva, Switzerland on Friday"), which is part of the body.
    expect(extraction.countries.map((country) => country.name).sort()).toEqual(['Russia', 'Switzerland', 'Ukraine', 'United States']);
    expect(extraction.locations.map((location) => location.name)).toEqual(['Geneva']);
  });

  it('reports one meeting: bilateral talks on 2022-01-21 in Geneva between Blinken and Lavrov', () => {
    expect(extraction.meetings).toHaveLength(1);
    expect(extraction.meetings[0]).toMatchObject({
      kind: 'bilateral talks',
      date: '2022-01-21',
      location: 'Geneva',
      status: 'held',
      plover: 'CONSULT',
      participants: ['Antony Blinken', 'Sergey Lavrov'],
      countries: ['United States', 'Russia'],
    });
  });

  it("keeps Lavrov's split quotation as one statement via The New York Times", () => {
    const lavrov = extraction.statements.filter((statement) => statement.speaker === 'Sergey Lavrov' && statement.kind === 'direct');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.text).toBe('We do not expect a breakthrough at these negotiations either ... What we expect are concrete answers to our concrete proposals.');
    expect(lavrov[0]?.via).toBe('The New York Times');
  });

  it("attributes Blinken's quotation to Blinken and Biden's to Biden via CNN", () => {
    const direct = extraction.statements.filter((statement) => statement.kind === 'direct');
    const blinken = direct.find((statement) => statement.speaker === 'Antony Blinken');
    expect(blinken?.text).toMatch(/^You're right, we don't expect to resolve our differences here today \.\.\. But I do hope/);
    const biden = direct.find((statement) => statement.speaker === 'Joe Biden');
    expect(biden?.text).toMatch(/^It's one thing if it's a minor incursion/);
    expect(biden?.via).toBe('CNN');
    expect(direct).toHaveLength(3);
  });

  it('makes no statements of "non-starter" or "minor incursion", and never quotes the author or photographer', () => {
    const texts = extraction.statements.map((statement) => statement.text);
    expect(texts).not.toContain('non-starter');
    expect(texts).not.toContain('minor incursion');
    const speakers = extraction.statements.map((statement) => statement.speaker);
    expect(speakers).not.toContain('Clyde Hughes');
    expect(speakers).not.toContain('Martial Trezzini');
  });

  it('is deterministic', async () => {
    const [article] = await readArticleFile(seedPath);
    if (!article) throw new Error('seed article missing');
    expect(extractArticle(article)).toEqual(extraction);
  });
});
