import { Role, type Caller } from '@qinshang/auth';
import type { IssueTransition, StoredEvent } from '@qinshang/eventlog';
import { BadUserInputError } from '@qinshang/errors';

export const FEED_EVENT = 'issue.escalated' as const;

export type FeedLevel = 'DISTRICT' | 'CITY';

export interface FeedArgs {
  level?: FeedLevel | null;
  districtId?: string | null;
}

/**
 * Which escalations a subscriber receives, decided from the event alone (cheap enough to run
 * for every subscriber on every event). The event's data is then read once per process and
 * checked against the subscriber's scope by the same rules row-level security applies (see
 * feed-snapshot.ts), so this is the first of two gates, never the only one.
 *
 * `level` is the lowest level wanted: CITY = city-level escalations only; DISTRICT = both levels.
 * Without it, the city's roles (CITY_ADMIN, INSPECTOR) get CITY, every other role DISTRICT.
 *
 * - CITY_ADMIN, INSPECTOR: every tenant (narrowed by `districtId` if given);
 * - DISTRICT_ADMIN: its own tenant;
 * - OFFICIAL: its tenant, problems whose official (the pairing when raised) is the caller;
 * - ENTERPRISE: its tenant, its own problems;
 * - DEPARTMENT: problems assigned to it (its tenant is its record's, checked against the problem
 *   when the escalation is read: feed-snapshot.ts).
 * A `districtId` outside the caller's reach is not an error: it simply matches nothing, as a
 * tenant the caller cannot see looks exactly like one without escalations.
 */
export function feedFilter(caller: Caller, args: FeedArgs): (event: StoredEvent) => boolean {
  const minLevel: FeedLevel = args.level ?? (caller.role === Role.CITY_ADMIN || caller.role === Role.INSPECTOR ? 'CITY' : 'DISTRICT');
  if (args.districtId !== undefined && args.districtId !== null && !args.districtId.trim()) {
    throw new BadUserInputError('districtId', 'districtId may not be empty');
  }
  const district = args.districtId ?? null;
  const inScope = scopeOf(caller);
  return (event) => {
    if (event.type !== FEED_EVENT) return false;
    const payload = event.payload as IssueTransition;
    if (minLevel === 'CITY' && payload.level !== 'CITY') return false;
    if (district !== null && event.districtId !== district) return false;
    return inScope(event.districtId, payload);
  };
}

function scopeOf(caller: Caller): (districtId: string | null, payload: IssueTransition) => boolean {
  switch (caller.role) {
    case Role.CITY_ADMIN:
    case Role.INSPECTOR:
      return () => true;
    case Role.DISTRICT_ADMIN:
      return (districtId) => districtId === caller.districtId;
    case Role.OFFICIAL:
      return (districtId, payload) => districtId === caller.districtId && payload.officialId === caller.officialId;
    case Role.ENTERPRISE:
      return (districtId, payload) => districtId === caller.districtId && payload.enterpriseId === caller.enterpriseId;
    case Role.DEPARTMENT:
      return (_districtId, payload) => Boolean(caller.departmentId) && payload.departmentId === caller.departmentId;
    default:
      return () => false;
  }
}
