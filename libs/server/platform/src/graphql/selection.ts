import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for a direct child field of this field (through inline
 * fragments too), so a resolver can start work it will need early, e.g. a total count in
 * parallel with the page. Named fragments count as asking, to be safe.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment ? inSet(fragment.selectionSet) : true;
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
