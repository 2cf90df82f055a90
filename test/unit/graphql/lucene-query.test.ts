import { describe, expect, it } from 'vitest';
import { escapeLuceneTerm, fuzzyNameQuery } from '../../../src/repositories/lucene-query.ts';

describe('fuzzyNameQuery', () => {
  it('matches each term exactly, as a prefix and within a typo', () => {
    expect(fuzzyNameQuery('Lavrof')).toBe('(lavrof^4 OR lavrof*^2 OR lavrof~)');
  });

  it('escapes Lucene syntax and lower-cases operators so input is only ever text', () => {
    expect(escapeLuceneTerm('a+b(c)~"d":*')).toBe('a\\+b\\(c\\)\\~\\"d\\"\\:\\*');
    expect(fuzzyNameQuery('NATO AND name:x')).toBe('(nato^4 OR nato*^2 OR nato~) OR (and^4 OR and*^2 OR and~) OR (name\\:x^4 OR name\\:x*^2 OR name\\:x~)');
  });

  it('does not fuzz one- and two-letter terms and finds nothing in blank input', () => {
    expect(fuzzyNameQuery('UN')).toBe('(un^4 OR un*^2)');
    expect(fuzzyNameQuery('   ')).toBeNull();
  });
});
