import type { IssueTransition, StoredEvent } from '@qinshang/eventlog';
import { NotificationKind } from './kinds';

/**
 * Who is meant, by role and the record the account acts for; by name only within a department,
 * whose staff accounts hear of the problems that name them the responsible person.
 */
export type Audience =
  | { role: 'DEPARTMENT'; departmentId: string; responsiblePerson: string | null }
  | { role: 'DISTRICT_ADMIN'; districtId: string }
  | { role: 'CITY_ADMIN' }
  | { role: 'OFFICIAL'; districtId: string; officialId: string }
  | { role: 'ENTERPRISE'; districtId: string; enterpriseId: string };

export interface Route {
  kind: NotificationKind;
  audiences: Audience[];
}

/** What the notifier remembers of a problem between its events (notifications.issue_ref). */
export interface IssueState {
  status: string;
  level: string | null;
  departmentId: string | null;
  officialId: string | null;
  responsiblePerson?: string | null;
}

const WORKING = new Set(['ASSIGNED', 'ACCEPTED', 'IN_PROGRESS']);

/**
 * What one ledger event tells whom (issue 13): a pure function of the event and the problem's
 * state before it, so a replay routes the same way. Every audience is the problem's own tenant,
 * department, official or enterprise, so a recipient is told only what its role may read.
 */
export function routesFor(event: StoredEvent, before: IssueState | null): Route[] {
  const p = event.payload as IssueTransition;
  const district = p.districtId;
  const department = p.departmentId ?? before?.departmentId ?? null;
  // Named with the department that works it (a new assignment names its own person).
  const person = p.departmentId ? (p.responsiblePerson ?? null) : (p.responsiblePerson ?? before?.responsiblePerson ?? null);
  const official = p.officialId ?? before?.officialId ?? null;
  const office: Audience = { role: 'DISTRICT_ADMIN', districtId: district };
  const leadingGroup = (level: string | null | undefined): Audience => (level === 'CITY' ? { role: 'CITY_ADMIN' } : office);
  const officialOf = (): Audience[] => (official ? [{ role: 'OFFICIAL', districtId: district, officialId: official }] : []);
  const enterpriseOf = (): Audience => ({ role: 'ENTERPRISE', districtId: district, enterpriseId: p.enterpriseId });
  const departmentOf = (): Audience[] => (department ? [{ role: 'DEPARTMENT', departmentId: department, responsiblePerson: person }] : []);

  switch (event.type) {
    case 'issue.assigned':
      return [{ kind: NotificationKind.ASSIGNED, audiences: departmentOf() }];
    case 'issue.returned':
      return [{ kind: NotificationKind.RETURNED, audiences: [office] }];
    case 'issue.reminded': {
      // Whoever holds the stage now: the department working it, the leading group deciding it, else the office.
      const holders = WORKING.has(p.status) ? departmentOf() : p.status === 'ESCALATED' ? [leadingGroup(p.level ?? before?.level)] : [office, ...officialOf()];
      return [{ kind: NotificationKind.REMINDER, audiences: holders }];
    }
    case 'issue.escalated':
      return [{ kind: NotificationKind.ESCALATED, audiences: [leadingGroup(p.level)] }];
    case 'issue.escalation_decided': {
      // The office below the deciding group: the district office for the city's, the official for the district's.
      const deciding = p.level ?? before?.level ?? 'DISTRICT';
      const routes: Route[] = [{ kind: NotificationKind.DECIDED, audiences: deciding === 'CITY' ? [office] : officialOf() }];
      if (p.outcome === 'ASSIGN' && p.departmentId) routes.push({ kind: NotificationKind.ASSIGNED, audiences: departmentOf() });
      if (p.outcome === 'RESOLVED') routes.push({ kind: NotificationKind.AWAITING_CONFIRMATION, audiences: [enterpriseOf()] });
      return routes;
    }
    case 'issue.resolved':
    case 'issue.resolved_on_spot':
      return [{ kind: NotificationKind.AWAITING_CONFIRMATION, audiences: [enterpriseOf()] }];
    default:
      return [];
  }
}

/**
 * Events written as history (generated or imported, backdated by more than an hour) are news to
 * no one: they shape the projections but notify nobody.
 */
export function isHistory(event: StoredEvent): boolean {
  return event.recordedAt.getTime() - event.occurredAt.getTime() > 3_600_000;
}
