import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import type { Client } from 'pg';
import { countOf, freshCreditCode, ownerClient, withWrongCheck } from './support/fixtures';

/** Writes go to 新城区 (610102); 碑林区 (610103) is the other tenant whose data must stay unseen. */
const A = '610102';
const B = '610103';

const ADD = `mutation ($input: AddEnterpriseInput!) {
  addEnterprise(input: $input) { enterprise { id name creditCode sector source aboveScale kind contactName contactPhone generated district { id } } }
}`;
const UPDATE = `mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name creditCode sector aboveScale } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  districtId: A,
  name: `测试企业${Math.random().toString(36).slice(2, 8)}有限公司`,
  creditCode: freshCreditCode('M'),
  sector: 'TECHNOLOGY',
  source: 'DISTRICT_SELECTED',
  aboveScale: true,
  contactName: '王敏',
  contactPhone: '13900000000',
  ...overrides,
});

describe('adding and updating enterprises', () => {
  let db: Client;
  const office = as.district(A);
  beforeAll(async () => {
    db = await ownerClient();
  });
  afterAll(() => db.end());

  const state = async () => ({
    enterprises: await countOf(db, 'SELECT count(*) FROM districts.enterprise'),
    events: await countOf(db, `SELECT count(*) FROM eventlog.event WHERE source = 'districts'`),
  });

  it("adds an enterprise to the office's own list, with its enterprise.added event in the same transaction", async () => {
    const given = input();
    const data = await office.ok<{ addEnterprise: { enterprise: Record<string, unknown> & { id: string } } }>(ADD, { input: given });
    const enterprise = data.addEnterprise.enterprise;
    expect(enterprise).toMatchObject({ name: given.name, creditCode: given.creditCode, sector: 'TECHNOLOGY', kind: 'ENTERPRISE', generated: false, district: { id: A } });
    expect(enterprise.id).toMatch(/^610102-E\d{4}$/);
    const { rows } = await db.query(`SELECT type, actor, actor_role, district_id, payload FROM eventlog.event WHERE stream_id = $1`, [enterprise.id]);
    expect(rows).toEqual([
      {
        type: 'enterprise.added',
        actor: `test:district_admin:${A}`,
        actor_role: 'DISTRICT_ADMIN',
        district_id: A,
        payload: {
          enterpriseId: enterprise.id,
          districtId: A,
          name: given.name,
          creditCode: given.creditCode,
          sector: 'TECHNOLOGY',
          source: 'DISTRICT_SELECTED',
          aboveScale: true,
          kind: 'ENTERPRISE',
        },
      },
    ]);
    // The list counts it; the other tenant's office does not see it.
    expect(await as.district(B).ok(`query ($id: ID!) { enterprise(id: $id) { id } }`, { id: enterprise.id })).toEqual({ enterprise: null });
  });

  it('refuses a credit code with a wrong check character, naming the field, and writes nothing', async () => {
    const before = await state();
    const response = await office.send(ADD, { input: input({ creditCode: withWrongCheck(freshCreditCode('M')) }) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(response.errors?.[0].message).toMatch(/check character/);
    expect(await state()).toEqual(before);
  });

  it.each([
    ['name', { name: '   ' }],
    ['creditCode', { creditCode: null }],
    ['contactPhone', { contactPhone: 'call me' }],
  ])('refuses a bad %s', async (field, overrides) => {
    const response = await office.send(ADD, { input: input(overrides) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets a project go without a credit code', async () => {
    const data = await office.ok<{ addEnterprise: { enterprise: { creditCode: string | null; kind: string } } }>(ADD, { input: input({ creditCode: null, kind: 'PROJECT' }) });
    expect(data.addEnterprise.enterprise).toMatchObject({ creditCode: null, kind: 'PROJECT' });
  });

  it("refuses a credit code already registered in another tenant with CONFLICT, revealing neither tenant nor enterprise", async () => {
    const { rows } = await db.query(`SELECT id, name, credit_code FROM districts.enterprise WHERE district_id = $1 AND credit_code IS NOT NULL ORDER BY id LIMIT 1`, [B]);
    const other = rows[0];
    const before = await state();
    const response = await office.send(ADD, { input: input({ creditCode: other.credit_code }) });
    expect(response.errors).toHaveLength(1);
    const error = response.errors![0];
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'creditCode' });
    const told = JSON.stringify(error);
    for (const secret of [B, other.id, other.name, '碑林']) expect(told).not.toContain(secret);
    expect(await state()).toEqual(before);
  });

  it('refuses a duplicate credit code on update too', async () => {
    const mine = (await office.ok<{ addEnterprise: { enterprise: { id: string } } }>(ADD, { input: input() })).addEnterprise.enterprise;
    const { rows } = await db.query(`SELECT credit_code FROM districts.enterprise WHERE district_id = $1 AND credit_code IS NOT NULL LIMIT 1`, [B]);
    const response = await office.send(UPDATE, { input: { id: mine.id, creditCode: rows[0].credit_code } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'creditCode' });
  });

  it('updates only the fields given, with an enterprise.updated event naming them; no change, no event', async () => {
    const mine = (await office.ok<{ addEnterprise: { enterprise: { id: string } } }>(ADD, { input: input() })).addEnterprise.enterprise;
    const data = await office.ok<{ updateEnterprise: { enterprise: { name: string; sector: string; aboveScale: boolean } } }>(UPDATE, {
      input: { id: mine.id, name: '新名称科技有限公司', aboveScale: false },
    });
    expect(data.updateEnterprise.enterprise).toMatchObject({ name: '新名称科技有限公司', sector: 'TECHNOLOGY', aboveScale: false });
    const events = async () => (await db.query(`SELECT type, payload->'changed' AS changed FROM eventlog.event WHERE stream_id = $1 ORDER BY position`, [mine.id])).rows;
    expect(await events()).toEqual([
      { type: 'enterprise.added', changed: null },
      { type: 'enterprise.updated', changed: ['name', 'aboveScale'] },
    ]);
    await office.ok(UPDATE, { input: { id: mine.id, name: '新名称科技有限公司' } });
    expect(await events()).toHaveLength(2);
  });

  it("answers an office working on another tenant's list or enterprise with NOT_FOUND, and writes nothing", async () => {
    const before = await state();
    const add = await office.send(ADD, { input: input({ districtId: B }) });
    expect(add.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const update = await office.send(UPDATE, { input: { id: `${B}-E0001`, name: 'x' } });
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await office.send(UPDATE, { input: { id: `${A}-E9999`, name: 'x' } });
    // Indistinguishable from a missing one (same code, same shape of message).
    expect(update.errors?.[0].message.replace(`${B}-E0001`, 'ID')).toBe(missing.errors?.[0].message.replace(`${A}-E9999`, 'ID'));
    expect(await state()).toEqual(before);
  });

  it('lets the city office add to any tenant', async () => {
    const data = await as.city().ok<{ addEnterprise: { enterprise: { district: { id: string } } } }>(ADD, { input: input({ districtId: B, creditCode: freshCreditCode('M', '610103') }) });
    expect(data.addEnterprise.enterprise.district.id).toBe(B);
  });

  it.each([
    ['an official', { role: Role.OFFICIAL, districtId: A, officialId: `${A}-O0001` }],
    ['an enterprise', { role: Role.ENTERPRISE, districtId: A, enterpriseId: `${A}-E0001` }],
    ['an inspector', { role: Role.INSPECTOR }],
    ['a department', { role: Role.DEPARTMENT, departmentId: 'D1', districtId: A }],
  ])('forbids %s to add or update', async (_who, claims) => {
    const actor = new Actor(claims);
    expect((await actor.send(ADD, { input: input() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await actor.send(UPDATE, { input: { id: `${A}-E0001`, name: 'x' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes nothing at all when a later mutation of the same operation fails', async () => {
    const before = await state();
    const response = await office.send(
      `mutation ($ok: AddEnterpriseInput!, $bad: AddEnterpriseInput!) {
         ok: addEnterprise(input: $ok) { enterprise { id } }
         bad: addEnterprise(input: $bad) { enterprise { id } }
       }`,
      { ok: input(), bad: input({ creditCode: withWrongCheck(freshCreditCode('M')) }) },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await state()).toEqual(before);
  });
});
