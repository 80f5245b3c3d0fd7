import { rows, type SqlRunner } from '../common/sql';
import { tenantFigures, type TenantFigures } from '../figures/figures';
import { rank } from '../figures/score';
import { reportDeadlineFor, rulesFor } from '../rules/rules';

export type RankedFigures = TenantFigures & { rank: number; peerRank: number | null; peerCount: number | null };

interface Kept {
  version: string;
  /** The instant a figure would move with no write at all (the next deadline to pass), ms. */
  validUntil: number;
  lines: RankedFigures[];
}

/**
 * A month's tenant ranking before it is published (the open month), kept in this process between
 * the changes that move it, so a dashboard reads two small rows instead of counting every
 * problem, visit and report of every tenant per request (the count grows with the data).
 *
 * Exact, not a time-to-live: an entry holds while `evaluation.figures_version` (moved by every
 * write to a table the figures read, in the writer's transaction) is the one it was computed at
 * and the clock has not reached the next instant a figure depends on (a response or resolution
 * deadline falling due, the report deadline, the month's end). The version is read before the
 * figures, so an entry never holds older data than its version says; a request that joins a
 * computation already under way uses it only if no deadline has passed for it since. Replicas
 * each keep their own and check the same version. Keyed by the caller's role: only callers who see every tenant
 * get an open month's ranking, and each role reads under its own row-level security.
 */
const kept = new Map<string, Kept>();
const computing = new Map<string, Promise<Kept>>();
const MAX_ENTRIES = 32;

export async function openMonthRanking(runner: SqlRunner, period: string, scope: string, now = new Date()): Promise<RankedFigures[]> {
  const [{ version }] = await rows<{ version: string }>(runner, 'SELECT version::text AS version FROM evaluation.figures_version');
  const key = `${scope}|${period}`;
  const entry = kept.get(key);
  if (entry && entry.version === version && now.getTime() < entry.validUntil) return entry.lines;

  const flightKey = `${key}|${version}`;
  let flight = computing.get(flightKey);
  if (!flight) {
    flight = compute(runner, period, version, now)
      .then((result) => {
        const current = kept.get(key);
        if (!current || BigInt(current.version) <= BigInt(result.version)) remember(key, result);
        return result;
      })
      .finally(() => computing.delete(flightKey));
    computing.set(flightKey, flight);
  }
  const shared = await flight;
  // A computation this request joined may have started before a deadline that has passed since.
  if (now.getTime() < shared.validUntil) return shared.lines;
  const own = await compute(runner, period, version, now);
  remember(key, own);
  return own.lines;
}

async function compute(runner: SqlRunner, period: string, version: string, now: Date): Promise<Kept> {
  const rules = await rulesFor(runner, period);
  const [figures, validUntil] = await Promise.all([tenantFigures(runner, period, { now, rules }), nextChange(runner, period, now, await reportDeadlineFor(runner, period, rules))]);
  return { version, validUntil, lines: rank(figures) };
}

/**
 * The first instant after `now` at which the month's figures change with no write: a response or
 * resolution deadline passing (it counts as due, and may fall overdue), the report deadline, the
 * month's end. Infinity when none is ahead.
 */
export async function nextChange(runner: SqlRunner, period: string, now: Date, reportDeadline: Date): Promise<number> {
  const [row] = await rows<{ at: Date | null }>(
    runner,
    `WITH b AS (SELECT (($1 || '-01')::timestamp AT TIME ZONE 'Asia/Shanghai') AS t0,
                       ((($1 || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Asia/Shanghai') AS t1,
                       $2::timestamptz AS now)
     SELECT least(
              (SELECT min(i.response_due_at) FROM evaluation.issue i, b WHERE i.response_due_at > b.now AND i.response_due_at >= b.t0 AND i.response_due_at < b.t1),
              (SELECT min(i.due_at) FROM evaluation.issue i, b WHERE i.due_at > b.now AND i.due_at < b.t1),
              (SELECT CASE WHEN b.t1 > b.now THEN b.t1 END FROM b),
              CASE WHEN $3::timestamptz > $2::timestamptz THEN $3::timestamptz END) AS at`,
    [period, now.toISOString(), reportDeadline.toISOString()],
  );
  return row?.at ? new Date(row.at).getTime() : Number.POSITIVE_INFINITY;
}

function remember(key: string, entry: Kept): void {
  kept.delete(key);
  kept.set(key, entry);
  while (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
}
