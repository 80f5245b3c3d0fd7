import { appendEvents } from '@qinshang/eventlog';
import type { Client } from 'pg';
import { EVENT_SOURCE } from '../../common/events';
import { HISTORY_ACTOR, HISTORY_FROM, HISTORY_TO } from './bulletin';
import { generateVisitHistory, historyEvents, type GeneratedExcuse, type GeneratedReport, type GeneratedVisit, type HistoryPairing, type VisitHistory } from './visit-history';

/** Rows per INSERT and events per append: large enough to be fast, small enough to stay lean. */
const CHUNK = 5000;

export interface DistrictHistoryResult {
  skipped: boolean;
  visits: number;
  excuses: number;
  reports: number;
  events: number;
}

/**
 * Writes the generated history (visits, excuses, monthly reports) of every pairing in the
 * database, once: nothing happens if a generated record already exists. Rows are marked
 * `generated` and keep their backdated times; each inserted row gets the event its mutation
 * writes, backdated to when it happened, appended in chronological order by `system:history`.
 * Runs inside the seed's transaction (the caller commits).
 */
export async function seedDistrictHistory(
  client: Client,
  options: { firstDay: string; from?: string; to?: string; seed?: string },
): Promise<DistrictHistoryResult> {
  const { rows: existing } = await client.query(
    `SELECT 1 FROM districts.visit WHERE generated UNION ALL SELECT 1 FROM districts.monthly_report WHERE generated
     UNION ALL SELECT 1 FROM districts.visit_excuse WHERE generated LIMIT 1`,
  );
  if (existing.length) return { skipped: true, visits: 0, excuses: 0, reports: 0, events: 0 };

  const { rows: pairings } = await client.query<HistoryPairing>(
    `SELECT id, district_id AS "districtId", official_id AS "officialId", enterprise_id AS "enterpriseId",
            started_on::text AS "startedOn", ended_on::text AS "endedOn"
       FROM districts.pairing ORDER BY id`,
  );
  const history = generateVisitHistory(pairings, { from: options.from ?? HISTORY_FROM, to: options.to ?? HISTORY_TO, firstDay: options.firstDay, seed: options.seed });
  const inserted = await insertHistory(client, history);
  const events = historyEvents({
    visits: history.visits.filter((row) => inserted.has(row.id)),
    excuses: history.excuses.filter((row) => inserted.has(row.id)),
    reports: history.reports.filter((row) => inserted.has(row.id)),
  });
  for (let i = 0; i < events.length; i += CHUNK) await appendEvents(client, EVENT_SOURCE, events.slice(i, i + CHUNK));
  return { skipped: false, visits: history.visits.length, excuses: history.excuses.length, reports: history.reports.length, events: events.length };
}

/** Inserts with unnest, a chunk per statement; returns the ids actually inserted. */
async function insertHistory(client: Client, history: VisitHistory): Promise<Set<string>> {
  const inserted = new Set<string>();
  const run = async <T>(rows: T[], sql: string, columns: (chunk: T[]) => unknown[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const result = await client.query<{ id: string }>(sql, columns(rows.slice(i, i + CHUNK)));
      for (const row of result.rows) inserted.add(row.id);
    }
  };
  const col = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);
  await run<GeneratedVisit>(
    history.visits,
    `INSERT INTO districts.visit (id, district_id, enterprise_id, official_id, visited_on, mode, summary, handed_over, recorded_by, created_at, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
     ON CONFLICT DO NOTHING RETURNING id`,
    (rows) => [
      col(rows, 'id'),
      col(rows, 'districtId'),
      col(rows, 'enterpriseId'),
      col(rows, 'officialId'),
      col(rows, 'visitedOn'),
      col(rows, 'mode'),
      col(rows, 'summary'),
      col(rows, 'handedOver'),
      rows.map(() => HISTORY_ACTOR.actor),
      col(rows, 'recordedAt'),
    ],
  );
  await run<GeneratedExcuse>(
    history.excuses,
    `INSERT INTO districts.visit_excuse (id, district_id, enterprise_id, official_id, period, reason, note, recorded_by, created_at, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
     ON CONFLICT DO NOTHING RETURNING id`,
    (rows) => [
      col(rows, 'id'),
      col(rows, 'districtId'),
      col(rows, 'enterpriseId'),
      col(rows, 'officialId'),
      col(rows, 'period'),
      col(rows, 'reason'),
      col(rows, 'note'),
      rows.map(() => HISTORY_ACTOR.actor),
      col(rows, 'recordedAt'),
    ],
  );
  await run<GeneratedReport>(
    history.reports,
    `INSERT INTO districts.monthly_report
       (id, district_id, pairing_id, enterprise_id, official_id, period, progress, output_value, investment, submitted_at, due_at, late, recorded_by, created_at, generated)
     SELECT u.*, u.submitted_at, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::numeric[],
                                     $10::timestamptz[], $11::timestamptz[], $12::boolean[], $13::text[])
       AS u(id, district_id, pairing_id, enterprise_id, official_id, period, progress, output_value, investment, submitted_at, due_at, late, recorded_by)
     ON CONFLICT DO NOTHING RETURNING id`,
    (rows) => [
      col(rows, 'id'),
      col(rows, 'districtId'),
      col(rows, 'pairingId'),
      col(rows, 'enterpriseId'),
      col(rows, 'officialId'),
      col(rows, 'period'),
      col(rows, 'progress'),
      col(rows, 'outputValue'),
      col(rows, 'investment'),
      col(rows, 'submittedAt'),
      col(rows, 'dueAt'),
      col(rows, 'late'),
      rows.map(() => HISTORY_ACTOR.actor),
    ],
  );
  return inserted;
}
