import type {
  CalendarPublished,
  CampaignRulesPublished,
  DeductionRecorded,
  DistrictRegistered,
  EnterpriseRecorded,
  EventType,
  InspectionRecorded,
  IssueTransition,
  MonthlyReportSubmitted,
  OfficialRecorded,
  PairingEnded,
  PairingStarted,
  StoredEvent,
  VisitExcused,
  VisitRecorded,
} from '@qinshang/eventlog';
import { periodOf } from '../common/period';
import { rows, type SqlRunner } from '../common/sql';
import type { WorkingCalendar } from '@qinshang/calendar';
import { clocksFor, loadCalendar, loadRulesVersions, pickRules, type Rules } from '../rules/rules';

/** The consumer's name: its checkpoint's key in `eventlog.checkpoint`. */
export const CONSUMER_NAME = 'evaluation';

const ISSUE_TYPES = [
  'issue.raised',
  'issue.resolved_on_spot',
  'issue.assigned',
  'issue.returned',
  'issue.accepted',
  'issue.responded',
  'issue.milestone_added',
  'issue.milestone_done',
  'issue.extension_requested',
  'issue.extension_approved',
  'issue.extension_refused',
  'issue.resolved',
  'issue.unsolvable',
  'issue.closed',
  'issue.reopened',
  'issue.escalated',
  'issue.escalation_decided',
  'issue.reminded',
  'issue.deadlines_moved',
] as const satisfies readonly EventType[];

/** Every event type the projections read; the others never reach the consumer. */
export const CONSUMED_TYPES: readonly EventType[] = [
  'campaign.rules_published',
  'calendar.published',
  'district.registered',
  'enterprise.added',
  'official.added',
  'pairing.started',
  'pairing.ended',
  'visit.recorded',
  'visit.excused',
  'report.submitted',
  ...ISSUE_TYPES,
  'inspection.recorded',
  'deduction.recorded',
];

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
  'pairing',
  'official',
  'tenant',
  'rules_version',
  'calendar',
] as const;

