import { ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import { rows, type SqlRunner } from '../common/sql';
import { officialFigures, tenantFigures } from '../figures/figures';
import { rank } from '../figures/score';
import { reportDeadlineFor, rulesFor } from '../rules/rules';

export interface PublishResult {
  period: string;
  rulesVersion: number;
  scorecards: number;
  rankings: number;
}

export async function isPublished(runner: SqlRunner, period: string): Promise<boolean> {
  return (await rows(runner, 'SELECT 1 FROM evaluation.published_period WHERE period = $1', [period])).length > 0;
}

/**
 * Freezes a month: every official's scorecard and the tenants' ranking, with the rules version
 * they were computed under. Runs in the caller's transaction (scope `city`); of two attempts at
 * once, one publishes and the other finds it done. Nothing changes a published month afterwards:
 * not new weights, not a rebuild of the projections.
 */
export async function publishPeriod(
  runner: SqlRunner,
  period: string,
  { publishedBy, automatic, now = new Date() }: { publishedBy: string; automatic: boolean; now?: Date },
): Promise<PublishResult> {
  await runner.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evaluation.publish:${period}`]);
  if (await isPublished(runner, period)) throw new ConflictError(`${period} is already published`, { reason: 'ALREADY_PUBLISHED', period });
  const rules = await rulesFor(runner, period);
  const officials = await officialFigures(runner, period, { now, rules });
  const ranked = rank(await tenantFigures(runner, period, { now, rules }));
  await runner.query(
    'INSERT INTO evaluation.published_period (period, rules_version, rules, automatic, published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [period, rules.version, JSON.stringify(rules), automatic, publishedBy, now.toISOString()],
  );
  if (officials.length) {
    await runner.query(
      `INSERT INTO evaluation.published_scorecard (period, official_id, district_id, score, figures)
       SELECT $1, r.figures->>'officialId', r.figures->>'districtId', (r.figures->>'score')::numeric, r.figures
         FROM jsonb_to_recordset($2::jsonb) AS r(figures jsonb)`,
      [period, JSON.stringify(officials.map((figures) => ({ figures })))],
    );
  }
  if (ranked.length) {
    await runner.query(
      `INSERT INTO evaluation.tenant_ranking (district_id, period, rank, peer_rank, kind, score, visit_compliance, response_rate, resolution_rate,
                                             satisfaction_rate, rules_version, figures, published_at)
       SELECT r.figures->>'districtId', $1, (r.figures->>'rank')::int, (r.figures->>'peerRank')::int, r.figures->>'kind',
              (r.figures->>'score')::numeric, (r.figures->>'visitCompliance')::numeric, (r.figures->>'responseRate')::numeric,
              (r.figures->>'resolutionRate')::numeric, (r.figures->>'satisfactionRate')::numeric, $2, r.figures, $3
         FROM jsonb_to_recordset($4::jsonb) AS r(figures jsonb)`,
      [period, rules.version, now.toISOString(), JSON.stringify(ranked.map((figures) => ({ figures })))],
    );
  }
  const result = { period, rulesVersion: rules.version, scorecards: officials.length, rankings: ranked.length };
  // Publishing is a state change like any other: recorded in the log, in the same transaction.
  await appendEvents(runner, 'evaluation', [
    {
      type: 'period.published',
      streamType: 'period',
      streamId: period,
      districtId: null,
      payload: { ...result, automatic },
      ...(automatic ? { actor: publishedBy, actorRole: 'SYSTEM' } : {}),
    },
  ]);
  return result;
}

/** A month is published automatically once it is over and its monthly reports have fallen due. */
export async function dueForPublishing(runner: SqlRunner, period: string, now = new Date()): Promise<boolean> {
  const rules = await rulesFor(runner, period);
  return now.getTime() > (await reportDeadlineFor(runner, period, rules)).getTime();
}
