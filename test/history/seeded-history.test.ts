import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { stackInfo } from '@qinshang/testkit';

const root = path.resolve(__dirname, '..', '..');

/**
 * The generated campaign history the platform seeds on a new database (SEED_HISTORY, on by
 * default): read as the owner, so nothing is hidden. Only generated records count: other test
 * files add their own while this one runs.
 */
describe('the seeded campaign history', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await client.connect();
  });
  afterAll(() => client.end());

  it("gives 2016-08 the bulletin's shape of visits per official, every official without a visit excused", async () => {
    const { rows } = await client.query<{ visits: number; excused: boolean }>(`
      SELECT (SELECT count(*) FROM districts.visit v WHERE v.official_id = o.id AND v.generated AND to_char(v.visited_on, 'YYYY-MM') = '2016-08')::int AS visits,
             EXISTS (SELECT 1 FROM districts.visit_excuse x WHERE x.official_id = o.id AND x.period = '2016-08' AND x.generated) AS excused
        FROM districts.official o WHERE o.generated`);
    expect(rows.length).toBe(1220);
    const share = (test: (n: number) => boolean) => rows.filter((r) => test(r.visits)).length / rows.length;
    // The bulletin: of 1,492 officials in its groups, 94 made three or more visits, 1,335 two, 36 one and 27 none.
    const bulletin = { threeOrMore: 94 / 1492, two: 1335 / 1492, one: 36 / 1492, none: 27 / 1492 };
    const seeded = { threeOrMore: share((n) => n >= 3), two: share((n) => n === 2), one: share((n) => n === 1), none: share((n) => n === 0) };
    for (const key of Object.keys(bulletin) as Array<keyof typeof bulletin>) expect(Math.abs(seeded[key] - bulletin[key])).toBeLessThan(0.005);
    expect(rows.filter((r) => r.visits === 0).every((r) => r.excused)).toBe(true);
    expect(rows.filter((r) => r.visits > 0).some((r) => r.excused)).toBe(false);

    const { rows: reasons } = await client.query(`SELECT reason, count(*)::int AS n FROM districts.visit_excuse WHERE period = '2016-08' AND generated GROUP BY reason ORDER BY reason`);
    expect(reasons).toEqual([
      { reason: 'AWAY_ON_DUTY', n: 11 },
      { reason: 'ENTERPRISE_DECLINED', n: 5 },
      { reason: 'ILLNESS', n: 2 },
      { reason: 'TRAINING', n: 4 },
    ]);
  });

  it('records every generated visit, excuse and report in the log, backdated, in order, by system:history', async () => {
    const { rows } = await client.query(`
      SELECT type, count(*)::int AS n, bool_and(actor = 'system:history' AND actor_role = 'SYSTEM') AS by_history,
             bool_and(occurred_at < '2017-07-16') AS backdated
        FROM eventlog.event WHERE type IN ('visit.recorded', 'visit.excused', 'report.submitted') AND actor = 'system:history' GROUP BY type ORDER BY type`);
    const { rows: counts } = await client.query(`
      SELECT (SELECT count(*) FROM districts.monthly_report WHERE generated)::int AS reports,
             (SELECT count(*) FROM districts.visit_excuse WHERE generated)::int AS excuses,
             (SELECT count(*) FROM districts.visit WHERE generated)::int AS visits,
             (SELECT count(*) FILTER (WHERE late)::float / count(*) FROM districts.monthly_report WHERE generated) AS late`);
    expect(rows).toEqual([
      { type: 'report.submitted', n: counts[0].reports, by_history: true, backdated: true },
      { type: 'visit.excused', n: counts[0].excuses, by_history: true, backdated: true },
      { type: 'visit.recorded', n: counts[0].visits, by_history: true, backdated: true },
    ]);
    expect(counts[0].late).toBeGreaterThan(0.06);
    expect(counts[0].late).toBeLessThan(0.1);
    const { rows: order } = await client.query(`
      SELECT count(*)::int AS out_of_order FROM (
        SELECT occurred_at < lag(occurred_at) OVER (ORDER BY position) AS back FROM eventlog.event WHERE actor = 'system:history') e WHERE back`);
    expect(order[0].out_of_order).toBe(0);
    // The seed's own registrations (other test files register synthetic tenants of their own).
    const { rows: registered } = await client.query(
      `SELECT count(DISTINCT stream_id)::int AS tenants, count(*)::int AS events FROM eventlog.event WHERE type = 'district.registered' AND actor = 'system:seed'`,
    );
    expect(registered[0]).toEqual({ tenants: 21, events: 21 });
  });

  it('ends every generated problem CLOSED or UNSOLVABLE by 2017-06-30, each with versions 1..n in its events', async () => {
    const { rows: states } = await client.query(`SELECT status, count(*)::int AS n FROM issues.issue WHERE generated GROUP BY status ORDER BY status`);
    expect(states.map((s) => s.status)).toEqual(['CLOSED', 'UNSOLVABLE']);
    expect(states.reduce((sum, s) => sum + s.n, 0)).toBeGreaterThan(2000);
    const { rows: broken } = await client.query(`
      SELECT i.id FROM issues.issue i
        JOIN LATERAL (SELECT array_agg((e.payload->>'version')::int ORDER BY e.position) AS versions, max(e.occurred_at) AS last,
                             array_agg(e.payload->>'status' ORDER BY e.position) AS statuses
                        FROM eventlog.event e WHERE e.stream_type = 'issue' AND e.stream_id = i.id::text) h ON true
       WHERE i.generated AND (h.versions <> ARRAY(SELECT generate_series(1, i.version)) OR h.last >= '2017-06-30T16:00:00Z' OR h.statuses[i.version] <> i.status)`);
    expect(broken).toEqual([]);
    // Real-looking actors, with the roles the state machine requires.
    const { rows: actors } = await client.query(`
      SELECT DISTINCT split_part(actor, ':', 1) AS kind, actor_role FROM eventlog.event e JOIN issues.issue i ON e.stream_id = i.id::text
       WHERE e.stream_type = 'issue' AND i.generated ORDER BY 1, 2`);
    expect(actors).toEqual([
      { kind: 'department', actor_role: 'DEPARTMENT' },
      { kind: 'enterprise', actor_role: 'ENTERPRISE' },
      { kind: 'office', actor_role: 'CITY_ADMIN' },
      { kind: 'office', actor_role: 'DISTRICT_ADMIN' },
      { kind: 'official', actor_role: 'OFFICIAL' },
    ]);
  });

  it('adds nothing when the seeds run again', async () => {
    const snapshot = async () =>
      (
        await client.query(`
          SELECT (SELECT count(*) FROM eventlog.event WHERE actor = 'system:history' OR (type = 'district.registered' AND actor = 'system:seed') OR (source = 'issues' AND stream_id IN (SELECT id::text FROM issues.issue WHERE generated)))::int AS events,
                 (SELECT count(*) FROM districts.visit WHERE generated)::int AS visits,
                 (SELECT count(*) FROM districts.monthly_report WHERE generated)::int AS reports,
                 (SELECT count(*) FROM issues.issue WHERE generated)::int AS issues,
                 (SELECT md5(string_agg(i::text, '|' ORDER BY i.id)) FROM (SELECT id, status, version, updated_at FROM issues.issue WHERE generated) i) AS ledger`)
      ).rows[0];
    const before = await snapshot();
    for (const service of ['districts', 'issues']) {
      const run = spawnSync(process.execPath, [path.join(root, 'services', service, 'dist', 'seed.js')], {
        encoding: 'utf8',
        env: { ...process.env, SEED_HISTORY: 'true', MIGRATION_DATABASE_URL: stackInfo().adminDatabaseUrl, REFERENCE_DATA: path.join(root, 'data', 'xian-campaign-2016.json') },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(await snapshot()).toEqual(before);
  });
});
