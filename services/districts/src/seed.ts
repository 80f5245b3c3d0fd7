import 'reflect-metadata';
import { runSeed } from '@qinshang/database';
import { appendEvents, type NewEvent, type PayloadOf } from '@qinshang/eventlog';
import type { Client } from 'pg';
import { generateOrganisation, type GeneratedOrganisation, type ReferenceTenant } from './seed/reference/organisation';
import { districtRegisteredEvent, enterpriseAddedEvent, officialAddedEvent, pairingStartedEvent } from './common/events';
import { seedDistrictHistory } from './seed/history/history.seed';

interface ReferenceData {
  city: { code: string };
  campaign: { mobilizedOn: string };
  tenants: Array<ReferenceTenant & { kind: string }>;
}

type DistrictKind = PayloadOf<'district.registered'>['kind'];

/**
 * Seeds the 21 reference tenants, then each tenant's generated enterprises, officials and
 * pairings (marked `generated`). Idempotent: tenants are updated in place, generated rows are
 * inserted once and never overwritten (ON CONFLICT DO NOTHING), so edits made since survive.
 * Every row actually inserted is recorded in the event log (`enterprise.added`, `official.added`,
 * `pairing.started`), backdated to the campaign's start; a second run inserts nothing and so
 * appends nothing. Each tenant is registered in the log (`district.registered`) once, and again
 * only if its name or kind changes.
 *
 * With SEED_HISTORY=true, the campaign's generated first year of visits, excuses and monthly
 * reports follows, once (see `history/`).
 */
runSeed<ReferenceData>('districts', async (client, data, { seedHistory }) => {
  for (const [index, tenant] of data.tenants.entries()) {
    await client.query(
      `INSERT INTO districts.district (id, city_id, name, kind, sort_order) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, sort_order = EXCLUDED.sort_order`,
      [tenant.code, data.city.code, tenant.name, tenant.kind, index + 1],
    );
  }
  // The campaign's mobilisation day, at midnight in Xi'an.
  const occurredAt = new Date(`${data.campaign.mobilizedOn}T00:00:00+08:00`);
  // One stream of credit codes for the whole city, in the reference order: unique and repeatable.
  const usedCreditCodes = new Set<string>();
  const events: NewEvent[] = await registerDistricts(client, data.tenants, occurredAt);
  for (const tenant of data.tenants) {
    const organisation = generateOrganisation(tenant, { cityCode: data.city.code, startedOn: data.campaign.mobilizedOn, usedCreditCodes });
    events.push(...(await insertOrganisation(client, organisation, occurredAt)));
  }
  // The log's head lock is taken last, once, for the whole seed.
  await appendEvents(client, 'districts', events);

  if (seedHistory) {
    const started = Date.now();
    const result = await seedDistrictHistory(client, { firstDay: data.campaign.mobilizedOn });
    if (!result.skipped) {
      process.stdout.write(
        `districts history: ${result.visits} visits, ${result.excuses} excuses, ${result.reports} reports, ${result.events} events in ${Date.now() - started} ms\n`,
      );
    }
  }
});

/** `district.registered` for each tenant the log does not know yet, or knows under another name or kind. */
async function registerDistricts(client: Client, tenants: ReferenceData['tenants'], occurredAt: Date): Promise<NewEvent[]> {
  const { rows } = await client.query<{ id: string; name: string; kind: string }>(
    `SELECT DISTINCT ON (stream_id) stream_id AS id, payload->>'name' AS name, payload->>'kind' AS kind
       FROM eventlog.event WHERE type = 'district.registered' ORDER BY stream_id, position DESC`,
  );
  const known = new Map(rows.map((row) => [row.id, row]));
  return tenants
    .filter((tenant) => known.get(tenant.code)?.name !== tenant.name || known.get(tenant.code)?.kind !== tenant.kind)
    .map((tenant) => ({
      ...districtRegisteredEvent({ districtId: tenant.code, name: tenant.name, kind: tenant.kind as DistrictKind }),
      actor: 'system:seed',
      actorRole: 'SYSTEM',
      occurredAt,
    }));
}

/**
 * Three statements per tenant, whatever its size (arrays unnested server-side). Returns the
 * events for the rows actually inserted (RETURNING reports only those, not the conflicts skipped).
 */
async function insertOrganisation(client: Client, { enterprises, officials, pairings }: GeneratedOrganisation, occurredAt: Date): Promise<NewEvent[]> {
  const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);
  const inserted = async (sql: string, params: unknown[]) => new Set((await client.query<{ id: string }>(sql, params)).rows.map((row) => row.id));

  const newEnterprises = await inserted(
    `INSERT INTO districts.enterprise
       (id, district_id, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      column(enterprises, 'id'),
      column(enterprises, 'districtId'),
      column(enterprises, 'name'),
      column(enterprises, 'creditCode'),
      column(enterprises, 'sector'),
      column(enterprises, 'source'),
      column(enterprises, 'aboveScale'),
      column(enterprises, 'kind'),
      column(enterprises, 'contactName'),
      column(enterprises, 'contactPhone'),
    ],
  );
  const newOfficials = await inserted(
    `INSERT INTO districts.official (id, district_id, name, title, department_name, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [column(officials, 'id'), column(officials, 'districtId'), column(officials, 'name'), column(officials, 'title'), column(officials, 'departmentName')],
  );
  const newPairings = await inserted(
    `INSERT INTO districts.pairing (id, district_id, official_id, enterprise_id, started_on, reason)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      column(pairings, 'id'),
      column(pairings, 'districtId'),
      column(pairings, 'officialId'),
      column(pairings, 'enterpriseId'),
      column(pairings, 'startedOn'),
      column(pairings, 'reason'),
    ],
  );

  const seeded = { actor: 'system:seed', actorRole: 'SYSTEM', occurredAt };
  return [
    ...enterprises.filter((row) => newEnterprises.has(row.id)).map((row) => ({ ...enterpriseAddedEvent(row), ...seeded })),
    ...officials.filter((row) => newOfficials.has(row.id)).map((row) => ({ ...officialAddedEvent(row), ...seeded })),
    ...pairings.filter((row) => newPairings.has(row.id)).map((row) => ({ ...pairingStartedEvent({ ...row, replaces: null }), ...seeded })),
  ];
}
