import { describe, expect, it } from 'vitest';
import { turnOrder } from '../../../bench/api/query-bench.ts';

describe('turnOrder', () => {
  it('runs every target once a round', () => {
    for (let round = 0; round < 6; round += 1) expect([...turnOrder(round)].sort()).toEqual(['diplograph', 'driver', 'neo4jGraphql']);
  });

  it('puts no target always right after the same one, already over the three rounds a run has by default', () => {
    expect([0, 1, 2].map(turnOrder)).toEqual([
      ['diplograph', 'driver', 'neo4jGraphql'],
      ['neo4jGraphql', 'driver', 'diplograph'],
      ['driver', 'neo4jGraphql', 'diplograph'],
    ]);
    for (const target of ['diplograph', 'driver', 'neo4jGraphql'] as const) {
      const before = new Set([0, 1, 2].map((round) => turnOrder(round)).map((order) => order[order.indexOf(target) - 1] ?? 'first'));
      expect(before.size, target).toBeGreaterThan(1);
    }
  });
});
