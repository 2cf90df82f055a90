/** What the client selected under the field being resolved, for fields that can fetch more in one statement. */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selectsIn(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  if (!selectionSet) return false;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case 'Field':
        if (selection.name.value === name) return true;
        break;
      case 'InlineFragment':
        if (selectsIn(selection.selectionSet, name, info, seen)) return true;
        break;
      case 'FragmentSpread': {
        const fragmentName = selection.name.value;
        if (seen.has(fragmentName)) break;
        seen.add(fragmentName);
        if (selectsIn(info.fragments[fragmentName]?.selectionSet, name, info, seen)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * True when the field being resolved has `name` among its direct subfields (through fragments too).
 * `@skip`/`@include` are not evaluated: a skipped field counts as selected, which costs work, never a wrong answer.
 */
export function selectsSubfield(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, name, info, seen));
}

/** The selection sets of the fields called `name` directly under `selectionSets`, through fragments. */
function subfieldSelections(selectionSets: readonly SelectionSetNode[], name: string, info: GraphQLResolveInfo): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name && selection.selectionSet) found.push(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return found;
}

/**
 * Which of `candidates` the client selected at `path` below the field being resolved, e.g. which of a
 * meeting's relations it asked for at `edges.node` of a meeting connection. Like `selectsSubfield`,
 * `@skip`/`@include` are not evaluated.
 */
export function subfieldsSelectedAt<N extends string>(info: GraphQLResolveInfo, path: readonly string[], candidates: readonly N[]): N[] {
  let selectionSets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) selectionSets = subfieldSelections(selectionSets, name, info);
  return candidates.filter((candidate) => selectionSets.some((selectionSet) => selectsIn(selectionSet, candidate, info, new Set())));
}
