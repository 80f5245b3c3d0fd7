import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@envelop/response-cache';
import type { Caller } from '@qinshang/auth';
import { getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import stableStringify from 'fast-json-stable-stringify';
import { callerOf } from '../auth';
import type { ScopeGenerations } from './generations';
import { createPerAccountCheck, perAccountFields, scopeOf } from './scope';

export interface ResponseCacheOptions {
  generations: ScopeGenerations;
  /** False while the invalidation is not listening: nothing is found or stored meanwhile. */
  online: () => boolean;
  /** The supergraph (its join directives say which subgraph resolves each field). */
  supergraph: GraphQLSchema;
  ttlMs: number;
  maxEntries: number;
  /** `extensions.responseCache` (hit, didCache, ttl) for requests that ask (METADATA_HEADER: 1). */
  metadata: boolean;
}

const SCOPE = Symbol('qinshang.cacheScope');
/** With RESPONSE_CACHE_METADATA, a request sending this header (value 1) is told how it was answered. */
export const METADATA_HEADER = 'x-response-cache-metadata';
type ScopedContext = { [SCOPE]?: { session: string; tenant: string | null } };

/**
 * The per-scope response cache: `@envelop/response-cache` (the plugin Hive Gateway's own
 * `responseCaching` wraps) with our key and our invalidation, and in-flight sharing on a miss.
 *
 * - Only queries: a mutation keeps the caller's own token and, once done, bumps the generations
 *   of the caller's tenant (every scope, for a caller across tenants), so a write through this
 *   gateway is seen by the next read at once; the event log does the same for every other writer
 *   within a second. Subscriptions never come here.
 * - The key is the scope (role and scope claims) with its generation, never the token; an
 *   operation reading anything answered for the account itself is not cached at all; the token was verified before (useVerifiedCaller runs first and
 *   stops a forged or expired token before this plugin is asked).
 * - On a miss, queries of one key share one execution (so one set of subgraph requests), whatever
 *   their tokens: the subgraphs answer by the claims, which the key holds entirely.
 * - The plugin's own entity invalidation is not used (`invalidateViaMutation: false`): it only
 *   sees what passes through this gateway's mutation results, not the event log's other writers.
 */
export function useScopedResponseCache(options: ResponseCacheOptions) {
  const { generations } = options;
  const touchesAccount = createPerAccountCheck(options.supergraph, perAccountFields(options.supergraph));
  const inFlight = new Map<string, Promise<unknown>>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const documentId = (document: DocumentNode) => {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = ++nextDocumentId));
    return id;
  };

  const scoping = {
    onExecute({ args, setExecuteFn, executeFn }: { args: ExecutionArgs; setExecuteFn: (fn: typeof executeFn) => void; executeFn: (args: ExecutionArgs) => unknown }) {
      const caller = callerOf(args.contextValue);
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (!caller) return;
      if (operation === 'mutation') {
        return { onExecuteDone: () => mutated(caller) };
      }
      if (operation !== 'query' || !options.online()) return;
      // What is answered for the account itself (`me`, the inbox, accounts, webhooks) is never
      // cached: the notifier writes an inbox row after the event that caused it, so no event-log
      // invalidation could drop a stale answer in order, and nobody shares it anyway.
      if (touchesAccount(args.document)) return;
      const scope = scopeOf(caller, false);
      const session = `${scope.key}@${generations.stamp(scope.tenant)}`;
      (args.contextValue as ScopedContext)[SCOPE] = { session, tenant: scope.tenant };
      setExecuteFn((executionArgs: ExecutionArgs) => {
        const key = `${session}|${documentId(executionArgs.document)}|${executionArgs.operationName ?? ''}|${stableStringify(executionArgs.variableValues ?? {})}`;
        let shared = inFlight.get(key);
        if (!shared) {
          shared = Promise.resolve(executeFn(executionArgs)).finally(() => inFlight.delete(key));
          inFlight.set(key, shared);
        }
        // Each caller gets its own result object: later plugins set fields on it.
        return shared.then((result) => (result && typeof result === 'object' && !(Symbol.asyncIterator in result) ? { ...result } : result));
      });
    },
  };

  const mutated = (caller: Caller) => {
    if (caller.districtId && scopeOf(caller, false).tenant) generations.tenantChanged(caller.districtId);
    else generations.everythingChanged();
  };

  const cache = useResponseCache<ScopedContext>({
    cache: createInMemoryCache({ max: options.maxEntries }),
    ttl: options.ttlMs,
    enabled: (context) => context[SCOPE] !== undefined,
    session: (context) => context[SCOPE]?.session ?? null,
    buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) =>
      createHash('sha256').update(`${sessionId}\n${operationName ?? ''}\n${stableStringify(variableValues ?? {})}\n${documentString}`).digest('base64url'),
    // Answers with errors are not kept (a timeout must not outlive itself), and without a warning each.
    shouldCacheResult: ({ result }) => !result.errors?.length,
    invalidateViaMutation: false,
    // Entities are not collected by id: no invalidation uses them, and an added `id` could cost a fetch.
    idFields: [],
    includeExtensionMetadata: options.metadata,
  });
  // Answers carry the metadata only when the request asked for it: others are byte for byte what
  // they would be without the cache.
  const quiet = {
    onExecute({ args }: { args: ExecutionArgs }) {
      const request = (args.contextValue as { request?: { headers: { get(name: string): string | null } } }).request;
      if (!options.metadata || request?.headers.get(METADATA_HEADER) === '1') return;
      return {
        onExecuteDone({ result, setResult }: { result: unknown; setResult: (result: unknown) => void }) {
          const extensions = (result as { extensions?: Record<string, unknown> } | null)?.extensions;
          if (!extensions || !('responseCache' in extensions)) return;
          const { responseCache: _told, ...rest } = extensions;
          setResult({ ...(result as object), extensions: Object.keys(rest).length ? rest : undefined });
        },
      };
    },
  };
  return [scoping, cache, quiet];
}
