import type { Caller } from '@qinshang/auth';
import { Role } from '@qinshang/auth';
import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/**
 * What a cached answer is shared by: everything in the token that can change what a subgraph
 * answers (the role and every scope claim), never the token itself. `tenant` is the one tenant
 * the scope is bound to (its entries drop on that tenant's events); null for scopes that reach
 * across tenants (the city office, the inspector, a department, which may serve any tenant), whose
 * entries drop on every tenant's events.
 */
export interface CacheScope {
  key: string;
  tenant: string | null;
}

/** Roles whose reach is one tenant (the one in `districtId`). */
const TENANT_ROLES: ReadonlySet<Role> = new Set([Role.DISTRICT_ADMIN, Role.OFFICIAL, Role.ENTERPRISE]);

/**
 * The scope of a verified caller. `perAccount`: the operation reads something answered for the
 * account itself (`me`, the inbox, ...), so the account's id is part of the key.
 */
export function scopeOf(caller: Caller, perAccount: boolean): CacheScope {
  const tenant = TENANT_ROLES.has(caller.role) ? (caller.districtId ?? null) : null;
  const parts = [
    caller.role,
    `d=${caller.districtId ?? ''}`,
    `o=${caller.officialId ?? ''}`,
    `p=${caller.departmentId ?? ''}`,
    `e=${caller.enterpriseId ?? ''}`,
  ];
  if (perAccount) parts.push(`a=${caller.sub}`);
  // JSON, so no claim value can forge another scope's key by containing the separator.
  return { key: JSON.stringify(parts), tenant };
}

/** Subgraphs whose answers depend on the account (`sub`), not only on the role and its scope. */
export const PER_ACCOUNT_GRAPHS: ReadonlySet<string> = new Set(['IDENTITY', 'NOTIFICATIONS']);

/**
 * The fields of the supergraph only a per-account subgraph resolves: those whose
 * `@join__field(graph:)` name only such subgraphs, and the fields without `@join__field` of a
 * type only such subgraphs define.
 */
export function perAccountFields(schema: GraphQLSchema, graphs: ReadonlySet<string> = PER_ACCOUNT_GRAPHS): Set<string> {
  const coordinates = new Set<string>();
  const graphsOf = (node: { directives?: ReadonlyArray<import('graphql').ConstDirectiveNode> } | null | undefined, directive: string) =>
    (node?.directives ?? [])
      .filter((d) => d.name.value === directive)
      .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value)
      .map((value) => (value && value.kind === Kind.ENUM ? value.value : null))
      .filter((value): value is string => value !== null);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const typeNodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
    const typeGraphs = typeNodes.flatMap((node) => graphsOf(node, 'join__type'));
    for (const field of Object.values(type.getFields())) {
      const fieldGraphs = graphsOf(field.astNode, 'join__field');
      const resolvedBy = fieldGraphs.length ? fieldGraphs : typeGraphs;
      // Only fields no other subgraph answers: a value type every subgraph shares (PageInfo) or
      // an entity's key is the same whoever resolves it.
      if (resolvedBy.length && resolvedBy.every((graph) => graphs.has(graph))) coordinates.add(`${type.name}.${field.name}`);
    }
  }
  return coordinates;
}

/** Whether a document reads any of the given fields (fragments included), memoised per document. */
export function createPerAccountCheck(schema: GraphQLSchema, coordinates: Set<string>) {
  const seen = new WeakMap<DocumentNode, boolean>();
  return (document: DocumentNode): boolean => {
    const known = seen.get(document);
    if (known !== undefined) return known;
    let found = false;
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (!parent) return;
          if (coordinates.has(`${getNamedType(parent).name}.${node.name.value}`)) found = true;
        },
      }),
    );
    seen.set(document, found);
    return found;
  };
}
