import { describe, expect, it } from 'vitest';
import { caption, mergeSubgraphs, subgraphDifference, toElements } from '../../../web/src/elements.ts';
import type { Subgraph } from '../../../web/src/types.ts';

const geneva: Subgraph = {
  nodes: [
    { id: 'meeting:m1', label: 'Meeting', name: 'bilateral talks 2022-01-21' },
    { id: 'person:sergey-lavrov', label: 'Person', name: 'Sergey Lavrov' },
    { id: 'person:antony-blinken', label: 'Person', name: 'Antony Blinken' },
  ],
  edges: [
    { id: 'r1', type: 'PARTICIPANT', source: 'meeting:m1', target: 'person:sergey-lavrov', count: 1 },
    { id: 'r2', type: 'PARTICIPANT', source: 'meeting:m1', target: 'person:antony-blinken', count: 1 },
  ],
};

describe('GraphQL subgraph → cytoscape elements', () => {
  it('maps nodes and edges with their kind, name and a caption for each', () => {
    const elements = toElements(geneva);
    expect(elements.nodes[1]).toEqual({
      group: 'nodes',
      data: { id: 'person:sergey-lavrov', label: 'Person', name: 'Sergey Lavrov', caption: 'Sergey Lavrov' },
    });
    expect(elements.edges[0]).toEqual({
      group: 'edges',
      data: { id: 'PARTICIPANT:meeting:m1->person:sergey-lavrov', source: 'meeting:m1', target: 'person:sergey-lavrov', type: 'PARTICIPANT', caption: 'participant', count: 1 },
    });
  });

  it('draws one edge for the relationships of one type between two nodes, with how many they are', () => {
    // The API answers one edge per type and pair with its count; parallel ones, should they come, add up.
    const twoReports: Subgraph = {
      nodes: [{ id: 'location:geneva-ch', label: 'Location', name: 'Geneva' }, { id: 'country:CH', label: 'Country', name: 'Switzerland' }],
      edges: [
        { id: 'r1', type: 'IN_COUNTRY', source: 'location:geneva-ch', target: 'country:CH', count: 1 },
        { id: 'r2', type: 'IN_COUNTRY', source: 'location:geneva-ch', target: 'country:CH', count: 1 },
        { id: 'r3', type: 'MENTIONS', source: 'location:geneva-ch', target: 'country:CH', count: 3 },
      ],
    };
    expect(toElements(twoReports).edges.map((edge) => [edge.data.id, edge.data.count])).toEqual([
      ['IN_COUNTRY:location:geneva-ch->country:CH', 2],
      ['MENTIONS:location:geneva-ch->country:CH', 3],
    ]);
  });

  it('writes relationship types as words', () => {
    const elements = toElements({
      nodes: [{ id: 'a', label: 'Meeting', name: 'x' }, { id: 'b', label: 'Location', name: 'Geneva' }],
      edges: [{ id: 'e', type: 'HELD_IN', source: 'a', target: 'b', count: 1 }],
    });
    expect(elements.edges[0]?.data.caption).toBe('held in');
  });

  it('shortens long statements at a word and quotes them', () => {
    const text = 'We do not expect a breakthrough at these negotiations either';
    expect(caption({ id: 's', label: 'Statement', name: text })).toBe('“We do not expect a breakthrough…”');
  });

  it('names nodes that come without a name by their kind', () => {
    expect(caption({ id: 'meeting:m9', label: 'Meeting', name: null })).toBe('Meeting');
    expect(caption({ id: 'person:x', label: 'Person', name: '' })).toBe('person:x');
  });

  it('merges expansions without repeating nodes or edges, and drops edges to nodes it does not have', () => {
    const genevaNeighbours: Subgraph = {
      nodes: [
        { id: 'location:geneva-ch', label: 'Location', name: 'Geneva' },
        { id: 'meeting:m1', label: 'Meeting', name: 'bilateral talks 2022-01-21' },
      ],
      edges: [
        { id: 'r3', type: 'HELD_IN', source: 'meeting:m1', target: 'location:geneva-ch', count: 1 },
        { id: 'r4', type: 'IN_COUNTRY', source: 'location:geneva-ch', target: 'country:CH', count: 1 },
      ],
    };
    const merged = mergeSubgraphs(geneva, genevaNeighbours);
    expect(merged.nodes.map((node) => node.id)).toEqual(['meeting:m1', 'person:sergey-lavrov', 'person:antony-blinken', 'location:geneva-ch']);
    expect(merged.edges.map((edge) => edge.id)).toEqual(['r1', 'r2', 'r3']);
    expect(subgraphDifference(geneva, merged)).toEqual({
      nodes: [{ id: 'location:geneva-ch', label: 'Location', name: 'Geneva' }],
      edges: [{ id: 'r3', type: 'HELD_IN', source: 'meeting:m1', target: 'location:geneva-ch', count: 1 }],
    });
  });
});
