import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * True when the field being resolved selects one of `names` directly under it, or under the
 * fields named by `path` (e.g. `['edges', 'node']` for the nodes of a connection), also
 * through inline fragments and fragment spreads (`@skip`/`@include` are not evaluated, so a
 * skipped field counts as selected). Lets a resolver fetch what its children will ask for in
 * the same query, and leave out what they will not.
 */
export function selectsField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  names: readonly string[],
  path: readonly string[] = [],
): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    sets = sets.flatMap((set) =>
      fieldsIn(set, info.fragments).flatMap((field) =>
        field.name.value === step && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return sets.some((set) =>
    fieldsIn(set, info.fragments).some((field) => names.includes(field.name.value)),
  );
}

/** The fields of a selection set, with those of its inline fragments and fragment spreads. */
function fieldsIn(
  set: SelectionSetNode,
  fragments: GraphQLResolveInfo['fragments'],
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsIn(selection.selectionSet, fragments, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsIn(fragment.selectionSet, fragments, seen) : [];
  });
}
