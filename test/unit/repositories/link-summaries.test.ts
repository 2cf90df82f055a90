/**
 * The relationship types of the link summaries (repositories/link-summaries.ts): a summarised entity's edges are
 * its summary plus a walk of every other type, so the two lists must together be every type of the model, once.
 */
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../src/domain/graph-model.ts';
import { SUMMARISED_TYPES, UNSUMMARISED_TYPES } from '../../../src/repositories/link-summaries.ts';

describe('link summary types', () => {
  it('split the model’s relationship types into the summarised and the walked, each type once', () => {
    const summarised = SUMMARISED_TYPES.split('|');
    const walked = UNSUMMARISED_TYPES.split('|');
    expect(summarised).toEqual(['HOLDS_ROLE', 'IN_COUNTRY']);
    expect([...summarised, ...walked].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
