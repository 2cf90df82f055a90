/** Subgraphs for explorer UIs, with the bounds that keep them cheap. */
import type { SubgraphModel } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { GraphRepository } from '../repositories/graph-repository.ts';
import type { NodeRepository } from '../repositories/node-repository.ts';
import { pageSize } from './pagination.ts';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 20;

function notFound(id: string): DiplographError {
  return new DiplographError(ErrorCode.NOT_FOUND, `No node has the id ${JSON.stringify(id)}.`);
}

export class GraphService {
  constructor(private readonly repository: GraphRepository, private readonly nodes: NodeRepository) {}

  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphModel> {
    const hops = pageSize(depth, 'depth', MAX_NEIGHBORHOOD_DEPTH, 1);
    const nodes = pageSize(limit, 'limit', MAX_NEIGHBORHOOD_NODES, 100);
    const subgraph = await this.repository.neighborhood(id, hops, nodes);
    if (!subgraph) throw notFound(id);
    return subgraph;
  }

  async connections(from: string, to: string, maxHops: number, first: number): Promise<SubgraphModel[]> {
    const hops = pageSize(maxHops, 'maxHops', MAX_PATH_HOPS, 4);
    const paths = pageSize(first, 'first', MAX_PATHS, 5);
    if (from === to) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `to: expected a node other than from, got ${JSON.stringify(to)} for both`);
    const ends = await this.nodes.findByIds([from, to]);
    for (const id of [from, to]) if (!ends.has(id)) throw notFound(id);
    return this.repository.shortestPaths(from, to, hops, paths);
  }
}
