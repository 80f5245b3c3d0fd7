import { enterSystemScope } from '@qinshang/database';
import { loadCheckpoint, readEvents, saveCheckpoint } from '@qinshang/eventlog';
import type { Client, PoolClient } from 'pg';
import { applyReferenceEvents, REFERENCE_EVENTS } from '../../projections/references';
import { calendarOf, resolutionDueFor, responseDueFor, type LedgerRules } from '../../ledger/clock';
import { executePlan } from './executor';
import { planIssueHistory } from './plan';

export const HISTORY_FROM = '2016-06';
export const HISTORY_TO = '2017-06';
const REFERENCES_CONSUMER = 'issues.references';

export interface IssueHistoryResult {
  skipped: boolean;
  problems: number;
  steps: number;
  referencesApplied: number;
}

/**
 * The ledger's generated first year, once: nothing happens if a generated problem exists. First
 * brings the ledger's reference projection (rules, enterprises and their officials, departments)
 * up to date with the log, moving its checkpoint in the same transaction so the running service
 * does not apply them again; then plans the year and plays it through the ledger.
 */
export async function seedIssueHistory(client: Client, options: { cityCode: string; firstDay: string; officials?: number; from?: string; to?: string; seed?: string }): Promise<IssueHistoryResult> {
  const { rows: existing } = await client.query('SELECT 1 FROM issues.issue WHERE generated LIMIT 1');
  if (existing.length) return { skipped: true, problems: 0, steps: 0, referencesApplied: 0 };
  await enterSystemScope(client, { actor: 'system:history' });
  const referencesApplied = await catchUpReferences(client);

  const { rows: enterprises } = await client.query<{ enterpriseId: string; districtId: string; officialId: string }>(
    `SELECT enterprise_id AS "enterpriseId", district_id AS "districtId", official_id AS "officialId"
       FROM issues.enterprise_ref WHERE official_id IS NOT NULL ORDER BY enterprise_id`,
  );
  const { rows: units } = await client.query<{ id: string; districtId: string | null }>(
    `SELECT department_id AS id, district_id AS "districtId" FROM issues.department_ref ORDER BY department_id`,
  );
  const { rows: rules } = await client.query<{ version: number; body: Omit<LedgerRules, 'calendar' | 'version'> }>(
    `SELECT version, body FROM issues.rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [options.from ?? HISTORY_FROM],
  );
  if (!rules.length || !enterprises.length) throw new Error('The issues history needs the campaign rules, enterprises and pairings in the log: run the city and districts seeds first');
  const deadline = (category: string) => rules[0].body.deadlines[category] ?? rules[0].body.deadlines.OTHER;
  // The plan times its steps by the ledger's own clocks: the rules' unit on the working calendar.
  const ledgerRules: LedgerRules = { ...rules[0].body, version: rules[0].version, calendar: await calendarOf({ query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows } as Parameters<typeof calendarOf>[0]) };
  const clocks = {
    responseDue: (category: string, from: number) => responseDueFor(ledgerRules, category, new Date(from)).getTime(),
    resolutionDue: (category: string, from: number) => resolutionDueFor(ledgerRules, category, new Date(from)).getTime(),
    isWorkingDay: (day: string) => ledgerRules.calendar.isWorkingDay(day),
  };

  const departments = new Map<string, string[]>();
  for (const unit of units) if (unit.districtId) departments.set(unit.districtId, [...(departments.get(unit.districtId) ?? []), unit.id]);
  const plan = planIssueHistory({
    enterprises,
    departments,
    cityBureaus: units.filter((unit) => unit.districtId === null).map((unit) => unit.id),
    resolutionDays: (category) => deadline(category).resolutionDays,
    responseHours: (category) => deadline(category).responseHours,
    clocks,
    from: options.from ?? HISTORY_FROM,
    to: options.to ?? HISTORY_TO,
    firstDay: options.firstDay,
    officials: options.officials ?? new Set(enterprises.map((e) => e.officialId)).size,
    seed: options.seed,
  });
  // The kept counts per tenant (issues.district_stats) are counted once after the year instead of
  // at every step: the year is played in one transaction, where a row updated at every step keeps
  // every version of itself until the commit and each update walks them all (quadratic: the 1×
  // year in about a minute, the 10× one not within half an hour, PostgreSQL busy on those rows).
  await client.query('ALTER TABLE issues.issue DISABLE TRIGGER issue_stats_insert, DISABLE TRIGGER issue_stats_update');
  const result = await executePlan(client, plan, { cityCode: options.cityCode, departmentDistricts: new Map(units.map((u) => [u.id, u.districtId])), seed: options.seed });
  await client.query('ALTER TABLE issues.issue ENABLE TRIGGER issue_stats_insert, ENABLE TRIGGER issue_stats_update');
  await client.query('SELECT issues.recount_district_stats($1)', [[...new Set(enterprises.map((e) => e.districtId))]]);

  // Mark the rows, and give them the times of their events rather than the seed's.
  await client.query(
    `UPDATE issues.issue i SET generated = true, updated_at = e.last
       FROM (SELECT stream_id::uuid AS id, max(occurred_at) AS last FROM eventlog.event
              WHERE stream_type = 'issue' AND stream_id = ANY($1) GROUP BY stream_id) e
      WHERE i.id = e.id`,
    [result.issueIds],
  );
  await client.query(
    `UPDATE issues.extension_request x SET requested_at = e.occurred_at
       FROM eventlog.event e
      WHERE e.type = 'issue.extension_requested' AND e.stream_id = ANY($1) AND (e.payload->>'extensionRequestId')::uuid = x.id`,
    [result.issueIds],
  );
  await client.query(
    `UPDATE issues.milestone m SET created_at = e.first
       FROM (SELECT stream_id::uuid AS id, min(occurred_at) AS first FROM eventlog.event
              WHERE type = 'issue.assigned' AND stream_id = ANY($1) GROUP BY stream_id) e
      WHERE m.issue_id = e.id`,
    [result.issueIds],
  );
  return { skipped: false, problems: result.problems, steps: result.steps, referencesApplied };
}

/** Applies the reference events the projection has not seen, and moves its checkpoint with them. */
async function catchUpReferences(client: Client): Promise<number> {
  let position = (await loadCheckpoint(client, REFERENCES_CONSUMER, { lock: 'wait' })) ?? '0';
  let applied = 0;
  for (;;) {
    const events = await readEvents(client, { after: position, limit: 5000, types: REFERENCE_EVENTS });
    if (!events.length) break;
    await applyReferenceEvents(client as unknown as PoolClient, events);
    position = events[events.length - 1].position;
    applied += events.length;
  }
  await saveCheckpoint(client, REFERENCES_CONSUMER, position);
  return applied;
}
