import { describe, expect, it } from 'vitest';
import { turnOrder } from '../../../bench/api/query-bench.ts';

describe('turnOrder', () => {
  it('starts each round of the query bench with the next target, so no target always follows the same one', () => {
    expect(turnOrder(0)).toEqual(['diplograph', 'driver', 'neo4jGraphql']);
    expect(turnOrder(1)).toEqual(['driver', 'neo4jGraphql', 'diplograph']);
    expect(turnOrder(2)).toEqual(['neo4jGraphql', 'diplograph', 'driver']);
    expect(turnOrder(3)).toEqual(turnOrder(0));
  });
});
