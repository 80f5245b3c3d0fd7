import { ISSUE_TRANSITION_TYPES, type EventType, type IssueTransition, type StoredEvent } from '@qinshang/eventlog';
import type { PoolClient } from 'pg';

export const ASSIGNMENT_CONSUMER = 'districts.issue_assignment';

/** Every ledger transition: each carries the problem's department after it. */
export const ISSUE_EVENTS: EventType[] = [...ISSUE_TRANSITION_TYPES];

/**
 * Keeps `districts.issue_assignment` (which department each problem is with, and which
 * enterprise and tenant it concerns) from the issues subgraph's events, so that a department
 * sees here exactly the enterprises and tenants of the problems assigned to it (row-level
 * security, 1764500000000). A row only moves forward (the problem's version), so a replay is harmless.
 */
export async function applyAssignmentEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  const latest = new Map<string, IssueTransition>();
  for (const event of events) {
    const payload = event.payload as IssueTransition;
    const seen = latest.get(payload.issueId);
    if (!seen || seen.version < payload.version) latest.set(payload.issueId, payload);
  }
  if (!latest.size) return;
  const rows = [...latest.values()];
  await client.query(
    `INSERT INTO districts.issue_assignment (issue_id, district_id, enterprise_id, department_id, version)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT (issue_id) DO UPDATE
        SET district_id = EXCLUDED.district_id, enterprise_id = EXCLUDED.enterprise_id,
            department_id = EXCLUDED.department_id, version = EXCLUDED.version
      WHERE districts.issue_assignment.version < EXCLUDED.version`,
    [
      rows.map((r) => r.issueId),
      rows.map((r) => r.districtId),
      rows.map((r) => r.enterpriseId),
      rows.map((r) => r.departmentId ?? null),
      rows.map((r) => r.version),
    ],
  );
}
