import { ErrorCode } from '@qinshang/errors';
import {
  GraphQLError,
  Kind,
  coerceInputValue,
  isInputType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const MAX_ERRORS = 20;

function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } } });
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * The variables' values checked against their declared types before anything is planned, each
 * bad one answered BAD_USER_INPUT naming it (`input.category`, `first`): the planner's own check
 * throws errors without a code, which the mask would hide as INTERNAL_SERVER_ERROR.
 */
export function variableErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError[] {
  const operation = operationOf(document, operationName);
  if (!operation) {
    return [
      badInput(
        operationName
          ? `The document has no operation named "${operationName}"`
          : 'The document has several operations: name the one to run in operationName',
        'operationName',
      ),
    ];
  }
  const errors: GraphQLError[] = [];
  const values = variables ?? {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never);
    if (!type || !isInputType(type)) continue; // validation has already refused it
    const present = Object.prototype.hasOwnProperty.call(values, name);
    if (!present || values[name] === null) {
      if (isNonNullType(type) && !definition.defaultValue) errors.push(badInput(`Variable "$${name}" of type "${String(type)}" is required`, name));
      continue;
    }
    coerceInputValue(values[name], type, (path, _invalid, error) => {
      if (errors.length < MAX_ERRORS) {
        const field = [name, ...path].map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');
        errors.push(badInput(`Variable "$${name}" has an invalid value${path.length ? ` at "${field}"` : ''}: ${error.message}`, field));
      }
    });
    if (errors.length >= MAX_ERRORS) break;
  }
  return errors;
}

type ExecuteArgs = { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null };

/** The Envelop plugin: runs the check at execution and at subscription. */
export function useVariableErrors() {
  const check = ({ args, setResultAndStopExecution }: { args: ExecuteArgs; setResultAndStopExecution: (result: never) => void }) => {
    const errors = variableErrors(args.schema, args.document, args.operationName, args.variableValues);
    if (errors.length) setResultAndStopExecution({ errors } as never);
  };
  return { onExecute: check, onSubscribe: check };
}
