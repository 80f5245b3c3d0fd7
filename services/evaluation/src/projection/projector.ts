import type { EventType, IssueTransition, StoredEvent } from '@qinshang/eventlog';
import { rows, type SqlRunner } from '../common/sql';
import { loadCalendar, loadRulesVersions } from '../rules/rules';
import { Batch, type Fold, type IssueRow } from './batch';
import { inspectionFold, writeInspections } from './folds/inspection.fold';
import { ISSUE_TYPES, issueFold, normaliseIssue } from './folds/issue.fold';
import { organisationFold } from './folds/organisation.fold';
import { calendarFold } from './folds/calendar.fold';
import { rulesFold } from './folds/rules.fold';
import { workFold } from './folds/work.fold';
import { PAIRING_ENDS_SQL, TABLES, upsert } from './upsert';

/** The consumer's name: its checkpoint's key in `eventlog.checkpoint`. */
export const CONSUMER_NAME = 'evaluation';

/** One fold per stream. */
const FOLDS: readonly Fold[] = [rulesFold, calendarFold, organisationFold, workFold, issueFold, inspectionFold];
const FOLD_OF = new Map<string, Fold>(FOLDS.flatMap((fold) => fold.types.map((type) => [type, fold] as const)));

/** Every event type the projections read; the others never reach the consumer. */
export const CONSUMED_TYPES: readonly EventType[] = FOLDS.flatMap((fold) => fold.types as readonly EventType[]);

const ISSUE_TYPE_SET = new Set<string>(ISSUE_TYPES);

/** The projection tables a rebuild clears (children before parents). */
export const PROJECTION_TABLES = [
  'deduction',
  'finding',
  'inspection',
  'issue_return',
  'escalation',
  'closure',
  'issue',
  'report',
  'excuse',
  'official_month',
  'enterprise_month',
  'pairing',
  'official',
  'tenant',
  'rules_version',
  'calendar',
] as const;

/**
 * Applies a batch of events to the projections, inside the caller's transaction (the consumer's,
 * or a rebuild's). Set-based: the batch is folded in memory (one fold per stream), then written
 * with one statement per table (`TABLES`). The result depends only on the events and their order,
 * never on where a batch starts, so a rebuild in different batches gives exactly what was
 * maintained incrementally.
 */
export async function applyEvents(client: SqlRunner, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const issueIds = [...new Set(events.filter((e) => ISSUE_TYPE_SET.has(e.type)).map((e) => (e.payload as IssueTransition).issueId))];
  const issues = new Map<string, IssueRow>();
  let rulesVersions: Batch['rulesVersions'] = null;
  if (issueIds.length) {
    for (const row of await rows<IssueRow>(
      client,
      `SELECT issue_id, district_id, official_id, ledger_no, category, status, raised_at, response_due_at, responded_at, due_at, resolved_at, unsolvable_at, enterprise_id, problem_class, path
         FROM evaluation.issue WHERE issue_id = ANY($1)`,
      [issueIds],
    )) {
      issues.set(row.issue_id, normaliseIssue(row));
    }
    rulesVersions = await loadRulesVersions(client);
  }
  // The folds are synchronous: the calendar in force is read before them (a `calendar.published`
  // in the batch replaces it from there on).
  const calendar = await loadCalendar(client);
  const batch = new Batch(issues, rulesVersions, calendar);
  for (const event of events) FOLD_OF.get(event.type)?.apply(event, batch);

  // Children after the rows they refer to; counters add to what is there.
  await upsert(client, TABLES.rules_version, batch.rules);
  await upsert(client, TABLES.calendar, batch.calendars);
  await upsert(client, TABLES.tenant, [...batch.tenants.values()]);
  await upsert(client, TABLES.official, [...batch.officials.values()]);
  await upsert(client, TABLES.pairing, [...batch.pairings.values()]);
  if (batch.pairingEnds.length) await client.query(PAIRING_ENDS_SQL, [JSON.stringify(batch.pairingEnds)]);
  await upsert(client, TABLES.official_month, [...batch.visits.values()]);
  await upsert(client, TABLES.enterprise_month, [...batch.enterpriseVisits.values()]);
  await upsert(client, TABLES.excuse, [...batch.excuses.values()]);
  await upsert(client, TABLES.report, [...batch.reports.values()]);
  await upsert(client, TABLES.issue, [...batch.issues.values()]);
  await upsert(client, TABLES.closure, batch.closures);
  await upsert(client, TABLES.escalation, batch.escalations);
  await upsert(client, TABLES.issue_return, batch.returns);
  await writeInspections(client, batch.inspections, batch.findings, batch.deductions);
}

/** Position of the last event of a consumed type, and the consumer's checkpoint: caught up when equal. */
export async function consumerLag(client: SqlRunner): Promise<{ checkpoint: string; head: string }> {
  const [row] = await rows<{ checkpoint: string; head: string }>(
    client,
    `SELECT coalesce((SELECT position FROM eventlog.checkpoint WHERE consumer = $1), 0)::text AS checkpoint,
            coalesce((SELECT max(m) FROM unnest($2::text[]) t(type), LATERAL (SELECT max(position) AS m FROM eventlog.event e WHERE e.type = t.type) x), 0)::text AS head`,
    [CONSUMER_NAME, CONSUMED_TYPES],
  );
  return row;
}
