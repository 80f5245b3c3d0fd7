import { Client } from 'pg';
import { as, stackInfo } from '@qinshang/testkit';

/** These rows go in as the owner (to date them this month and last), and out again. */
describe('Enterprise.visitsThisMonth', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.query(`DELETE FROM districts.visit WHERE id LIKE 'test-visit-%'`);
    await client.end();
  });

  it("counts this month's visits in the campaign's time zone, not last month's", async () => {
    await client.query(`
      INSERT INTO districts.visit (id, district_id, enterprise_id, official_id, visited_on, mode)
      SELECT 'test-visit-' || n, p.district_id, p.enterprise_id, p.official_id,
             CASE WHEN n = 3 THEN ((now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month')::date
                  ELSE (now() AT TIME ZONE 'Asia/Shanghai')::date END,
             (ARRAY['HELP', 'ACCOMPANY', 'ON_BEHALF'])[n]
        FROM districts.pairing p, generate_series(1, 3) AS n
       WHERE p.enterprise_id = '610125-E0001' AND p.ended_on IS NULL`);
    const query = `{ district(id: "610125") { enterprises(first: 2) { edges { node { id visitsThisMonth } } } } }`;
    const data = await as.district('610125').ok<{ district: { enterprises: { edges: Array<{ node: { id: string; visitsThisMonth: number } }> } } }>(query);
    expect(data.district.enterprises.edges.map((edge) => edge.node)).toEqual([
      { id: '610125-E0001', visitsThisMonth: 2 },
      { id: '610125-E0002', visitsThisMonth: 0 },
    ]);
  });
});
