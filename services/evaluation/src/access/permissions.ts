import { canSeeTenant, permissions, Role, ROLES, seesEveryTenant, type Caller } from '@qinshang/auth';

/*
 * Who may do what in the evaluation subgraph: one table, checked by the services (`assertCan`)
 * before anything is read or written for the action. Row-level security confines every
 * statement to the caller's tenant underneath.
 */

const CITY_WIDE = [Role.CITY_ADMIN, Role.INSPECTOR] as const;
const READERS = [...CITY_WIDE, Role.DISTRICT_ADMIN] as const;
const refused = (what: string) => `Your role may not ${what}`;

export const evaluationPermissions = permissions({
  RECORD_INSPECTION: { roles: CITY_WIDE, refused: refused('record an inspection') },
  READ_INSPECTIONS: { roles: READERS, refused: refused('read inspections') },
  /** 简报: the city's bulletin, or a district office's own tenant's (the tenant is checked by the query). */
  READ_BULLETIN: {
    roles: READERS,
    refused: refused('read the bulletin'),
    rule: (caller: Caller, scope: { districtId: string | null }) =>
      scope.districtId === null ? (seesEveryTenant(caller) ? null : 'A district office reads its own tenant\'s bulletin') : canSeeTenant(caller, scope.districtId) ? null : "Another tenant's bulletin is not yours to see",
  },
  READ_SUGGESTED_FINDINGS: { roles: READERS, refused: refused('read suggested findings') },
  READ_COMMENDATION_CANDIDATES: { roles: CITY_WIDE, refused: refused('read commendation candidates') },
  CONFIRM_COMMENDATIONS: { roles: [Role.CITY_ADMIN], refused: refused('confirm commendations') },
  PUBLISH_PERIOD: { roles: [Role.CITY_ADMIN], refused: refused('publish a month') },
  REBUILD_PROJECTIONS: { roles: [Role.CITY_ADMIN], refused: refused('rebuild the projections') },
  /** A tenant's line of a ranking (resource: `{ districtId }`); refused means left out, not an error. */
  READ_RANKING: {
    roles: ROLES,
    refused: refused('read rankings'),
    rule: (caller: Caller, line: { districtId: string }) => (canSeeTenant(caller, line.districtId) ? null : "Another tenant's ranking is not yours to see"),
  },
  /** An official's scorecard (resource: `{ officialId }`); refused means left out, not an error. */
  READ_SCORECARD: {
    roles: [...READERS, Role.OFFICIAL],
    refused: refused('read scorecards'),
    rule: (caller: Caller, card: { officialId: string }) =>
      caller.role === Role.OFFICIAL && caller.officialId !== card.officialId ? 'An official sees its own scorecard only' : null,
  },
});

export type EvaluationAction = keyof typeof evaluationPermissions.table;
export const assertCan = evaluationPermissions.assertCan;
export const can = evaluationPermissions.can;
