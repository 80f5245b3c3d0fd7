import type { SqlRunner } from '../common/sql';

/**
 * One projection table's write: the rows a batch folded, sent as one JSON parameter and written
 * with one `INSERT ... SELECT FROM jsonb_to_recordset` statement. The table of these (`TABLES`)
 * replaces a hand-written statement per table.
 */
export interface Upsert {
  table: string;
  /** Column name and SQL type, in the table's order. */
  columns: ReadonlyArray<readonly [string, string]>;
  /** What a row already there does: `DO NOTHING`, or `(key) DO UPDATE SET ...`. */
  onConflict: string;
  /** A column's value when it is not the record's field as is (e.g. a JSON array into text[]). */
  select?: Readonly<Record<string, string>>;
}

export function upsertSql(spec: Upsert): string {
  const names = spec.columns.map(([name]) => name);
  const values = names.map((name) => spec.select?.[name] ?? `r.${name}`);
  const record = spec.columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return `INSERT INTO evaluation.${spec.table} (${names.join(', ')})
   SELECT ${values.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${record})
   ON CONFLICT ${spec.onConflict}`;
}

export async function upsert(client: SqlRunner, spec: Upsert, rows: readonly object[]): Promise<void> {
  if (rows.length) await client.query(upsertSql(spec), [JSON.stringify(rows)]);
}

const text = (...names: string[]) => names.map((name) => [name, 'text'] as const);
const keep = (...columns: string[]) => columns.map((column) => `${column} = excluded.${column}`).join(', ');

/** Every projection table the consumer writes, in the order they are written (parents first). */
export const TABLES = {
  rules_version: {
    table: 'rules_version',
    columns: [['position', 'bigint'], ...text('campaign_id'), ['version', 'int'], ...text('effective_from'), ['rules', 'jsonb']],
    onConflict: '(position) DO NOTHING',
  },
  calendar: {
    table: 'calendar',
    columns: [['version', 'int'], ['body', 'jsonb']],
    onConflict: '(version) DO UPDATE SET body = excluded.body',
  },
  tenant: {
    table: 'tenant',
    columns: text('district_id', 'name', 'kind', 'first_period'),
    onConflict: `(district_id) DO UPDATE SET name = coalesce(excluded.name, tenant.name), kind = coalesce(excluded.kind, tenant.kind),
         first_period = least(tenant.first_period, excluded.first_period)`,
  },
  official: { table: 'official', columns: text('official_id', 'district_id', 'name', 'added_period'), onConflict: '(official_id) DO NOTHING' },
  pairing: {
    table: 'pairing',
    columns: [...text('pairing_id', 'district_id', 'official_id', 'enterprise_id'), ['started_on', 'date'], ['ended_on', 'date']],
    onConflict: '(pairing_id) DO UPDATE SET ended_on = coalesce(excluded.ended_on, pairing.ended_on)',
  },
  official_month: {
    table: 'official_month',
    columns: [...text('district_id', 'official_id', 'period'), ['visits', 'int']],
    // Counters add to what is there.
    onConflict: '(period, official_id) DO UPDATE SET visits = official_month.visits + excluded.visits',
  },
  enterprise_month: {
    table: 'enterprise_month',
    columns: [...text('district_id', 'official_id', 'enterprise_id', 'period'), ['visits', 'int']],
    onConflict: '(period, official_id, enterprise_id) DO UPDATE SET visits = enterprise_month.visits + excluded.visits',
  },
  excuse: { table: 'excuse', columns: text('district_id', 'official_id', 'enterprise_id', 'period', 'reason'), onConflict: 'DO NOTHING' },
  report: {
    table: 'report',
    columns: [...text('district_id', 'official_id', 'enterprise_id', 'period'), ['submitted_at', 'timestamptz'], ['late', 'boolean']],
    onConflict: 'DO NOTHING',
  },
  issue: {
    table: 'issue',
    columns: [
      ...text('issue_id', 'district_id', 'official_id', 'ledger_no', 'category', 'status'),
      ...(['raised_at', 'response_due_at', 'responded_at', 'due_at', 'resolved_at', 'unsolvable_at'] as const).map((name) => [name, 'timestamptz'] as const),
      ...text('enterprise_id', 'problem_class', 'path'),
    ],
    onConflict: `(issue_id) DO UPDATE SET ${keep('district_id', 'official_id', 'ledger_no', 'category', 'status', 'raised_at', 'response_due_at', 'responded_at', 'due_at', 'resolved_at', 'unsolvable_at', 'enterprise_id', 'problem_class', 'path')}`,
  },
  closure: { table: 'closure', columns: [['position', 'bigint'], ...text('issue_id', 'district_id', 'official_id', 'period', 'satisfaction')], onConflict: 'DO NOTHING' },
  escalation: { table: 'escalation', columns: [['position', 'bigint'], ...text('issue_id', 'district_id', 'official_id', 'period', 'level')], onConflict: 'DO NOTHING' },
  issue_return: {
    table: 'issue_return',
    columns: [['position', 'bigint'], ...text('issue_id', 'district_id', 'official_id', 'ledger_no', 'reason'), ['without_reason', 'boolean'], ['occurred_at', 'timestamptz']],
    onConflict: 'DO NOTHING',
  },
  inspection: {
    table: 'inspection',
    columns: [
      ...text('inspection_id', 'district_id', 'kind'),
      ['inspected_on', 'date'],
      ...text('period'),
      ['official_ids', 'jsonb'],
      ['public_criticism', 'jsonb'],
      ...text('recorded_by'),
      ['recorded_at', 'timestamptz'],
    ],
    select: { official_ids: 'ARRAY(SELECT jsonb_array_elements_text(r.official_ids))' },
    onConflict: 'DO NOTHING',
  },
  finding: {
    table: 'finding',
    columns: [...text('finding_id', 'inspection_id', 'district_id'), ['ordinal', 'int'], ...text('summary', 'official_id'), ['event_position', 'bigint']],
    onConflict: 'DO NOTHING',
  },
  deduction: {
    table: 'deduction',
    columns: [...text('deduction_id', 'inspection_id', 'finding_id', 'district_id', 'official_id'), ['points', 'numeric'], ...text('reason', 'period')],
    onConflict: 'DO NOTHING',
  },
} satisfies Record<string, Upsert>;

/** A pairing's end that arrives in a later batch than its start. */
export const PAIRING_ENDS_SQL = `UPDATE evaluation.pairing p SET ended_on = r.ended_on
   FROM jsonb_to_recordset($1::jsonb) AS r(pairing_id text, ended_on date)
  WHERE p.pairing_id = r.pairing_id`;
