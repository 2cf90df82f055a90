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
