import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { stackInfo } from '@qinshang/testkit';

const root = path.resolve(__dirname, '..', '..');

/**
 * A fingerprint of everything the districts seed writes (as the owner, so no row is hidden). Only
 * the seed's own rows: other test files add enterprises and re-pair while this one runs.
 */
async function fingerprint(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) || ':' || md5(string_agg(e::text, '|' ORDER BY e.id)) FROM (SELECT id, district_id, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone, generated FROM districts.enterprise WHERE generated) e) AS enterprises,
           (SELECT count(*) || ':' || md5(string_agg(o::text, '|' ORDER BY o.id)) FROM (SELECT id, district_id, name, title, department_name, generated FROM districts.official WHERE generated) o) AS officials,
           (SELECT count(*) || ':' || md5(string_agg(p::text, '|' ORDER BY p.id)) FROM (SELECT id, official_id, enterprise_id, started_on FROM districts.pairing WHERE reason = '活动动员, 一对一结对') p) AS pairings`);
  return rows[0];
}

describe('the districts seed', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await client.connect();
  });
  afterAll(() => client.end());

  it('seeds 1,220 enterprises, 1,220 officials and one active pairing each, all generated', async () => {
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM districts.enterprise WHERE generated)::int AS enterprises,
             (SELECT count(*) FROM districts.official WHERE generated)::int AS officials,
             (SELECT count(*) FROM districts.pairing WHERE ended_on IS NULL AND reason = '活动动员, 一对一结对')::int AS pairings,
             (SELECT count(*) FROM districts.enterprise WHERE district_id = '610111' AND source = 'CITY_ASSIGNED')::int AS baqiao_city`);
    expect(rows[0]).toEqual({ enterprises: 1220, officials: 1220, pairings: 1220, baqiao_city: 63 });
  });

  it('records every seeded row in the event log, backdated to the campaign start, as the seed', async () => {
    const { rows } = await client.query(`
      SELECT type, count(*)::int AS count, min(occurred_at) = max(occurred_at) AS same_time, min(occurred_at) AS occurred_at,
             bool_and(actor = 'system:seed' AND actor_role = 'SYSTEM' AND source = 'districts') AS by_seed
        FROM eventlog.event WHERE type IN ('enterprise.added', 'official.added', 'pairing.started') AND actor = 'system:seed'
       GROUP BY type ORDER BY type`);
    expect(rows.map(({ type, count, same_time, by_seed }) => ({ type, count, same_time, by_seed }))).toEqual([
      { type: 'enterprise.added', count: 1220, same_time: true, by_seed: true },
      { type: 'official.added', count: 1220, same_time: true, by_seed: true },
      { type: 'pairing.started', count: 1220, same_time: true, by_seed: true },
    ]);
    // 2016-06-03 00:00 in Xi'an.
    expect(new Date(rows[0].occurred_at).toISOString()).toBe('2016-06-02T16:00:00.000Z');
    const { rows: sample } = await client.query(`SELECT district_id, stream_type, stream_id, payload FROM eventlog.event WHERE type = 'enterprise.added' AND stream_id = '610111-E0001'`);
    const { rows: enterprise } = await client.query(`SELECT * FROM districts.enterprise WHERE id = '610111-E0001'`);
    expect(sample).toEqual([
      {
        district_id: '610111',
        stream_type: 'enterprise',
        stream_id: '610111-E0001',
        payload: {
          enterpriseId: '610111-E0001',
          districtId: '610111',
          name: enterprise[0].name,
          creditCode: enterprise[0].credit_code,
          sector: enterprise[0].sector,
          source: 'CITY_ASSIGNED',
          aboveScale: enterprise[0].above_scale,
          kind: enterprise[0].kind,
        },
      },
    ]);
  });

  it('changes nothing and appends no event when run again', async () => {
    const before = await fingerprint(client);
    const eventsBefore = await client.query(`SELECT count(*)::int AS count FROM eventlog.event WHERE actor = 'system:seed' AND source = 'districts'`);
    const run = spawnSync(process.execPath, [path.join(root, 'services', 'districts', 'dist', 'seed.js')], {
      encoding: 'utf8',
      env: { ...process.env, MIGRATION_DATABASE_URL: stackInfo().adminDatabaseUrl, REFERENCE_DATA: path.join(root, 'data', 'xian-campaign-2016.json') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await fingerprint(client)).toEqual(before);
    const eventsAfter = await client.query(`SELECT count(*)::int AS count FROM eventlog.event WHERE actor = 'system:seed' AND source = 'districts'`);
    expect(eventsAfter.rows[0]).toEqual(eventsBefore.rows[0]);
  });

  it('refuses a second active pairing for an enterprise', async () => {
    await client.query('BEGIN');
    try {
      await expect(
        client.query(`INSERT INTO districts.pairing (id, district_id, official_id, enterprise_id, started_on) VALUES ('x', '610111', '610111-O0002', '610111-E0001', '2016-07-01')`),
      ).rejects.toThrow(/pairing_active_(enterprise|official)_key/);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('refuses a pairing across two tenants', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`UPDATE districts.pairing SET ended_on = '2016-07-01' WHERE enterprise_id = '610111-E0001' OR official_id = '610125-O0001'`);
      await expect(
        client.query(`INSERT INTO districts.pairing (id, district_id, official_id, enterprise_id, started_on) VALUES ('x', '610111', '610125-O0001', '610111-E0001', '2016-07-01')`),
      ).rejects.toThrow(/foreign key/);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
