/**
 * Cypher fragments that find nodes by id. A label-less `MATCH (n {id: …})` scans every node, so a
 * lookup tries each label in turn: each branch is a seek on that label's uniqueness constraint. Article
 * ids are bare hashes; the other labels' ids carry a prefix naming the label, which narrows the lookup.
 */
import { ENTITY_LABELS, GRAPH_LABELS, type GraphLabel } from '../domain/graph-model.ts';

/** Id prefixes written by domain/ids.ts and the ingest resolvers, and the label each one names. */
const LABEL_BY_PREFIX: ReadonlyArray<readonly [string, GraphLabel]> = [
  ['person:', 'Person'],
  ['country:', 'Country'],
  ['org:', 'Organization'],
  ['location:', 'Location'],
  ['meeting:', 'Meeting'],
  ['statement:', 'Statement'],
];

/**
 * The label an id's prefix names (`country:RU` → Country), or null when the id has none of the known
 * prefixes (article ids are hex hashes). Ids are only ever written with the prefix of their label.
 */
export function labelOfId(id: string): GraphLabel | null {
  for (const [prefix, label] of LABEL_BY_PREFIX) if (id.startsWith(prefix)) return label;
  return null;
}

/**
 * Like `callFindById`, for ids paired with the label their prefix names (`labelVariable`, null when
 * unknown): each branch runs only for its own label, so a prefixed id costs one seek, not one per label.
 * The query text is the same whatever the labels, so its plan is cached once.
 */
export function callFindByIdAndLabel(idVariable: string, labelVariable: string, variable: string, labels: readonly string[] = GRAPH_LABELS): string {
  const branches = labels.map(
    (label) =>
      `WITH ${idVariable}, ${labelVariable} WITH ${idVariable} WHERE ${labelVariable} IS NULL OR ${labelVariable} = '${label}' MATCH (${variable}:${label} {id: ${idVariable}}) RETURN ${variable}`,
  );
  return `CALL { ${branches.join(' UNION ')} }`;
}

/**
 * A `CALL { … }` that binds `variable` to the node whose id is the value of `idVariable` (already in
 * scope), under any of `labels`. Labels come from the fixed lists in domain/graph-model.ts.
 */
export function callFindById(idVariable: string, variable: string, labels: readonly string[] = GRAPH_LABELS): string {
  const branches = labels.map((label) => `WITH ${idVariable} MATCH (${variable}:${label} {id: ${idVariable}}) RETURN ${variable}`);
  return `CALL { ${branches.join(' UNION ')} }`;
}

export function callFindEntityById(idVariable: string, variable: string): string {
  return callFindById(idVariable, variable, ENTITY_LABELS);
}
