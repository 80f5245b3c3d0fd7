import { ErrorCode } from '@qinshang/errors';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Operation limits, checked before a query is planned: a depth a legitimate client never needs,
 * and a cap on aliases (the cheap way to multiply a costly field).
 */
export function operationLimitRules(limits: { maxDepth: number; maxAliases: number }) {
  const depthRule = (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else {
          const name = selection.name.value;
          if (seen.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`The operation is ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              nodes: [node],
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query', limit: limits.maxDepth },
            }),
          );
        }
      },
    };
  };

  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              new GraphQLError(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}`, {
                extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query', limit: limits.maxAliases },
              }),
            );
          }
        },
      },
    };
  };

  return [depthRule, aliasRule];
}
