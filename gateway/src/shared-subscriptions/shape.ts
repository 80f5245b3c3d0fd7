import { getOperationAST, Kind, type DocumentNode } from 'graphql';

/** What the sharing needs to know of a subscription document. */
export interface SubscriptionShape {
  /** The root field's response key (its alias, else its name): where each result's `cursor` is. */
  responseKey: string;
  /** The variable the root field's `after` argument takes, if it takes one: how a group resumes. */
  afterVariable: string | null;
}

const shapes = new WeakMap<DocumentNode, SubscriptionShape | null>();

/**
 * The shape of a subscription with one root field selected directly (no fragment, no directive
 * at the root), memoised per document; null for anything else (not shared).
 */
export function shapeOf(document: DocumentNode, operationName: string | null | undefined): SubscriptionShape | null {
  if (!operationName && shapes.has(document)) return shapes.get(document)!;
  const operation = getOperationAST(document, operationName);
  let shape: SubscriptionShape | null = null;
  const selections = operation?.operation === 'subscription' ? operation.selectionSet.selections : [];
  const [root] = selections;
  if (selections.length === 1 && root.kind === Kind.FIELD && !root.directives?.length) {
    const after = root.arguments?.find((argument) => argument.name.value === 'after');
    shape = {
      responseKey: root.alias?.value ?? root.name.value,
      afterVariable: after?.value.kind === Kind.VARIABLE ? after.value.name.value : null,
    };
    // A literal `after` is a replay of the subscriber's own.
    if (after && after.value.kind !== Kind.VARIABLE && after.value.kind !== Kind.NULL) shape = null;
  }
  if (!operationName) shapes.set(document, shape);
  return shape;
}
