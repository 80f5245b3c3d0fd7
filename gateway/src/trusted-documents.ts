import { existsSync, readFileSync } from 'node:fs';
import type { Caller, TokenVerifier } from '@qinshang/auth';
import { ConfigError, z } from '@qinshang/config';
import { ErrorCode } from '@qinshang/errors';
import { CONSOLE_MANIFEST, type GatewayConfig } from './config';

/** GraphQL Code Generator's client preset manifest: sha256 hash → document. */
const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'keys must be sha256 hashes (hex)'), z.string().min(1));

export interface TrustedDocumentsPolicy {
  /** The manifest's path, when one is in use. */
  manifestPath?: string;
  documents: Map<string, string>;
  /** Who may send a document that is not in the manifest. */
  mayRunArbitrary: (caller: Caller) => boolean;
}

export function loadManifest(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`PERSISTED_DOCUMENTS_PATH: ${path} cannot be read as JSON (${(error as Error).message})`]);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `PERSISTED_DOCUMENTS_PATH: ${path}: ${issue.path.join('.') || '(root)'} ${issue.message}`));
  }
  return new Map(Object.entries(parsed.data));
}

/**
 * The trusted-documents policy from the config: the manifest (PERSISTED_DOCUMENTS_PATH, or the
 * console's build output when present) and who may send other documents: everyone by default,
 * only the roles and clients named in ARBITRARY_DOCUMENTS_ROLES / _CLIENTS by default in production.
 */
export function trustedDocumentsPolicy(config: GatewayConfig): TrustedDocumentsPolicy {
  const manifestPath = config.PERSISTED_DOCUMENTS_PATH ?? (existsSync(CONSOLE_MANIFEST) ? CONSOLE_MANIFEST : undefined);
  const documents = manifestPath ? loadManifest(manifestPath) : new Map<string, string>();
  const mode = config.ARBITRARY_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'named' : 'everyone');
  const roles = new Set<string>(config.ARBITRARY_DOCUMENTS_ROLES);
  const clients = new Set<string>(config.ARBITRARY_DOCUMENTS_CLIENTS);
  return {
    manifestPath,
    documents,
    mayRunArbitrary: (caller) => mode === 'everyone' || roles.has(caller.role) || clients.has(caller.sub),
  };
}

const refusal = (message: string, code: ErrorCode, status: number, field?: string) => ({
  message,
  extensions: { code, ...(field ? { field } : {}), http: { status } },
});

/** The runtime's `persistedDocuments` option for the policy; undefined when there is nothing to enforce. */
export function persistedDocumentsOption(policy: TrustedDocumentsPolicy, verify: TokenVerifier) {
  const everyone = policy.mayRunArbitrary({ sub: '', role: '' as never });
  if (!policy.documents.size && everyone) return undefined;
  return {
    getPersistedOperation: (hash: string) => policy.documents.get(hash) ?? null,
    // The guard has verified the token already; this only reads who the caller is.
    allowArbitraryDocuments: async (request: Request) => {
      if (everyone) return true;
      const caller = await verify(request.headers.get('authorization')).catch(() => null);
      return caller ? policy.mayRunArbitrary(caller) : false;
    },
    customErrors: {
      notFound: refusal('This document is not one of the trusted documents', ErrorCode.BAD_USER_INPUT, 400, 'extensions.persistedQuery.sha256Hash'),
      keyNotFound: refusal('Send a query, or the sha256Hash of a trusted document in extensions.persistedQuery', ErrorCode.BAD_USER_INPUT, 400, 'query'),
      persistedQueryOnly: refusal('Only trusted documents (extensions.persistedQuery.sha256Hash) may be sent with this token', ErrorCode.FORBIDDEN, 403),
    },
  };
}
