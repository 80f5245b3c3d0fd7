import { randomUUID } from 'node:crypto';
import { runSeed } from '@qinshang/database';
import type { Client } from 'pg';
import { insertAccounts, recordAccountEvents, type NewAccount } from './accounts/account.store';
import { hashPassword } from './accounts/passwords';

interface Seeded {
  username: string;
  displayName: string;
  role: string;
  districtId?: string | null;
  officialId?: string | null;
  departmentId?: string | null;
  enterpriseId?: string | null;
}

/** The latest payload of each record of a type, from the event log (the seed imports no other service). */
async function latest<T>(client: Client, type: string, key: string): Promise<T[]> {
  const { rows } = await client.query<{ payload: T }>(
    `SELECT DISTINCT ON (payload->>$2) payload FROM eventlog.event WHERE type = $1 ORDER BY payload->>$2, position DESC`,
    [type, key],
  );
  return rows.map((row) => row.payload);
}

/**
 * Every seeded person gets an account: the city office, the inspectors, each tenant's office, each
 * official, department and enterprise contact on the log. In development they share one password
 * (IDENTITY_DEV_PASSWORD, hashed once); in production they get none and are given one-time codes.
 * Idempotent: existing usernames are left alone. One `account.created` event per new account.
 */
runSeed('identity', async (client) => {
  const production = process.env.NODE_ENV === 'production';
  const devPassword = production ? undefined : process.env.IDENTITY_DEV_PASSWORD;
  const people: Seeded[] = [
    { username: 'city-office', displayName: '市亲商助企办', role: 'CITY_ADMIN' },
    { username: 'inspector', displayName: '市亲商助企督查组', role: 'INSPECTOR' },
  ];
  for (const d of await latest<{ districtId: string; name: string }>(client, 'district.registered', 'districtId')) {
    people.push({ username: `${d.districtId}-office`, displayName: `${d.name}亲商助企办`, role: 'DISTRICT_ADMIN', districtId: d.districtId });
  }
  for (const o of await latest<{ officialId: string; districtId: string; name: string }>(client, 'official.added', 'officialId')) {
    people.push({ username: o.officialId, displayName: o.name, role: 'OFFICIAL', districtId: o.districtId, officialId: o.officialId });
  }
  for (const d of await latest<{ departmentId: string; districtId: string | null; name: string }>(client, 'department.registered', 'departmentId')) {
    people.push({ username: d.departmentId, displayName: d.name, role: 'DEPARTMENT', districtId: d.districtId, departmentId: d.departmentId });
  }
  for (const e of await latest<{ enterpriseId: string; districtId: string; name: string }>(client, 'enterprise.added', 'enterpriseId')) {
    people.push({ username: e.enterpriseId, displayName: `${e.name}联系人`, role: 'ENTERPRISE', districtId: e.districtId, enterpriseId: e.enterpriseId });
  }

  const existing = new Set((await client.query<{ username: string }>('SELECT lower(username) AS username FROM identity.account')).rows.map((r) => r.username));
  const fresh = people.filter((p) => !existing.has(p.username.toLowerCase()));
  if (fresh.length === 0) return;
  // One hash for the shared development password: hashing thousands of times would take minutes.
  const passwordHash = devPassword ? await hashPassword(devPassword) : null;
  const accounts: NewAccount[] = fresh.map((p) => ({
    id: randomUUID(),
    username: p.username,
    displayName: p.displayName,
    role: p.role,
    districtId: p.districtId ?? null,
    officialId: p.officialId ?? null,
    departmentId: p.departmentId ?? null,
    enterpriseId: p.enterpriseId ?? null,
    email: production ? null : `${p.username.toLowerCase()}@qinshang.local`,
    passwordHash,
  }));
  for (let i = 0; i < accounts.length; i += 1000) {
    const inserted = await insertAccounts(client, accounts.slice(i, i + 1000));
    await recordAccountEvents(client, 'account.created', inserted, 'system');
  }
  process.stdout.write(`identity: ${accounts.length} accounts seeded${passwordHash ? ' with the development password' : ' without passwords'}\n`);
});
