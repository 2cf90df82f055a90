/**
 * The DataLoaders of one request. Each field that reads a relation (a meeting's participants, a
 * person's roles) asks its loader, and all asks made while resolving one level of the query become one
 * Cypher query. A new set per request keeps one client's cache away from another's.
 */
import DataLoader from 'dataloader';
import type { EvidenceModel, NodeModel, RoleModel } from '../domain/graph-model.ts';
import type { EvidenceRepository, ReportedKind } from '../repositories/evidence-repository.ts';
import type { NodeRepository } from '../repositories/node-repository.ts';
import type { RelationName, RelationRepository } from '../repositories/relation-repository.ts';

export interface RequestLoaders {
  /** Any node by id; null when there is none. */
  node: DataLoader<string, NodeModel | null>;
  mentionCount: DataLoader<string, number>;
  roles: DataLoader<string, RoleModel[]>;
  related(relation: RelationName): DataLoader<string, NodeModel[]>;
  reportedIn(kind: ReportedKind): DataLoader<string, EvidenceModel[]>;
}

export interface LoaderRepositories {
  nodes: NodeRepository;
  relations: RelationRepository;
  evidence: EvidenceRepository;
}

/** Adapts "map from id to value" batch functions to DataLoader's "array in key order". */
function byKey<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

export function createRequestLoaders(repositories: LoaderRepositories): RequestLoaders {
  const relationLoaders = new Map<RelationName, DataLoader<string, NodeModel[]>>();
  const evidenceLoaders = new Map<ReportedKind, DataLoader<string, EvidenceModel[]>>();
  return {
    node: byKey<NodeModel | null>((ids) => repositories.nodes.findByIds(ids), null),
    mentionCount: byKey((ids) => repositories.nodes.mentionCounts(ids), 0),
    roles: byKey((ids) => repositories.evidence.roles(ids), []),
    related(relation) {
      let loader = relationLoaders.get(relation);
      if (!loader) {
        loader = byKey((ids) => repositories.relations.related(relation, ids), []);
        relationLoaders.set(relation, loader);
      }
      return loader;
    },
    reportedIn(kind) {
      let loader = evidenceLoaders.get(kind);
      if (!loader) {
        loader = byKey((ids) => repositories.evidence.reportedIn(kind, ids), []);
        evidenceLoaders.set(kind, loader);
      }
      return loader;
    },
  };
}
