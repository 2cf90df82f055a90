/**
 * Cypher fragments that find nodes by id. Ids say nothing reliable about labels (meeting and article
 * ids are hashes), and a label-less `MATCH (n {id: …})` scans every node, so a lookup tries each
 * label in turn: each branch is a seek on that label's uniqueness constraint.
 */
import { ENTITY_LABELS, GRAPH_LABELS } from '../domain/graph-model.ts';

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
