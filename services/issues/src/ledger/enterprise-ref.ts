import type { Caller } from '@qinshang/auth';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Enterprise } from './types';
import { enterpriseVisibleTo } from './visibility';

/** An enterprise as this service knows it from the log (`issues.enterprise_ref` and `issues.district_ref`). */
export interface EnterpriseRefRow {
  enterprise_id: string;
  district_id: string;
  name: string;
  official_id: string | null;
  district_name: string | null;
}

/** The enterprises whose ids are in the text array `ids` (an SQL parameter or expression). */
export function enterpriseRefSql(ids: string): string {
  return `
  SELECT r.enterprise_id, r.district_id, r.name, r.official_id, d.name AS district_name
    FROM issues.enterprise_ref r LEFT JOIN issues.district_ref d ON d.district_id = r.district_id
   WHERE r.enterprise_id = ANY(${ids}::text[])`;
}

/** The one statement behind the per-request loader, the feed's shared read and a raise's read. */
export const ENTERPRISE_REF_SQL = enterpriseRefSql('$1');

/**
 * `Issue.enterprise` with the name and tenant this subgraph `@provides`, for this caller: what
 * the districts subgraph would give it (see enterpriseVisibleTo), or only the id when the
 * enterprise is not the caller's to see (its name then resolves to null, as a missing entity's).
 */
export function enterpriseFor(caller: Caller, id: string, ref: EnterpriseRefRow | null | undefined): Enterprise {
  if (!ref || !enterpriseVisibleTo(caller, ref)) return { id, resolved: true };
  return { id, name: ref.name, district: { id: ref.district_id, name: ref.district_name ?? undefined }, resolved: true };
}

/** True when the query asks an enterprise for more than its key (otherwise nothing need be read). */
export function selectsBeyondKey(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => beyondKey(node.selectionSet));
}

function beyondKey(selectionSet: SelectionSetNode | undefined): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value !== 'id' && selection.name.value !== '__typename';
    if (selection.kind === 'InlineFragment') return beyondKey(selection.selectionSet);
    return true; // a named fragment: do not look further, just read
  });
}
