import { ErrorCode } from '@qinshang/errors';
import { getOperationAST, Kind, type DocumentNode, type ExecutionResult } from 'graphql';

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

/**
 * The upstream's token no longer holds (it was valid when the upstream opened, so it expired or
 * was revoked). The planner runtime may send the error with the previous event's data again (see
 * subscription-errors.ts), so the data is not looked at.
 */
export function isExpiry(result: ExecutionResult): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === ErrorCode.UNAUTHENTICATED));
}

/** The cursor of a result at the root field `responseKey`, if it has one. */
export function cursorOf(result: ExecutionResult, responseKey: string): string | null {
  const root = (result.data as Record<string, { cursor?: unknown } | null> | null | undefined)?.[responseKey];
  return typeof root?.cursor === 'string' ? root.cursor : null;
}
