import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { ErrorCode } from '@qinshang/errors';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

/**
 * The largest page a subgraph serves (`shared/subgraph` pagination): a larger `first` is refused
 * there, naming the argument, so the cost counts a page size from a variable at most this.
 */
export const PAGE_SIZE_CAP = 200;

/** The refusal every limit answers with: the query is the caller's input at fault. */
export function limitError(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query', limit } });
}

const found = (error: GraphQLError) => Math.ceil(Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? NaN));

/**
 * GraphQL Armor's rules, configured from the gateway's config. Each counts with fragments
 * expanded (a fragment spread twice counts twice) but visits each fragment once, so a document
 * whose fragments double at every level costs linear time to measure, not exponential. Armor
 * throws a bare "Syntax Error"; here each refusal is reported as BAD_USER_INPUT on `query`.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const report = (message: (n: number) => string, limit: number) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(message(found(error)), limit))],
  });
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...report((n) => `The operation is ${n} levels deep; the limit is ${limits.maxDepth}`, limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...report((n) => `The operation uses ${n} aliases; the limit is ${limits.maxAliases}`, limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report((n) => `The operation uses ${n} directives; the limit is ${limits.maxDirectives}`, limits.maxDirectives) }),
    costLimitRule({ maxCost: limits.maxCost, flattenFragments: true, ...report((n) => `The operation would cost ${n}; the limit is ${limits.maxCost}`, limits.maxCost) }),
  ] as ValidationRule[];
}

/**
 * The parser with Armor's token limit: it stops at the first token over the limit, so neither a
 * huge document nor one nested thousands of levels deep is ever parsed (deep nesting would
 * otherwise overflow the parser's stack). Any syntax error is the caller's: BAD_USER_INPUT.
 */
export function limitedParse(maxTokens: number) {
  return (source: string | Source, options?: Record<string, unknown>): DocumentNode => {
    try {
      return new MaxTokensParserWLexer(source, { ...options, n: maxTokens }).parseDocument();
    } catch (error) {
      if (error instanceof GraphQLError && /Token limit/.test(error.message)) {
        throw limitError(`The operation has more than ${maxTokens} tokens; the limit is ${maxTokens}`, maxTokens);
      }
      if (error instanceof RangeError) throw limitError('The operation is nested too deeply to read', maxTokens);
      if (error instanceof GraphQLError) {
        throw new GraphQLError(error.message, { source: error.source, positions: error.positions, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query' } });
      }
      throw error;
    }
  };
}

/**
 * Armor's cost rule sees page sizes only as literals (`first: 200`); one passed in a variable
 * (`first: $n`) would count as 1. Once the variables are known, the cost is measured again with
 * those page sizes written in. Undefined when within the limit.
 */
export function costWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): GraphQLError | undefined {
  let substituted = false;
  const patched = visit(document, {
    Argument(node) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables?.[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      substituted = true;
      return { ...node, value: { kind: Kind.INT, value: String(Math.min(Math.max(value, 1), PAGE_SIZE_CAP)) } };
    },
  });
  if (!substituted) return undefined;
  const [error] = validate(schema, patched, [limitRules(limits)[3]]);
  return error;
}

/**
 * costWithVariables, measured once per document and page sizes: the page sizes a document takes
 * from variables are found once per document, and the cost of each combination is kept (a few
 * per document), so a repeated operation is not validated again on every request.
 */
export function createCostCheck(limits: OperationLimits) {
  const pageVariables = new WeakMap<DocumentNode, string[]>();
  const measured = new WeakMap<DocumentNode, Map<string, GraphQLError | undefined>>();
  return (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | undefined => {
    let names = pageVariables.get(document);
    if (!names) {
      const found = new Set<string>();
      visit(document, {
        Argument(node) {
          if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
        },
      });
      pageVariables.set(document, (names = [...found]));
    }
    if (!names.length) return undefined;
    const key = names.map((name) => (typeof variables?.[name] === 'number' ? Math.min(Math.max(variables[name] as number, 1), PAGE_SIZE_CAP) : '-')).join(',');
    let costs = measured.get(document);
    if (!costs) measured.set(document, (costs = new Map()));
    if (costs.has(key)) return costs.get(key);
    const error = costWithVariables(schema, document, variables, limits);
    if (costs.size >= 64) costs.clear();
    costs.set(key, error);
    return error;
  };
}

/** The Envelop plugin: parse with the token limit, validate with the other limits. */
export function useOperationLimits(limits: OperationLimits) {
  const parse = limitedParse(limits.maxTokens);
  const rules = limitRules(limits);
  const cost = createCostCheck(limits);
  return {
    onParse({ setParseFn }: { setParseFn: (fn: typeof parse) => void }) {
      setParseFn(parse);
    },
    onValidate({ addValidationRule }: { addValidationRule: (rule: ValidationRule) => void }) {
      for (const rule of rules) addValidationRule(rule);
      // A document that does not validate is the caller's input at fault: the contract's code.
      // (Validation errors reach the client without passing the error mask.)
      return ({ valid, result }: { valid: boolean; result: readonly Error[] }) => {
        if (valid) return;
        for (const error of result) {
          if (!(error instanceof GraphQLError)) continue;
          const extensions = error.extensions as Record<string, unknown>;
          extensions.code = ErrorCode.BAD_USER_INPUT;
          extensions.field ??= 'query';
        }
      };
    },
    onExecute({ args, setResultAndStopExecution }: { args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: Record<string, unknown> | null }; setResultAndStopExecution: (result: never) => void }) {
      const error = cost(args.schema, args.document, args.variableValues ?? undefined);
      if (error) setResultAndStopExecution({ errors: [withStatus(error)] } as never);
    },
  };
}

/** A request error found before execution: 400 (the GraphQL-over-HTTP spec's "request error"). */
export function withStatus(error: GraphQLError, status = 400): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status } } });
}