interface IssueRow {
  issue_id: string;
  district_id: string;
  official_id: string | null;
  ledger_no: string;
  category: string;
  status: string;
  raised_at: string;
  response_due_at: string;
  responded_at: string | null;
  due_at: string;
  resolved_at: string | null;
  unsolvable_at: string | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** True when a return's reason says nothing (empty or only white space, full-width included). */
export function isBlankReason(reason: string | null | undefined): boolean {
  return !reason || reason.replace(/[\s\u3000]/g, '') === '';
}

/**
 * Applies a batch of events to the projections, inside the caller's transaction (the consumer's,
 * or a rebuild's). Set-based: the batch is folded in memory, then written with one statement per
 * table. The result depends only on the events and their order, never on where a batch starts,
 * so a rebuild in different batches gives exactly what was maintained incrementally.
 */
export async function applyEvents(client: SqlRunner, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rulesRows: { position: string; campaign_id: string; version: number; effective_from: string; rules: Rules }[] = [];
  const tenants = new Map<string, { district_id: string; name: string | null; kind: string | null; first_period: string }>();
  const officials = new Map<string, { official_id: string; district_id: string; name: string; added_period: string }>();
  const pairings = new Map<string, { pairing_id: string; district_id: string; official_id: string; enterprise_id: string; started_on: string; ended_on: string | null }>();
  const pairingEnds: { pairing_id: string; ended_on: string }[] = [];
  const visits = new Map<string, { district_id: string; official_id: string; period: string; visits: number }>();
  const excuses = new Map<string, { district_id: string; official_id: string; enterprise_id: string; period: string; reason: string }>();
  const reports = new Map<string, { district_id: string; official_id: string; enterprise_id: string; period: string; submitted_at: string; late: boolean }>();
  const closures: object[] = [];
  const escalations: object[] = [];
  const returns: object[] = [];
  const inspections: InspectionRow[] = [];
  const findings: FindingRow[] = [];
  const deductions: DeductionRow[] = [];

  const issueIds = [...new Set(events.filter((e) => ISSUE_TYPE_SET.has(e.type)).map((e) => (e.payload as IssueTransition).issueId))];
  const issues = new Map<string, IssueRow>();
  let rulesVersions: { position: string; rules: Rules }[] | null = null;
  let calendar: WorkingCalendar | null = null;
  if (issueIds.length) {
    for (const row of await rows<IssueRow>(
      client,
      `SELECT issue_id, district_id, official_id, ledger_no, category, status, raised_at, response_due_at, responded_at, due_at, resolved_at, unsolvable_at
         FROM evaluation.issue WHERE issue_id = ANY($1)`,
      [issueIds],
    )) {
      issues.set(row.issue_id, normaliseIssue(row));
    }
    rulesVersions = await loadRulesVersions(client);
    calendar = await loadCalendar(client);
  }

  const registerTenant = (districtId: string | null | undefined, at: Date, extra: { name?: string; kind?: string } = {}) => {
    if (!districtId) return;
    const period = periodOf(at);
    const current = tenants.get(districtId);
    tenants.set(districtId, {
      district_id: districtId,
      name: extra.name ?? current?.name ?? null,
      kind: extra.kind ?? current?.kind ?? null,
      first_period: current && current.first_period < period ? current.first_period : period,
    });
  };

  for (const event of events) {
    switch (event.type) {
      case 'campaign.rules_published': {
        const rules = event.payload as CampaignRulesPublished;
        rulesRows.push({ position: event.position, campaign_id: rules.campaignId, version: rules.version, effective_from: rules.effectiveFrom, rules });
        rulesVersions?.push({ position: event.position, rules });
        break;
      }
      case 'calendar.published': {
        const p = event.payload as CalendarPublished;
        await client.query('INSERT INTO evaluation.calendar (version, body) VALUES ($1, $2) ON CONFLICT (version) DO UPDATE SET body = EXCLUDED.body', [p.version, JSON.stringify(p)]);
        if (calendar) calendar = await loadCalendar(client);
        break;
      }
      case 'district.registered': {
        const p = event.payload as DistrictRegistered;
        registerTenant(p.districtId, event.occurredAt, { name: p.name, kind: p.kind });
        break;
      }
      case 'enterprise.added':
        registerTenant((event.payload as EnterpriseRecorded).districtId, event.occurredAt);
        break;
      case 'official.added': {
        const p = event.payload as OfficialRecorded;
        registerTenant(p.districtId, event.occurredAt);
        if (!officials.has(p.officialId)) {
          officials.set(p.officialId, { official_id: p.officialId, district_id: p.districtId, name: p.name, added_period: periodOf(event.occurredAt) });
        }
        break;
      }
      case 'pairing.started': {
        const p = event.payload as PairingStarted;
        pairings.set(p.pairingId, {
          pairing_id: p.pairingId,
          district_id: p.districtId,
          official_id: p.officialId,
          enterprise_id: p.enterpriseId,
          started_on: p.startedOn.slice(0, 10),
          ended_on: null,
        });
        break;
      }
      case 'pairing.ended': {
        const p = event.payload as PairingEnded;
        const started = pairings.get(p.pairingId);
        if (started) started.ended_on = p.endedOn.slice(0, 10);
        else pairingEnds.push({ pairing_id: p.pairingId, ended_on: p.endedOn.slice(0, 10) });
        break;
      }
      case 'visit.recorded': {
        const p = event.payload as VisitRecorded;
        const period = p.period ?? p.visitedOn.slice(0, 7);
        const key = `${period}|${p.officialId}`;
        const current = visits.get(key) ?? { district_id: p.districtId, official_id: p.officialId, period, visits: 0 };
        current.visits++;
        visits.set(key, current);
        break;
      }
      case 'visit.excused': {
        const p = event.payload as VisitExcused;
        const key = `${p.period}|${p.officialId}|${p.enterpriseId}`;
        if (!excuses.has(key)) excuses.set(key, { district_id: p.districtId, official_id: p.officialId, enterprise_id: p.enterpriseId, period: p.period, reason: p.reason });
        break;
      }
      case 'report.submitted': {
        // The first report of a month for an enterprise counts; a later resubmission does not move it.
        const p = event.payload as MonthlyReportSubmitted;
        const key = `${p.period}|${p.officialId}|${p.enterpriseId}`;
        if (!reports.has(key)) {
          reports.set(key, { district_id: p.districtId, official_id: p.officialId, enterprise_id: p.enterpriseId, period: p.period, submitted_at: iso(p.submittedAt), late: Boolean(p.late) });
        }
        break;
      }
      case 'inspection.recorded': {
        const rowsOf = inspectionRows(event.payload as InspectionRecorded, event.actor, event.occurredAt);
        inspections.push(rowsOf.inspection);
        findings.push(...rowsOf.findings);
        break;
      }
      case 'deduction.recorded':
        deductions.push(deductionRow(event.payload as DeductionRecorded));
        break;
      default:
        if (ISSUE_TYPE_SET.has(event.type)) {
          applyIssueEvent(event as StoredEvent<'issue.raised'>, issues, rulesVersions ?? [], calendar!, { closures, escalations, returns });
        }
    }
  }

  // Children after the rows they refer to; counters add to what is there.
  if (rulesRows.length) {
    await client.query(
      `INSERT INTO evaluation.rules_version (position, campaign_id, version, effective_from, rules)
       SELECT r.position, r.campaign_id, r.version, r.effective_from, r.rules
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, campaign_id text, version int, effective_from text, rules jsonb)
       ON CONFLICT (position) DO NOTHING`,
      [JSON.stringify(rulesRows)],
    );
  }
  if (tenants.size) {
    await client.query(
      `INSERT INTO evaluation.tenant (district_id, name, kind, first_period)
       SELECT r.district_id, r.name, r.kind, r.first_period
         FROM jsonb_to_recordset($1::jsonb) AS r(district_id text, name text, kind text, first_period text)
       ON CONFLICT (district_id) DO UPDATE SET
         name = coalesce(excluded.name, tenant.name),
         kind = coalesce(excluded.kind, tenant.kind),
         first_period = least(tenant.first_period, excluded.first_period)`,
      [JSON.stringify([...tenants.values()])],
    );
  }
  if (officials.size) {
    await client.query(
      `INSERT INTO evaluation.official (official_id, district_id, name, added_period)
       SELECT r.official_id, r.district_id, r.name, r.added_period
         FROM jsonb_to_recordset($1::jsonb) AS r(official_id text, district_id text, name text, added_period text)
       ON CONFLICT (official_id) DO NOTHING`,
      [JSON.stringify([...officials.values()])],
    );
  }
  if (pairings.size) {
    await client.query(
      `INSERT INTO evaluation.pairing (pairing_id, district_id, official_id, enterprise_id, started_on, ended_on)
       SELECT r.pairing_id, r.district_id, r.official_id, r.enterprise_id, r.started_on, r.ended_on
         FROM jsonb_to_recordset($1::jsonb) AS r(pairing_id text, district_id text, official_id text, enterprise_id text, started_on date, ended_on date)
       ON CONFLICT (pairing_id) DO UPDATE SET ended_on = coalesce(excluded.ended_on, pairing.ended_on)`,
      [JSON.stringify([...pairings.values()])],
    );
  }
  if (pairingEnds.length) {
    await client.query(
      `UPDATE evaluation.pairing p SET ended_on = r.ended_on
         FROM jsonb_to_recordset($1::jsonb) AS r(pairing_id text, ended_on date)
        WHERE p.pairing_id = r.pairing_id`,
      [JSON.stringify(pairingEnds)],
    );
  }
  if (visits.size) {
    await client.query(
      `INSERT INTO evaluation.official_month (district_id, official_id, period, visits)
       SELECT r.district_id, r.official_id, r.period, r.visits
         FROM jsonb_to_recordset($1::jsonb) AS r(district_id text, official_id text, period text, visits int)
       ON CONFLICT (period, official_id) DO UPDATE SET visits = official_month.visits + excluded.visits`,
      [JSON.stringify([...visits.values()])],
    );
  }
  if (excuses.size) {
    await client.query(
      `INSERT INTO evaluation.excuse (district_id, official_id, enterprise_id, period, reason)
       SELECT r.district_id, r.official_id, r.enterprise_id, r.period, r.reason
         FROM jsonb_to_recordset($1::jsonb) AS r(district_id text, official_id text, enterprise_id text, period text, reason text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify([...excuses.values()])],
    );
  }
  if (reports.size) {
    await client.query(
      `INSERT INTO evaluation.report (district_id, official_id, enterprise_id, period, submitted_at, late)
       SELECT r.district_id, r.official_id, r.enterprise_id, r.period, r.submitted_at, r.late
         FROM jsonb_to_recordset($1::jsonb) AS r(district_id text, official_id text, enterprise_id text, period text, submitted_at timestamptz, late boolean)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify([...reports.values()])],
    );
  }
  if (issues.size) {
    await client.query(
      `INSERT INTO evaluation.issue (issue_id, district_id, official_id, ledger_no, category, status, raised_at, response_due_at, responded_at, due_at, resolved_at, unsolvable_at)
       SELECT r.issue_id, r.district_id, r.official_id, r.ledger_no, r.category, r.status, r.raised_at, r.response_due_at, r.responded_at, r.due_at, r.resolved_at, r.unsolvable_at
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, district_id text, official_id text, ledger_no text, category text, status text,
              raised_at timestamptz, response_due_at timestamptz, responded_at timestamptz, due_at timestamptz, resolved_at timestamptz, unsolvable_at timestamptz)
       ON CONFLICT (issue_id) DO UPDATE SET
         district_id = excluded.district_id, official_id = excluded.official_id, ledger_no = excluded.ledger_no, category = excluded.category,
         status = excluded.status, raised_at = excluded.raised_at, response_due_at = excluded.response_due_at, responded_at = excluded.responded_at,
         due_at = excluded.due_at, resolved_at = excluded.resolved_at, unsolvable_at = excluded.unsolvable_at`,
      [JSON.stringify([...issues.values()])],
    );
  }
  if (closures.length) {
    await client.query(
      `INSERT INTO evaluation.closure (position, issue_id, district_id, official_id, period, satisfaction)
       SELECT r.position, r.issue_id, r.district_id, r.official_id, r.period, r.satisfaction
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, issue_id text, district_id text, official_id text, period text, satisfaction text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(closures)],
    );
  }
  if (escalations.length) {
    await client.query(
      `INSERT INTO evaluation.escalation (position, issue_id, district_id, official_id, period, level)
       SELECT r.position, r.issue_id, r.district_id, r.official_id, r.period, r.level
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, issue_id text, district_id text, official_id text, period text, level text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(escalations)],
    );
  }
  if (returns.length) {
    await client.query(
      `INSERT INTO evaluation.issue_return (position, issue_id, district_id, official_id, ledger_no, reason, without_reason, occurred_at)
       SELECT r.position, r.issue_id, r.district_id, r.official_id, r.ledger_no, r.reason, r.without_reason, r.occurred_at
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, issue_id text, district_id text, official_id text, ledger_no text, reason text,
              without_reason boolean, occurred_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(returns)],
    );
  }
  await writeInspections(client, inspections, findings, deductions);
}

function normaliseIssue(row: IssueRow): IssueRow {
  const t = (v: string | Date | null) => (v === null ? null : iso(v));
  return {
    ...row,
    raised_at: iso(row.raised_at),
    response_due_at: iso(row.response_due_at),
    responded_at: t(row.responded_at),
    due_at: iso(row.due_at),
    resolved_at: t(row.resolved_at),
    unsolvable_at: t(row.unsolvable_at),
  };
}

function applyIssueEvent(
  event: StoredEvent<'issue.raised'>,
  issues: Map<string, IssueRow>,
  rulesVersions: { position: string; rules: Rules }[],
  calendar: WorkingCalendar,
  out: { closures: object[]; escalations: object[]; returns: object[] },
): void {
  const p = event.payload as IssueTransition;
  let row = issues.get(p.issueId);
  if (!row) {
    // The clocks the rules give, from the rules known at this point of the log; the ledger's own
    // clocks (responseDueAt, dueAt on the payload) replace them as soon as an event carries them.
    const raisedAt = new Date(p.raisedAt ?? event.occurredAt);
    const clocks = clocksFor(pickRules(rulesVersions, periodOf(raisedAt)), p.category, raisedAt, calendar);
    row = {
      issue_id: p.issueId,
      district_id: p.districtId,
      official_id: p.officialId ?? null,
      ledger_no: p.ledgerNo,
      category: p.category,
      status: p.status,
      raised_at: raisedAt.toISOString(),
      response_due_at: clocks.responseDueAt.toISOString(),
      responded_at: null,
      due_at: clocks.dueAt.toISOString(),
      resolved_at: null,
      unsolvable_at: null,
    };
    issues.set(p.issueId, row);
  }
  row.district_id = p.districtId ?? row.district_id;
  row.official_id = p.officialId ?? row.official_id;
  row.ledger_no = p.ledgerNo ?? row.ledger_no;
  row.category = p.category ?? row.category;
  row.status = p.status ?? row.status;
  if (p.responseDueAt) row.response_due_at = iso(p.responseDueAt);
  if (p.dueAt) row.due_at = iso(p.dueAt);
  if (p.respondedAt && !row.responded_at) row.responded_at = iso(p.respondedAt);
  const base = { position: event.position, issue_id: p.issueId, district_id: row.district_id, official_id: row.official_id };
  switch (event.type as string) {
    case 'issue.resolved':
    case 'issue.resolved_on_spot':
      row.resolved_at = iso(p.resolvedAt ?? event.occurredAt);
      break;
    case 'issue.reopened':
      // The enterprise was not satisfied: the problem is not solved until it is resolved again.
      // Its DISSATISFIED verdict on the resolution is a rating like a closure's (满意度 counts it).
      row.resolved_at = null;
      if (p.satisfaction === 'DISSATISFIED') out.closures.push({ ...base, period: periodOf(event.occurredAt), satisfaction: 'DISSATISFIED' });
      break;
    case 'issue.unsolvable':
      row.unsolvable_at ??= iso(event.occurredAt);
      break;
    case 'issue.closed':
      out.closures.push({ ...base, period: periodOf(event.occurredAt), satisfaction: p.satisfaction ?? null });
      break;
    case 'issue.escalated':
      out.escalations.push({ ...base, period: periodOf(event.occurredAt), level: p.level ?? null });
      break;
    case 'issue.returned':
      out.returns.push({ ...base, ledger_no: row.ledger_no, reason: p.reason ?? null, without_reason: isBlankReason(p.reason), occurred_at: iso(event.occurredAt) });
      break;
  }
}

// ---- inspections: written by the consumer and, at once, by the mutation that records one ----

export interface InspectionRow {
  inspection_id: string;
  district_id: string;
  kind: string;
  inspected_on: string;
  period: string;
  official_ids: string[];
  public_criticism: InspectionRecorded['publicCriticism'] | null;
  recorded_by: string;
  recorded_at: string;
}

export interface FindingRow {
  finding_id: string;
  inspection_id: string;
  district_id: string;
  ordinal: number;
  summary: string;
  official_id: string | null;
  event_position: string | null;
}

export interface DeductionRow {
  deduction_id: string;
  inspection_id: string;
  finding_id: string;
  district_id: string;
  official_id: string | null;
  points: number;
  reason: string;
  period: string;
}

export function inspectionRows(p: InspectionRecorded, actor: string, recordedAt: Date): { inspection: InspectionRow; findings: FindingRow[] } {
  return {
    inspection: {
      inspection_id: p.inspectionId,
      district_id: p.districtId,
      kind: p.kind,
      inspected_on: p.inspectedOn.slice(0, 10),
      period: p.period ?? p.inspectedOn.slice(0, 7),
      official_ids: p.officialIds,
      public_criticism: p.publicCriticism ?? null,
      recorded_by: actor,
      recorded_at: iso(recordedAt),
    },
    findings: p.findings.map((f, ordinal) => ({
      finding_id: f.findingId,
      inspection_id: p.inspectionId,
      district_id: p.districtId,
      ordinal,
      summary: f.summary,
      official_id: f.officialId,
      event_position: f.eventPosition,
    })),
  };
}

export function deductionRow(p: DeductionRecorded): DeductionRow {
  return {
    deduction_id: p.deductionId,
    inspection_id: p.inspectionId,
    finding_id: p.findingId,
    district_id: p.districtId,
    official_id: p.officialId,
    points: p.points,
    reason: p.reason,
    period: p.period,
  };
}

export async function writeInspections(client: SqlRunner, inspections: InspectionRow[], findings: FindingRow[], deductions: DeductionRow[]): Promise<void> {
  if (inspections.length) {
    await client.query(
      `INSERT INTO evaluation.inspection (inspection_id, district_id, kind, inspected_on, period, official_ids, public_criticism, recorded_by, recorded_at)
       SELECT r.inspection_id, r.district_id, r.kind, r.inspected_on, r.period, ARRAY(SELECT jsonb_array_elements_text(r.official_ids)),
              r.public_criticism, r.recorded_by, r.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS r(inspection_id text, district_id text, kind text, inspected_on date, period text,
              official_ids jsonb, public_criticism jsonb, recorded_by text, recorded_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(inspections)],
    );
  }
  if (findings.length) {
    await client.query(
      `INSERT INTO evaluation.finding (finding_id, inspection_id, district_id, ordinal, summary, official_id, event_position)
       SELECT r.finding_id, r.inspection_id, r.district_id, r.ordinal, r.summary, r.official_id, r.event_position
         FROM jsonb_to_recordset($1::jsonb) AS r(finding_id text, inspection_id text, district_id text, ordinal int, summary text, official_id text, event_position bigint)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(findings)],
    );
  }
  if (deductions.length) {
    await client.query(
      `INSERT INTO evaluation.deduction (deduction_id, inspection_id, finding_id, district_id, official_id, points, reason, period)
       SELECT r.deduction_id, r.inspection_id, r.finding_id, r.district_id, r.official_id, r.points, r.reason, r.period
         FROM jsonb_to_recordset($1::jsonb) AS r(deduction_id text, inspection_id text, finding_id text, district_id text, official_id text,
              points numeric, reason text, period text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(deductions)],
    );
  }
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
