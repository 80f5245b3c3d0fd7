import type { ApolloServerPlugin } from '@apollo/server';
import { BadUserInputError } from '@qinshang/errors';
import { GraphQLError, Kind, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';

/**
 * Text no field of the platform may hold: a NUL (PostgreSQL cannot store it in text) or a lone
 * UTF-16 surrogate (not a character: it cannot be encoded as UTF-8, so it cannot be stored, sent
 * on or compared). Anything else is the service's to judge.
 */
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badTextReason(value: string): string | null {
  const match = FORBIDDEN.exec(value);
  if (!match) return null;
  return match[0] === '\u0000' ? 'may not contain a NUL character' : 'is not valid Unicode text (a lone surrogate)';
}

/**
 * Every string an operation passes in, with the argument path it reaches a resolver by
 * (`input.title`, `filter.districtId`, `representations.0.id`): literals in the document and the
 * variables they stand for. Variables no argument uses are checked under their own name.
 */
export function* inputStrings(document: DocumentNode, variables: Record<string, unknown> | undefined): Generator<[string, string]> {
  const used = new Set<string>();
  function* fromValue(node: ValueNode, path: string): Generator<[string, string]> {
    switch (node.kind) {
      case Kind.STRING:
      case Kind.ENUM:
        yield [path, node.value];
        break;
      case Kind.LIST:
        for (const [index, item] of node.values.entries()) yield* fromValue(item, `${path}.${index}`);
        break;
      case Kind.OBJECT:
        for (const field of node.fields) {
          yield [`${path}.${field.name.value}`, field.name.value];
          yield* fromValue(field.value, `${path}.${field.name.value}`);
        }
        break;
      case Kind.VARIABLE:
        used.add(node.name.value);
        if (variables && node.name.value in variables) yield* fromJson(variables[node.name.value], path);
        break;
      default:
        break;
    }
  }
  function* fromArguments(args: readonly ArgumentNode[] | undefined): Generator<[string, string]> {
    for (const arg of args ?? []) yield* fromValue(arg.value, arg.name.value);
  }
  const stack: unknown[] = [...document.definitions];
  while (stack.length) {
    const node = stack.pop() as { kind: Kind; arguments?: readonly ArgumentNode[]; directives?: readonly { arguments?: readonly ArgumentNode[] }[]; selectionSet?: { selections: readonly unknown[] } };
    if (node.kind === Kind.FIELD) yield* fromArguments(node.arguments);
    for (const directive of node.directives ?? []) yield* fromArguments(directive.arguments);
    if (node.kind === Kind.OPERATION_DEFINITION) {
      for (const definition of (node as unknown as { variableDefinitions?: readonly { defaultValue?: ValueNode; variable: { name: { value: string } } }[] }).variableDefinitions ?? []) {
        if (definition.defaultValue) yield* fromValue(definition.defaultValue, definition.variable.name.value);
      }
    }
    if (node.selectionSet) stack.push(...node.selectionSet.selections);
  }
  for (const [name, value] of Object.entries(variables ?? {})) if (!used.has(name)) yield* fromJson(value, name);
}

function* fromJson(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* fromJson(item, `${path}.${index}`);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [`${path}.${key}`, key];
      yield* fromJson(item, `${path}.${key}`);
    }
  }
}

/** The first string of the operation no field may hold, as the error to answer, or null. */
export function checkInputText(document: DocumentNode, variables: Record<string, unknown> | undefined): BadUserInputError | null {
  for (const [path, text] of inputStrings(document, variables)) {
    const reason = badTextReason(text);
    if (reason) return new BadUserInputError(path, `${path} ${reason}`);
  }
  return null;
}

/**
 * Refuses, before anything is resolved or read, an operation passing a NUL or a lone surrogate
 * in any string, id, enum or key, with BAD_USER_INPUT naming the argument path: the one input
 * check every field of every subgraph gets, rather than one per field. (HTTP 200: it is an
 * answer about the operation's input, which the gateway passes on as it is.)
 */
export function inputGuardPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const refusal = checkInputText(document, request.variables as Record<string, unknown> | undefined);
          if (!refusal) return;
          throw new GraphQLError(refusal.message, { extensions: { ...refusal.details, code: refusal.code, http: { status: 200 } } });
        },
      };
    },
  };
}
