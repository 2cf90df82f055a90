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

export type { RelationName };

export interface RequestLoaders {
  /** Any node by id; null when there is none. */
  node: DataLoader<string, NodeModel | null>;
  mentionCount: DataLoader<string, number>;
  roles: DataLoader<string, RoleModel[]>;
  /** The same roles with no evidence, for a client that did not ask for it. */
  rolesWithoutEvidence: DataLoader<string, RoleModel[]>;
  /** Every relation asked for while resolving one level of the query is read in one statement. */
  related(relation: RelationName): { load(id: string): Promise<NodeModel[]> };
  /** Hands the loader what a list's statement already read, so the items' fields do not read it again. */
  primeRelated(relation: RelationName, id: string, nodes: NodeModel[]): void;
  /**
   * What `primeRelated` was given for this node, if anything: a field can answer from it at once instead
   * of through `related(…).load`, which costs a promise and a turn of the event loop per field.
   */
  primed(relation: RelationName, id: string): NodeModel[] | undefined;
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

/** Keys of the shared relation loader: the relation name, a NUL, the id. */
const RELATION_KEY_SEPARATOR = '\u0000';

function relationLoader(relations: RelationRepository): DataLoader<string, NodeModel[]> {
  return new DataLoader<string, NodeModel[]>(async (keys) => {
    const requests = new Map<RelationName, string[]>();
    const parsed = keys.map((key) => {
      const at = key.indexOf(RELATION_KEY_SEPARATOR);
      const relation = key.slice(0, at) as RelationName;
      const id = key.slice(at + 1);
      const ids = requests.get(relation);
      if (ids) ids.push(id);
      else requests.set(relation, [id]);
      return { relation, id };
    });
    const found = await relations.relatedMany(requests);
    return parsed.map(({ relation, id }) => found.get(relation)?.get(id) ?? []);
  });
}

export function createRequestLoaders(repositories: LoaderRepositories): RequestLoaders {
  const relationsLoader = relationLoader(repositories.relations);
  const primedRelations = new Map<string, NodeModel[]>();
  const evidenceLoaders = new Map<ReportedKind, DataLoader<string, EvidenceModel[]>>();
  return {
    node: byKey<NodeModel | null>((ids) => repositories.nodes.findByIds(ids), null),
    mentionCount: byKey((ids) => repositories.nodes.mentionCounts(ids), 0),
    roles: byKey((ids) => repositories.evidence.roles(ids), []),
    rolesWithoutEvidence: byKey((ids) => repositories.evidence.roles(ids, false), []),
    related(relation) {
      return {
        load: (id) => {
          const key = `${relation}${RELATION_KEY_SEPARATOR}${id}`;
          const known = primedRelations.get(key);
          return known !== undefined ? Promise.resolve(known) : relationsLoader.load(key);
        },
      };
    },
    primeRelated(relation, id, nodes) {
      primedRelations.set(`${relation}${RELATION_KEY_SEPARATOR}${id}`, nodes);
    },
    primed(relation, id) {
      return primedRelations.get(`${relation}${RELATION_KEY_SEPARATOR}${id}`);
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
